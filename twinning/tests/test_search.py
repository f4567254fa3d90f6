from decimal import Decimal

import pytest
from django.utils import translation

from cemr_site import page_cache
from cemr_site.tests.queries import page_queries
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
    client.get(url, params)  # the shared caches: site, view restrictions, chrome fragments
    if cold:
        search.new_facet_version()  # the facet counts computed again, nothing else
    return len(page_queries(client, url, params, warm=False))


FILTERED = {"country": ["FR", "PL"], "theme": ["culture"], "seeking": "on", "q": "l"}


def first_visit_queries(client, url):
    """The queries of `url` right after a change dropped every cached page: the chrome,
    the page and what it shows, all read afresh."""
    page_cache.invalidate()
    return len(page_queries(client, url, warm=False))


def page_queries_of(client, profile_url):
    return (
        count_queries(client, URL, cold=True),
        count_queries(client, URL),
        count_queries(client, URL, FILTERED, cold=True),
        count_queries(client, URL, FILTERED),
        count_queries(client, profile_url),
        first_visit_queries(client, profile_url),
        count_queries(client, REQUEST_URL),
    )


def add_many(number, programme):
    """`number` published profiles at once, as the import writes them: each with its
    searchable name, half with a theme, four in five speaking French, every fourth
    seeking a partner, every tenth in `programme`."""
    from twinning.facets import rebuild_cells
    from twinning.models import Language, MunicipalityName, Theme
    from twinning.names import search_key

    countries = ["FR", "PL", "DE"]
    rows = Municipality.objects.bulk_create(
        Municipality(
            name=f"Bulk {i}",
            slug=f"bulk-{i}",
            country=countries[i % 3],
            population=1000 + i,
            latitude=Decimal("48.0") + Decimal(i % 500) / 100,
            longitude=Decimal("2.0") + Decimal(i % 700) / 100,
            seeking_partner=i % 4 == 0,
        )
        for i in range(number)
    )
    MunicipalityName.objects.bulk_create(
        MunicipalityName(municipality=m, name=m.name, key=search_key(m.name), is_main=True)
        for m in rows
    )
    culture, youth = Theme.objects.get(slug="culture"), Theme.objects.get(slug="youth")
    Municipality.themes.through.objects.bulk_create(
        Municipality.themes.through(municipality=m, theme=culture if i % 2 else youth)
        for i, m in enumerate(rows)
    )
    french = Language.objects.get(code="fr")
    Municipality.languages.through.objects.bulk_create(
        Municipality.languages.through(municipality=m, language=french)
        for i, m in enumerate(rows)
        if i % 5
    )
    Participation.objects.bulk_create(
        Participation(municipality=m, programme=programme, kind="partner")
        for i, m in enumerate(rows)
        if i % 10 == 0
    )
    rebuild_cells()
    search.facets_changed()


# The chrome costs nothing (projects/tests/test_queries.py says why). Directory: the
# themes, the programmes offered as a filter, the page of rows, their themes (4; the
# number of results comes with the facet counts), + 5 facet queries while they are not
# cached: the facet cells, and the profiles with themes, languages or programmes with all
# three (9); with a name searched, its matches with their themes, languages and
# programmes instead (8). Profile: what it shows is read once per generation (0); on the
# first visit after a change (15), the chrome read afresh (6: the sites, the menus, the
# footer, the languages' addresses, …) and the profile's own 9: the profile, its themes
# and its languages, its links, its manager, its programmes, the suggestion pool in one
# query, and which candidates share its themes and its languages. Request form: the themes and the languages
# to choose from, each counted too (4), and the site settings for the privacy notice's
# link (5).
EXPECTED_QUERIES = (9, 4, 8, 4, 0, 15, 5)
REQUEST_URL = "/en/twinning/request/"


@pytest.mark.usefixtures("page_cache_off")
def test_directory_profile_and_pages_queries_do_not_grow(client, towns, bridges, home):
    """From 10 profiles to 10,000: the same queries on the directory, a profile, the
    request form, and the pages that show the directory's figures and maps."""
    lille = towns["lille"]
    Participation.objects.create(municipality=lille, programme=bridges, kind="partner")
    Manager.objects.create(municipality=lille, email="lille@lille.example")
    for number in range(5):
        make_municipality(name=f"Small {number}", country="DE", themes=["youth"])
    assert Municipality.objects.count() == 10
    profile_url = f"/en/twinning/municipalities/{lille.slug}/"
    with translation.override("en"):
        pages = [home.get_url(), bridges.get_url()]
    before = page_queries_of(client, profile_url)
    pages_before = [len(page_queries(client, url)) for url in pages]
    pages_first_before = [first_visit_queries(client, url) for url in pages]
    add_many(10_000 - 10, bridges)
    assert Municipality.objects.count() == 10_000
    after = page_queries_of(client, profile_url)
    assert before == after == EXPECTED_QUERIES
    assert [len(page_queries(client, url)) for url in pages] == pages_before
    assert [first_visit_queries(client, url) for url in pages] == pages_first_before


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
