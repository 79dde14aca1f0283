"""coder/repairs: each repair on sentences written here, parsed by the shared model (whose small
parser makes the error the repair undoes), read through the phrase view the coder uses; and sentences the
repairs must leave alone."""
from __future__ import annotations

import datetime

import pytest

from communique.coder.repairs import Tree, VerbForms, repair

from .view_helpers import clause, heads, triples, view_of

pytestmark = pytest.mark.model


def test_headline_verb_read_as_a_compound_noun_becomes_the_verb(nlp):
    view = view_of(nlp, "Rebels attack army base in northern Mali")
    assert view.repairs == ["verb-read-as-modifier"]
    attack = clause(view, "ATTACK")
    assert view.top == [attack]
    assert heads(view, attack.subjects) == ["REBELS"]
    assert heads(view, attack.objects) == ["BASE"]
    assert "ARMY" in [view.words[i] for i in attack.objects[0].words]


def test_headline_verb_read_as_an_adjective_takes_the_infinitive_as_complement(nlp):
    view = view_of(nlp, "Ministers Smith and Jones urge rebels to lay down arms.")
    assert view.repairs == ["verb-read-as-modifier"]
    urge = clause(view, "URGE")
    assert view.top == [urge]
    assert heads(view, urge.subjects) == ["SMITH"]
    assert heads(view, urge.subjects[0].nested) == ["JONES"]
    assert heads(view, urge.objects) == ["REBELS"]
    assert [c.form for c in urge.complements] == ["LAY"] and urge.complements[0].dep == "xcomp"


def test_a_quoted_clause_whose_infinitive_had_a_subject_gets_its_verb_back(nlp):
    view = view_of(nlp, "\u201cIn a new letter Senators Brown and Green urge donors to stop the cuts\u201d "
                        "the spokesman said.")
    assert view.repairs == ["verb-read-as-modifier"]
    said, urge = clause(view, "SAID"), clause(view, "URGE")
    assert said in view.top and urge in view.top and urge.fronted_top  # a fronted quotation (spec §4.1)
    assert heads(view, urge.subjects) == ["BROWN"] and heads(view, urge.objects) == ["DONORS"]
    assert [c.form for c in urge.complements] == ["STOP"]
    assert [view.words[pp.prep] for pp in urge.fronted_pps] == ["IN"]


def test_in_a_verbless_sentence_a_past_form_read_as_a_participle_is_the_verb(nlp):
    view = view_of(nlp, "North Korea test-fired two missiles on Monday.")
    assert view.repairs == ["verb-read-as-modifier"]
    fired = clause(view, "FIRED")
    assert view.top == [fired]
    assert heads(view, fired.subjects) == ["KOREA"] and heads(view, fired.objects) == ["MISSILES"]


def test_in_a_reported_verbless_clause_a_past_form_read_as_a_participle_is_the_verb(nlp):
    view = view_of(nlp, "North Korea test-fired two short-range missiles into the sea, South Korea's army said.")
    assert view.repairs == ["verb-read-as-modifier"]
    fired, said = clause(view, "FIRED"), clause(view, "SAID")
    assert fired.fronted_top and view.top == [said, fired]  # a fronted report is a top clause (spec §4.1)
    assert heads(view, fired.subjects) == ["KOREA"] and heads(view, fired.objects) == ["MISSILES"]


@pytest.mark.parametrize("text, possessor", [("Gabon's military seized power.", "GABON"),
                                             ("Thailand's military seized power.", "THAILAND"),
                                             ("Burkina Faso's military seized power on Monday.", "FASO")])
def test_a_possessive_subject_read_apart_from_its_head_is_put_back_together(nlp, text, possessor):
    # the parser hangs the possessor ("Gabon 's") and the head ("military", a noun or read as an adjective) on
    # the object as poss and amod
    view = view_of(nlp, text)
    assert view.repairs == ["verb-read-as-modifier"]
    seized = clause(view, "SEIZED")
    assert view.top == [seized]
    assert heads(view, seized.subjects) == ["MILITARY"] and heads(view, seized.objects) == ["POWER"]
    assert heads(view, seized.subjects[0].nested) == [possessor]  # the possessor is the subject's inner phrase


