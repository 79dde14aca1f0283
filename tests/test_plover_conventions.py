"""PLOVER conventions of the profiles (plover_conventions.py): the manual's crosswalk and resignations."""
from __future__ import annotations

import dataclasses

import pytest

from communique import codes
from communique.coder.profiles import Profile
from communique.plover_conventions import plover_in_profile

COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")
# the crosswalk alone: `plover_material_senses` types some acts otherwise (a finding of guilt: SANCTION convict)
CROSSWALK = dataclasses.replace(COMMUNIQUE, plover_material_senses=False)


@pytest.mark.parametrize("code, table_type, cue_type", [
    ("192", "COERCE", "ASSAULT"),    # occupy territory, under 19 FIGHT
    ("191", "COERCE", "ASSAULT"),    # blockade, under 19 FIGHT
    ("1712", "ASSAULT", "COERCE"),   # destroy property, under 17 COERCE
    ("175", "ASSAULT", "COERCE"),    # violent repression, under 17 COERCE
    ("055", "CONCEDE", "SUPPORT"),   # apologize, under 05 diplomatic cooperation
    ("116", "SANCTION", "ACCUSE"),   # find guilty, under 11 DISAPPROVE
])
def test_the_crosswalk_reduces_a_code_to_its_cue_category_only_in_communique(code, table_type, cue_type):
    assert codes.plover_for(code)["type"] == table_type
    assert plover_in_profile(code, "take", PETRARCH2) == codes.plover_for(code)
    crossed = plover_in_profile(code, "take", CROSSWALK)
    assert crossed["type"] == cue_type
    assert crossed["mode"] is None  # the table's mode belongs to the other type
    assert crossed["context"] == codes.plover_for(code)["context"]


def test_a_finding_of_guilt_is_the_manuals_sanction_convict_with_the_material_senses():
    assert plover_in_profile("116", "find", COMMUNIQUE) == {"type": "SANCTION", "mode": "convict",
                                                             "context": codes.plover_for("116")["context"]}


def test_codes_inside_their_cue_category_keep_the_tables_mode_and_context():
    for code in ("0256", "173", "0841", "087", "0813", "1823", "195", "163", "041", "0231"):
        assert plover_in_profile(code, "say", COMMUNIQUE) == codes.plover_for(code), code


def test_yield_is_split_between_concede_and_retreat_as_the_crosswalk_splits_it():
    assert plover_in_profile("083", "accept", COMMUNIQUE)["type"] == "CONCEDE"
    assert plover_in_profile("0841", "free", COMMUNIQUE)["type"] == "RETREAT"


@pytest.mark.parametrize("lemma", ["resign", "step", "quit", "abdicate"])
def test_a_resignation_is_retreat_resign_in_communique_and_concede_in_petrarch2(lemma):
    assert plover_in_profile("0831", lemma, COMMUNIQUE) == {"type": "RETREAT", "mode": "resign",
                                                           "context": codes.plover_for("0831")["context"]}
    assert plover_in_profile("083", lemma, COMMUNIQUE)["type"] == "RETREAT"
    assert plover_in_profile("0831", lemma, PETRARCH2)["type"] == "CONCEDE"


def test_other_leadership_concessions_stay_concede():
    assert plover_in_profile("0831", "call", COMMUNIQUE)["type"] == "CONCEDE"  # calling early elections
    assert plover_in_profile("173", "resign", COMMUNIQUE)["type"] == "COERCE"  # the lemma alone decides nothing


@pytest.fixture(scope="module")
def coded(nlp):
    from communique.pipeline import extract_text
    from communique.settings import Settings

    def run(text, profile="communique"):
        doc = extract_text(text, "2011-06-01", Settings.build(env={}, profile=profile))
        return {(e.cameo["code"][:3], e.plover["type"], e.plover["mode"]) for e in doc.events}
    return run


def test_pipeline_codes_a_resignation_and_a_town_taken_in_fighting_by_the_manual(coded):
    resigned = coded("The Italian prime minister resigned on Friday after losing a vote.")
    assert any(t == "RETREAT" and m == "resign" for _, t, m in resigned)
    assert any(c == "192" and t == "ASSAULT"
               for c, t, _ in coded("Syrian rebels captured the town of Qusayr after days of fighting."))
    taken = "Turkish troops seized a hilltop village near the Iraqi border."  # both actors: petrarch2 codes it
    assert any(c == "192" and t == "ASSAULT" for c, t, _ in coded(taken))
    assert any(c == "192" and t == "COERCE" for c, t, _ in coded(taken, "petrarch2"))


