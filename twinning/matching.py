"""Partner suggestions: plain functions, no database access, so the rules are easy to test.

A candidate earns points for each reason a twinning tends to work: shared themes,
a shared working language, a similar size, another country (twinning is about meeting
another culture), and being itself on the look-out for a partner.
"""

import math
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

THEME_POINTS = 3.0
LANGUAGE_POINTS = 2.0
SIZE_POINTS = 2.0  # at most, for the same population; falls off with the size ratio
OTHER_COUNTRY_POINTS = 1.5
SEEKING_POINTS = 1.0


@dataclass(frozen=True)
class Profile:
    """What matching needs to know about a municipality."""

    key: object
    country: str
    population: int | None
    themes: frozenset = frozenset()
    languages: frozenset = frozenset()
    seeking_partner: bool = False


@dataclass
class Suggestion:
    key: object
    score: float
    reasons: list = field(default_factory=list)


def size_similarity(a, b):
    """1.0 for the same population, 0.5 for a factor of ten, 0 when unknown."""
    if not a or not b:
        return 0.0
    return 1.0 / (1.0 + abs(math.log10(a) - math.log10(b)))


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
    shared_languages = target.languages & candidate.languages
    if shared_languages:
        points += LANGUAGE_POINTS
        reasons.append(_("a common working language"))
    similarity = size_similarity(target.population, candidate.population)
    points += SIZE_POINTS * similarity
    if similarity >= 0.75:
        reasons.append(_("a similar population"))
    if candidate.country != target.country:
        points += OTHER_COUNTRY_POINTS
        reasons.append(_("in another country"))
    if candidate.seeking_partner:
        points += SEEKING_POINTS
        reasons.append(_("also looking for a partner"))
    return Suggestion(key=candidate.key, score=round(points, 3), reasons=reasons)


def suggest(target, candidates, limit=5):
    """The best `limit` candidates, best first; ties broken by key for a stable order."""
    scored = [score(target, c) for c in candidates if c.key != target.key]
    scored = [s for s in scored if s.score > 0]
    scored.sort(key=lambda s: (-s.score, str(s.key)))
    return scored[:limit]
