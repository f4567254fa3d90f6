"""The partner search: names in every spelling, filters from the query string, facet
counts beside each value."""

import hashlib
import json
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.expressions import RawSQL
from django_countries import countries

from cemr_site import page_cache

from .constants import LANGUAGE_CHOICES, POPULATION_RANGES, PopulationBand
from .facets import band_case, facet_counts, failed_filters, make_item, tags_by_profile
from .models import Municipality, MunicipalityName, Participation
from .names import search_key, sort_key

# Substring look-ups go through a trigram index, which needs three characters; shorter
# input matches the start of a name only.
MIN_SUBSTRING = 3
EXACT, PREFIX, SUBSTRING, SIMILAR = 0, 1, 2, 3


def _matching_names(key, similar=False):
    """A Q over MunicipalityName for the spellings that match a search key."""
    postgres = connection.vendor == "postgresql"
    if similar:
        return Q(key__trigram_similar=key) if postgres else Q(pk__in=[])
    if len(key) < MIN_SUBSTRING:
        return Q(key__startswith=key) if postgres else Q(key__gte=key, key__lt=key + "{")
    if postgres:
        return Q(key__contains=key)  # LIKE '%key%', served by the trigram GIN index
    return Q(
        pk__in=RawSQL("SELECT rowid FROM twinning_name_trigram WHERE key LIKE %s", (f"%{key}%",))
    )


def filter_by_name(qs, text, similar=False):
    """Profiles with a spelling that matches `text`, annotated with how well
    (`name_rank`: exact, prefix, substring, similar) and through which spelling
    (`matched_name`)."""
    key = search_key(text)
    if not key:
        return qs
    found = MunicipalityName.objects.filter(_matching_names(key, similar))
    best = MunicipalityName.objects.filter(municipality=OuterRef("pk"))
    if similar:
        from django.contrib.postgres.search import TrigramSimilarity

        best = best.annotate(
            rank=Value(SIMILAR, output_field=IntegerField()),
            closeness=TrigramSimilarity("key", key),
        ).order_by("-closeness", "-is_main")
    else:
        best = (
            best.filter(key__contains=key)
            .annotate(
                rank=Case(
                    When(key=key, then=Value(EXACT)),
                    When(key__startswith=key, then=Value(PREFIX)),
                    default=Value(SUBSTRING),
                    output_field=IntegerField(),
                ),
                # Which spelling to show: the main name when it is what was typed (give or
                # take accents), else the spelling as typed ("Вроцлав", not "Vrotslav").
                shown=Case(
                    When(is_main=True, key=key, then=Value(0)),
                    When(name__iexact=text.strip(), then=Value(1)),
                    default=Value(2),
                ),
            )
            .order_by("rank", "shown", "-is_main")
        )
    return qs.filter(pk__in=found.values("municipality_id")).annotate(
        name_rank=Subquery(best.values("rank")[:1]),
        matched_name=Subquery(best.values("name")[:1]),
    )


@dataclass
class NameMatch:
    municipality: Municipality
    matched_name: str | None  # the spelling that matched, when it is not the main name
    similar: bool = False


def name_matches(text, limit=8, exact=False):
    """The best published profiles for what a visitor typed, best first: exact spelling
    before prefix before substring, larger places first within each; on PostgreSQL,
    similar spellings ("Wroclav") when nothing matches as typed.

    `exact` keeps only profiles one of whose spellings is the text, give or take case,
    accents and script ("leipzig", "Breslau"): for the site search, where a part of a
    name would list The Hague for "the" and Cergy for "energy"."""
    if not search_key(text):
        return []
    published = Municipality.objects.published()
    order = ("name_rank", F("population").desc(nulls_last=True), "name", "pk")
    found = filter_by_name(published, text)
    if exact:
        found = found.filter(name_rank=EXACT)
    found = list(found.order_by(*order)[:limit])
    similar = not found and not exact and connection.vendor == "postgresql"
    if similar:
        found = list(filter_by_name(published, text, similar=True).order_by(*order)[:limit])
    return [
        NameMatch(m, m.matched_name if m.matched_name != m.name else None, similar) for m in found
    ]


