"""Production: refuses to start without the variables it cannot guess."""

import ipaddress
import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

# REDIS_URL: the rate limits count per visitor across every gunicorn worker and host,
# which a per-process cache cannot.
for required in ("SECRET_KEY", "DATABASE_URL", "PUBLIC_BASE_URL", "REDIS_URL"):
    if not os.environ.get(required):
        raise ImproperlyConfigured(f"Set the {required} environment variable.")


# Names that never reach a visitor (RFC 2606, RFC 6761) and mDNS.
RESERVED_SUFFIXES = (
    ".localhost",
    ".local",
    ".test",
    ".example",
    ".invalid",
    "example.com",
    "example.org",
    "example.net",
)


def public_host(url):
    """The host of the public base URL; refuses one that no visitor could reach: not
    https, a loopback or private address, localhost, or a reserved example/test name."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host or parts.path not in ("", "/"):
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must be the site's https:// address without a path, not {url!r}."
        )
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        reserved = host == "localhost" or host.endswith(RESERVED_SUFFIXES)
    else:
        reserved = not address.is_global
    if reserved:
        raise ImproperlyConfigured(f"PUBLIC_BASE_URL names a host visitors cannot reach: {host}.")
    return host


PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL = os.environ["PUBLIC_BASE_URL"].rstrip("/")
PUBLIC_HOST = public_host(PUBLIC_BASE_URL)
# The public host is served unless ALLOWED_HOSTS says otherwise (e.g. an extra alias).
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", PUBLIC_HOST)  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", PUBLIC_BASE_URL)  # noqa: F405

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
# Every subdomain is served over https too; set to false before the first deployment
# on a domain where that is not yet so (browsers remember the header for a year).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
