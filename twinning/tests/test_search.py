import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from twinning import search
from twinning.models import Manager, Municipality, Participation

from .factories import make_municipality

URL = "/en/twinning/municipalities/"


@pytest.fixture
def towns(db):
    Municipality.objects.all().delete()  # only the towns of these tests
    return {
        "lille": make_municipality(
            name="Lille",
            country="FR",
            population=236_000,
            themes=["culture"],
            languages=["fr"],
            seeking_partner=True,
        ),
        "roubaix": make_municipality(
            name="Roubaix",
            country="FR",
            population=98_000,
            themes=["social-services"],
            languages=["fr", "en"],
        ),
        "gdansk": make_municipality(
            name="Gdańsk",
            country="PL",
            population=486_000,
            themes=["culture", "youth"],
            languages=["pl", "en"],
            seeking_partner=True,
        ),
        "bucha": make_municipality(
            name="Bucha",
            country="UA",
            population=28_000,
            themes=["reconstruction"],
            languages=["uk"],
            seeking_partner=True,
        ),
        "hidden": make_municipality(
            name="Lillebonne", country="FR", population=9_000, published=False
        ),
    }


def names(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return [m.name for m in response.context["page_obj"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Bucha", "Gdańsk", "Lille", "Roubaix"]),
        ({"q": "lil"}, ["Lille"]),
        ({"country": ["FR"]}, ["Lille", "Roubaix"]),
        ({"country": ["FR", "UA"]}, ["Bucha", "Lille", "Roubaix"]),
        ({"population": ["20k-100k"]}, ["Bucha", "Roubaix"]),
        ({"population": ["gt500k"]}, []),
        ({"theme": ["culture"]}, ["Gdańsk", "Lille"]),
        ({"language": ["en"]}, ["Gdańsk", "Roubaix"]),
        ({"seeking": "on"}, ["Bucha", "Gdańsk", "Lille"]),
        ({"country": ["FR"], "theme": ["culture"]}, ["Lille"]),
        ({"seeking": "on", "language": ["en"], "population": ["100k-500k"]}, ["Gdańsk"]),
        ({"sort": "-population"}, ["Gdańsk", "Lille", "Roubaix", "Bucha"]),
        ({"sort": "population"}, ["Bucha", "Roubaix", "Lille", "Gdańsk"]),
    ],
)
def test_each_filter_alone_and_combined(client, towns, params, expected):
    assert names(client, **params) == expected


def test_unknown_filter_values_are_ignored_not_errors(client, towns):
    assert client.get(URL, {"country": "ZZ", "page": "x"}).status_code == 200


def test_facet_counts_keep_other_filters(client, towns):
    response = client.get(URL, {"country": ["FR"]})
    facets = response.context["facets"]
    countries = {code: n for code, _label, n, _checked in facets["country"]}
    assert countries == {"FR": 2, "PL": 1, "UA": 1}  # other countries still offered
    themes = {slug: n for slug, _label, n, _checked in facets["theme"]}
    assert themes["culture"] == 1 and themes["social-services"] == 1 and themes["youth"] == 0
    assert response.context["seeking_count"] == 1
    html = response.content.decode()
    assert "(2)" in html


def test_empty_result_offers_to_remove_each_filter(client, towns):
    response = client.get(URL, {"country": ["UA"], "theme": ["culture"], "seeking": "on"})
    html = response.content.decode()
    assert "No municipality matches all of these filters." in html
    assert response.context["removals"] == [
        ("Country", "Ukraine", "theme=culture&seeking=on"),
        ("Themes", "Culture", "country=UA&seeking=on"),
        ("Only municipalities seeking a partner", None, "country=UA&theme=culture"),
    ]
    assert '<a href="?theme=culture&amp;seeking=on">Remove “Ukraine” (Country)</a>' in html
    # Each link widens the search by one step: without Ukraine, Lille and Gdańsk.
    assert names(client, theme=["culture"], seeking="on") == ["Gdańsk", "Lille"]


def test_empty_result_keeps_every_chosen_value_checked_so_it_can_be_unticked(client, towns):
    # A name that none of the chosen country's towns has: no results and no facet counts.
    response = client.get(
        URL, {"q": "Lille", "country": ["PL"], "language": ["pl"], "theme": ["youth"]}
    )
    assert response.context["page_obj"].paginator.count == 0
    html = response.content.decode()
    for name, value in (("country", "PL"), ("language", "pl"), ("theme", "youth")):
        assert f'id="f-{name}-{value}" value="{value}" checked' in html
    assert 'value="Lille"' in html
    removals = [value for _filter, value, _query in response.context["removals"]]
    assert removals == ["Lille", "Poland", "Youth", "Polish"]


def test_results_offer_no_removal_links(client, towns):
    assert client.get(URL, {"country": ["FR"]}).context["removals"] == []


def test_filters_live_in_the_url_and_survive_pagination(client, towns):
    for i in range(25):
        make_municipality(name=f"Zed {i:02}", country="FR")
    response = client.get(URL, {"country": ["FR"]})
    html = response.content.decode()
    assert "country=FR&amp;page=2" in html
    second = client.get(URL, {"country": ["FR"], "page": "2"})
    assert all(m.country.code == "FR" for m in second.context["page_obj"])


def count_queries(client, url, params=None, cold=False):
    client.get(url, params)  # per-process caches (content types, site root)
    if cold:
        search.facets_changed()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


def page_queries(client, profile_url):
    filtered = {"country": ["FR", "PL"], "theme": ["culture"], "seeking": "on", "q": "l"}
    return (
        count_queries(client, URL, cold=True),
        count_queries(client, URL),
        count_queries(client, URL, filtered, cold=True),
        count_queries(client, URL, filtered),
        count_queries(client, profile_url),
    )


# Every page: 5 for the site chrome (site, root page, its view restrictions, menu,
# footer settings). Directory: + themes, the programmes offered as a filter, the page of
# rows, their themes (9; the number of results comes with the facet counts), + 5 facet
# queries while they are not cached: the facet cells, and the profiles with themes,
# languages or programmes with all three (14); with a name searched, its matches with
# their themes, languages and programmes instead (13). Profile: + the profile, its themes
# and languages, its links, its programmes, its manager, the suggestion pool in one query,
# and which candidates share its themes and its languages (14).
EXPECTED_QUERIES = (14, 9, 13, 9, 14)


def test_directory_and_profile_queries_do_not_grow(client, towns, bridges):
    lille = towns["lille"]
    Participation.objects.create(municipality=lille, programme=bridges, kind="partner")
    Manager.objects.create(municipality=lille, email="lille@lille.example")
    profile_url = f"/en/twinning/municipalities/{lille.slug}/"
    before = page_queries(client, profile_url)
    assert Municipality.objects.count() < 10
    for i in range(1000):
        bulk = make_municipality(
            name=f"Bulk {i}",
            country=["FR", "PL", "DE"][i % 3],
            population=1000 + i,
            themes=["culture"] if i % 2 else ["youth"],
            languages=["fr"] if i % 5 else [],
            seeking_partner=bool(i % 4 == 0),
        )
        if i % 10 == 0:
            Participation.objects.create(municipality=bulk, programme=bridges, kind="partner")
    after = page_queries(client, profile_url)
    assert before == after == EXPECTED_QUERIES


def test_facet_counts_are_cached_until_a_profile_changes(client, towns):
    first = client.get(URL).context["facets"]
    make_municipality(name="Nantes", country="FR", themes=["culture"])
    second = client.get(URL).context["facets"]
    countries = {code: n for code, _label, n, _checked in second["country"]}
    assert countries["FR"] == 3  # the new profile shows at once: the cache was dropped
    assert first != second


def test_profile_shows_public_facts_links_and_suggestions(client, towns):
    from twinning.models import TwinningLink

    url = f"/en/twinning/municipalities/{towns['lille'].slug}/"
    response = client.get(url)
    assert response.context["suggestions"][0][0] == towns["gdansk"]  # theme, abroad, seeking
    assert "1 shared theme" in response.content.decode()
    TwinningLink.objects.create(first=towns["gdansk"], second=towns["lille"], since=1993)
    response = client.get(url)
    html = response.content.decode()
    assert "Lille" in html and "France" in html
    assert "Gdańsk" in html and "since 1993" in html  # link shown from the other side
    # A partner already is no longer suggested.
    assert towns["gdansk"] not in [m for m, _s in response.context["suggestions"]]
    assert "?partner=" + towns["lille"].slug in html


def test_unpublished_profile_is_not_found(client, towns):
    assert client.get(f"/en/twinning/municipalities/{towns['hidden'].slug}/").status_code == 404
