"""An agent word before a noun of an act or of help names the act's kind, not a participant (profile switch
`act_kinds`): "Xland sent military aid to Yland" is aid to Yland (CAMEO 072 "Provide military aid"), not to
Yland's military. CAMEO.2.0.txt's own patterns read such phrases as one braced thing ({&MILITARY AID},
{&MILITARY EXERCISES}); where no pattern consumes them, PETRARCH-2's lower set (spec §4.5) mixes the agent into
the PP's actor. Sentences written here and in tests/fixtures/act_kinds.tsv."""
from __future__ import annotations

from fixture_tables import fixture_rows

from ..toy_actors import code, toy  # noqa: F401  (toy is a fixture)
from ..switch_tables import switch_table_tests


def table_rows() -> list[tuple[str, str]]:
    return fixture_rows("act_kinds.tsv")  # type: ignore[return-value]


def test_the_aid_goes_to_the_country(nlp, toy):
    text = "Xland sent military aid to Yland."
    assert code(nlp, toy, text, "communique") == [("XLD", "YLD", "072")]  # and `aid_kinds`: military aid
    assert code(nlp, toy, text, "petrarch2") == [("XLD", "YLDMIL", "070")]  # faithful: §4.5 mixes the agent
    # an actor noun keeps its agent: the soldiers are a participant
    assert code(nlp, toy, "Xland attacked Yland military bases.", "communique") == \
        code(nlp, toy, "Xland attacked Yland military bases.", "petrarch2")


def _wrong(rows, documents) -> list[str]:
    wrong = []
    for (text, expected), document in zip(rows, documents):
        targets = sorted({a.code for e in document.events for a in e.target}
                         | {"-" for e in document.events if not e.target})
        if not document.events or targets != expected.split(","):
            wrong.append(f"{text}: {targets}")
    return wrong


# with act_kinds off: transfer_recipients (session 18) also reads "sent military aid to Yland" as directed at Yland,
# by its TO phrase; act_qualifiers (session 19) reads "held joint military exercises" as having no recipient,
# "military" the kind
test_the_table, test_each_row_is_coded_otherwise_with_the_switch_off = switch_table_tests(
    table_rows, _wrong, "act_kinds", ("transfer_recipients", "act_qualifiers"))
