"""Events the classifier recalls where the coder coded none (classify/recall.py), made only where the sentence
names the act, both heads read the same kind of act, and a place is not taken for an actor (issue 11: with the
classifier on, the coder's PLOVER figures must not fall). Sentences written for these tests."""
from __future__ import annotations

import pytest

from communique.classify.candidates import names_act, trigger_kinds
from communique.classify.labels import acled_classes, plover_classes
from communique.classify.recall import recall_class
from communique.classify.scoring import LabelScore, SentenceScores
from communique.settings import Settings

EVENTS = Settings(classifier="events")


@pytest.mark.parametrize("word, stem, verb, act", [
    ("attacked", "attack", True, True), ("attack", "attack", False, True),
    ("attackers", "attack", False, False), ("kidnappers", "kidnap", False, False),
    ("protesters", "protest", False, False), ("demonstrators", "demonstrat", False, False),
    ("demonstration", "demonstrat", False, True), ("murder", "murder", False, True),
    ("murderers", "murder", False, False), ("clashes", "clash", False, True),
    ("rockets", "rocket", False, False), ("bomber", "bomb", False, False), ("bombs", "bomb", False, False),
    ("bombing", "bomb", False, True), ("shelled", "shell", False, True), ("shelling", "shell", False, True),
    ("bombed", "bomb", True, True), ("militants", "militant", False, False), ("maoists", "maoist", True, False),
    ("tear", "tear gas", False, False), ("opened", "opened fire", True, True),
])
def test_a_word_of_the_list_names_the_act_or_who_does_it_or_what_with(word, stem, verb, act):
    assert names_act(word, stem, verb) is act


def test_every_trigger_stem_has_a_kind():
    kinds = trigger_kinds()
    assert set(kinds.values()) == {"act", "agent", "weapon"}
    assert kinds["kill"] == "act" and kinds["militant"] == "agent" and kinds["grenade"] == "weapon"


def _scores(acled: dict[str, float], plover: dict[str, float]) -> SentenceScores:
    def ranked(given: dict[str, float], labels: list[str]) -> tuple[LabelScore, ...]:
        rest = (1.0 - sum(given.values())) / (len(labels) - len(given))
        return tuple(sorted((LabelScore(l, given.get(l, rest)) for l in labels), key=lambda s: -s.score))
    return SentenceScores("", ranked(acled, [c.label for c in acled_classes()]),
                          ranked(plover, [c.type for c in plover_classes()]))


def test_an_event_is_recalled_only_where_both_heads_read_the_same_kind_of_act():
    found = recall_class(_scores({"ATTACK": 0.5, "ARMED_CLASH": 0.2}, {"ASSAULT": 0.7}))
    assert found is not None and found[0].label == "ATTACK"
    # the ACLED head reads an attack, the PLOVER head a coercion: no event
    assert recall_class(_scores({"ATTACK": 0.5, "ARMED_CLASH": 0.2}, {"COERCE": 0.5, "ASSAULT": 0.3})) is None
    # an arrest is a coercion for both
    assert recall_class(_scores({"ARREST": 0.6, "ATTACK": 0.1}, {"COERCE": 0.6}))[0].label == "ARREST"
    # violent classes that score little together make no event, whatever the PLOVER head says
    assert recall_class(_scores({"ATTACK": 0.3, "NONE": 0.29, "DIPLO": 0.28}, {"ASSAULT": 0.9})) is None



def _recalled(text: str):
    from communique.pipeline import extract_text

    return [e for e in extract_text(text, "2021-03-01", EVENTS).events if e.origin == "classifier"]


@pytest.mark.classifier
def test_a_sentence_naming_only_an_agent_of_violence_recalls_no_event(nlp, classifier):
    # "bomber" is a word of the list, but no act is told: someone was seen, nothing was done
    assert _recalled("a suicide bomber was spotted outside the parliament in kabul, police said.") == []


@pytest.mark.classifier
def test_a_recalled_event_hangs_on_the_act_and_its_place_is_no_actor(nlp, classifier):
    [event] = _recalled("an ied blast in kabul left three soldiers dead.")
    assert event.trigger == "blast"  # the act, not the weapon ("ied") named first
    everyone = event.source + event.target
    assert all(ref.name.lower() != "kabul" for ref in everyone)  # where it happened, not who did it or to whom
    assert [ref.code for ref in event.target] == ["AFGMIL"]  # the soldiers take the country of the place named


@pytest.mark.classifier
def test_a_weapon_joined_to_a_verb_names_the_act(nlp, classifier):
    [event] = _recalled("riot police baton-charged students near the university in dhaka.")
    assert event.trigger == "charged"
    assert [ref.sector for ref in event.source] == ["COP"]


@pytest.mark.classifier
def test_a_capital_in_a_place_phrase_and_a_demonym_before_a_thing_are_no_actors(nlp, classifier):
    [event] = _recalled("an ied blast in the western suburbs of kabul left three soldiers dead.")
    # "western" (the West, as a demonym) describes the suburbs; kabul is where, through "the suburbs of"
    assert [ref.code for ref in event.source + event.target if ref.text] == ["AFGMIL"]


def _events(text: str):
    from communique.pipeline import extract_text

    return extract_text(text, "2021-03-01", EVENTS).events


def _mention(cameo: str, target: list, steps: tuple[str, ...]):
    from communique.codes import cameo_for
    from communique.records import ActorRef, EventMention

    side = [ActorRef(text="the army", name="army", country=None, sector="MIL", code="---MIL")]
    return EventMention(id="x", sentence=0, start=0, end=1, evidence="", source=side, target=target,
                        cameo=cameo_for(cameo), plover={}, quad_class=0, goldstein=0.0, date={}, steps=steps)


def test_only_a_statement_kept_because_nothing_else_was_coded_leaves_room_for_recall():
    from communique.classify.recall import blocks_recall
    from communique.coder.adapter import UNADDRESSED

    assert not blocks_recall(_mention("010", [], ("verb: SAID 010", UNADDRESSED)))
    rebels = [_mention("010", [], ()).source[0]]
    assert blocks_recall(_mention("010", rebels, ("verb: SAID 010",)))  # addressed to someone: it is an event
    assert blocks_recall(_mention("190", rebels, ("verb: SHELLED 190",)))  # an act


@pytest.mark.classifier
def test_an_act_the_coder_missed_is_recalled_under_a_bare_attribution(nlp, classifier):
    # "rocketed" is no verb of the coder's dictionary: it kept only "a military spokesman said", addressed to no one
    [event] = _events("Insurgents rocketed an army base near the border overnight, a military spokesman said.")
    assert event.origin == "classifier" and event.trigger == "rocketed"
    assert [ref.sector for ref in event.source] == ["REB"]
    assert [ref.sector for ref in event.target] == ["MIL"]  # the base's army; the spokesman only reported it
    assert event.speaker is not None and event.speaker.sector.startswith("MIL")


@pytest.mark.classifier
@pytest.mark.parametrize("text", [
    "Insurgents shelled an army base near the border overnight, a military spokesman said.",  # the coder's act
    "Insurgents rocketed an army base near the border overnight, a military spokesman told reporters.",  # addressed
])
def test_a_sentence_whose_coded_event_is_real_recalls_none(nlp, classifier, text):
    events = _events(text)
    assert events and all(e.origin == "coder" for e in events)
