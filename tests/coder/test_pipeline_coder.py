"""The adapter from the coder's records to the pipeline's event candidates (coder/adapter.py).

The records here are `coder.CodedEvent`s written by hand, on sentences written for these
tests, so that the adapter is tested apart from the engine; the document's actors are the real ones.
"""
from __future__ import annotations

import dataclasses

import pytest

from communique.coder.adapter import UNIDENTIFIED, sentence_candidates
from communique.coder.side_actors import ref_for_code
from communique.coder.profiles import Profile
from communique.coder.sentence import CodedEvent

COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")


Record = CodedEvent  # the coder's output record, which the adapter reads


@pytest.fixture(scope="module")
def parsed(nlp):
    from communique.extract.actors import find_actors
    from communique.extract.lexicon import load_lexicon
    from communique.resolve.coreference import link_references

    def parse(text):
        doc = nlp(text)
        actors = find_actors(doc, load_lexicon(None))
        link_references(doc, actors)
        return doc, actors
    return parse


def index(doc, word, nth=0):
    return [t.i for t in doc if t.text == word][nth]


def test_actor_codes_become_refs_with_country_and_sector():
    gov = ref_for_code("TURGOV", "the Turkish government")
    assert (gov.country, gov.sector, gov.code) == ("TUR", "GOV", "TURGOV")
    protesters = ref_for_code("~OPP", "protesters")
    assert (protesters.country, protesters.sector, protesters.code) == (None, "OPP", "---OPP")
    state = ref_for_code("EGY", "Cairo")
    assert (state.country, state.sector, state.name) == ("EGY", None, "Egypt")


def test_sources_of_one_verb_and_target_are_one_event_but_mirror_pairs_stay_apart(nlp):
    doc = nlp("Egypt and Jordan met Israel, and Greece visited Cyprus.")
    met, visited = index(doc, "met"), index(doc, "visited")
    records = [Record("EGY", "ISR", "040", met), Record("JOR", "ISR", "040", met),
               Record("GRC", "CYP", "042", visited), Record("CYP", "GRC", "043", visited)]
    got = sentence_candidates(doc, 0, doc[:], records, None, PETRARCH2)
    assert [(c.code, [r.code for r in c.source], [r.code for r in c.target]) for c in got] == [
        ("040", ["EGY", "JOR"], ["ISR"]), ("042", ["GRC"], ["CYP"]), ("043", ["CYP"], ["GRC"])]
    assert got[0].evidence == doc.text and got[0].trigger == met


def test_an_actor_named_by_a_pronoun_beside_its_own_name_is_one_actor_two_namesakes_stay_two(nlp):
    doc = nlp("The Turkish president said he would meet Putin.")
    meet, president, he = index(doc, "meet"), index(doc, "president"), index(doc, "he")
    records = [Record("TURGOV", "RUSGOV", "040", meet, (president,), (meet + 1,)),
               Record("TURGOV", "RUSGOV", "040", meet, (he,), (meet + 1,))]  # "he" read through its antecedent
    got = sentence_candidates(doc, 0, doc[:], records, None, PETRARCH2)
    assert [(c.code, [(r.text, r.code) for r in c.source]) for c in got] == [("040", [("president", "TURGOV")])]
    doc = nlp("The Turkish president and the Turkish foreign minister met Putin.")
    met, president, minister = index(doc, "met"), index(doc, "president"), index(doc, "minister")
    records = [Record("TURGOV", "RUSGOV", "040", met, (president,), (met + 1,)),
               Record("TURGOV", "RUSGOV", "040", met, (minister,), (met + 1,))]
    got = sentence_candidates(doc, 0, doc[:], records, None, PETRARCH2)
    assert [[r.text for r in c.source] for c in got] == [["president", "minister"]]