def test_a_protest_staged_for_a_demand_is_the_protest_only_in_communique(coded):
    rally = "Opposition supporters in Togo held a rally on Sunday to demand the resignation of the president."
    assert {t for _, t, _ in coded(rally)} == {"PROTEST"}
    strike = "Thousands of Kenyan students staged protests on Friday to demand the release of their leaders."
    assert "PROTEST" in {t for _, t, _ in coded(strike)}
    assert "REQUEST" not in {t for _, t, _ in coded(strike)}
    # the demand on its own stays a demand
    assert {t for _, t, _ in coded("The Togolese opposition demanded the resignation of the president.")} == {"REQUEST"}


def test_a_partitive_subject_matches_the_patterns_of_its_of_object_only_in_communique(coded):
    plain = coded("Ghanaian peacekeeping troops arrived in Liberia on Monday.")
    part = "A contingent of Ghanaian peacekeeping troops arrived in Liberia on Monday."
    assert ("074", "AID", None) in plain  # the dictionary's `- {&PKO &MILITARY} * [074:0861]`
    assert ("074", "AID", None) in coded(part)
    assert {c for c, _, _ in coded(part, "petrarch2")} == {"040"}  # PETRARCH-2 tests the head CONTINGENT


# session 33 (branch p8read33): "Expressions of regret or remorse for an action or situation should be coded as
# CONCEDE" (the PLOVER manual, SUPPORT's and CONCEDE's Potential ambiguities), not the crosswalk's 05 SUPPORT
@pytest.mark.parametrize("lemma", ["apologise", "apologize", "voice", "issue", "regret"])
def test_an_apology_is_the_manuals_concede_with_the_concessions(lemma):
    assert plover_in_profile("055", lemma, COMMUNIQUE)["type"] == "CONCEDE"
    assert plover_in_profile("055", lemma, dataclasses.replace(COMMUNIQUE, plover_concessions=False))["type"] \
        == "SUPPORT"
    assert plover_in_profile("055", lemma, PETRARCH2)["type"] == "CONCEDE"  # cameo_to_plover.tsv's own row
    assert plover_in_profile("056", lemma, COMMUNIQUE)["type"] == "SUPPORT"  # forgiveness: no regret


def test_pipeline_codes_an_apology_as_concede_and_a_pardon_given_as_support(coded):
    for text in ("The Japanese prime minister apologised to South Korea on Monday for the wartime abuses.",
                 "The Dutch government issued an apology to Indonesia for colonial violence.",
                 "The Belgian king voiced regret to Congo for colonial abuses.",
                 "The Canadian prime minister apologized to India on Tuesday for the remarks of a minister."):
        assert ("055", "CONCEDE", None) in coded(text), text
    assert ("056", "SUPPORT", None) in coded("Rwanda's president forgave Uganda for the border incident.")


# session 36 (branch p11read36): "Announcements of future retreats should be coded as CONCEDE. E.g., 'announced...would
# withdraw troops' is RETREAT + FUTURE" (the PLOVER manual, CONCEDE's Potential ambiguities); a resignation is a
# RETREAT mode, so one announced is CONCEDE too; the mood table makes them 0356 and 034, which the crosswalk types AGREE
@pytest.mark.parametrize("code, lemma", [("0356", "withdraw"), ("0356", "pull"), ("034", "resign"), ("034", "step")])
def test_an_announced_retreat_is_the_manuals_concede_with_the_concessions(code, lemma):
    assert plover_in_profile(code, lemma, COMMUNIQUE)["type"] == "CONCEDE"
    assert plover_in_profile(code, lemma, dataclasses.replace(COMMUNIQUE, plover_concessions=False))["type"] == "AGREE"
    assert plover_in_profile(code, "agree", COMMUNIQUE)["type"] == "AGREE"  # "agreed to withdraw": an agreement


def test_pipeline_codes_an_announced_withdrawal_or_resignation_as_concede(coded):
    for text in ("The Pentagon said on Wednesday it would pull 5,000 troops out of Japan.",
                 "Canada announced that it would withdraw its troops from Mali next year.",
                 "The Peruvian interior minister said on Monday that he would step down next week.",
                 "The Peruvian interior minister said on Monday that he would resign next week."):
        assert any(t == "CONCEDE" for _, t, _ in coded(text)), text
    assert all(t != "CONCEDE" for _, t, _ in coded("Canada and Mali agreed to withdraw the troops next year."))
    assert any(t == "RETREAT" for _, t, _ in coded("Canada withdrew its troops from Mali on Monday."))
    assert any(t == "RETREAT" for _, t, _ in coded("The Peruvian interior minister resigned on Monday."))
