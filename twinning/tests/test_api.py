"""The typeahead's JSON endpoint: names in any spelling, in the visitor's language."""

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from twinning.api import SUGGEST_LIMIT
from twinning.models import Municipality, MunicipalityName
from twinning.names import search_key
from twinning.tests.factories import make_municipality

pytestmark = pytest.mark.django_db

SUGGEST = "/en/twinning/municipalities/suggest/"


@pytest.fixture
def wroclaw():
    # The demo tree has a Wrocław of its own; this test's figures are explicit.
    Municipality.objects.filter(name="Wrocław").delete()
    city = make_municipality(name="Wrocław", slug="wroclaw-pl", country="PL", population=672_545)
    MunicipalityName.objects.create(municipality=city, name="Breslau", key=search_key("Breslau"))
    return city


@pytest.fixture
def wrocki():
    return make_municipality(name="Wrocki", slug="wrocki-pl", country="PL", population=None)


def test_url_is_named_and_comes_before_profiles():
    with translation.override("en"):
        assert reverse("twinning:suggest") == SUGGEST


def test_suggests_matching_profiles_largest_first(client, wroclaw, wrocki):
    response = client.get(SUGGEST, {"q": "wroc"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "public, max-age=300"
    assert response.json() == {
        "query": "wroc",
        "results": [
            {
                "name": "Wrocław",
                "matched_name": None,
                "country": "Poland",
                "country_code": "PL",
                "population": 672_545,
                "url": "/en/twinning/municipalities/wroclaw-pl/",
            },
            {
                "name": "Wrocki",
                "matched_name": None,
                "country": "Poland",
                "country_code": "PL",
                "population": None,
                "url": "/en/twinning/municipalities/wrocki-pl/",
            },
        ],
    }


def test_names_the_spelling_that_matched(client, wroclaw, wrocki):
    results = client.get(SUGGEST, {"q": " bresl "}).json()
    assert [(r["name"], r["matched_name"]) for r in results["results"]] == [("Wrocław", "Breslau")]
    assert results["query"] == "bresl"


def test_unpublished_profiles_are_not_suggested(client, wroclaw):
    make_municipality(name="Wrocanka", country="PL", published=False)
    names = [r["name"] for r in client.get(SUGGEST, {"q": "wroc"}).json()["results"]]
    assert names == ["Wrocław"]


def test_country_and_url_in_the_visitors_language(client, wroclaw):
    response = client.get("/fr/twinning/municipalities/suggest/", {"q": "wroc"})
    (result,) = response.json()["results"]
    assert result["country"] == "Pologne"
    assert result["url"] == "/fr/twinning/municipalities/wroclaw-pl/"


@pytest.mark.parametrize("q", ["", "w", "  w  ", "   "])
def test_short_input_gives_no_results_without_a_query(
    client, django_assert_num_queries, settings, q
):
    settings.PAGE_CACHE_ENABLED = False  # the view's own queries
    with django_assert_num_queries(0):
        response = client.get(SUGGEST, {"q": q})
    assert response.status_code == 200
    assert response.json() == {"query": q.strip(), "results": []}


def test_missing_q_gives_no_results(client):
    assert client.get(SUGGEST).json() == {"query": "", "results": []}


def test_long_input_is_refused(client):
    response = client.get(SUGGEST, {"q": "w" * 101})
    assert response.status_code == 400
    assert "error" in response.json()
    assert client.get(SUGGEST, {"q": "w" * 100}).status_code == 200


def test_nul_character_is_refused_not_a_server_error(client):
    # PostgreSQL would refuse the NUL (a 500); the site-wide input check answers first.
    assert client.get(SUGGEST, {"q": "wro\x00c"}).status_code == 400


def test_only_get(client):
    assert client.post(SUGGEST, {"q": "wroc"}).status_code == 405


def test_at_most_eight_results(client):
    for number in range(SUGGEST_LIMIT + 1):
        make_municipality(name=f"Limitowo {number}", population=1_000 + number)
    results = client.get(SUGGEST, {"q": "limitowo"}).json()["results"]
    assert SUGGEST_LIMIT == 8
    assert len(results) == 8
    assert results[0]["name"] == "Limitowo 8"  # the largest first


def test_one_query_per_lookup(client, django_assert_num_queries, settings, wroclaw, wrocki):
    settings.PAGE_CACHE_ENABLED = False
    with django_assert_num_queries(1):
        response = client.get(SUGGEST, {"q": "wroc"})
    assert len(response.json()["results"]) == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity: PostgreSQL")
def test_close_spelling_when_nothing_matches_as_typed(
    client, django_assert_num_queries, settings, wroclaw
):
    settings.PAGE_CACHE_ENABLED = False
    with django_assert_num_queries(2):  # the exact look-up, then the similar one
        results = client.get(SUGGEST, {"q": "wroclav"}).json()["results"]
    assert results[0]["name"] == "Wrocław"