def test_cooperating_pairs_are_not_merged_into_self_pairs(nlp):
    doc = nlp("Egypt and Jordan agreed to cooperate.")
    agreed = index(doc, "agreed")
    got = sentence_candidates(doc, 0, doc[:], [Record("EGY", "JOR", "050", agreed),
                                               Record("JOR", "EGY", "050", agreed)], None, PETRARCH2)
    assert sorted((c.source[0].code, c.target[0].code) for c in got) == [("EGY", "JOR"), ("JOR", "EGY")]
    assert all(len(c.source) == len(c.target) == 1 for c in got)


def test_a_side_petrarch_cannot_read_takes_the_documents_actor_only_in_communique(parsed):
    doc, actors = parsed("Egypt's president Abdel Fattah al-Sisi arrived in Athens. He criticized Turkey.")
    he, criticized, turkey = index(doc, "He"), index(doc, "criticized"), index(doc, "Turkey")
    assert actors.at(he) is not None, "coreference links 'He' to the president"
    record = Record("", "TUR", "111", criticized, source_tokens=(he,), target_tokens=(turkey,))
    sentence = list(doc.sents)[1]
    (got,) = sentence_candidates(doc, 1, sentence, [record], actors, COMMUNIQUE)
    assert got.source[0].country == "EGY" and got.target[0].code == "TUR"
    assert got.evidence == "He criticized Turkey."
    assert sentence_candidates(doc, 1, sentence, [record], actors, PETRARCH2) == []


def test_a_pronoun_side_takes_the_documents_coreference_over_petrarchs_clause_rule(parsed):
    """Pronoun coreference (adapter step 2): PETRARCH's §3.7 recipe reads 'they' of an adverbial clause as the
    subject of the clause it hangs on; the document's coreference (recent actor subjects) wins in communique."""
    doc, actors = parsed("Egypt and Jordan issued a joint statement on Monday. The two governments also warned "
                         "that the clashes between Israel and Hamas could spread, as they called on Israel and "
                         "Hamas to show restraint.")
    they, called = index(doc, "they"), index(doc, "called")
    israel = index(doc, "Israel", 1)
    assert {a.country for a in actors.at(they).actors} == {"EGY", "JOR"}
    records = [Record("ISR", "ISR", "025", called, source_tokens=(they,), target_tokens=(israel,))]
    sentence = list(doc.sents)[1]
    (com,) = sentence_candidates(doc, 1, sentence, records, actors, COMMUNIQUE)
    assert [r.code for r in com.source] == ["EGY", "JOR"] and com.target[0].code == "ISR"
    (pet,) = sentence_candidates(doc, 1, sentence, records, actors, PETRARCH2)
    assert [r.code for r in pet.source] == ["ISR"]


def test_a_plural_pronoun_keeps_petrarchs_reading_where_coreference_finds_one_actor(parsed):
    doc, actors = parsed("President Abdel Fattah al-Sisi arrived in Athens. They criticized Turkey.")
    they, criticized, turkey = index(doc, "They"), index(doc, "criticized"), index(doc, "Turkey")
    record = Record("GRC", "TUR", "111", criticized, source_tokens=(they,), target_tokens=(turkey,))
    sentence = list(doc.sents)[1]
    (got,) = sentence_candidates(doc, 1, sentence, [record], actors, COMMUNIQUE)
    assert [r.code for r in got.source] == ["GRC"]


def test_an_agent_without_country_is_completed_from_the_document_in_communique(nlp):
    from communique.extract.actors import ActorMention, DocActors
    from communique.records import Actor

    doc = nlp("The two leaders condemned Israel.")
    leaders, condemned = index(doc, "leaders"), index(doc, "condemned")
    actors = DocActors()  # what coreference would have found: the two leaders named before
    people = [Actor("Abdel Fattah al-Sisi", "EGY", "GOV", "EGYGOV"), Actor("Abdullah II", "JOR", "GOV", "JORGOV")]
    actors.add_mention(doc, ActorMention(leaders - 2, leaders + 1, people, via="coreference"))
    record = Record("~GOV", "ISR", "111", condemned, source_tokens=(leaders - 2, leaders - 1, leaders),
                    target_tokens=(index(doc, "Israel"),))
    (pet,) = sentence_candidates(doc, 0, doc[:], [record], actors, PETRARCH2)
    assert [r.code for r in pet.source] == ["---GOV"]
    (com,) = sentence_candidates(doc, 0, doc[:], [record], actors, COMMUNIQUE)
    assert [r.code for r in com.source] == ["EGYGOV", "JORGOV"]
    assert com.source[0].name == "Abdel Fattah al-Sisi" and com.source[0].text == "The two leaders"
    assert com.target[0].name == "Israel"


