"""What the PETRARCH-2 long-sentence census (tests/coder/censuses/petr2_long_census.jsonl) found, on sentences
written here (none a census row): the parse repair `close-apposition-misattached`
(coder/repairs/close_appositions.py) on sentences the shared small model misparses the way it undoes and on parses it
must leave alone; and the possessor of a title compound ("Xland's President Jack Smith"), which belongs to the noun
phrase as in a constituency parse."""
from __future__ import annotations

import pytest

from ..toy_actors import code, toy  # noqa: F401  (toy is a fixture)
from .view_helpers import clause, heads, triples, view_of

pytestmark = pytest.mark.model

REPAIR = "close-apposition-misattached"


@pytest.mark.parametrize("text, verb, subject, descriptor, name", [
    ("Fighters from the rebel movement Seleka seized the town of Bossangoa on Sunday.",
     "SEIZED", "FIGHTERS", "MOVEMENT", "SELEKA"),
    ("Militants from the Islamist sect Ansaru kidnapped seven foreigners in the northern state of Bauchi.",
     "KIDNAPPED", "MILITANTS", "SECT", "ANSARU"),
    ("Soldiers from the peacekeeping force Amisom repelled an attack on their base.",
     "REPELLED", "SOLDIERS", "FORCE", "AMISOM"),
    ("Witnesses said fighters from the Islamist movement Hamas fired rockets at the town of Sderot on Monday.",
     "FIRED", "FIGHTERS", "MOVEMENT", "HAMAS"),
])
def test_a_name_read_as_a_second_subject_is_the_apposition_of_the_noun_before_it(nlp, text, verb, subject,
                                                                                   descriptor, name):
    view = view_of(nlp, text)
    assert REPAIR in view.repairs
    assert heads(view, clause(view, verb).subjects) == [subject]
    n = view.words.index(name)
    assert view.deps[n] == "appos" and view.words[view.heads[n]] == descriptor


def test_a_name_hung_on_the_subjects_head_across_a_preposition_is_the_nouns_before_it(nlp):
    text = "Rebels of the armed group Ansar Dine seized the northern town of Kidal on Friday."
    view = view_of(nlp, text)
    assert REPAIR in view.repairs
    dine = view.words.index("DINE")
    assert view.deps[dine] == "appos" and view.words[view.heads[dine]] == "GROUP"
    assert heads(view, clause(view, "SEIZED").subjects) == ["REBELS"]


def test_the_repaired_subject_is_the_group_of_the_name_not_a_second_source(nlp, petrarch2):
    text = "Fighters from the Islamist movement Hamas fired dozens of rockets into southern Israel on Monday."
    assert REPAIR in view_of(nlp, text).repairs
    # one source, Hamas's code with ISLAMIST's ~MUS, through the PP (§3.4); `- FIGHTERS * [195]` is CAMEO.2.0's
    assert triples(nlp, petrarch2, text) == [("PSEREBHMSMUS", "ISR", "195")]


@pytest.mark.parametrize("text", [
    "Gunmen from the Islamist group al Shabaab attacked a hotel in Mogadishu on Friday.",  # parsed right
    "The head of the agency, Yukiya Amano, criticised Iran on Tuesday.",  # a loose apposition, after a comma
    "Hamas fired rockets at the town of Sderot on Monday.",  # a name that is the only subject
    "Members of the opposition party Ennahda staged a protest in Tunis.",  # a name that is the PP's object
    "Police arrested the leader of the rebels Ahmed Ali in Mogadishu.",  # the noun before it is plural
    "Threat of war Seoul warns the North against any attack.",  # a headline run in: the noun has no "the"
])
def test_parses_the_repair_leaves_alone(nlp, text):
    assert REPAIR not in view_of(nlp, text).repairs


@pytest.mark.parametrize("text, source", [
    ("Xland's President Jack Smith met Yland officials on Monday.", "XLDGOV"),
    ("Yland's Foreign Minister Ann Lee criticised Xland on Friday.", "YLDGOV"),
])
def test_the_possessor_of_a_title_compound_is_the_noun_phrases(nlp, toy, text, source):  # noqa: F811
    # spaCy hangs "Xland's" on the title ("President"), a compound of the name; the Stanford NP holds all four
    # words, so PETRARCH-2 reads Xland and the title's agent together (§3.1, §3.5)
    assert {s for s, _, _ in code(nlp, toy, text)} == {source}


# a subject hung on a fronted phrase's last noun (repairs/wire_clauses.py, "subject-read-as-apposition"): its
# sentences are in test_clause_repairs.py's table of repaired verbs and their subjects


def test_the_repaired_subject_gives_the_event_petrarch2_gives(nlp, petrarch2):
    text = ("Addressing parliament in Ankara, Turkey's prime minister, Ahmet Davutoglu, accused Russia on Friday of "
            "violating Turkish airspace.")
    assert "subject-read-as-apposition" in view_of(nlp, text).repairs
    assert set(triples(nlp, petrarch2, text)) == {("TURGOV", "RUS", "112")}  # none without a subject


def test_a_noun_phrase_after_the_reporting_tail_is_no_root(nlp, petrarch2):
    text = ("Egyptian police arrested twelve students after clashes at the university, officials said, the latest in "
            "a wave of arrests across the country.")
    view = view_of(nlp, text)
    assert "trailing-phrase-read-as-root" in view.repairs
    said, arrested = clause(view, "SAID"), clause(view, "ARRESTED")
    assert said in view.top and arrested in view.top and heads(view, arrested.subjects) == ["POLICE"]
    assert triples(nlp, petrarch2, text) == [("EGY", "---EDU", "173")]  # - POLICE * [173]; STUDENTS ~EDU


@pytest.mark.parametrize("text", [
    "Kenya's defence minister, Yusuf Haji, said on Monday that troops would stay.",  # the apposition of a subject
    "He met the president, Xi Jinping, on Monday and discussed trade.",  # of an object; "and" before the verb
    "Jordan, a close ally of Washington in the region, has refused to send troops to Syria.",  # the verb has one
    "The Ocean Star, a tanker that carries crude oil, was struck by a cargo ship off Singapore.",
    "Troops killed five militants in a raid near the border, the defence ministry said on Sunday, the second such "
    "operation this week.",  # the tail is the reporting verb's object here, not the root
])
def test_parses_the_wire_clause_repairs_leave_alone(nlp, text):
    repairs = view_of(nlp, text).repairs
    assert "subject-read-as-apposition" not in repairs and "trailing-phrase-read-as-root" not in repairs
