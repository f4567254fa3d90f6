def public_base_url(request):
    """The site's public address for absolute links (canonical, hreflang, og:url): the
    configured one, never the Host header a request happened to carry."""
    from django.conf import settings

    return {"PUBLIC_BASE_URL": settings.PUBLIC_BASE_URL}
