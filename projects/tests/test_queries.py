"""Query counts per page type, with the whole-page cache off: exact, and the same with
5 programmes as with 50 (cemr_site/tests/queries.py says what is warm).

Every page: no query for the chrome. The site with its root page, the page itself
(specific, with its pictures) and its view restrictions come from the shared cache
(cemr_site.routing, .visibility); the main menu, breadcrumbs, footer, demonstration
notice and language links are fragments under the page-cache generation. What a page
shows of the directory, the news, the events and other pages is read once per
generation too (cemr_site.shared_cache): what is counted is what is read afresh.
"""

import pytest
from django.utils import translation

from cemr_site.tests.queries import page_queries
from projects.models import ProgrammeIndexPage, ProgrammePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_off")]


def add_programmes(index, picture, number):
    """Every other one with a picture, the others show their map."""
    for i in range(number):
        page = ProgrammePage(
            title_en=f"Extra programme {i}",
            slug_en=f"extra-{i}",
            summary_en="More of the same.",
            hero_image=picture if i % 2 else None,
        )
        with translation.override("en"):
            index.add_child(instance=page)


def url_of(page, language="en"):
    with translation.override(language):
        return page.get_url()


# The home page and the programme index: the figures (an aggregate over the whole
# directory), the hero map, the latest news, the next events, the programme cards and
# their maps are read once per generation. (Before: 9 and 4.)
HOME_QUERIES = 0
INDEX_QUERIES = 0


def test_home_and_index_queries_do_not_grow_with_programmes(client, home, bridges, picture):
    bridges.hero_image = picture  # cards with a picture and cards with a map
    bridges.save()
    index = ProgrammeIndexPage.objects.get()
    home_url, index_url = url_of(home), url_of(index)
    assert ProgrammePage.objects.live().count() == 5
    assert page_queries(client, home_url) == HOME_QUERIES
    assert page_queries(client, index_url) == INDEX_QUERIES
    add_programmes(index, picture, 45)
    assert page_queries(client, home_url) == HOME_QUERIES
    assert page_queries(client, index_url) == INDEX_QUERIES


# A programme page: 1-2 the partner and contact person chosen in its body (one query
# per kind of snippet block, when the body is rendered). The municipalities taking part,
# its news, events, partners, contact people and related programmes are read once per
# generation; with a hero image, its renditions come from Wagtail's rendition cache.
# (Before: 10.)
PROGRAMME_QUERIES = 2


@pytest.mark.parametrize("language", ["en", "uk"])
def test_programme_page_queries(client, bridges, picture, language):
    url = url_of(bridges, language)
    assert page_queries(client, url) == PROGRAMME_QUERIES
    add_programmes(ProgrammeIndexPage.objects.get(), None, 45)
    assert page_queries(client, url) == PROGRAMME_QUERIES
    bridges.hero_image = picture
    bridges.save_revision().publish()
    assert page_queries(client, url) == PROGRAMME_QUERIES


# A standard page has nothing but itself: none (before: 1). Search: 1 the number of results, 2 the
# municipalities named so, 3 the results of the page, then one query per page type
# among them (specific()), so it is bounded by the page types.
STANDARD_QUERIES = 0
SEARCH_BASE_QUERIES = 3


def page_types(response):
    return len({type(page) for page in response.context["results"]})


def test_standard_page_and_search_queries(client, about):
    assert page_queries(client, url_of(about, "fr")) == STANDARD_QUERIES
    # "climate" finds programmes, news and an event; "Leipzig" the RFSC programme (and,
    # where every language is searched, as on SQLite, its news item) and a municipality.
    for url in ("/en/search/?q=climate", "/de/search/?q=Leipzig"):
        types = page_types(client.get(url))
        assert types >= 1
        assert page_queries(client, url) == SEARCH_BASE_QUERIES + types
