"""An apology or forgiveness is CONCEDE (profile switch `plover_category_codes`): the PLOVER manual types
"expressions of regret or remorse" CONCEDE by name, where its cue-category table makes CAMEO 055 "Apologize" and
056 "Forgive" SUPPORT (05). Sentences written for tests/fixtures/regret_sentences.tsv."""
from __future__ import annotations

from communique.coder.profiles import Profile
from communique.plover_conventions import plover_in_profile

from fixture_tables import assert_the_on_off_table, fixture_rows

COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")


def events(document) -> str:
    return " ".join(sorted(f"{e.cameo['code']} {e.plover['type']}" for e in document.events))


def test_the_codes_the_manual_types_by_name_in_communique_only():
    assert plover_in_profile("055", "apologise", COMMUNIQUE)["type"] == "CONCEDE"
    assert plover_in_profile("056", "forgive", COMMUNIQUE)["type"] == "CONCEDE"
    assert plover_in_profile("055", "apologise", COMMUNIQUE)["context"] == ["diplomatic"]  # the code's own context
    assert plover_in_profile("051", "praise", COMMUNIQUE)["type"] == "SUPPORT"  # the rest of 05 as the table has it
    assert plover_in_profile("057", "sign", COMMUNIQUE)["type"] == "SUPPORT"
    assert plover_in_profile("055", "apologise", PETRARCH2)["type"] == "CONCEDE"  # data/cameo_to_plover.tsv as it is
    assert plover_in_profile("055", "apologise", COMMUNIQUE, mood="future")["type"] == "CONCEDE"  # not AGREE


def test_the_on_off_table(monkeypatch, nlp):
    assert_the_on_off_table(monkeypatch, fixture_rows("regret_sentences.tsv"), events, ("plover_category_codes",),
                            at_least=10, changed_at_least=7)
