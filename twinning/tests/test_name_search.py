"""The partner search finds what people type: every spelling, every script, the city first."""

import pytest
from django.db import connection

from twinning.models import Municipality, MunicipalityName
from twinning.names import spellings
from twinning.search import name_matches

from .factories import make_municipality

URL = "/en/twinning/municipalities/"

# name, country, population, GeoNames alternates (a few of the real ones)
PLACES = [
    ("Wrocław", "PL", 672_545, ["Breslau", "Wroclaw", "Вроцлав", "Βρότσλαβ", "WRO"]),
    ("Wronki", "PL", 11_000, []),
    ("Copenhagen", "DK", 1_153_615, ["København", "Kopenhagen", "Копенгаген"]),
    ("Rome", "IT", 2_318_895, ["Roma", "Rom", "Rzym", "Рим"]),
    ("Genzano di Roma", "IT", 23_839, []),
    ("Vienna", "AT", 1_691_468, ["Wien", "Vídeň", "Відень"]),
    ("Wiener Neustadt", "AT", 45_670, []),
    ("Munich", "DE", 1_260_391, ["München", "Monaco di Baviera", "Мюнхен"]),
    ("Ottobrunn bei München", "DE", 21_000, []),
    ("Ghent", "BE", 231_493, ["Gent", "Gand"]),
    ("Agrigento", "IT", 59_190, []),
    ("Prague", "CZ", 1_165_581, ["Praha", "Prag", "Прага"]),
    ("Kyiv", "UA", 2_952_301, ["Київ", "Kiew", "Kijów"]),
    ("Volos", "GR", 144_449, ["Βόλος"]),
    ("Warsaw", "PL", 1_702_139, ["Warszawa", "Warschau"]),
    ("Brussels", "BE", 1_019_022, ["Bruxelles", "Brussel"]),
    ("Lisbon", "PT", 517_802, ["Lisboa", "Lissabon"]),
    ("Malmö", "SE", 301_706, ["Malmo"]),
    ("Košice", "SK", 242_066, ["Kassa", "Kaschau"]),
    ("Rzeszów", "PL", 196_208, ["Rzeszow"]),
    ("Zürich", "CH", 341_730, ["Zurich", "Zurigo"]),
]


@pytest.fixture
def places(db):
    Municipality.objects.all().delete()
    made = {}
    for name, country, population, alternates in PLACES:
        municipality = make_municipality(name=name, country=country, population=population)
        MunicipalityName.objects.bulk_create(
            MunicipalityName(municipality=municipality, key=key, name=spelling)
            for key, spelling in spellings(name, alternates)
            if spelling != name
        )
        made[name] = municipality
    return made


def listed(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return [m.name for m in response.context["page_obj"]]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Wroclaw", "Wrocław"),
        ("Breslau", "Wrocław"),
        ("Вроцлав", "Wrocław"),
        ("Βρότσλαβ", "Wrocław"),
        ("Kobenhavn", "Copenhagen"),
        ("københavn", "Copenhagen"),
        ("Kosice", "Košice"),
        ("Rzeszow", "Rzeszów"),
        ("Malmo", "Malmö"),
        ("Zurich", "Zürich"),
        ("Praha", "Prague"),
        ("Warszawa", "Warsaw"),
        ("Bruxelles", "Brussels"),
        ("Lisboa", "Lisbon"),
        ("Київ", "Kyiv"),
        ("Βόλος", "Volos"),
    ],
)
def test_every_spelling_and_script_finds_the_place(client, places, typed, found):
    assert listed(client, q=typed)[0] == found


@pytest.mark.parametrize(
    ("typed", "first", "also"),
    [
        ("Roma", "Rome", "Genzano di Roma"),
        ("Wien", "Vienna", "Wiener Neustadt"),
        ("München", "Munich", "Ottobrunn bei München"),
        ("Gent", "Ghent", "Agrigento"),
        ("Praha", "Prague", None),
    ],
)
def test_the_city_itself_comes_first(client, places, typed, first, also):
    found = listed(client, q=typed)
    assert found[0] == first
    if also:
        assert also in found[1:]


