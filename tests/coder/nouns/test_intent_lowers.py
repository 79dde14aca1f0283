"""An intent expressed by an adjective or a noun is directed at its act's own target (profile switch
`intent_lowers`): "Xland is willing to send aid to Yland" is an intent towards Yland, read as PETRARCH reads
the act's clause (spec §4.3, §4.5: the words its pattern consumed leave the noun phrases; the objects'
actors, else the PPs'). Without it the intent took the act's objects whatever they named: none ("aid"),
or the source's own troops ("willing to withdraw its troops from Yland"). Sentences written here and in
tests/fixtures/intent_lowers.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, fixture_rows

from ..switch_tables import switch_table_tests


def table_rows() -> list[tuple[str, str]]:
    return fixture_rows("intent_lowers.tsv")  # type: ignore[return-value]


def _wrong(rows, documents) -> list[str]:
    wrong = []
    for (text, expected), document in zip(rows, documents):
        intents = [e for e in document.events if e.cameo["code"][:2] in ("03", "13")]
        targets = sorted({a.code for e in intents for a in e.target}) or ["-"]
        if len(intents) != 1 or targets != expected.split(","):
            wrong.append(f"{text}: {[e.cameo['code'] for e in intents]} {targets}")
    return wrong


test_the_table, test_each_row_is_coded_otherwise_with_the_switch_off = switch_table_tests(
    table_rows, _wrong, "intent_lowers")


def test_an_intent_over_a_verb_is_unchanged(nlp):
    # "promised to" is a verb's complement: the engine's composition reads it, not the intent table
    (_, document), = coded_rows([("Kenya promised to withdraw its troops from Somalia.",)])
    assert [(e.cameo["code"], [a.code for a in e.target]) for e in document.events] == [("0356", ["SOM"])]
