"""The prominence ranking of a sentence's events (coder/prominence.py), on sentences written for these tests.

The table `tests/fixtures/main_event_sentences.tsv` names, for wire-style sentences, the class of the event an
analyst calls the main one; the test codes them with the default profile and reads the main event as the
owners do (the most confident, the first among equals: evaluate/main_class.py).
"""
from __future__ import annotations

from pathlib import Path

from fixture_tables import main_class_misses

from communique.coder.adapter import EventCandidate
from communique.coder.prominence import (FLOOR, MAX_SUBORDINATE, RESIDUAL_GAP, RESIDUAL_STEP, SUBORDINATE_STEP,
                                         ranked, statement_verbs, subordination)

TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "main_event_sentences.tsv"


def table_rows() -> list[tuple[str, str, str]]:
    rows = [line.rstrip("\n").split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows[0] == ["class", "sentence", "phenomenon"]
    return [tuple(row) for row in rows[1:]]


def index(doc, word, nth=0):
    return [t.i for t in doc if t.text == word][nth]


def candidate(doc, word, code, confidence, nth=0):
    return EventCandidate(trigger=index(doc, word, nth), code=code, source=[], target=[], sentence=0, start=0,
                          end=len(doc.text), evidence=doc.text, confidence=confidence)


def test_the_table_is_large_enough_and_uses_the_five_classes():
    from communique.evaluate.main_class import classes

    rows = table_rows()
    assert len(rows) >= 20
    assert {label for label, _, _ in rows} <= set(classes())
    assert len({label for label, _, _ in rows}) >= 4


def test_the_most_confident_event_of_each_written_sentence_is_its_main_event(nlp):
    from communique.evaluate.main_class import event_class, main_event
    from communique.pipeline import extract_articles
    from communique.records import Article

    rows = table_rows()
    documents = extract_articles([Article(text=text, published="2018-03-01") for _, text, _ in rows])
    wrong = []
    for (expected, text, why), document in zip(rows, documents):
        chosen = main_event(document.events)
        got = event_class(chosen) if chosen else "(no event)"
        if got != expected:
            wrong.append(f"{text} -- expected {expected} ({why}), got {got}: "
                         + "; ".join(f"{e.cameo['code']} {e.confidence}" for e in document.events))
    assert not wrong, "\n".join(wrong)


def test_subordinate_clauses_count_but_what_a_verb_of_saying_says_does_not(nlp):
    doc = nlp("Xland imposed sanctions on Yland after Yland rejected its demands.")
    assert subordination(doc, index(doc, "imposed"), statement_verbs(doc)) == 0
    assert subordination(doc, index(doc, "rejected"), statement_verbs(doc)) == 1
    doc = nlp("Officials said the army attacked the town, and the mayor fled.")
    assert subordination(doc, index(doc, "attacked"), statement_verbs(doc)) == 0  # what a verb of saying says
    doc = nlp("The army denied that its soldiers attacked the town.")
    assert subordination(doc, index(doc, "attacked"), statement_verbs(doc)) == 1  # complement, another verb
    doc = nlp("The minister, who visited the camp on Monday, met the rebels and signed a truce.")
    assert subordination(doc, index(doc, "visited"), statement_verbs(doc)) == 1  # a relative clause
    assert subordination(doc, index(doc, "signed"), statement_verbs(doc)) == 0  # coordination


def test_subordination_is_capped(nlp):
    doc = nlp("The mayor left after the guards who saw the men who attacked the bank fled.")
    assert subordination(doc, index(doc, "attacked"), statement_verbs(doc)) == MAX_SUBORDINATE


def test_a_statement_ranks_below_the_act_it_frames_even_a_less_certain_one(nlp):
    doc = nlp("Xland said Yland's troops shelled the border villages on Monday.")
    said = candidate(doc, "said", "112", 0.9)  # PETRARCH's SAY rule: Xland accuses Yland
    shelled = candidate(doc, "shelled", "190", 0.65)
    out = ranked(doc, [said, shelled])
    assert [c.code for c in out] == ["190", "112"]  # most prominent first
    assert out[0].confidence == 0.65
    assert out[1].confidence == round(0.65 - RESIDUAL_GAP, 2)


def test_a_residual_statement_alone_keeps_its_confidence(nlp):
    doc = nlp("Xland said on Monday that the talks were useful.")
    out = ranked(doc, [candidate(doc, "said", "010", 0.8)])
    assert [c.confidence for c in out] == [0.8]


def test_a_verb_of_saying_with_a_specific_code_and_nothing_under_it_is_no_frame(nlp):
    doc = nlp("Xland accused Yland of lying, and Zland told Yland to leave.")
    accused, told = candidate(doc, "accused", "112", 0.8), candidate(doc, "told", "0253", 0.8)
    out = ranked(doc, [told, accused])
    assert [(c.code, c.confidence) for c in out] == [("0253", 0.8), ("112", 0.8)]  # ties keep their order


def test_an_adverbial_clause_ranks_below_the_main_clause_even_on_a_tie(nlp):
    doc = nlp("Xland complained to the council after Yland's jets violated its airspace.")
    violated = candidate(doc, "violated", "150", 0.9)
    complained = candidate(doc, "complained", "114", 0.8)
    out = ranked(doc, [violated, complained])
    assert [c.code for c in out] == ["114", "150"]
    assert out[1].confidence == round(0.9 - SUBORDINATE_STEP, 2)


def test_a_recalled_event_ranks_below_a_dictionary_pattern_and_scores_stay_in_range(nlp):
    doc = nlp("Xland agreed to build the road and the rebels attacked a convoy.")
    agreed = candidate(doc, "agreed", "030", 0.1)
    agreed.steps = ("addition: agreed to an uncoded act, an intent (030)",)
    attacked = candidate(doc, "attacked", "190", 0.1)
    out = ranked(doc, [agreed, attacked])
    assert [c.code for c in out] == ["190", "030"]
    assert all(FLOOR <= c.confidence <= 1.0 for c in out)


def test_an_empty_sentence_has_nothing_to_rank(nlp):
    assert ranked(nlp("Nothing happened."), []) == []


def test_only_an_act_in_the_clause_a_verb_of_saying_reports_makes_it_a_frame(nlp):
    doc = nlp("The rebels claimed to have shot down a helicopter.")  # an infinitive it reports
    out = ranked(doc, [candidate(doc, "claimed", "015", 0.8), candidate(doc, "shot", "190", 0.8)])
    assert [(c.code, c.confidence) for c in out] == [("190", 0.8), ("015", 0.6)]
    doc = nlp("Xland told reporters about the plan before Yland's troops shelled the town.")  # an adverbial clause
    out = ranked(doc, [candidate(doc, "told", "111", 0.8), candidate(doc, "shelled", "190", 0.8)])
    assert [(c.code, c.confidence) for c in out] == [("111", 0.8), ("190", 0.7)]


def test_a_demand_a_verb_of_saying_makes_is_an_act_not_a_frame(nlp):
    doc = nlp("The minister reiterated that Xland must hand over the suspects, as he began a tour to seek support.")
    out = ranked(doc, [candidate(doc, "seek", "022", 0.8), candidate(doc, "reiterated", "1053", 0.8)])
    assert out[0].code == "1053" and out[0].confidence == 0.8


def test_a_verb_the_dictionary_codes_as_a_statement_is_a_verb_of_saying(nlp):
    doc = nlp("Xland announced that Yland's troops had shelled the town.")
    announced, shelled = index(doc, "announced"), index(doc, "shelled")
    assert announced not in statement_verbs(doc)  # not a pure reporting verb of data/quote_cues.tsv
    frame = candidate(doc, "announced", "112", 0.8)
    frame.steps = ("verb: SHELLED A0", "verb: ANNOUNCED 1000", "nest: rule N", "transform: rule line 1")
    act = candidate(doc, "shelled", "190", 0.8)
    assert announced in statement_verbs(doc, [frame, act])
    assert subordination(doc, shelled, statement_verbs(doc, [frame, act])) == 0
    out = ranked(doc, [frame, act])
    assert [(c.code, c.confidence) for c in out] == [("190", 0.8), ("112", 0.6)]


def test_a_stance_judges_the_act_its_complement_tells_and_frames_nothing(nlp):
    doc = nlp("Xland said the sanctions imposed by Yland on its banks were illegal.")
    stance = candidate(doc, "said", "111", 0.8)
    stance.steps = ("verb: SAID 1000", "addition: stance SAID ... ILLEGAL (111)")
    act = candidate(doc, "were", "163", 0.8)  # the act told by the complement's subject, "the sanctions imposed"
    assert subordination(doc, act.trigger, statement_verbs(doc)) == 0  # what a verb of saying says
    out = ranked(doc, [act, stance])
    assert [(c.code, c.confidence) for c in out] == [("111", 0.8), ("163", round(0.8 - SUBORDINATE_STEP, 2))]


def test_without_a_stance_a_verb_of_saying_still_frames_the_act_it_reports(nlp):
    doc = nlp("Xland said the sanctions imposed by Yland on its banks were illegal.")
    said = candidate(doc, "said", "010", 0.8)
    said.steps = ("verb: SAID 1000",)
    act = candidate(doc, "were", "163", 0.8)
    out = ranked(doc, [said, act])
    assert [(c.code, c.confidence) for c in out] == [("163", 0.8), ("010", round(0.8 - RESIDUAL_STEP, 2))]


def test_an_act_told_in_a_modifier_of_a_noun_is_no_act_a_statement_frames(nlp):
    # switch `reported_background`: "the diplomats expelled by Moscow" are a thing the statement is about
    doc = nlp("The ministry said the diplomats expelled by Moscow would return to London on Sunday.")
    said, killed = candidate(doc, "said", "010", 0.8), candidate(doc, "expelled", "174", 0.8)
    on = ranked(doc, [said, killed], noun_background=True)
    assert [(c.code, c.confidence) for c in on] == [("010", 0.8), ("174", 0.7)]
    off = ranked(doc, [said, killed])
    assert [(c.code, c.confidence) for c in off] == [("174", 0.7), ("010", round(0.7 - RESIDUAL_GAP, 2))]
    doc = nlp("Police said the man who attacked a mosque in London had been known to the security services.")
    out = ranked(doc, [candidate(doc, "said", "010", 0.8), candidate(doc, "attacked", "180", 0.8)],
                 noun_background=True)
    assert [(c.code, c.confidence) for c in out] == [("010", 0.8), ("180", 0.7)]


def test_an_act_the_reported_clause_itself_tells_is_still_framed_with_the_switch(nlp):
    doc = nlp("Xland said Yland's troops shelled the border villages on Monday.")
    said, shelled = candidate(doc, "said", "112", 0.9), candidate(doc, "shelled", "190", 0.65)
    out = ranked(doc, [said, shelled], noun_background=True)
    assert [(c.code, c.confidence) for c in out] == [("190", 0.65), ("112", round(0.65 - RESIDUAL_GAP, 2))]
    doc = nlp("Police said they arrested 12 men suspected of planning attacks.")  # the act, over a participle
    out = ranked(doc, [candidate(doc, "said", "010", 0.8), candidate(doc, "arrested", "173", 0.8),
                       candidate(doc, "suspected", "112", 0.6)], noun_background=True)
    assert [c.code for c in out][0] == "173"


PARTICIPLES = Path(__file__).resolve().parents[1] / "fixtures" / "main_event_participles.tsv"
# still lost, and why (docs/evaluation.md, ordering24): a participle the parser reads as a coordinated finite verb
# ("lifted the ban on cinemas, imposed ...": conj, so no adjunct); a statement whose own record is dropped (HAD's
# code 0 combined with it); a reported act the dictionary does not code ("were freed", no agent); session 32
# (p7read32, place_pps's settlement reading): a statement whose only target was "in their home villages" read as
# civilians (---CVL) has none now, and the statement with no target is dropped beside the content's 1384
PARTICIPLES_LOST = {"Saudi Arabia lifted the ban on cinemas", "The Kremlin said on Wednesday",
                    "Officials said 40 prisoners, detained", "The army said in a statement that the soldiers killed"}


def test_participles_and_attributions_leave_the_main_clauses_act_first(nlp):
    # own corpus of ordering24 (participle_adjuncts, reported_background): only the named losses stay
    rows = [line.split("\t") for line in PARTICIPLES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")][1:]
    assert len(rows) >= 40
    wrong = main_class_misses(rows)
    assert {text for text in wrong if not text.startswith(tuple(PARTICIPLES_LOST))} == set()
    assert len(wrong) <= len(PARTICIPLES_LOST)
