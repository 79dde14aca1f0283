"""Coordinated noun phrases read conjunct by conjunct (profile switch `conjunct_actors`) and one actor named
twice in one noun phrase (`appositive_actors`), in profile communique; profile petrarch2 keeps PETRARCH-2's
reading, where every agent of a coordination mixes with every actor (spec §3.5). Sentences written here,
with the spec §6 toy actors and the real Phoenix agents; a few with real country names and the real
actor dictionaries."""
from __future__ import annotations

import datetime

import pytest

from communique.coder.actors.arithmetic import subsumed_dropped

from ..switch_tables import on_off_table_test
from ..toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def sources(nlp, knowledge, text, profile):
    return sorted({e[0] for e in code(nlp, knowledge, text, profile)})


def test_each_conjunct_keeps_its_own_agent_and_country(nlp, toy):
    text = "The Xland government and Yland rebels attacked Zland."
    assert sources(nlp, toy, text, "petrarch2") == ["XLDGOVREB", "YLDGOVREB"]  # faithful: spec §3.5
    assert sources(nlp, toy, text, "communique") == ["XLDGOV", "YLDREB"]


def test_coordinated_modifiers_share_the_head(nlp, toy):
    text = "Xland and Yland soldiers attacked Zland."
    # the countries as PETRARCH-2 reads them; the agent too where `subject_words` keeps the subject's words
    assert [c[:3] for c in sources(nlp, toy, text, "petrarch2")] == [c[:3] for c in sources(nlp, toy, text, "communique")]
    assert set(sources(nlp, toy, text, "communique")) <= {"XLD", "YLD", "XLDMIL", "YLDMIL"}
    assert len(sources(nlp, toy, text, "communique")) == 2
    # bare coordinated modifiers, one of them an agent, share the head as well: no conjunct of their own
    text = "Xland's government and rebel soldiers attacked Zland."
    assert sources(nlp, toy, text, "communique") == sources(nlp, toy, text, "petrarch2")


def test_a_possessor_is_shared_by_a_conjunct_without_a_determiner_of_its_own(nlp, toy):
    shared = sources(nlp, toy, "Xland's government and rebels criticized Zland.", "communique")
    assert shared == ["XLDGOV", "XLDREB"]
    own = sources(nlp, toy, "Xland's government and the rebels criticized Zland.", "communique")
    assert own == ["---REB", "XLDGOV"]
    assert sources(nlp, toy, "Xland's government and rebels criticized Zland.", "petrarch2") == ["XLDGOVREB"]


def test_a_target_coordination_is_read_the_same_way(nlp, toy):
    text = "Zland criticized the Xland government and Yland rebels."
    targets = sorted(e[1] for e in code(nlp, toy, text, "communique"))
    assert targets == ["XLDGOV", "YLDREB"]
    assert sorted(e[1] for e in code(nlp, toy, text, "petrarch2")) == ["XLDGOVREB", "YLDGOVREB"]


def test_a_country_beside_a_more_specific_actor_of_its_own_is_one_actor():
    assert subsumed_dropped(["LBN", "LBNREB"]) == ["LBNREB"]
    assert subsumed_dropped(["TUR", "SYRREB"]) == ["TUR", "SYRREB"]
    assert subsumed_dropped(["SOM", "SOMREB", "SOMREB"]) == ["SOMREB"]
    # a region beside an organisation of that region (session 36): "the Southern African bloc SADC"
    assert subsumed_dropped(["SAF", "IGOSAFSAD"]) == ["IGOSAFSAD"]
    assert subsumed_dropped(["WAF", "IGOSAFSAD"]) == ["WAF", "IGOSAFSAD"]
    assert subsumed_dropped(["UNO", "IGOUNO"]) == ["IGOUNO"]


@pytest.mark.model
def test_real_countries_in_a_coordinated_subject(nlp):
    from communique.coder import CoderKnowledge, Profile, code_sentence

    def run(text, name):
        profile = Profile.named(name)
        sent = next(iter(nlp(text).sents))
        knowledge = CoderKnowledge.load(profile=profile)
        return sorted({e.source for e in code_sentence(sent, datetime.date(2018, 5, 5), knowledge, profile)})

    text = "The Turkish government and Syrian rebels accused Russia of bombing civilians."
    assert run(text, "petrarch2") == ["SYRGOVREB", "TURGOVREB"]
    assert run(text, "communique") == ["SYRREB", "TURGOV"]
    # a name in apposition to a descriptor of its own country: one actor in communique
    text = "The Palestinian group Hamas and Israel agreed to a truce."
    assert run(text, "petrarch2") == ["ISR", "PSE", "PSEREBHMS"]
    assert run(text, "communique") == ["ISR", "PSEREBHMS"]



def test_a_past_tense_with_its_own_object_beside_a_passive_is_active(nlp):
    from fixture_tables import code_actors, coded_rows

    rows = [  # "urged" and "accused" share the "was" of the passive before them, but have an object of their own
        ("The Kenyan embassy said it was alarmed by the reports and urged Somali leaders to resume talks.",
         "026 KENGOV>SOMGOV"),  # an appeal to negotiate (CAMEO 026: the composition table's 02 over 046); SOMGOV:
        # "Somali leaders" are Somalia's government (actors37, switch owned_roles)
        ("A Ghanaian diplomat was expelled from Togo and accused the Togolese government of spying.",
         "112 GHAGOV>TGOGOV"),
        # an amount is no such object: "fined $500" stays the passive it is, its target the minister
        ("The Ugandan minister was sentenced to a year in prison and fined $500 by a court in Kampala.",
         "116 --->UGAGOV")]
    for (text, event), document in coded_rows(rows):
        assert event in code_actors(document).split("; "), (text, code_actors(document))


test_a_region_beside_an_organisation_of_that_region_is_the_organisation = on_off_table_test(
    "appositive_regions.tsv", ("appositive_actors",), at_least=10, changed_at_least=5)
