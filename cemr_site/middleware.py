"""Site-wide middleware: bad input, security headers, database outages.

Refuse input that no view can use, before it reaches the database.

PostgreSQL rejects NUL characters in text ("A string literal cannot contain NUL"), so a
`%00` in a slug or a search box would be a 500 there and a harmless miss on SQLite; and
Django decodes invalid UTF-8 (`%FF`) into U+FFFD silently. One check here answers 400
for both, for every view, on both databases.
"""

import logging
from urllib.parse import unquote_to_bytes

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.template import loader
from django.utils import translation

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


def is_clean_urlencoded(data):
    """Whether url-encoded `data` (str or bytes) decodes strictly as UTF-8 without NUL."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    try:
        text = unquote_to_bytes(data.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text


class RejectUndecodableInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.is_clean(request):
            return bad_request(request)
        return self.get_response(request)

    @staticmethod
    def is_clean(request):
        # The path is decoded already: Django re-escapes invalid UTF-8 there, not NUL.
        if "\x00" in request.path_info:
            return False
        if not is_clean_urlencoded(request.META.get("QUERY_STRING", "")):
            return False
        if any("\x00" in value for value in request.COOKIES.values()):
            return False
        if request.method != "POST":
            return True
        if request.content_type == FORM_CONTENT_TYPE:
            return is_clean_urlencoded(request.body)
        if request.content_type == "multipart/form-data":
            # CsrfViewMiddleware parses every POST body anyway, so this reads nothing more;
            # only the text fields are looked at (Django decoded them with "replace").
            return not any(
                "\x00" in key or any("\x00" in value for value in values)
                for key, values in request.POST.lists()
            )
        return True


def bad_request(request):
    """The 400 page in the language of the path, without the database (nothing has
    been routed yet, and the request may be an attack)."""
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or settings.LANGUAGE_CODE):
        html = loader.get_template("400.html").render()
    return HttpResponseBadRequest(html)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with CONTENT_SECURITY_POLICY_ADMIN_REPLACE laid over the
    site's policy under /admin/ only: the Wagtail admin is not ours to rewrite, the public
    pages keep the strict policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIX):
            extra = settings.CONTENT_SECURITY_POLICY_ADMIN_REPLACE
        elif getattr(request, "is_dummy", False):
            # Wagtail's preview runs the public page through the middleware with a dummy
            # request for the page's own path; the editor shows the result in an iframe.
            extra = {"frame-ancestors": ["'self'"]}
        else:
            return parts
        parts.replace = {**extra, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response (Django's SecurityMiddleware has no setting)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 120


class DatabaseUnavailableMiddleware:
    """A lost or refused database connection is an outage, not a bug in a page: answer
    503 with Retry-After so that visitors, crawlers and the load balancer come back
    later. The other errors stay 500s. Errors raised outside a view (another middleware)
    reach handler500, which answers the same way (cemr_site.views.server_error)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            # Django logs the 503 without the cause; the operator needs the cause.
            logger.error("Database unavailable: %s", exception, exc_info=exception)
            return service_unavailable(request)
        return None


def service_unavailable(request):
    """The 503 page in the visitor's language, rendered without the database."""
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        html = loader.get_template("503.html").render()
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Never cached by a proxy in front: the outage is over in a few minutes.
    response["Cache-Control"] = "no-store"
    return response
