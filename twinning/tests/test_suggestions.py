"""The suggestion pool read from the database: every profile gets suggestions of its own."""

import itertools
from decimal import Decimal

import pytest

from twinning.models import Municipality, TwinningLink
from twinning.suggestions import WINDOW, suggested_partners

from .factories import make_municipality

# Far from one another and from the profiles under test (PL, FR), so no filler place is
# within the near radius of anything.
CENTRES = {
    "DE": (51.0, 10.0),
    "IT": (42.0, 12.0),
    "ES": (40.0, -4.0),
    "BE": (50.8, 4.4),
    "CZ": (49.8, 15.5),
    "SE": (59.0, 15.0),
}
_numbers = itertools.count(1)


def places(country, populations, **kwargs):
    """Many places at once; each a little apart from the country's centre."""
    latitude, longitude = CENTRES[country]
    rows = []
    for population in populations:
        number = next(_numbers)
        rows.append(
            Municipality(
                name=f"{country} place {number}",
                slug=f"{country.lower()}-place-{number}",
                country=country,
                population=population,
                latitude=Decimal(f"{latitude + (number % 50) / 1000:.5f}"),
                longitude=Decimal(f"{longitude:.5f}"),
                published=True,
                **kwargs,
            )
        )
    return Municipality.objects.bulk_create(rows)


def reasons(suggestion):
    return [str(reason) for reason in suggestion.reasons]


def load(municipality):
    return Municipality.objects.prefetch_related("themes", "languages").get(pk=municipality.pk)


@pytest.fixture
def directory(db):
    """A directory like the real one: places of every size, few with themes, a handful of
    big demo profiles seeking a partner (the pool every profile used to get)."""
    Municipality.objects.all().delete()
    # 230,000 down to 1,000; largest first, as the import adds them, so that the
    # database's row order is no proxy for closeness in size.
    sizes = [int(1_000 * 1.15**k) for k in reversed(range(40))]
    for country in CENTRES:
        places(country, sizes)
    for country, population in [("DE", 900_000), ("IT", 800_000), ("ES", 700_000)]:
        make_municipality(
            name=f"Seeking {country}",
            country=country,
            population=population,
            themes=["culture", "youth"],
            languages=["en"],
            seeking_partner=True,
        )
    return {
        "village": make_municipality(
            name="Wieś", country="PL", population=3_000, latitude=52.0, longitude=21.0
        ),
        "city": make_municipality(
            name="Ville", country="FR", population=150_000, latitude=45.0, longitude=4.0
        ),
    }


def test_profiles_without_themes_or_languages_get_suggestions_of_their_own(directory):
    village = suggested_partners(load(directory["village"]))
    city = suggested_partners(load(directory["city"]))
    assert len(village) == len(city) == 5
    assert not {m.pk for m, _s in village} & {m.pk for m, _s in city}
    for target, suggestions in ((directory["village"], village), (directory["city"], city)):
        for partner, suggestion in suggestions:
            assert partner.country != target.country
            assert "a similar population" in reasons(suggestion)
            assert "in another country" in reasons(suggestion)
            assert 0.5 < partner.population / target.population < 2
    # Belgium has French as an official language: its places of that size come first.
    assert [m.country.code for m, _s in city] == ["BE"] * 5
    assert all("an official language in common" in reasons(s) for _m, s in city)
    # Poland shares no official language: the places closest in size, wherever they are.
    closest = min(abs(m.population - 3_000) for m in Municipality.objects.exclude(country="PL"))
    assert abs(village[0][0].population - 3_000) == closest


def test_countries_sharing_an_official_language_are_searched_apart(db):
    Municipality.objects.all().delete()
    ville = make_municipality(
        name="Ville", country="FR", population=150_000, latitude=45.0, longitude=4.0
    )
    # German places closer in size than the population window holds, Belgian ones less so.
    places("DE", range(150_001, 150_002 + WINDOW))
    places("DE", range(149_999 - WINDOW, 149_999))
    belgian = {m.pk for m in places("BE", [120_000, 121_000])}
    suggestions = suggested_partners(load(ville))
    assert {m.pk for m, _s in suggestions[:2]} == belgian
    assert "an official language in common" in reasons(suggestions[0][1])