def test_the_documents_mentions_of_one_code_within_a_side_are_one_actor(nlp):
    from communique.extract.actors import ActorMention, DocActors
    from communique.records import Actor

    doc = nlp("Ogaden rebels and Kenyan troops attacked a convoy.")
    attacked = index(doc, "attacked")
    actors = DocActors()  # a group's name and the noun it modifies both read as the group's code, then a second code
    actors.add_mention(doc, ActorMention(0, 1, [Actor("Ogaden rebels", "ETH", "REB", "ETHREB")], via="lexicon"))
    actors.add_mention(doc, ActorMention(1, 2, [Actor("Ethiopian rebel", "ETH", "REB", "ETHREB")], via="lexicon"))
    actors.add_mention(doc, ActorMention(3, 5, [Actor("Kenyan military", "KEN", "MIL", "KENMIL")], via="lexicon"))
    record = Record("~REB", "", "190", attacked, source_tokens=(0, 1, 2, 3, 4), target_tokens=())
    (com,) = sentence_candidates(doc, 0, doc[:], [record], actors, COMMUNIQUE)
    assert [(r.code, r.name) for r in com.source] == [("ETHREB", "Ogaden rebels"), ("KENMIL", "Kenyan military")]
    # the mention written as a name names the actor, wherever it stands
    doc = nlp("Russian mercenaries fought alongside the eastern commander Khalifa Haftar.")
    fought = index(doc, "fought")
    actors = DocActors()
    actors.add_mention(doc, ActorMention(6, 7, [Actor("Libyan military", "LBY", "MIL", "LBYMIL")], via="lexicon"))
    actors.add_mention(doc, ActorMention(7, 9, [Actor("Khalifa Haftar", "LBY", "MIL", "LBYMIL")], via="lexicon"))
    record = Record("~MIL", "", "190", fought, source_tokens=(4, 5, 6, 7, 8), target_tokens=())
    (com,) = sentence_candidates(doc, 0, doc[:], [record], actors, COMMUNIQUE)
    assert [(r.code, r.name) for r in com.source] == [("LBYMIL", "Khalifa Haftar")]


def test_material_conflict_without_an_actor_is_kept_only_in_communique(nlp):
    doc = nlp("A car bomb killed three soldiers near the border.")
    killed = index(doc, "killed")
    record = Record("", "~MIL", "190", killed, target_tokens=(index(doc, "soldiers"),))
    (got,) = sentence_candidates(doc, 0, doc[:], [record], None, COMMUNIQUE)
    assert got.source == [UNIDENTIFIED] and got.target[0].code == "---MIL"
    assert sentence_candidates(doc, 0, doc[:], [record], None, PETRARCH2) == []
    statement = Record("", "~MIL", "010", killed)
    assert sentence_candidates(doc, 0, doc[:], [statement], None, COMMUNIQUE) == []


def test_petrarch2_needs_both_actors_communique_a_source(nlp):
    doc = nlp("Egypt protested on Monday.")
    record = Record("EGY", "", "140", index(doc, "protested"), source_tokens=(0,))
    assert sentence_candidates(doc, 0, doc[:], [record], None, PETRARCH2) == []
    (got,) = sentence_candidates(doc, 0, doc[:], [record], None, COMMUNIQUE)
    assert got.target == [] and got.confidence < 0.95


