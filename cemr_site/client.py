"""The visitor's address, as the outermost proxy we trust saw it."""

import ipaddress

from django.conf import settings


def client_address(request):
    """REMOTE_ADDR, or with TRUSTED_PROXY_COUNT = N the Nth entry from the right of
    X-Forwarded-For: each trusted proxy appends the address it received the request from,
    so entries further left were written by the client and may be forged. A missing,
    short or malformed header falls back to REMOTE_ADDR (the nearest proxy)."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(hops) < count:
        return remote
    try:
        return str(ipaddress.ip_address(hops[-count].strip()))
    except ValueError:
        return remote
