"""Partner suggestions: plain functions, no database access, so the rules are easy to test.

A candidate earns points for each reason a twinning tends to work: shared themes,
a shared working language (or at least an official language of both countries), a similar
size, another country (twinning is about meeting another culture), a partner in common
(its partners can introduce the two), and being itself on the look-out for a partner.
Places closer than `NEAR_KM` are never suggested: they are neighbours already, and a
twinning lives on exchanges and visits that distance makes worthwhile.
"""

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

THEME_POINTS = 3.0
LANGUAGE_POINTS = 2.0
SIZE_POINTS = 2.0  # at most, for the same population; falls off with the size ratio
OTHER_COUNTRY_POINTS = 1.5
SHARED_PARTNER_POINTS = 2.0
# Weaker than a stated working language: the town hall may not work in it.
OFFICIAL_LANGUAGE_POINTS = 1.0
SEEKING_POINTS = 1.0
NEAR_KM = 50
EARTH_RADIUS_KM = 6371.0

# Each covered country's national official languages (ISO 639-1), from its constitution
# or language law; languages official in one region only (Catalan in Spain, Frisian in
# the Netherlands) are left out. Montenegrin has no ISO 639-1 code: Montenegro lists the
# languages its constitution also puts "in official use".
OFFICIAL_LANGUAGES_FILE = Path(__file__).resolve().parent / "data" / "official_languages.json"
with OFFICIAL_LANGUAGES_FILE.open(encoding="utf-8") as _file:
    OFFICIAL_LANGUAGES = {code: frozenset(langs) for code, langs in json.load(_file).items()}


@dataclass(frozen=True)
class Profile:
    """What matching needs to know about a municipality."""

    key: object
    country: str
    population: int | None
    themes: frozenset = frozenset()
    languages: frozenset = frozenset()
    seeking_partner: bool = False
    latitude: float | None = None
    longitude: float | None = None
    partners: frozenset = frozenset()  # keys of the municipalities it is twinned with


@dataclass
class Suggestion:
    key: object
    score: float
    reasons: list = field(default_factory=list)


def official_languages(country):
    return OFFICIAL_LANGUAGES.get(country, frozenset())


def countries_sharing_an_official_language(country):
    """The other covered countries with an official language of `country` (FR: BE, CH...)."""
    own = official_languages(country)
    return frozenset(
        code for code, langs in OFFICIAL_LANGUAGES.items() if code != country and langs & own
    )


def size_similarity(a, b):
    """1.0 for the same population, 0.5 for a factor of ten, 0 when unknown."""
    if not a or not b:
        return 0.0
    return 1.0 / (1.0 + abs(math.log10(a) - math.log10(b)))


def distance_km(a, b):
    """Great-circle (haversine) distance between two profiles; None without coordinates."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def too_near(target, candidate):
    """Closer than NEAR_KM; a place without coordinates is not taken for a neighbour."""
    distance = distance_km(target, candidate)
    return distance is not None and distance < NEAR_KM


def score(target, candidate):
    """Score one candidate for the target; returns a Suggestion with its reasons."""
    points = 0.0
    reasons = []
    shared_themes = target.themes & candidate.themes
    if shared_themes:
        points += THEME_POINTS * len(shared_themes)
        reasons.append(
            ngettext_lazy("%(count)d shared theme", "%(count)d shared themes", len(shared_themes))
            % {"count": len(shared_themes)}
        )
    abroad = candidate.country != target.country
    if target.languages & candidate.languages:
        points += LANGUAGE_POINTS
        reasons.append(_("a common working language"))
    elif abroad and official_languages(target.country) & official_languages(candidate.country):
        points += OFFICIAL_LANGUAGE_POINTS
        reasons.append(_("an official language in common"))
    similarity = size_similarity(target.population, candidate.population)
    points += SIZE_POINTS * similarity
    if similarity >= 0.75:
        reasons.append(_("a similar population"))
    if abroad:
        points += OTHER_COUNTRY_POINTS
        reasons.append(_("in another country"))
    if target.partners & candidate.partners:
        points += SHARED_PARTNER_POINTS
        reasons.append(_("twinned with a partner of this municipality"))
    if candidate.seeking_partner:
        points += SEEKING_POINTS
        reasons.append(_("also looking for a partner"))
    return Suggestion(key=candidate.key, score=round(points, 3), reasons=reasons)


def suggest(target, candidates, limit=5):
    """The best `limit` candidates, best first; ties broken by key for a stable order.

    Neither the target itself nor a place within NEAR_KM of it is ever suggested."""
    scored = [
        score(target, c) for c in candidates if c.key != target.key and not too_near(target, c)
    ]
    scored = [s for s in scored if s.score > 0]
    scored.sort(key=lambda s: (-s.score, str(s.key)))
    return scored[:limit]