def test_a_verb_read_as_the_conjunct_of_the_repaired_object_is_the_verb_s_conjunct(nlp, knowledge):
    text = "Zimbabwe's military seized power and placed President Robert Mugabe under house arrest."
    view = view_of(nlp, text)
    assert view.repairs == ["verb-read-as-modifier"]
    assert [c.form for c in clause(view, "SEIZED").conjuncts] == ["PLACED"]
    from communique.coder.profiles import Profile

    # PLACED UNDER HOUSE ARREST is communique's addition (PETRARCH's PLACE block is silent)
    assert ("ZWEMIL", "ZWEGOV", "173") in triples(nlp, (Profile.named("communique"), knowledge), text)


def test_crossing_words_that_are_no_one_phrase_before_the_verb_are_left_alone():
    # "Xland 's military seized power" with a stray noun between the possessor and the head: no one phrase
    words = ["XLAND", "'S", "TALKS", "MILITARY", "SEIZED", "POWER"]
    tags = ["NNP", "POS", "NNS", "NN", "VBD", "NN"]
    forms = VerbForms(frozenset(), frozenset(), frozenset({"SEIZED"}))
    kept = repair(Tree(words, tags, ["PROPN", "PART", "NOUN", "NOUN", "VERB", "NOUN"], [5, 0, 5, 5, 5, 5],
                       ["poss", "case", "npadvmod", "amod", "amod", "ROOT"], 0, 6, 5), forms)
    assert kept.repairs == []
    done = repair(Tree(words[:2] + words[3:], tags[:2] + tags[3:], ["PROPN", "PART", "NOUN", "VERB", "NOUN"],
                       [4, 0, 4, 4, 4], ["poss", "case", "amod", "amod", "ROOT"], 0, 5, 4), forms)
    assert done.repairs == ["verb-read-as-modifier"]
    assert (done.heads, done.deps) == ([2, 0, 3, 3, 3], ["poss", "case", "nsubj", "ROOT", "dobj"])


def test_a_subject_read_as_a_compound_of_its_verb_is_the_subject(nlp):
    view = view_of(nlp, "Egypt army attacks militants in Sinai")
    assert view.repairs == ["subject-read-as-compound"]
    attacks = clause(view, "ATTACKS")
    assert heads(view, attacks.subjects) == ["ARMY"] and heads(view, attacks.objects) == ["MILITANTS"]


def test_the_verb_form_that_agrees_with_the_subject_is_the_verb(nlp):
    view = view_of(nlp, "President Ruto pledges support for Haiti mission")
    assert view.repairs == ["disagreeing-verb"]
    pledges = clause(view, "PLEDGES")
    assert view.top == [pledges] and "SUPPORT" not in [c.form for c in view.clauses.values()]
    assert heads(view, pledges.subjects) == ["RUTO"] and heads(view, pledges.objects) == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The rebel attack killed five soldiers.",          # a verb of its own: nothing to recover
    "Army attack helicopter crash in Mali",            # ATTACK cannot agree with a singular subject
    "Farmers protest new tax in Paris",                # parsed right
    "The exiled dissidents met in Paris.",             # a participle modifier in a sentence with a verb
    "The minister supports the plan.",                 # verb and subject agree
    "Xland-Yland talks resume in Geneva",             # TALKS could be the verb, but RESUME is one too
    "NATO-led troops entered the town.",              # a hyphenated word, no dateline
])
def test_sentences_with_their_verb_or_without_agreement_are_left_alone(nlp, text):
    assert view_of(nlp, text).repairs == []


@pytest.mark.parametrize("text", ["BEIJING (Agency) - Xland accused Yland on Monday of provoking tensions.",
                                  "MOSCOW - Russia condemned the attack on its embassy.",
                                  # the dateline read as the subject, the real subject as its apposition
                                  "NAIROBI \u2014 Russia and Xland on Friday urged the rebel groups in Yland "
                                  "to accept a truce by the end of the month."])
def test_a_dateline_is_no_part_of_the_sentence(nlp, text):
    view = view_of(nlp, text)
    assert view.repairs == ["dateline"]
    top = view.top[0]
    assert top.fronted is None and len(top.subjects) == 1
    assert [view.words[i] for i in top.subjects[0].words][:1] in (["XLAND"], ["RUSSIA"])