def test_a_statement_addressed_to_no_one_is_an_event_only_where_the_sentence_has_no_other(nlp):
    doc = nlp("Egypt said on Monday that talks would resume.")
    said = index(doc, "said")
    dropped = []
    without = dataclasses.replace(COMMUNIQUE, targetless_statements=False)
    got = sentence_candidates(doc, 0, doc[:], [Record("EGY", "", "010", said)], None, without, dropped)
    assert got == [] and dropped == [("EGY", "", "010", ("drop: no target",))]
    (alone,) = sentence_candidates(doc, 0, doc[:], [Record("EGY", "", "010", said)], None, COMMUNIQUE)
    (to_israel,) = sentence_candidates(doc, 0, doc[:], [Record("EGY", "ISR", "010", said)], None, COMMUNIQUE)
    assert to_israel.target[0].code == "ISR" and alone.target == [] and alone.confidence < to_israel.confidence
    resume = Record("EGY", "", "036", index(doc, "resume"))  # another event of the sentence: no statement kept
    dropped = []
    got = sentence_candidates(doc, 0, doc[:], [Record("EGY", "", "010", said), resume], None, COMMUNIQUE, dropped)
    assert [c.code for c in got] == ["036"] and dropped == [("EGY", "", "010", ("drop: no target",))]
    assert sentence_candidates(doc, 0, doc[:], [Record("EGY", "", "010", said)], None, PETRARCH2) == []


def test_what_a_demand_asks_for_is_not_an_event_that_happened(nlp):
    doc = nlp("Ukraine demanded that Russia withdraw its troops.")
    demanded, withdraw = index(doc, "demanded"), index(doc, "withdraw")
    records = [Record("UKR", "RUS", "100", demanded), Record("RUS", "", "0874", withdraw)]
    got = sentence_candidates(doc, 0, doc[:], records, None, COMMUNIQUE)
    assert [c.code for c in got] == ["100"]
    said = Record("UKR", "RUS", "010", demanded)  # a statement frames nothing: both stay
    both = sentence_candidates(doc, 0, doc[:], [said, records[1]], None, COMMUNIQUE)
    assert sorted(c.code for c in both) == ["010", "0874"]  # (the specific act ranked first: coder/prominence.py)


def test_an_act_its_actor_says_it_will_do_is_not_told_as_done(nlp):
    """PETRARCH's rule 'a (a b Q) SAY = a b Q' keeps the act's own code for "X said it would do Q": the event is
    the act, so its verb (not "said") carries its mood -- a pledge is no withdrawal yet."""
    from communique.pipeline import extract_text

    text = "Moldova said on Tuesday that it would withdraw its soldiers from Transnistria."
    events = extract_text(text, "2022-04-05").events
    assert not [e for e in events if e.cameo["code"].startswith("087") and e.modality == "asserted"]
    # what was done is the pledge: an intent (03x), read from the verb of the act
    assert [e for e in events if e.cameo["root"] == "03" and e.trigger == "withdraw"]


def test_a_target_the_document_reads_as_the_sources_own_is_no_recipient(parsed):
    """A side filled from the document (document_actors) that names only the event's own sources is their
    possession ("restored their diplomatic ties", "reopened its embassy"), not the event's recipient."""
    doc, actors = parsed("Qatar and Chad restored their diplomatic ties on Monday.")
    qatar, chad, restored, their = (index(doc, w) for w in ("Qatar", "Chad", "restored", "their"))
    assert {a.country for a in actors.at(their).actors} == {"QAT", "TCD"}
    tokens = tuple(range(their, their + 3))
    records = [Record("QAT", "", "050", restored, (qatar,), tokens), Record("TCD", "", "050", restored, (chad,), tokens)]
    (got,) = sentence_candidates(doc, 0, doc[:], records, actors, COMMUNIQUE)
    assert sorted(r.code for r in got.source) == ["QAT", "TCD"] and got.target == []
    # where the possessor is not the source, the side is filled as before ("Iran praised their ties")
    record = Record("IRN", "", "051", restored, (qatar,), tokens)
    (got,) = sentence_candidates(doc, 0, doc[:], [record], actors, COMMUNIQUE)
    assert sorted(r.code for r in got.target) == ["QAT", "TCD"]
