"""A hyphenated "-led", "-run" or "-owned" compound names the actor's leader, runner or owner (profile switch
`leader_compounds`): "Xland-led forces" are Xland's forces, as the Phoenix dictionaries' own entries
MILITARY_LED [~MIL] and STATE_RUN TELEVISION [~GOVMED] read such compounds. PETRARCH-2 reads the hyphenated
word as one ("XLAND-LED"), which no entry matches. Sentences written here and in
tests/fixtures/leader_compounds.tsv."""
from __future__ import annotations

from fixture_tables import fixture_rows

from ..toy_actors import code, toy  # noqa: F401  (toy is a fixture)
from ..switch_tables import switch_table_tests


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("leader_compounds.tsv")  # type: ignore[return-value]


def test_the_leader_before_the_hyphen_is_read(nlp, toy):
    text = "Xlandian-led troops attacked Yland."
    plain = code(nlp, toy, "Xlandian troops attacked Yland.", "communique")
    assert code(nlp, toy, text, "communique") == plain == [("XLDMIL", "YLD", "190")]  # read as "Xlandian troops"
    assert not any(s.startswith("XLD") for s, _, _ in code(nlp, toy, text, "petrarch2"))  # faithful: one word
    # a participle of support or origin is not read apart: "Xlandian-backed" troops are not Xland's
    backed = code(nlp, toy, "Xlandian-backed troops attacked Yland.", "communique")
    assert not any(s.startswith("XLD") for s, _, _ in backed)


def _wrong(rows, documents) -> list[str]:
    wrong = []
    for (text, side, expected), document in zip(rows, documents):
        sides = [sorted({a.code for a in (e.source if side == "source" else e.target)}) for e in document.events]
        if expected.split(",") not in sides:
            wrong.append(f"{text}: {sides}")
    return wrong


test_the_table, test_each_row_is_coded_otherwise_with_the_switch_off = switch_table_tests(
    table_rows, _wrong, "leader_compounds")
