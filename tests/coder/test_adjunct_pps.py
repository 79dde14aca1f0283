"""PPs of concession give no target, and PPs of cause give one only where nothing else does (profile switch
`adjunct_pps`): "Xland agreed to the plan despite Yland's objections" is not directed at Yland, where PETRARCH-2
takes the actors of every PP child of a clause whose objects name none (spec §4.5). Sentences written here and in
tests/fixtures/adjunct_pps.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, fixture_rows

from .switch_tables import on_off_table_test
from .toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def table_rows() -> list[tuple[str, str]]:
    return fixture_rows("adjunct_pps.tsv")  # type: ignore[return-value]


def targets(nlp, knowledge, text, profile):
    return sorted({t for _, t, _ in code(nlp, knowledge, text, profile)})


def test_a_concessive_or_temporal_pp_is_no_target(nlp, toy):
    text = "Xland criticized the decision despite assurances from Yland."
    assert targets(nlp, toy, text, "petrarch2") == ["YLD"]  # faithful: any preposition (§4.5)
    assert targets(nlp, toy, text, "communique") == [""]
    text = "Xland criticized the decision after a meeting with Yland."  # time: may name the counterpart
    assert targets(nlp, toy, text, "communique") == targets(nlp, toy, text, "petrarch2")
    # a PP of another preposition still gives the target
    assert targets(nlp, toy, "Xland complained to Yland about the decision.", "communique") == ["YLD"]


def test_a_pp_of_cause_names_a_target_only_where_nothing_else_does(nlp, toy):
    text = "Xland summoned the Yland ambassador over the treatment of Zlandian refugees."
    assert targets(nlp, toy, text, "petrarch2") == ["YLDGOVREF"]  # faithful: the cause's words are the phrase's
    assert targets(nlp, toy, text, "communique") == ["YLDGOV"]
    text = "Xland protested over the arrest of its citizens in Zland."  # nothing else names one
    assert targets(nlp, toy, text, "communique") == ["ZLDCVL"]
    text = "Xland complained to Yland over the detention of Zland citizens."  # verbal conflict: read as PETRARCH-2
    assert targets(nlp, toy, text, "communique") == targets(nlp, toy, text, "petrarch2") == ["YLD", "ZLDCVL"]


def test_the_table(nlp):
    rows = table_rows()
    assert len(rows) >= 10
    wrong = []
    for (text, expected), document in coded_rows(rows):
        got = sorted({a.code for e in document.events for a in e.target}) or ["-"]
        if not document.events or got != expected.split(","):
            wrong.append(f"{text}: {got}")
    assert not wrong, "\n".join(wrong)


# session 33: a phrase of instigation ("at the request of Yland") is read as a phrase of cause
test_a_phrase_of_instigation_names_no_second_target = on_off_table_test(
    "instigation_pps.tsv", ("adjunct_pps",), at_least=8, changed_at_least=3)
