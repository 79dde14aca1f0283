"""coder/repairs: the adjective particle read as its object's modifier ("set free twenty hostages"), the headline
verb read as a plural noun ("Army shells rebel positions") and the plural-only subject ("Police fire tear gas"), on
sentences written here, parsed by the shared model and read through the phrase view; and sentences left alone."""
from __future__ import annotations

import pytest

from .view_helpers import clause, heads, triples, view_of

pytestmark = pytest.mark.model


def test_an_adjective_before_the_objects_numeral_is_the_verbs_particle(nlp):
    view = view_of(nlp, "The militia set free nine hostages on Friday.")
    assert view.repairs == ["adjective-particle-read-as-modifier"]
    set_ = clause(view, "SET")
    assert heads(view, set_.subjects) == ["MILITIA"] and heads(view, set_.objects) == ["HOSTAGES"]
    assert "FREE" in set_.particles
    assert "FREE" not in [view.words[i] for i in set_.objects[0].words]


def test_set_free_before_a_numeral_is_coded_as_a_release_under_petrarch2(nlp, petrarch2):
    # the phrasal verb SET_FREE of CAMEO.2.0's RELEASE block [080]
    assert [code for _, _, code in triples(nlp, petrarch2, "Rebels in Colombia set free twenty soldiers.")] == ["080"]


def test_an_adjective_english_puts_before_numerals_stays_the_nouns(nlp):
    view = view_of(nlp, "The ministry sent additional 500 troops to the border.")
    assert "adjective-particle-read-as-modifier" not in view.repairs
    sent = clause(view, "SENT")
    assert "ADDITIONAL" in [view.words[i] for i in sent.objects[0].words]


def test_an_adjective_after_the_determiner_stays_the_nouns(nlp):
    view = view_of(nlp, "The rebels freed the injured hostages.")
    assert "adjective-particle-read-as-modifier" not in view.repairs
    assert "INJURED" in [view.words[i] for i in clause(view, "FREED").objects[0].words]


def test_a_headline_verb_read_as_a_plural_noun_is_the_verb(nlp):
    view = view_of(nlp, "Army shells rebel positions in Donbas.")
    assert view.repairs == ["verb-read-as-plural-noun"]
    shells = clause(view, "SHELLS")
    assert view.top == [shells]
    assert heads(view, shells.subjects) == ["ARMY"] and heads(view, shells.objects) == ["POSITIONS"]


def test_a_plural_noun_with_no_object_after_it_is_a_noun_phrase(nlp):
    view = view_of(nlp, "Army attacks on the capital.")
    assert "verb-read-as-plural-noun" not in view.repairs
    assert not any(c.form == "ATTACKS" for c in view.clauses.values())


def test_a_sentence_with_a_verb_keeps_its_plural_noun(nlp):
    view = view_of(nlp, "Artillery shells hit the village.")
    assert "verb-read-as-plural-noun" not in view.repairs
    assert heads(view, clause(view, "HIT").subjects) == ["SHELLS"]


def test_police_agrees_with_a_plain_verb_read_as_a_modifier(nlp):
    view = view_of(nlp, "Police fire tear gas at students in Dhaka.")
    assert view.repairs == ["verb-read-as-modifier"]
    fire = clause(view, "FIRE")
    assert heads(view, fire.subjects) == ["POLICE"] and heads(view, fire.objects) == ["GAS"]


def test_a_singular_subject_does_not_agree_with_a_plain_verb(nlp):
    view = view_of(nlp, "Government fire safety rules.")
    assert "verb-read-as-modifier" not in view.repairs
