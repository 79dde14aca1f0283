"""Coreference inside one document (resolve/coreference.py), on texts of our own."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_pronoun_takes_the_nearest_person_even_after_earlier_links(nlp):
    # "She" is linked to Omamo first; "he" must then find Ruto, named after her, not the earlier link
    from communique.pipeline import extract_text

    doc = extract_text("Kenyan Foreign Minister Raychelle Omamo met her Ugandan counterpart on Monday. "
                       "She said the talks went well.\n\n"
                       "“We will cooperate with Uganda,” President William Ruto told reporters on Tuesday. "
                       "“Our priority is peace,” he said.", "2020-01-08")
    last = max((q for q in doc.quotes if q.kind == "direct"), key=lambda q: q.start)
    assert last.speaker is not None and last.speaker.name == "William Ruto", last.speaker


def test_they_and_them_look_back_only_a_few_sentences(nlp):
    # "them" is the boats, which are no actor; Greece and Bulgaria were named paragraphs ago
    from communique.pipeline import extract_text

    filler = ("The talks covered energy prices, shipping lanes and the state of the regional economy in some "
              "detail, and the working sessions that followed ran late into the evening. ")
    doc = extract_text("Greece and Bulgaria signed a border agreement in Sofia on Monday.\n\n"
                       + filler * 8 + "\n\nHundreds of fishing boats are moving towards the harbour. "
                       "“We are trying to stop them,” an official said.", "2020-01-08")
    linked = [a for a in doc.actors if any(doc.text[s:e] == "them" for s, e in a.mentions)]
    assert linked == [], linked


def test_the_speakers_own_pronouns_in_a_quotation_stand_for_the_speaker(nlp):
    # data/actor_references.tsv pronoun:first: "we", "our" and the reflexive "ourselves" all speak for the speaker
    from communique.pipeline import extract_text

    text = ("“We will defend ourselves and our borders,” Armenian Prime Minister Nikol Pashinyan said on Monday.")
    doc = extract_text(text, "2020-01-08")
    said = {text[s:e] for a in doc.actors if a.name and "Pashinyan" in a.name for s, e in a.mentions}
    assert {"We", "ourselves", "our"} <= said, said


@pytest.mark.parametrize("text, second, sources", [
    # no two people named: the two states' leaders are their governments
    ("Ethiopia and Eritrea signed a peace deal in Jeddah. The two leaders pledged to reopen their embassies.",
     "The two leaders", {"ETHGOV", "ERIGOV"}),
    ("Sudan and South Sudan agreed to reopen the border. Both presidents welcomed the deal.",
     "Both presidents", {"SDNGOV", "SSDGOV"}),
    # two people named, even before a nearer pair of states: the people
    ("Erdogan and Putin met in Istanbul on Wednesday. Turkey and Russia agreed to build a gas pipeline. "
     "The two leaders urged the parties in Libya to cease fire.", "The two leaders", {"TURGOV", "RUSGOV"}),
])
def test_the_two_leaders_are_the_two_people_named_else_the_two_states_governments(nlp, text, second, sources):
    from communique.pipeline import extract_text

    doc = extract_text(text, "2018-06-12")
    [event] = [e for e in doc.events if e.evidence.startswith(second)]
    assert {a.code for a in event.source} == sources
    if "Erdogan" in text:
        assert {a.name for a in event.source} == {"Recep Tayyip Erdogan", "Vladimir Putin"}


def test_the_two_leaders_after_one_state_only_are_no_one(nlp):
    from communique.pipeline import extract_text

    doc = extract_text("Ethiopia signed a peace deal in Jeddah. The two leaders pledged to reopen their embassies.",
                       "2018-06-12")
    assert not any(a.code.endswith("GOV") and a.country == "ETH" for e in doc.events
                   if e.evidence.startswith("The two leaders") for a in e.source)


@pytest.mark.parametrize("text, target", [
    ("Human Rights Watch urged the government to free the detained journalists.", "---GOV"),
    ("The United Nations urged the government to allow aid into the region.", "---GOV"),
    # a state named before: its government
    ("Egypt jailed thousands of critics on Monday. The United Nations urged the government to release them.",
     "EGYGOV"),
])
def test_a_state_organ_takes_a_state_s_country_not_an_igo_s_or_an_ngo_s(nlp, text, target):
    from communique.pipeline import extract_text

    doc = extract_text(text, "2018-06-12")
    [event] = [e for e in doc.events if "urged" in e.evidence]
    assert [a.code for a in event.target] == [target]