ThemeLink = Municipality.themes.through
LanguageLink = Municipality.languages.through


def population_q(bands, field="population"):
    query = Q()
    for band in bands:
        low, high = POPULATION_RANGES[PopulationBand(band)]
        part = Q(**{f"{field}__gte": low})
        if high is not None:
            part &= Q(**{f"{field}__lt": high})
        query |= part
    return query


def filter_municipalities(data, skip=None):
    """Published profiles matching every filter in `data` except the one named `skip`."""
    qs = Municipality.objects.published()
    if data.get("q"):
        qs = filter_by_name(qs, data["q"], similar=data.get("similar", False))
    if data.get("region") and skip != "region":
        qs = qs.filter(region__in=data["region"])
    if data.get("country") and skip != "country":
        qs = qs.filter(country__in=data["country"])
    if data.get("population") and skip != "population":
        qs = qs.filter(population_q(data["population"]))
    if data.get("theme") and skip != "theme":
        qs = qs.filter(
            pk__in=ThemeLink.objects.filter(theme__slug__in=data["theme"]).values("municipality_id")
        )
    if data.get("language") and skip != "language":
        qs = qs.filter(
            pk__in=LanguageLink.objects.filter(language_id__in=data["language"]).values(
                "municipality_id"
            )
        )
    if data.get("programme") and skip != "programme":
        qs = qs.filter(
            pk__in=Participation.objects.public()
            .filter(programme_id__in=data["programme"])
            .values("municipality_id")
        )
    if data.get("seeking") and skip != "seeking":
        qs = qs.filter(seeking_partner=True)
    return qs


FILTERS = ("q", "country", "region", "population", "theme", "language", "programme", "seeking")


def facet_choices(counts, data, themes, programmes=()):
    """Each filter's values as (value, label, count, checked), in display order."""
    selected = {name: set(data.get(name) or []) for name in FILTERS[1:-1]}
    return {
        "country": sorted(
            (
                (code, countries.name(code), n, code in selected["country"])
                for code, n in counts["country"].items()
            ),
            key=lambda item: sort_key(item[1]),
        ),
        "region": sorted(
            (
                (region, region, n, region in selected["region"])
                for region, n in counts["region"].items()
            ),
            key=lambda item: sort_key(item[1]),
        ),
        "population": [
            (
                band.value,
                band.label,
                counts["population"][band.value],
                band.value in selected["population"],
            )
            for band in PopulationBand
        ],
        "theme": [
            (t.slug, t.name, counts["theme"].get(t.slug, 0), t.slug in selected["theme"])
            for t in themes
        ],
        "language": [
            (code, name, counts["language"].get(code, 0), code in selected["language"])
            for code, name in LANGUAGE_CHOICES
            if counts["language"].get(code) or code in selected["language"]
        ],
        "programme": [
            (
                str(p.pk),
                p.title,
                counts["programme"].get(str(p.pk), 0),
                str(p.pk) in selected["programme"],
            )
            for p in programmes
        ],
    }


def removal_links(query, choices, data, labels):
    """For each filter value chosen, the search without it: (filter, value shown, query
    string), so a search that found nothing can be widened one step at a time."""

    def without(name, value=None):
        rest = query.copy()
        rest.pop("page", None)
        if value is None:
            rest.pop(name, None)
        else:
            rest.setlist(name, [v for v in rest.getlist(name) if v != value])
        return rest.urlencode()

    links = []
    if data.get("q"):
        links.append((labels["q"], data["q"], without("q")))
    for name in FILTERS[1:-1]:
        for value, label, _count, checked in choices.get(name, ()):
            if checked:
                links.append((labels[name], label, without(name, value)))
    if data.get("seeking"):
        links.append((labels["seeking"], None, without("seeking")))
    return links


# Facet counts (facets.py) are also cached per filter combination, and dropped whenever a
# profile, its themes or its languages change (see signals.py).
FACET_CACHE_SECONDS = 15 * 60
FACET_VERSION_KEY = "twinning:facets:version"


