"""A dictionary verb in a written form PETRARCH-2's rule for regular forms misspells (switch
`english_inflections` of the profile communique, coder/phenomena/silent_verbs.py): the standard English forms by the
spelling rules, each row of inflections_cases.tsv (sentences written for it, real countries, the real
dictionaries) coded with the switch on and not with it off; the dictionary's own forms win; petrarch2 keeps
PETRARCH-2's forms alone."""
from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import pytest

from fixture_tables import padded_rows

from communique.coder.profiles import Profile
from communique.coder.phenomena.silent_verbs import GERUND, PAST, THIRD, dictionary_stem, english_forms

HERE = Path(__file__).resolve().parent
COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")
WITHOUT = replace(COMMUNIQUE, english_inflections=False, named_senses=False, light_verbs=False)  # their verbs' own forms


def cases() -> list[tuple[str, ...]]:
    return padded_rows(HERE / "inflections_cases.tsv", 4)


def triples(nlp, knowledge, text, profile=COMMUNIQUE) -> list[tuple[str, str, str]]:
    from communique.coder import code_sentence

    sent = next(iter(nlp(text).sents))
    return [(e.code, e.source, e.target) for e in code_sentence(sent, datetime.date(2018, 5, 5), knowledge, profile)]


@pytest.mark.parametrize("text,code,source,target", cases())
def test_a_standard_form_the_dictionary_lacks_is_coded_as_its_verb(nlp, knowledge, text, code, source, target):
    assert (code, source, target) in triples(nlp, knowledge, text)
    assert (code, source, target) not in triples(nlp, knowledge, text, WITHOUT)  # failed before
    assert (code, source, target) not in triples(nlp, knowledge, text, PETRARCH2)


# verb: (3sg, past spellings, gerund spellings), by the spelling rules of English
SPELLINGS = {
    "STOP": ("STOPS", ["STOPPED"], ["STOPPING"]),  # one syllable: the consonant doubles
    "HIT": ("HITS", ["HITTED"], ["HITTING"]),  # (an irregular past is the dictionary line's own)
    "VISIT": ("VISITS", ["VISITED"], ["VISITING"]),  # stressed before the last syllable: no doubling
    "OPEN": ("OPENS", ["OPENED"], ["OPENING"]),
    "OFFER": ("OFFERS", ["OFFERED"], ["OFFERING"]),
    "REGRET": ("REGRETS", ["REGRETTED"], ["REGRETTING"]),  # listed: stressed on the last syllable
    "EQUIP": ("EQUIPS", ["EQUIPPED"], ["EQUIPPING"]),  # QU is a consonant
    "TRAVEL": ("TRAVELS", ["TRAVELLED", "TRAVELED"], ["TRAVELLING", "TRAVELING"]),  # British and American L
    "LAUNCH": ("LAUNCHES", ["LAUNCHED"], ["LAUNCHING"]),
    "PUNISH": ("PUNISHES", ["PUNISHED"], ["PUNISHING"]),
    "DESTROY": ("DESTROYS", ["DESTROYED"], ["DESTROYING"]),  # vowel + Y
    "DENY": ("DENIES", ["DENIED"], ["DENYING"]),  # consonant + Y
    "SUE": ("SUES", ["SUED"], ["SUING"]),
    "PURSUE": ("PURSUES", ["PURSUED"], ["PURSUING"]),
    "AGREE": ("AGREES", ["AGREED"], ["AGREEING"]),  # -EE keeps its E
    "DIE": ("DIES", ["DIED"], ["DYING"]),
    "VETO": ("VETOES", ["VETOED"], ["VETOING"]),  # consonant + O
    "MIMIC": ("MIMICS", ["MIMICKED"], ["MIMICKING"]),
    "SNOW": ("SNOWS", ["SNOWED"], ["SNOWING"]),  # W, X, Y never double
    "FIX": ("FIXES", ["FIXED"], ["FIXING"]),
    "APPEAL": ("APPEALS", ["APPEALED"], ["APPEALING"]),  # two vowel letters: no doubling
}


@pytest.mark.parametrize("verb", sorted(SPELLINGS))
def test_english_forms_follow_the_spelling_rules(verb):
    third, past, gerund = SPELLINGS[verb]
    forms = english_forms(verb)
    assert [f for s, f in forms if s == THIRD] == [third]
    assert [f for s, f in forms if s == PAST] == past
    assert [f for s, f in forms if s == GERUND] == gerund


def test_only_forms_the_dictionary_lacks_are_mapped_and_only_to_its_own_verbs(knowledge):
    verbs = knowledge.verbs
    assert dictionary_stem("DESTROYS", verbs) == "DESTROY" and verbs.lookup("DESTROYS") is None
    assert dictionary_stem("SUING", verbs) == "SUE" and dictionary_stem("DECRIED", verbs) == "DECRY"
    # a line that lists its own forms (an irregular verb) gets its 3sg and gerund, never a made past
    assert dictionary_stem("CHOOSING", verbs) == "CHOOSE" and dictionary_stem("CHOOSED", verbs) is None
    # no verb of the dictionary: nothing ("robbed"; ROB is no CAMEO.2.0 verb), nor a misspelling of a verb
    # that does not double ("openned")
    for form in ("ROBBED", "OPENNED", "VISITTED", "STOPPINGS"):
        assert dictionary_stem(form, verbs) is None, form


def test_the_dictionarys_own_forms_win(nlp, knowledge):
    # BAN, STOP and EXPEL list their doubled forms themselves: the switch changes nothing there
    for text in ("Kuwait banned the opposition newspaper.", "Russia expelled two British diplomats.",
                 "The army stopped the convoy at the border with Yemen."):
        assert triples(nlp, knowledge, text) == triples(nlp, knowledge, text, WITHOUT), text


def test_the_projects_own_verb_tables_take_the_english_forms_too():
    from communique.coder.nouns.acts import act_tables
    from communique.coder.phenomena.silent_verbs import silent_verbs

    verbs = act_tables().verbs
    assert verbs["ABOLISHES"] == verbs["STOPPED"] == "stop" and verbs["REOPENED"] == "start"
    assert "ABOLISHS" in verbs  # PETRARCH-2's spelling stays too
    assert ("STOPPED", "AID") in silent_verbs() and ("STOPED", "AID") in silent_verbs()