def test_a_lexical_verb_labelled_auxiliary_becomes_the_clause_verb(nlp):
    view = view_of(nlp, "Interpol said it would send investigators within days to help identify bodies "
                        "recovered from the wreck.")
    assert view.repairs == ["verb-read-as-auxiliary"]
    send, help_, identify = clause(view, "SEND"), clause(view, "HELP"), clause(view, "IDENTIFY")
    assert help_ in send.complements and identify in help_.complements
    assert [view.words[a] for a in help_.auxiliaries] == ["TO"]
    assert identify.auxiliaries == [] and heads(view, identify.objects) == ["BODIES"]


def test_a_conjunct_with_no_coordinator_is_the_complement_of_the_verb_before_it(nlp):
    view = view_of(nlp, "Police detained a teacher for urging students join the protest.")
    assert view.repairs == ["conj-without-coordinator"]
    detained, urging, join = clause(view, "DETAINED"), clause(view, "URGING"), clause(view, "JOIN")
    assert detained.conjuncts == [] and detained.coordinated == []
    assert join in urging.complements and join.dep == "xcomp"


def test_a_subordinator_read_as_a_preposition_heads_an_adverbial_clause_again(nlp):
    view = view_of(nlp, "The ministry joined talks to reach a deal with rebel groups after one of the groups "
                        "raided a town Wednesday.")
    assert view.repairs == ["subordinator-read-as-preposition"]
    joined, raided = clause(view, "JOINED"), clause(view, "RAIDED")
    assert joined.conjuncts == [] and raided.dep == "advcl"
    assert heads(view, raided.subjects) == ["ONE"] and heads(view, raided.objects) == ["TOWN"]
    assert raided not in view.top


@pytest.mark.parametrize("text", [
    "The army shelled the town, killed ten civilians.",  # a comma lists the clauses
    "Troops entered the city and arrested the mayor.",   # a coordinating word
])
def test_coordinations_with_a_comma_or_a_conjunction_are_kept(nlp, text):
    view = view_of(nlp, text)
    assert view.repairs == []
    assert view.top[0].conjuncts


def test_the_repaired_headline_is_coded_the_petrarch2_way(nlp):
    from communique.coder import CoderKnowledge, Profile, code_sentence

    profile = Profile.named("petrarch2")
    knowledge = CoderKnowledge.load(profile=profile)
    sent = next(iter(nlp("Rebels attack army base in northern Mali").sents))
    events = code_sentence(sent, datetime.date(2020, 1, 8), knowledge, profile)
    assert [(e.source, e.target, e.code) for e in events] == [("---REB", "MLIMIL", "190")]
    assert events[0].steps[0] == "parse: verb-read-as-modifier"  # the trace names the repair


def test_the_repair_on_a_hand_built_tree_and_a_broken_one_left_as_it_is():
    # "Rebels attack base", attack a compound of the root "base"; then the same with no root (a cycle)
    words = ["REBELS", "ATTACK", "BASE"]
    tree = Tree(words, ["NNS", "NN", "NN"], ["NOUN", "NOUN", "NOUN"], [1, 2, 2], ["compound", "compound", "ROOT"],
                0, 3, 2)
    done = repair(tree, VerbForms(frozenset({"ATTACK"}), frozenset(), frozenset({"ATTACK"})))
    assert done.repairs == ["verb-read-as-modifier"]
    assert (done.heads, done.deps[:2]) == ([1, 1, 1], ["nsubj", "ROOT"])
    broken = Tree(words, ["NNS", "NN", "NN"], ["NOUN", "NOUN", "NOUN"], [1, 2, 0], ["compound", "compound", "dep"],
                  0, 3, 2)
    kept = repair(broken, VerbForms(frozenset({"ATTACK"}), frozenset(), frozenset({"ATTACK"})))
    assert kept.repairs == [] and kept.heads == [1, 2, 0]


def test_an_acronym_read_as_the_verb_is_the_subject_of_the_past_form_after_it(nlp):
    view = view_of(nlp, "ECOWAS imposed sanctions on Mali.")
    assert view.repairs == ["acronym-read-as-verb"]
    imposed = clause(view, "IMPOSED")
    assert view.top == [imposed]
    assert heads(view, imposed.subjects) == ["ECOWAS"] and heads(view, imposed.objects) == ["SANCTIONS"]


def test_a_capital_word_is_no_acronym_in_a_headline_written_in_capitals(nlp):
    view = view_of(nlp, "ECOWAS IMPOSED SANCTIONS ON MALI")
    assert "acronym-read-as-verb" not in view.repairs