def test_never_the_profile_itself_nor_a_place_within_the_near_radius(db):
    Municipality.objects.all().delete()
    lille = make_municipality(
        name="Lille", country="FR", population=20_000, latitude=50.63, longitude=3.06
    )
    best_but_near = {"population": 20_000, "themes": ["culture"], "seeking_partner": True}
    make_municipality(
        name="Kortrijk", country="BE", latitude=50.83, longitude=3.26, **best_but_near
    )  # ~27 km, abroad
    make_municipality(
        name="Roubaix", country="FR", latitude=50.69, longitude=3.18, **best_but_near
    )  # ~11 km
    brussels = make_municipality(
        name="Brussels", country="BE", population=21_000, latitude=50.85, longitude=4.35
    )  # ~94 km
    # Seeking, so the pool reads it; no coordinates, so only its key keeps it out.
    unplaced = make_municipality(
        name="Nowhere", country="DE", population=20_000, seeking_partner=True
    )
    suggested = {m.pk for m, _s in suggested_partners(load(lille))}
    assert suggested == {brussels.pk, unplaced.pk}
    assert unplaced.pk not in [m.pk for m, _s in suggested_partners(load(unplaced))]


def test_a_town_twinned_with_a_partner_is_suggested_with_that_reason(client, db):
    Municipality.objects.all().delete()
    target = make_municipality(name="Ville", country="FR", population=20_000)
    partner = make_municipality(name="Partnerstadt", country="DE", population=500)
    # Far from the target's size, not seeking, no themes: only the link can bring them in.
    linked_first = make_municipality(name="Miasto", country="PL", population=900_000)
    linked_second = make_municipality(name="Mesto", country="SK", population=900_000)
    TwinningLink.objects.create(first=target, second=partner)
    TwinningLink.objects.create(first=linked_first, second=partner)
    TwinningLink.objects.create(first=partner, second=linked_second)
    # More places of the target's size abroad than the population windows take.
    places("DE", range(20_001, 20_002 + WINDOW))
    places("IT", range(19_999 - WINDOW, 19_999))

    response = client.get(target.get_absolute_url())

    found = {m.pk: s for m, s in response.context["suggestions"]}
    assert linked_first.pk in found and linked_second.pk in found
    for pk in (linked_first.pk, linked_second.pk):
        assert "twinned with a partner of this municipality" in reasons(found[pk])
    html = response.content.decode()
    assert "twinned with a partner of this municipality" in html
    assert "Miasto</a> (Poland, 900,000 inhabitants)" in html


@pytest.mark.parametrize(
    ("themes", "languages", "linked", "queries"),
    [
        ([], [], False, 1),  # most of the directory: the pool in one query
        (["culture"], ["fr"], False, 3),  # + which candidates share its themes, its languages
        (["culture"], ["fr"], True, 4),  # + the links of its partners
    ],
)
def test_queries_do_not_grow_with_the_directory(
    directory, django_assert_num_queries, themes, languages, linked, queries
):
    target = make_municipality(name="Stadt", country="AT", themes=themes, languages=languages)
    partners = []
    if linked:
        partners = [directory["city"]]
        TwinningLink.objects.create(first=target, second=directory["city"])
        TwinningLink.objects.create(first=directory["city"], second=directory["village"])
    before = load(target)
    with django_assert_num_queries(queries):
        assert suggested_partners(before, partners)
    places("DE", [10_000] * 300)
    places("IT", [10_000] * 300)
    after = load(target)
    with django_assert_num_queries(queries):
        assert suggested_partners(after, partners)
