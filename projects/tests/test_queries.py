"""Query counts per page type: exact, and independent of how many programmes exist."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from projects.models import ProgrammeIndexPage, ProgrammePage


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


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


# Budgets measured on the demo tree; a change that adds queries must say why here.
# Measured with cards of both kinds: the cards' maps add 1 query (the participants of
# every programme without a picture, all cards at once) to the 13 of cards with pictures.
# (The demo programmes have no pictures: 13, since no renditions are read.)
# Issue 10: the view restrictions are read once per request (cemr_site.visibility): - 1
# on every listing; the home page adds its figures (2: one aggregate, the programmes
# with participants for the link), the hero map of who seeks a partner (1), the latest
# news with their pictures (2), the next events (1) and the events index for their link
# (1: it is not in the main menu, which keeps one row).
HOME_QUERIES = 18
INDEX_QUERIES = 13
# A programme page: + 1 for the municipalities taking part (twinning_programmes: their
# count and map); the demo programmes have no hero image since the map took its place,
# so the image and its rendition are no longer read (- 1). With an image: 19.
# Issue 10: + the programme's latest news with their pictures (2) and next events (1).
PROGRAMME_QUERIES = 21


@pytest.mark.django_db
def test_home_and_index_queries_do_not_grow_with_programmes(client, home, bridges, picture):
    bridges.hero_image = picture  # cards with a picture and cards with a map
    bridges.save()
    index = ProgrammeIndexPage.objects.get()
    with translation.override("en"):
        home_url, index_url = home.get_url(), index.get_url()
    before = (count_queries(client, home_url), count_queries(client, index_url))
    add_programmes(index, picture, 12)
    after = (count_queries(client, home_url), count_queries(client, index_url))
    assert before == after == (HOME_QUERIES, INDEX_QUERIES)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "uk"])
def test_programme_page_queries(client, bridges, language):
    with translation.override(language):
        url = bridges.get_url()
    assert count_queries(client, url) == PROGRAMME_QUERIES
    add_programmes(ProgrammeIndexPage.objects.get(), None, 12)
    assert count_queries(client, url) == PROGRAMME_QUERIES


# A standard page has no listings; search adds the full-text query, the count, one query
# per page type among the results (specific()), so it is bounded by the page types, and
# one for the municipalities named exactly so.
STANDARD_QUERIES = 10
SEARCH_BASE_QUERIES = 9


def page_types(response):
    return len({type(page) for page in response.context["results"]})


@pytest.mark.django_db
def test_standard_page_and_search_queries(client, about):
    with translation.override("fr"):
        url = about.get_url()
    assert count_queries(client, url) == STANDARD_QUERIES
    # "climate" finds programmes, news and an event; "Leipzig" the RFSC programme (and,
    # where every language is searched, as on SQLite, its news item) and a municipality.
    for url in ("/en/search/?q=climate", "/de/search/?q=Leipzig"):
        types = page_types(client.get(url))
        assert types >= 1
        assert count_queries(client, url) == SEARCH_BASE_QUERIES + types
