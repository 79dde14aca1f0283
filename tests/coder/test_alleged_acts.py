"""The switches `alleged_acts` (coder/alleged.py): what an accusation alleges is no event, what a denial denies is the
denier's 016, a neutral report keeps the act it reports; and `own_act_reports` (coder/resolve.py): a speaker's report
of its own act is no event from the speaker to itself. Sentences written for these tests
(tests/fixtures/alleged_acts.tsv, own_act_reports.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import coded_rows
from .switch_tables import on_off_table_test


def events(document) -> str:
    """The document's events as "code source>target", most prominent first; "none" where it has none."""
    return "; ".join(f"{e.cameo['code']} {'+'.join(r.code for r in e.source)}>{'+'.join(r.code for r in e.target)}"
                     for e in document.events) or "none"


test_an_alleged_or_denied_act_is_no_event_and_a_report_keeps_its_act = on_off_table_test(
    "alleged_acts.tsv", ("alleged_acts", "comment_acts"), at_least=40, changed_at_least=21, read=events)


def test_a_denial_is_made_now_and_says_what_it_drops(nlp):
    (_, document), = coded_rows([("Iran denied attacking the tanker.",)])
    denial, = document.events
    assert (denial.cameo["code"], denial.trigger, denial.modality) == ("016", "denied", "asserted")
    assert any("alleged_acts" in step or "comment_acts" in step for step in denial.steps)  # comment_acts.py runs first
    (_, accusation), = coded_rows([("Armenia accused Azerbaijan of shelling villages in Tavush.",)])
    assert any(step.startswith("drop: what an accusation alleges") for *_, steps in accusation.dropped
               for step in steps)


def test_petrarch2_keeps_petrarchs_reading(nlp):
    """PETRARCH-2 codes the top-level clause only, and its arithmetic keeps a denied act (DENY's own code is ---)."""
    rows = [("Pakistan accused India of violating the truce in Kashmir.",), ("Iran denied attacking the tanker.",)]
    assert [events(d) for _, d in coded_rows(rows, profile="petrarch2")] == ["112 PAK>IND", "190 IRN>---BUS"]


test_a_speakers_own_act_is_no_event_from_the_speaker_to_itself = on_off_table_test(
    "own_act_reports.tsv", ("own_act_reports",), at_least=12, changed_at_least=7, read=events)
