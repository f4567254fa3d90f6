"""Facet counts of the partner search: beside each filter value, how many results it would
give with the other filters kept.

Counting 85,000 profiles per filter on every request is too slow, so the counts come from
small sets instead, tallied in Python in one pass:
- FacetCell rows (country × region × population band × "seeking"), a few thousand, kept
  exact by `rebuild_cells` after every change;
- the profiles that have themes, working languages or programmes (those filters can only
  match them);
- or, when a name is searched, the profiles whose spellings match it.
"""

from collections import Counter
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Case, Count, Value, When

from .constants import PopulationBand
from .models import FacetCell, Municipality, Participation

DIMENSIONS = ("country", "region", "population", "theme", "language", "programme", "seeking")
TAGS = ("theme", "language", "programme")


@dataclass(frozen=True)
class Item:
    """A profile, or a FacetCell standing for `weight` profiles that share these values."""

    country: str
    region: str
    band: str
    seeking: bool
    themes: frozenset = frozenset()
    languages: frozenset = frozenset()
    programmes: frozenset = frozenset()
    weight: int = 1


def band_case(field="population"):
    """The population band as SQL, from a population column."""
    from .search import population_q

    return Case(
        *[When(population_q([band], field), then=Value(band.value)) for band in PopulationBand],
        default=Value(""),
    )


def rebuild_cells():
    """Count the published profiles again into FacetCell, in one transaction.

    On PostgreSQL the table is locked first, so two rebuilds that overlap run one after
    the other and the second counts what the first committed (no lost or doubled rows).
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {FacetCell._meta.db_table} IN EXCLUSIVE MODE")
        rows = (
            Municipality.objects.published()
            .order_by()
            .annotate(band=band_case())
            .values_list("country", "region", "band", "seeking_partner")
            .annotate(n=Count("pk"))
        )
        FacetCell.objects.all().delete()
        FacetCell.objects.bulk_create(
            [
                FacetCell(country=c, region=r, band=b, seeking_partner=s, count=n)
                for c, r, b, s, n in rows
            ],
            batch_size=1000,
        )


def cell_items():
    return [
        Item(country, region, band, seeking, weight=n)
        for country, region, band, seeking, n in FacetCell.objects.values_list(
            "country", "region", "band", "seeking_partner", "count"
        )
    ]


def tags_by_profile():
    """Each profile's theme slugs, language codes and programmes (page ids, as text):
    three small link tables, read whole."""
    from .search import LanguageLink, ThemeLink

    themes, languages, programmes = {}, {}, {}
    for pk, slug in ThemeLink.objects.values_list("municipality_id", "theme__slug"):
        themes.setdefault(pk, set()).add(slug)
    for pk, code in LanguageLink.objects.values_list("municipality_id", "language_id"):
        languages.setdefault(pk, set()).add(code)
    for pk, programme in Participation.objects.public().values_list(
        "municipality_id", "programme_id"
    ):
        programmes.setdefault(pk, set()).add(str(programme))
    return themes, languages, programmes


def profile_items(queryset, tags):
    """One Item per profile of `queryset`, with its tags from `tags`."""
    rows = (
        queryset.order_by()
        .annotate(band=band_case())
        .values_list("pk", "country", "region", "band", "seeking_partner")
    )
    return [make_item(tags, *row) for row in rows]


def make_item(tags, pk, country, region, band, seeking):
    themes, languages, programmes = tags
    return Item(
        country,
        region,
        band,
        seeking,
        frozenset(themes.get(pk, ())),
        frozenset(languages.get(pk, ())),
        frozenset(programmes.get(pk, ())),
    )


def failed_filters(item, data):
    """The filters in `data` that `item` does not pass."""
    failed = []
    if data.get("country") and item.country not in data["country"]:
        failed.append("country")
    if data.get("region") and item.region not in data["region"]:
        failed.append("region")
    if data.get("population") and item.band not in data["population"]:
        failed.append("population")
    if data.get("theme") and not item.themes & set(data["theme"]):
        failed.append("theme")
    if data.get("language") and not item.languages & set(data["language"]):
        failed.append("language")
    if data.get("programme") and not item.programmes & set(data["programme"]):
        failed.append("programme")
    if data.get("seeking") and not item.seeking:
        failed.append("seeking")
    return failed


def tally(items, data, dimensions=DIMENSIONS):
    """Counts per filter value; an item counts for a filter's values when it passes every
    *other* filter. `total` is the number of items that pass them all."""
    counts = {name: Counter() for name in dimensions}
    total = 0
    for item in items:
        failed = failed_filters(item, data)
        if len(failed) > 1:
            continue
        if not failed:
            total += item.weight
        for name in dimensions:
            if failed and failed[0] != name:
                continue
            if name == "country":
                counts[name][item.country] += item.weight
            elif name == "region" and item.region:
                counts[name][item.region] += item.weight
            elif name == "population" and item.band:
                counts[name][item.band] += item.weight
            elif name == "theme":
                counts[name].update(dict.fromkeys(item.themes, item.weight))
            elif name == "language":
                counts[name].update(dict.fromkeys(item.languages, item.weight))
            elif name == "programme":
                counts[name].update(dict.fromkeys(item.programmes, item.weight))
            elif name == "seeking" and item.seeking:
                counts[name][True] += item.weight
    return counts, total


def facet_counts(data, items=None):
    """Counts for every filter, and the number of results, for the cleaned filters `data`.

    `items` are the profiles matching a searched name, when there is one (see
    search.name_hits): the counts are then tallied over those alone.
    """
    if items is not None:
        counts, total = tally(items, data)
    else:
        tags = tags_by_profile()
        # Only profiles with a theme, language or programme count for those filters.
        tagged = sorted(tags[0].keys() | tags[1].keys() | tags[2].keys())
        linked = profile_items(Municipality.objects.published().filter(pk__in=tagged), tags)
        if any(data.get(name) for name in TAGS):
            counts, total = tally(linked, data)
        else:
            counts, total = tally(
                cell_items(), data, ("country", "region", "population", "seeking")
            )
            counts.update(tally(linked, data, TAGS)[0])
    regions = {}
    if len(data.get("country") or []) == 1:
        # Regions are offered once the search is narrowed to one country (a few dozen
        # then, over a thousand for Europe).
        regions = dict(counts["region"])
    for region in data.get("region") or []:
        regions.setdefault(region, 0)  # a chosen region stays visible, so it can be unticked
    countries = dict(counts["country"])
    for country in data.get("country") or []:
        countries.setdefault(country, 0)  # so does a chosen country, when nothing matches
    return {
        "country": countries,
        "region": regions,
        "population": {band.value: counts["population"][band.value] for band in PopulationBand},
        "theme": dict(counts["theme"]),
        "language": dict(counts["language"]),
        "programme": dict(counts["programme"]),
        "seeking": counts["seeking"][True],
        "total": total,
    }
