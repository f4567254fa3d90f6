from twinning.matching import Profile, score, size_similarity, suggest


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
