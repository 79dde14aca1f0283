"""Coordinated verbs of one subject share the recipient one of them names (profile switch `conjunct_targets`):
"Xland killed three Yland soldiers and wounded four others" is an assault on Yland twice, not once on Yland
and once on no one. PETRARCH-2 codes each conjunct with its own lower set (spec E12) and drops the one with
no target; communique keeps it, so without the switch the same act is written again without its recipient.
Sentences written here and in tests/fixtures/conjunct_targets.tsv."""
from __future__ import annotations

from fixture_tables import fixture_rows

from .toy_actors import code, toy  # noqa: F401  (toy is a fixture)
from .switch_tables import switch_table_tests


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("conjunct_targets.tsv")  # type: ignore[return-value]


def test_an_elliptic_conjunct_takes_its_siblings_target(nlp, toy):
    text = "Xland attacked Yland and wounded several others."
    assert sorted(code(nlp, toy, text, "communique")) == [("XLD", "YLD", "180"), ("XLD", "YLD", "190")]
    assert ("XLD", "YLD", "180") not in code(nlp, toy, text, "petrarch2")  # faithful: no target, no event


def test_what_is_not_shared(nlp, toy):
    # another kind of act (an assault and a retreat) keeps its own reading
    left = code(nlp, toy, "Xland attacked Yland and withdrew.", "communique")
    assert ("XLD", "YLD", "190") in left and all(t != "YLD" for _, t, c in left if c != "190")
    # a conjunct with its own subject is a clause of its own
    assert ("ZLD", "", "140") in code(nlp, toy, "Xland attacked Yland; Zland then protested.", "communique")


def _wrong(rows, documents) -> list[str]:
    wrong = []
    for (text, cameo, expected), document in zip(rows, documents):
        targets = sorted({a.code for e in document.events if e.cameo["code"] == cameo for a in e.target}
                         | {"-" for e in document.events if e.cameo["code"] == cameo and not e.target})
        if targets != expected.split(","):
            wrong.append(f"{text}: {targets}")
    return wrong


test_the_table, test_each_row_is_coded_otherwise_with_the_switch_off = switch_table_tests(
    table_rows, _wrong, "conjunct_targets")
