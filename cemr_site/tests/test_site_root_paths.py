"""The language switcher's URLs cost one cache round trip, not one per language: with
Redis, each round trip is a network call on every page rendered."""

import re

import pytest
from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.utils import translation

from cemr_site import page_cache

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SITE_ROOT_PATHS = "wagtail_site_root_paths_"


@pytest.fixture
def site_root_path_reads(monkeypatch):
    """Every cache call that reads site root paths, as the list of keys it carried (the
    local-memory cache's get_many calls its get for each key: those are not counted)."""
    reads = []
    inside = []
    get, get_many = LocMemCache.get, LocMemCache.get_many

    def counting_get(self, key, *args, **kwargs):
        if key.startswith(SITE_ROOT_PATHS) and not inside:
            reads.append([key])
        return get(self, key, *args, **kwargs)

    def counting_get_many(self, keys, *args, **kwargs):
        keys = list(keys)
        if any(key.startswith(SITE_ROOT_PATHS) for key in keys):
            reads.append(keys)
        inside.append(True)
        try:
            return get_many(self, keys, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(LocMemCache, "get", counting_get)
    monkeypatch.setattr(LocMemCache, "get_many", counting_get_many)
    return reads


def alternates(html):
    """The path of each language's hreflang link (the links are absolute)."""
    pattern = r'<link rel="alternate" hreflang="([a-z]+)" href="(?:https?://[^/"]+)?(/[^"]*)"'
    return dict(re.findall(pattern, html))


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_page_reads_the_site_root_paths_of_every_language_at_once(
    client, settings, bridges, site_root_path_reads, language
):
    settings.PAGE_CACHE_ENABLED = False  # what is measured is the rendering
    with translation.override(language):
        url = bridges.get_url()
    client.get(url)  # fills the cache: each language read (and stored) on its own
    page_cache.invalidate()  # the alternates are kept per generation: computed again
    site_root_path_reads.clear()

    html = client.get(url).content.decode()

    # One read for the 25 languages of the switcher and the hreflang links; the page's
    # own links (menus, breadcrumbs, footer) then use what it left on the request.
    assert site_root_path_reads == [[SITE_ROOT_PATHS + code for code in LANGUAGE_CODES]]
    expected = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            expected[code] = bridges.get_url()
    assert alternates(html) == expected


@pytest.mark.django_db
def test_the_links_are_right_with_nothing_cached_yet(client, settings, bridges):
    settings.PAGE_CACHE_ENABLED = False
    html = client.get("/fr/projets/ponts-de-confiance/").content.decode()
    links = alternates(html)
    assert len(links) == len(LANGUAGE_CODES)
    assert links["fr"] == "/fr/projets/ponts-de-confiance/"
    assert links["en"] == "/en/projects/bridges-of-trust/"
    # The page's own links stay in its language once the switcher went through all 25.
    assert 'href="/fr/projets/"' in html
