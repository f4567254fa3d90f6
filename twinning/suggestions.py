"""Which municipalities a profile's suggestions are chosen from, read from the database;
`matching` then ranks them by plain rules.

Scoring all ~85,000 places on every profile view would be too slow, so a bounded pool is
scored: the places closest in population abroad (and, apart, those of countries sharing
an official language), the places twinned with the profile's partners, and those sharing
a theme or working language or seeking a partner. The population windows make the pool
depend on the profile itself, so a profile that says nothing about its themes or
languages still gets suggestions of its own, not the same few demo profiles as every other.
"""

from django.db.models import Q

from .matching import Profile, countries_sharing_an_official_language, suggest
from .models import Municipality, TwinningLink

POOL_PER_SOURCE = 100  # rows per declared source (themes, languages, seeking, partners')
# Rows on each side of the profile's population, per window: the window's best are its
# places closest in size, so a few more than the five shown leave room for near ones.
WINDOW = 20
# Centre of the population windows for a profile whose population is unknown, so it still
# gets foreign towns of an ordinary size rather than none.
TYPICAL_POPULATION = 10_000
# What the page and the rules read of a candidate (not its 25 descriptions).
CANDIDATE_FIELDS = (
    "id",
    "name",
    "slug",
    "country",
    "population",
    "latitude",
    "longitude",
    "seeking_partner",
)


def _coordinate(value):
    return float(value) if value is not None else None


def profile_of(row, themes=(), languages=(), partners=()):
    """The matching facts of a row of CANDIDATE_FIELDS values."""
    facts = dict(zip(CANDIDATE_FIELDS, row, strict=True))
    return Profile(
        key=facts["id"],
        country=str(facts["country"]),
        population=facts["population"],
        themes=frozenset(themes),
        languages=frozenset(languages),
        seeking_partner=facts["seeking_partner"],
        latitude=_coordinate(facts["latitude"]),
        longitude=_coordinate(facts["longitude"]),
        partners=frozenset(partners),
    )


def population_window(queryset, population):
    """The WINDOW rows just above and just below `population`: two index range scans,
    so the pool follows the profile's own size."""
    rows = queryset.order_by().values("pk")
    return [
        rows.filter(population__gte=population).order_by("population", "pk")[:WINDOW],
        rows.filter(population__lt=population).order_by("-population", "-pk")[:WINDOW],
    ]


def partners_of_partners(target):
    """{municipality key: keys of the target's partners it is twinned with}, both ways."""
    if not target.partners:
        return {}
    pairs = TwinningLink.objects.filter(
        Q(first_id__in=target.partners) | Q(second_id__in=target.partners)
    ).values_list("first_id", "second_id")[:POOL_PER_SOURCE]
    linked = {}
    for first, second in pairs:
        for partner, other in ((first, second), (second, first)):
            if partner in target.partners and other != target.key:
                linked.setdefault(other, set()).add(partner)
    return linked


def pool_sources(target, linked_ids):
    """Bounded querysets (or a list) of candidate keys, one per reason a candidate may fit."""
    published = Municipality.objects.published()
    sources = [
        # The partial index on seeking profiles is read in name order; ordering by
        # population instead makes SQLite walk the whole population index.
        published.filter(seeking_partner=True).order_by("name").values("pk")[:POOL_PER_SOURCE],
    ]
    if target.themes:
        sources.append(
            Municipality.themes.through.objects.filter(theme_id__in=target.themes).values(
                "municipality_id"
            )[:POOL_PER_SOURCE]
        )
    if target.languages:
        sources.append(
            Municipality.languages.through.objects.filter(language_id__in=target.languages).values(
                "municipality_id"
            )[:POOL_PER_SOURCE]
        )
    centre = target.population or TYPICAL_POPULATION
    sources += population_window(published.exclude(country=target.country), centre)
    sharing = countries_sharing_an_official_language(target.country)
    if sharing:
        sources += population_window(published.filter(country__in=sorted(sharing)), centre)
    if linked_ids:
        sources.append(sorted(linked_ids))
    return sources


def candidates_for(target, linked_ids):
    """The pool in one query: a UNION ALL of the sources, each a primary-key lookup of its
    own bounded subquery (SQLite refuses LIMIT directly inside a compound statement)."""
    parts = [
        Municipality.objects.filter(pk__in=source).order_by().values("pk")
        for source in pool_sources(target, linked_ids)
    ]
    keys = parts[0].union(*parts[1:], all=True)
    rows = (
        Municipality.objects.published()
        .filter(pk__in=keys)
        .exclude(pk=target.key)
        .order_by()
        .values_list(*CANDIDATE_FIELDS)
    )
    # Plain rows: building a model instance for each of a few hundred candidates costs
    # more than the query; only the few suggested become instances.
    return {row[0]: row for row in rows}


def shared_keys(through, column, candidate_keys, wanted):
    """{candidate key: the wanted themes (or languages) it has}; only shared ones score."""
    if not wanted or not candidate_keys:
        return {}
    found = {}
    rows = through.objects.filter(
        municipality_id__in=candidate_keys, **{f"{column}__in": wanted}
    ).values_list("municipality_id", column)
    for key, value in rows:
        found.setdefault(key, set()).add(value)
    return found


def suggested_partners(municipality, partners=(), limit=5):
    """[(municipality, Suggestion)], best first. `municipality` comes with its themes and
    languages prefetched; `partners` are the municipalities it is already linked to."""
    target = profile_of(
        [getattr(municipality, name) for name in CANDIDATE_FIELDS],
        themes=[t.pk for t in municipality.themes.all()],
        languages=[lang.pk for lang in municipality.languages.all()],
        partners=[p.pk for p in partners],
    )
    linked = partners_of_partners(target)
    rows = candidates_for(target, linked)
    themes = shared_keys(Municipality.themes.through, "theme_id", list(rows), target.themes)
    languages = shared_keys(
        Municipality.languages.through, "language_id", list(rows), target.languages
    )
    profiles = [
        profile_of(row, themes.get(key, ()), languages.get(key, ()), linked.get(key, ()))
        for key, row in rows.items()
        if key not in target.partners  # already twinned: listed above the suggestions
    ]
    return [
        (Municipality.from_db(Municipality.objects.db, CANDIDATE_FIELDS, rows[s.key]), s)
        for s in suggest(target, profiles, limit=limit)
    ]
