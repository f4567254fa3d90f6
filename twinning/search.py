"""The partner search: filters from the query string, facet counts beside each value."""

import hashlib
import json
import time

from django.core.cache import cache
from django.db.models import Count, Q

from .constants import POPULATION_RANGES, PopulationBand
from .models import Municipality

ThemeLink = Municipality.themes.through
LanguageLink = Municipality.languages.through


def population_q(bands):
    query = Q()
    for band in bands:
        low, high = POPULATION_RANGES[PopulationBand(band)]
        part = Q(population__gte=low)
        if high is not None:
            part &= Q(population__lt=high)
        query |= part
    return query


def filter_municipalities(data, skip=None):
    """Published profiles matching every filter in `data` except the one named `skip`."""
    qs = Municipality.objects.published()
    if data.get("q"):
        words = data["q"].split()
        for word in words[:5]:
            qs = qs.filter(Q(name__icontains=word) | Q(region__icontains=word))
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
    if data.get("seeking") and skip != "seeking":
        qs = qs.filter(seeking_partner=True)
    return qs


def facet_counts(data):
    """For each filter, how many results each value would give with the other filters kept."""
    countries = dict(
        filter_municipalities(data, skip="country")
        .order_by()
        .values_list("country")
        .annotate(n=Count("pk"))
    )
    bands = filter_municipalities(data, skip="population").aggregate(
        **{band.value: Count("pk", filter=population_q([band])) for band in PopulationBand}
    )
    themes = dict(
        ThemeLink.objects.filter(
            municipality_id__in=filter_municipalities(data, skip="theme").values("pk")
        )
        .order_by()
        .values_list("theme__slug")
        .annotate(n=Count("pk"))
    )
    languages = dict(
        LanguageLink.objects.filter(
            municipality_id__in=filter_municipalities(data, skip="language").values("pk")
        )
        .order_by()
        .values_list("language_id")
        .annotate(n=Count("pk"))
    )
    seeking = filter_municipalities(data, skip="seeking").filter(seeking_partner=True).count()
    return {
        "country": countries,
        "population": bands,
        "theme": themes,
        "language": languages,
        "seeking": seeking,
    }


# Facet counts cost a scan of every profile; they are cached per filter combination and
# dropped whenever a profile, its themes or its languages change (see signals.py).
FACET_CACHE_SECONDS = 15 * 60
FACET_VERSION_KEY = "twinning:facets:version"


def facets_changed():
    """Start a new cache generation (a timestamp, so an evicted key cannot reuse an old one)."""
    version = time.time_ns()
    cache.set(FACET_VERSION_KEY, version, None)
    return version


def cached_facet_counts(data):
    version = cache.get(FACET_VERSION_KEY) or facets_changed()
    canonical = {
        key: sorted(value) if isinstance(value, list) else value
        for key, value in data.items()
        if key != "sort" and value
    }
    digest = hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()[:32]
    key = f"twinning:facets:{version}:{digest}"
    counts = cache.get(key)
    if counts is None:
        counts = facet_counts(data)
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return counts


def sorted_results(qs, sort):
    if sort == "-population":
        return qs.order_by("-population", "name", "pk")
    if sort == "population":
        return qs.order_by("population", "name", "pk")
    return qs.order_by("name", "pk")