def new_facet_version():
    """Start a new cache generation (a timestamp, so an evicted key cannot reuse an old one)."""
    version = time.time_ns()
    cache.set(FACET_VERSION_KEY, version, None)
    return version


def facets_changed():
    """The directory changed: new facet counts, and the cached pages that show it go too
    (in every language)."""
    page_cache.invalidate()
    return new_facet_version()


@dataclass
class Hit:
    """A profile found by name, with what ranking and the facets need to know of it."""

    pk: int
    name: str
    population: int | None
    matched_name: str
    rank: int
    preference: int  # which of its matching spellings to show: lower is better
    closeness: float
    item: object  # facets.Item


def name_hits(text, similar=False):
    """Every published profile with a spelling matching `text`, one Hit each, read in one
    query and ranked in Python: exact spelling before prefix before substring (before
    merely similar, on PostgreSQL), then larger places first."""
    key = search_key(text)
    if not key:
        return []
    typed = text.strip().casefold()
    rows = (
        MunicipalityName.objects.filter(_matching_names(key, similar), municipality__published=True)
        .annotate(band=band_case("municipality__population"))
        .values_list(
            "municipality_id",
            "key",
            "name",
            "is_main",
            "municipality__name",
            "municipality__population",
            "municipality__country",
            "municipality__region",
            "band",
            "municipality__seeking_partner",
        )
    )
    if similar:
        from django.contrib.postgres.search import TrigramSimilarity

        rows = rows.annotate(closeness=TrigramSimilarity("key", key)).values_list(
            *rows._fields, "closeness"
        )
    tags = tags_by_profile()
    hits = {}
    for (
        pk,
        row_key,
        name,
        is_main,
        main,
        population,
        country,
        region,
        band,
        seeking,
        *close,
    ) in rows:
        if similar:
            rank = SIMILAR
        elif row_key == key:
            rank = EXACT
        elif row_key.startswith(key):
            rank = PREFIX
        else:
            rank = SUBSTRING
        preference = 0 if is_main and row_key == key else 1 if name.casefold() == typed else 2
        closeness = close[0] if close else 0.0
        best = hits.get(pk)
        if best and (best.rank, -best.closeness, best.preference) <= (rank, -closeness, preference):
            continue
        hits[pk] = Hit(
            pk,
            main,
            population,
            name,
            rank,
            preference,
            closeness,
            make_item(tags, pk, country, region, band, seeking),
        )
    return list(hits.values())


def order_hits(hits, sort):
    if sort == "name":
        key = lambda h: (h.name.casefold(), h.pk)  # noqa: E731
    elif sort in ("-population", "population"):
        sign = -1 if sort == "-population" else 1
        key = lambda h: (h.population is None, sign * (h.population or 0), h.name, h.pk)  # noqa: E731
    else:
        key = lambda h: (h.rank, -h.closeness, -(h.population or 0), h.name, h.pk)  # noqa: E731
    return sorted(hits, key=key)


def cached_facet_counts(data):
    """Facet counts and the number of results; with a name searched, also the ordered
    results as (pk, spelling shown) pairs. Cached until a profile changes."""
    version = cache.get(FACET_VERSION_KEY) or new_facet_version()
    canonical = {
        key: sorted(value) if isinstance(value, list) else value
        for key, value in data.items()
        if value and (key != "sort" or data.get("q"))
    }
    digest = hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()[:32]
    key = f"twinning:facets:{version}:{digest}"
    counts = cache.get(key)
    if counts is None:
        if data.get("q"):
            hits = name_hits(data["q"], similar=data.get("similar", False))
            counts = facet_counts(data, items=[hit.item for hit in hits])
            counts["order"] = [
                (hit.pk, hit.matched_name)
                for hit in order_hits(hits, data.get("sort"))
                if not failed_filters(hit.item, data)
            ]
        else:
            counts = facet_counts(data)
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return counts


def sorted_results(qs, sort):
    if sort == "-population":
        return qs.order_by("-population", "name", "pk")
    if sort == "population":
        return qs.order_by("population", "name", "pk")
    return qs.order_by("name", "pk")
