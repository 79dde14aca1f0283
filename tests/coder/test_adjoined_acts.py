"""Rule 4 of coder/prominence.py (coder/adjoined_acts.py): an event told in a participial adjunct of speech after an act
(switch `saying_adjuncts`) or in a later conjunct of an act (switch `first_conjuncts`) ranks below that act; on
sentences written for these tests, and the sweep tests/fixtures/main_event_order_sweep45.tsv (51 own sentences,
labelled before the coder ran, scored as the wire censuses are), read at a floor just below what the coder reached."""
from __future__ import annotations

from fixture_tables import assert_wire_sweep_at

from communique.coder.adapter import EventCandidate
from communique.coder.adjoined_acts import speech_participles
from communique.coder.profiles import PROFILES
from communique.coder.prominence import RESIDUAL_GAP as ADJOINED_GAP, ranked  # the gap rule 4 ranks by


def _candidate(doc, word, code, confidence):
    return EventCandidate(trigger=[t.i for t in doc if t.text == word][0], code=code, source=[], target=[],
                          sentence=0, start=0, end=len(doc.text), evidence=doc.text, confidence=confidence)


def test_the_switches_are_communiques_and_not_petrarch2s():
    for switch in ("saying_adjuncts", "first_conjuncts"):
        assert getattr(PROFILES["communique"], switch) and not getattr(PROFILES["petrarch2"], switch)


def test_a_later_conjunct_ranks_below_the_first_with_the_switch_only(nlp):
    doc = nlp("The prime minister condemned the bombing of the mosque and urged citizens to remain calm.")
    condemned, urged = _candidate(doc, "condemned", "111", 0.75), _candidate(doc, "urged", "020", 0.8)
    on = ranked(doc, [condemned, urged], conjuncts=True)
    assert [c.code for c in on] == ["111", "020"]
    assert on[1].confidence == round(0.75 - ADJOINED_GAP, 2)
    assert [c.code for c in ranked(doc, [condemned, urged])] == ["020", "111"]  # off: by confidence


def test_a_residual_statement_heads_no_coordination(nlp):
    doc = nlp("The ministry said the talks had ended and accused the rebels of shelling the town.")
    said, accused = _candidate(doc, "said", "010", 0.8), _candidate(doc, "accused", "112", 0.7)
    assert ranked(doc, [said, accused], conjuncts=True)[0].code == "112"


def test_a_participial_adjunct_of_speech_ranks_below_the_act_with_the_switch_only(nlp):
    doc = nlp("Police dispersed the rally with tear gas, describing the gathering as illegal.")
    dispersed, describing = _candidate(doc, "dispersed", "175", 0.55), _candidate(doc, "describing", "111", 0.9)
    on = ranked(doc, [dispersed, describing], adjuncts=True)
    assert [c.code for c in on] == ["175", "111"]
    assert on[1].confidence == round(0.55 - ADJOINED_GAP, 2)
    assert [c.code for c in ranked(doc, [dispersed, describing])] == ["111", "175"]  # off: 0.9 - 0.1 over 0.55


def test_what_the_participle_says_ranks_below_the_act_too(nlp):
    doc = nlp("Ankara expelled two Dutch diplomats on Tuesday, saying they had attacked a police station.")
    expelled, attacked = _candidate(doc, "expelled", "166", 0.55), _candidate(doc, "attacked", "190", 0.9)
    assert [c.code for c in ranked(doc, [expelled, attacked], adjuncts=True)] == ["166", "190"]


def test_an_adverbial_clause_with_a_subordinator_is_no_adjunct_of_speech(nlp):
    doc = nlp("Police arrested the opposition leader on Thursday, after saying he had attacked officers.")
    arrested, attacked = _candidate(doc, "arrested", "173", 0.55), _candidate(doc, "attacked", "190", 0.9)
    out = ranked(doc, [arrested, attacked], adjuncts=True)
    assert out[1].confidence != round(0.55 - ADJOINED_GAP, 2)


def test_the_table_holds_the_ordinary_verbs_of_saying():
    assert {"SAY", "INSIST", "CALL", "CITE", "ACCUSE"} <= speech_participles()


def test_the_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("main_event_order_sweep45.tsv", 0.82)
