from twinning.constants import EUROPEAN_COUNTRIES
from twinning.matching import (
    NEAR_KM,
    OFFICIAL_LANGUAGE_POINTS,
    OFFICIAL_LANGUAGES,
    SHARED_PARTNER_POINTS,
    Profile,
    countries_sharing_an_official_language,
    distance_km,
    official_languages,
    score,
    size_similarity,
    suggest,
    too_near,
)


def profile(key, country="FR", population=20_000, themes=(), languages=(), seeking=False):
    return Profile(key, country, population, frozenset(themes), frozenset(languages), seeking)


def test_size_similarity_is_one_for_equal_and_falls_with_ratio():
    assert size_similarity(10_000, 10_000) == 1.0
    assert size_similarity(10_000, 100_000) == 0.5
    assert size_similarity(None, 100) == 0.0


def test_shared_themes_outweigh_size():
    target = profile("t", themes={"culture", "youth"})
    same_themes = profile("a", country="DE", population=500_000, themes={"culture", "youth"})
    same_size = profile("b", country="DE", population=20_000)
    ranked = suggest(target, [same_size, same_themes])
    assert [s.key for s in ranked] == ["a", "b"]


def test_another_country_is_preferred():
    target = profile("t", themes={"culture"})
    home = profile("home", country="FR", themes={"culture"})
    abroad = profile("abroad", country="PL", themes={"culture"})
    assert [s.key for s in suggest(target, [home, abroad])] == ["abroad", "home"]


def test_seeking_partner_and_language_break_ties():
    target = profile("t", languages={"en"})
    seeking = profile("seeking", country="IT", seeking=True)
    speaks = profile("speaks", country="IT", languages={"en"})
    plain = profile("plain", country="IT")
    assert [s.key for s in suggest(target, [plain, seeking, speaks])] == [
        "speaks",
        "seeking",
        "plain",
    ]


def test_reasons_explain_the_score():
    target = profile("t", themes={"culture", "youth"}, languages={"uk"})
    candidate = profile(
        "c", country="UA", themes={"culture", "youth"}, languages={"uk"}, seeking=True
    )
    reasons = [str(r) for r in score(target, candidate).reasons]
    assert reasons == [
        "2 shared themes",
        "a common working language",
        "a similar population",
        "in another country",
        "also looking for a partner",
    ]


def test_suggest_limits_excludes_self_and_is_stable():
    target = profile("t")
    candidates = [profile(f"c{i}", country="DE") for i in range(10)] + [target]
    ranked = suggest(target, candidates, limit=5)
    assert len(ranked) == 5
    assert "t" not in [s.key for s in ranked]
    assert [s.key for s in ranked] == ["c0", "c1", "c2", "c3", "c4"]


# --- what is known of any place: official languages, partners, distance ---------------


def placed(key, latitude, longitude, country="BE", population=20_000, **kwargs):
    return Profile(key, country, population, latitude=latitude, longitude=longitude, **kwargs)


def test_official_languages_cover_exactly_the_covered_countries():
    assert set(OFFICIAL_LANGUAGES) == EUROPEAN_COUNTRIES
    codes = set().union(*OFFICIAL_LANGUAGES.values())
    assert all(len(code) == 2 and code.islower() for code in codes)
    assert official_languages("BE") == {"nl", "fr", "de"}
    assert official_languages("ZZ") == frozenset()


def test_countries_sharing_an_official_language():
    assert countries_sharing_an_official_language("FR") == {"BE", "CH", "GG", "JE", "LU", "MC"}
    assert countries_sharing_an_official_language("AT") == {"BE", "CH", "DE", "LI", "LU"}
    assert countries_sharing_an_official_language("PL") == frozenset()


def test_an_official_language_in_common_counts_abroad_only():
    target = profile("t", country="FR")
    belgian = score(target, profile("be", country="BE"))
    german = score(target, profile("de", country="DE"))
    french = score(target, profile("fr", country="FR"))
    assert belgian.score == german.score + OFFICIAL_LANGUAGE_POINTS
    assert "an official language in common" in [str(r) for r in belgian.reasons]
    assert "an official language in common" not in [str(r) for r in german.reasons]
    assert "an official language in common" not in [str(r) for r in french.reasons]


def test_a_stated_working_language_is_not_counted_twice():
    target = profile("t", country="FR", languages={"fr"})
    belgian = score(target, profile("be", country="BE", languages={"fr"}))
    german = score(target, profile("de", country="DE", languages={"fr"}))
    assert belgian.score == german.score
    assert "a common working language" in [str(r) for r in belgian.reasons]
    assert "an official language in common" not in [str(r) for r in belgian.reasons]


def test_a_partner_in_common_scores_and_says_so():
    target = Profile("t", "FR", 20_000, partners=frozenset({"p", "q"}))
    linked = Profile("c", "PL", 20_000, partners=frozenset({"q"}))
    unlinked = Profile("u", "PL", 20_000)
    assert score(target, linked).score == score(target, unlinked).score + SHARED_PARTNER_POINTS
    assert "twinned with a partner of this municipality" in [
        str(r) for r in score(target, linked).reasons
    ]
    assert [s.key for s in suggest(target, [unlinked, linked])] == ["c", "u"]


def test_distance_is_the_great_circle_distance():
    paris, brussels = placed("p", 48.8566, 2.3522), placed("b", 50.8503, 4.3517)
    assert 262 < distance_km(paris, brussels) < 266
    assert distance_km(paris, paris) == 0
    assert distance_km(paris, Profile("x", "FR", 1)) is None


def test_places_within_the_near_radius_are_never_suggested():
    # One degree of latitude is ~111.2 km: 0.44° is ~48.9 km, 0.46° is ~51.1 km.
    target = placed("t", 50.0, 4.0, country="FR")
    inside = placed("inside", 50.44, 4.0, seeking_partner=True)  # the best score otherwise
    outside = placed("outside", 50.46, 4.0)
    unknown = Profile("unknown", "BE", 20_000)  # no coordinates: not taken for a neighbour
    ranked = [s.key for s in suggest(target, [inside, outside, unknown])]
    assert ranked == ["outside", "unknown"]
    assert too_near(target, inside) and not too_near(target, outside)
    assert NEAR_KM == 50
