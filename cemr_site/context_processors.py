def public_base_url(request):
    """The site's public address for absolute links (canonical, hreflang, og:url): the
    configured one, never the Host header a request happened to carry."""
    from django.conf import settings

    return {"PUBLIC_BASE_URL": settings.PUBLIC_BASE_URL}


def cache_generation(request):
    """`cache_generation`: the active language's page-cache generation, for the `{% cache %}`
    fragments shared by every page, read only if a template uses it (a preview has a
    token of its own: cemr_site.shared_cache.generation)."""
    from django.utils.functional import lazy

    from .shared_cache import generation

    return {"cache_generation": lazy(lambda: generation(request), str)()}
