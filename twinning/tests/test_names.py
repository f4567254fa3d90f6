"""The spelling rules (names.py): keys, which alternates are kept, city districts."""

import pytest

from twinning.names import DistrictFinder, is_useful_alternate, search_key, spellings


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Wroclaw", "Wrocław"),
        ("WROCŁAW", "Wrocław"),
        ("Kobenhavn", "København"),
        ("Zurich", "Zürich"),
        ("Malmo", "Malmö"),
        ("Kosice", "Košice"),
        ("Rzeszow", "Rzeszów"),
        ("Saint Etienne", "Saint-Étienne"),
        ("Laquila", "L'Aquila"),
        ("Volos", "Βόλος"),
        ("Vrotslav", "Вроцлав"),
        ("Munchen", "München"),
    ],
)
def test_a_name_typed_without_accents_or_in_latin_letters_shares_its_key(typed, stored):
    assert search_key(typed) == search_key(stored)


def test_keys_are_plain_lower_case_ascii_with_single_spaces():
    assert search_key("  Frankfurt (Oder) ") == "frankfurt oder"
    assert search_key("Київ") == "kiiv"
    assert search_key("") == ""


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Breslau", True),
        ("Вроцлав", True),
        ("Βρότσλαβ", True),
        ("WRO", False),  # an airport code
        ("fu luo ci wa fu", False),  # a machine transliteration of Chinese
        ("beulocheuwapeu", False),  # ... of Korean
        ("弗罗茨瓦夫", False),  # a script none of the site's languages uses
        ("وروتسواف", False),
        ("Paris 1er", False),  # digits: arrondissement numbers, postcodes
        ("X", False),
    ],
)
def test_only_spellings_a_visitor_might_type_are_kept(name, kept):
    assert is_useful_alternate(name) is kept


def test_spellings_keep_each_written_form_once_with_its_key():
    kept = spellings(
        "Wrocław", ["Wroclaw", "WROCŁAW", "Breslau", "Вроцлав", "Vrotslav", "WRO", "Kő"]
    )
    assert kept == [
        ("wroclaw", "Wrocław"),
        ("wroclaw", "Wroclaw"),
        ("breslau", "Breslau"),
        ("vrotslav", "Вроцлав"),
        ("vrotslav", "Vrotslav"),
    ]


def place(name, population, lat, lon, country="DE"):
    return {
        "name": name,
        "population": population,
        "latitude": lat,
        "longitude": lon,
        "countrycode": country,
    }


BERLIN = place("Berlin", 3_426_354, 52.52437, 13.41053)
PARIS = place("Paris", 2_138_551, 48.85341, 2.3488, "FR")
KYIV = place("Kyiv", 2_952_301, 50.45466, 30.5238, "UA")
BUDAPEST = place("Budapest", 1_741_041, 47.49835, 19.04045, "HU")


@pytest.mark.parametrize(
    ("district", "alternates"),
    [
        (place("Kreuzberg", 153_135, 52.49973, 13.40338), ["Berlin-Kreuzberg"]),
        (place("Paris 01 Louvre", 15_114, 48.8592, 2.3417, "FR"), []),
        (place("Podil", 25_900, 50.4667, 30.5167, "UA"), ["Podilskyi District"]),
        (place("Minskyi Masyv", 33_000, 50.51, 30.48, "UA"), []),
        (place("Budapest XI. kerület", 139_049, 47.4617, 19.0378, "HU"), []),
    ],
)
def test_districts_of_a_large_city_nearby_are_recognised(district, alternates):
    finder = DistrictFinder([BERLIN, PARIS, KYIV, BUDAPEST, district])
    assert finder.parent_of(district, alternates) is not None


@pytest.mark.parametrize(
    ("town", "alternates"),
    [
        # A real municipality next to Paris, with a name of its own.
        (place("Neuilly-sur-Seine", 60_361, 48.8846, 2.26965, "FR"), []),
        # Same shape of name, but the city is in another country.
        (place("Berlin-Kreuzberg", 1_000, 52.5, 13.4, "PL"), []),
        # "Berlin-..." far from Berlin is not a district of it.
        (place("Neuberlin", 2_000, 53.9, 10.0), ["Berlin-Hafen"]),
        # A district word, but no large city within reach.
        (place("Remich", 3_769, 49.545, 6.36722, "LU"), ["Remich District"]),
    ],
)
def test_towns_with_a_life_of_their_own_are_kept(town, alternates):
    finder = DistrictFinder([BERLIN, PARIS, KYIV, BUDAPEST, town])
    assert finder.parent_of(town, alternates) is None


def test_alphabetical_lists_ignore_accents_in_every_script():
    from twinning.names import sort_key

    assert sorted(["Mazowieckie", "Małopolskie", "Lubuskie"], key=sort_key) == [
        "Lubuskie",
        "Małopolskie",
        "Mazowieckie",
    ]
    assert sorted(["Polen", "Österreich", "Zypern"], key=sort_key) == [
        "Österreich",
        "Polen",
        "Zypern",
    ]
    assert sorted(["Γερμανία", "Αυστρία", "Βέλγιο"], key=sort_key) == [
        "Αυστρία",
        "Βέλγιο",
        "Γερμανία",
    ]