def test_exact_before_prefix_before_substring_then_population(client, places):
    # "wro": Wrocław and Wronki start with it (the larger first); nothing only contains it.
    assert listed(client, q="wro") == ["Wrocław", "Wronki"]
    # "rom": Rome's spelling "Rom" is exact; "Roma" of Genzano di Roma is inside its name.
    assert listed(client, q="rom")[:2] == ["Rome", "Genzano di Roma"]


def test_a_result_found_through_another_name_shows_that_name(client, places):
    html = client.get(URL, {"q": "Breslau"}).content.decode()
    assert "Breslau →" in html and "Wrocław" in html
    # Typed in Cyrillic: the Cyrillic spelling is the one shown.
    assert "Вроцлав →" in client.get(URL, {"q": "Вроцлав"}).content.decode()
    # Found through its own name: no arrow.
    assert "→" not in client.get(URL, {"q": "Wrocław"}).content.decode()


def test_an_explicit_sort_still_wins_over_relevance(client, places):
    assert listed(client, q="roma", sort="name") == ["Genzano di Roma", "Rome"]


def test_name_matches_serves_typeahead_and_site_search(places):
    matches = name_matches("bresl")
    assert [m.municipality.name for m in matches] == ["Wrocław"]
    assert matches[0].matched_name == "Breslau"
    assert name_matches("Wrocław")[0].matched_name is None
    assert name_matches("   ") == []


def test_unpublished_profiles_are_never_matched(places):
    places["Rome"].published = False
    places["Rome"].save()
    assert [m.municipality.name for m in name_matches("Roma")] == ["Genzano di Roma"]


def test_renaming_a_profile_renames_its_main_spelling(places):
    wronki = places["Wronki"]
    wronki.name = "Wronki (Szamotuły)"
    wronki.save()
    assert name_matches("szamotuly")[0].municipality == wronki
    assert wronki.names.filter(is_main=True).count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_typos_find_the_place_on_postgresql(client, places):
    response = client.get(URL, {"q": "Wroclav"})
    assert [m.name for m in response.context["page_obj"]][0] == "Wrocław"
    assert "closest spellings" in response.content.decode()
    assert name_matches("Kopenhagn")[0].municipality.name == "Copenhagen"


def test_a_bad_value_drops_only_itself_with_a_note(client, places):
    make_municipality(name="Lille", country="FR", population=236_000)
    make_municipality(name="Tiny", country="FR", population=900)
    response = client.get(URL, {"country": "FR", "population": "xx"})
    assert response.status_code == 200
    assert [m.name for m in response.context["page_obj"]] == ["Lille", "Tiny"]
    html = response.content.decode()
    assert "not recognised" in html and "Population" in html
    # A good value beside a bad one is kept.
    kept = client.get(URL, {"country": ["FR", "ZZ"], "population": "lt5k"})
    assert [m.name for m in kept.context["page_obj"]] == ["Tiny"]
    assert "Country" in kept.content.decode().split("not recognised", 1)[1][:200]


def test_an_unknown_sort_falls_back_to_the_default(client, places):
    assert listed(client, sort="drop table") == listed(client)
    assert "not recognised" not in client.get(URL, {"sort": "x"}).content.decode()


def test_the_directory_filters_by_region(client, places):
    for name, region in (("Wrocław", "Dolnośląskie"), ("Wronki", "Wielkopolskie")):
        places[name].region = region
        places[name].save()
    response = client.get(URL, {"country": "PL", "region": "Dolnośląskie"})
    assert [m.name for m in response.context["page_obj"]] == ["Wrocław"]
    regions = {value: n for value, _label, n, _checked in response.context["facets"]["region"]}
    assert regions == {"Dolnośląskie": 1, "Wielkopolskie": 1}
    # Without one country chosen, no region list (over a thousand for Europe).
    assert client.get(URL).context["facets"]["region"] == []
