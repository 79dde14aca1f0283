"""coder/repairs/appositions.py, the `descriptor-name-apposition` parse repair: a descriptor and the proper name
right after it ("the militant group al-Shabab") that the small parser split into two subjects, or into a
noun root and a relative clause, become one subject. Sentences written here; the repair on hand-built
trees too (independent of the model), and sentences it must leave alone."""
from __future__ import annotations

import datetime

import pytest

from communique.coder.repairs import Tree, VerbForms, repair
from communique.coder.phrases import phrase_view

NO_FORMS = VerbForms(frozenset(), frozenset(), frozenset())


def view_of(nlp, text):
    return phrase_view(next(iter(nlp(text).sents)))


def coded(nlp, text, profile_name):
    from communique.coder import CoderKnowledge, Profile, code_sentence

    profile = Profile.named(profile_name)
    sent = next(iter(nlp(text).sents))
    events = code_sentence(sent, datetime.date(2018, 5, 5), CoderKnowledge.load(profile=profile), profile)
    return [(e.source, e.target, e.code) for e in events]


def test_two_subjects_become_a_descriptor_with_its_name_in_apposition():
    # "the group al - Shabab attacked": group and Shabab both nsubj of attacked, "al" and "-" hung on group
    words = ["THE", "GROUP", "AL", "-", "SHABAB", "ATTACKED"]
    tree = Tree(words, ["DT", "NN", "NNP", "HYPH", "NNP", "VBD"], ["DET", "NOUN", "PROPN", "PUNCT", "PROPN", "VERB"],
                [1, 5, 1, 1, 5, 5], ["det", "nsubj", "appos", "punct", "nsubj", "ROOT"], 0, 6, 5,
                glued=[False, False, False, True, True, False])
    done = repair(tree, NO_FORMS)
    assert done.repairs == ["descriptor-name-apposition"]
    assert done.heads == [1, 5, 4, 4, 1, 5]
    assert done.deps == ["det", "nsubj", "compound", "punct", "appos", "ROOT"]


def test_a_noun_root_with_the_name_subject_of_its_relative_clause_gives_the_clause_back():
    # "the group Hamas fired rockets .": group the root, fired its relcl with Hamas the subject
    words = ["THE", "GROUP", "HAMAS", "FIRED", "ROCKETS", "."]
    tree = Tree(words, ["DT", "NN", "NNP", "VBD", "NNS", "."], ["DET", "NOUN", "PROPN", "VERB", "NOUN", "PUNCT"],
                [1, 1, 3, 1, 3, 1], ["det", "ROOT", "nsubj", "relcl", "dobj", "punct"], 0, 6, 1)
    done = repair(tree, NO_FORMS)
    assert done.repairs == ["descriptor-name-apposition"] and done.root == 3
    assert done.heads == [1, 3, 1, 3, 3, 3]
    assert done.deps == ["det", "nsubj", "appos", "ROOT", "dobj", "punct"]


def test_a_list_or_a_contact_relative_clause_of_a_sentence_with_a_verb_is_left_alone():
    # "the army , Hamas attacked": a comma between the two subjects is a list
    listed = Tree(["THE", "ARMY", ",", "HAMAS", "ATTACKED"], ["DT", "NN", ",", "NNP", "VBD"],
                  ["DET", "NOUN", "PUNCT", "PROPN", "VERB"], [1, 4, 4, 4, 4], ["det", "nsubj", "punct", "nsubj", "ROOT"],
                  0, 5, 4)
    assert repair(listed, NO_FORMS).repairs == []
    # "the town Hamas attacked burned": the root is a verb, "Hamas attacked" modifies "town"
    contact = Tree(["THE", "TOWN", "HAMAS", "ATTACKED", "BURNED"], ["DT", "NN", "NNP", "VBD", "VBD"],
                   ["DET", "NOUN", "PROPN", "VERB", "VERB"], [1, 4, 3, 1, 4], ["det", "nsubj", "nsubj", "relcl", "ROOT"],
                   0, 5, 4)
    assert repair(contact, NO_FORMS).repairs == []


@pytest.mark.model
def test_a_split_apposition_is_one_subject_of_the_clause(nlp):
    view = view_of(nlp, "The militant group al-Shabab attacked a police station in Mogadishu.")
    assert view.repairs == ["descriptor-name-apposition"]
    (subject,) = view.top[0].subjects
    assert view.words[subject.head] == "GROUP"
    assert [view.words[n.head] for n in subject.nested] == ["SHABAB"]
    # one source, the flat NP PETRARCH-2 reads on a Stanford parse: al-Shabab with MILITANT's agent; communique
    # adds no UAF to a named armed group (switch armed_group_members, session 36)
    for profile, source in (("petrarch2", "SOMREBUAF"), ("communique", "SOMREB")):
        assert [e[0] for e in coded(nlp, "The militant group al-Shabab attacked a police station in Mogadishu.",
                                    profile)] == [source], profile


@pytest.mark.model
def test_a_clause_read_as_a_relative_clause_of_its_subject_is_coded(nlp):
    text = "The Lebanese group Hezbollah accused Israel of violating the truce."
    view = view_of(nlp, text)
    assert view.repairs == ["descriptor-name-apposition"]
    assert [c.form for c in view.top] == ["ACCUSED"]
    # petrarch2 reads the flat NP as PETRARCH-2 does: two actors (LBN, LBNREB); communique one (appositive_actors)
    assert coded(nlp, text, "petrarch2") == [("LBN", "ISR", "112"), ("LBNREB", "ISR", "112")]
    assert ("LBNREB", "ISR", "112") in coded(nlp, text, "communique")
    assert not any(e[0] == "LBN" for e in coded(nlp, text, "communique"))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army, Hezbollah and the police attacked the camp.",  # a list: a comma between the subjects
    "The town Hezbollah attacked was burned.",                # a contact relative clause, the root a verb
])
def test_sentences_the_repair_leaves_alone(nlp, text):
    assert view_of(nlp, text).repairs == []
