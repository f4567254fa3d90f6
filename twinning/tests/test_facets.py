"""Facet counts from the summary cells are exactly what counting every profile gives."""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twinning.constants import band_for
from twinning.facets import rebuild_cells
from twinning.models import FacetCell, Municipality
from twinning.search import cached_facet_counts, facets_changed

from .factories import make_municipality

COUNTRIES = ["FR", "DE", "PL", "UA"]
REGIONS = ["", "North", "South"]
THEMES = ["culture", "youth", "reconstruction"]
LANGUAGES = ["fr", "de", "uk"]
BANDS = ["lt5k", "5k-20k", "20k-100k", "100k-500k", "gt500k"]
NAMES = ["Berg", "Bergen", "Neuberg", "Lille", "Lviv", "Roma"]


@pytest.fixture
def profiles(db):
    Municipality.objects.all().delete()
    rng = random.Random(6)
    for i in range(120):
        make_municipality(
            name=f"{rng.choice(NAMES)} {i}",
            country=rng.choice(COUNTRIES),
            region=rng.choice(REGIONS),
            population=rng.choice([None, 800, 7_000, 40_000, 200_000, 900_000]),
            seeking_partner=rng.random() < 0.3,
            published=rng.random() < 0.9,
            themes=rng.sample(THEMES, rng.randint(0, 2)) if rng.random() < 0.3 else [],
            languages=rng.sample(LANGUAGES, rng.randint(0, 2)) if rng.random() < 0.3 else [],
        )
    return [
        {
            "name": m.name,
            "country": m.country.code,
            "region": m.region,
            "population": band_for(m.population).value if m.population else "",
            "seeking": m.seeking_partner,
            "theme": {t.slug for t in m.themes.all()},
            "language": {lang.code for lang in m.languages.all()},
        }
        for m in Municipality.objects.published().prefetch_related("themes", "languages")
    ]


def passes(row, data, skip):
    for name in ("country", "region", "population"):
        if name != skip and data.get(name) and row[name] not in data[name]:
            return False
    for name in ("theme", "language"):
        if name != skip and data.get(name) and not row[name] & set(data[name]):
            return False
    if skip != "seeking" and data.get("seeking") and not row["seeking"]:
        return False
    return not data.get("q") or data["q"].lower() in row["name"].lower()


def reference(rows, data):
    """Count the slow, obvious way."""
    counts = {name: {} for name in ("country", "region", "population", "theme", "language")}
    for row in rows:
        for name in counts:
            if not passes(row, data, skip=name):
                continue
            values = row[name] if isinstance(row[name], set) else {row[name]}
            for value in values - {""}:
                counts[name][value] = counts[name].get(value, 0) + 1
    seeking = sum(1 for row in rows if row["seeking"] and passes(row, data, "seeking"))
    total = sum(1 for row in rows if passes(row, data, None))
    return counts, seeking, total


filters = st.fixed_dictionaries(
    {},
    optional={
        "q": st.sampled_from(["berg", "lil", "roma"]),
        "country": st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=2, unique=True),
        "region": st.lists(st.sampled_from(REGIONS[1:]), min_size=1, max_size=1),
        "population": st.lists(st.sampled_from(BANDS), min_size=1, max_size=2, unique=True),
        "theme": st.lists(st.sampled_from(THEMES), min_size=1, max_size=2, unique=True),
        "language": st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=2, unique=True),
        "seeking": st.just(True),
    },
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=filters)
def test_counts_match_counting_every_profile(profiles, data):
    facets_changed()
    got = cached_facet_counts(data)
    counts, seeking, total = reference(profiles, data)
    assert got["total"] == total
    if data.get("q"):
        assert len(got["order"]) == total
    assert got["seeking"] == seeking
    assert {k: v for k, v in got["country"].items() if v} == counts["country"]
    assert {k: v for k, v in got["population"].items() if v} == counts["population"]
    assert {k: v for k, v in got["theme"].items() if v} == counts["theme"]
    assert {k: v for k, v in got["language"].items() if v} == counts["language"]
    if len(data.get("country", [])) == 1:
        assert {k: v for k, v in got["region"].items() if v} == counts["region"]


def test_cells_follow_every_save_and_delete(profiles):
    def cell_total():
        return sum(FacetCell.objects.values_list("count", flat=True))

    assert cell_total() == len(profiles)
    town = make_municipality(name="Extra", country="FR")
    assert cell_total() == len(profiles) + 1
    town.published = False
    town.save()
    assert cell_total() == len(profiles)
    Municipality.objects.published().first().delete()
    assert cell_total() == len(profiles) - 1


def test_rebuild_counts_what_bulk_writes_changed(profiles):
    Municipality.objects.update(seeking_partner=True)  # no signals
    rebuild_cells()
    assert not FacetCell.objects.filter(seeking_partner=False).exists()
