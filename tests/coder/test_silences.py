"""Where PETRARCH-2's dictionary leaves a sentence with no event (issue 10, the "no event" share), the profile
`communique`'s switches `agentless_passives` and `silent_verbs` and the idioms of the object-senses table; each
on sentences written for these tests with the spec §6 toy actors and the real CAMEO.2.0 verbs, each off in
`petrarch2`."""
from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from communique.coder.adapter import UNIDENTIFIED, sentence_candidates
from communique.coder.profiles import Profile
from communique.coder.recall import AGENTLESS_STEP

from .toy_actors import code, toy  # noqa: F401  (toy is a fixture)

COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")


@pytest.fixture(scope="module")
def toy_added(toy):
    """The toy actors with CAMEO.2.0 and communique's additions file, as the profile communique reads verbs."""
    from communique.coder import CoderKnowledge
    from communique.coder.additions import additions_path
    from communique.coder.dictionary import load_verb_dictionary

    return CoderKnowledge(load_verb_dictionary((additions_path(),)), toy.actors, toy.discards)


def records(nlp, knowledge, text, profile="communique"):
    from communique.coder import code_sentence

    sent = next(iter(nlp(text).sents))
    chosen = profile if isinstance(profile, Profile) else Profile.named(profile)
    return code_sentence(sent, datetime.date(2012, 5, 5), knowledge, chosen)


# ---- agentless passives ---------------------------------------------------------------------------------

def test_an_agentless_passive_keeps_its_code_with_the_subject_as_target(nlp, toy):
    accused = records(nlp, toy, "Xland has been accused of spying on its neighbours.")
    assert [(r.source, r.target, r.code) for r in accused] == [("", "XLD", "112")]
    assert AGENTLESS_STEP in accused[0].steps
    # [A:B] codes: a passive takes the active code, its subject the target ("was visited": 042, not 043)
    assert ("", "YLD", "042") in code(nlp, toy, "Yland was visited last week.", profile="communique")
    # with a by-agent it is PETRARCH's own event, not an agentless one
    by = records(nlp, toy, "Yland was visited by Xland.")
    assert [(r.source, r.target, r.code) for r in by] == [("XLD", "YLD", "042")]
    assert AGENTLESS_STEP not in by[0].steps
    assert all(AGENTLESS_STEP not in r.steps for r in records(nlp, toy, "Xland has been accused of spying.",
                                                               profile="petrarch2"))


def test_a_passive_whose_subject_is_the_patterns_object_takes_its_target_from_the_pps(nlp, toy):
    text = "Sanctions were imposed on Yland."  # IMPOSE `- * SANCTIONS [163]`: the subject is what is imposed
    assert code(nlp, toy, text, profile="communique") == [("", "YLD", "163")]
    assert code(nlp, toy, text) == []
    assert code(nlp, toy, "Sanctions were imposed on Yland by Xland.", profile="communique") == [("XLD", "YLD", "163")]
    # a subject that is an actor stays the target: its PPs do not replace it
    assert code(nlp, toy, "Yland was criticised over its treatment of Zland.", profile="communique") == [("", "YLD", "111")]


def test_the_adapter_gives_an_agentless_passive_an_unidentified_source_at_a_lower_confidence(nlp):
    from .test_pipeline_coder import Record, index

    doc = nlp("Egypt has been accused of spying on Israel.")
    verb = index(doc, "accused")
    agentless = Record("", "EGY", "112", verb, target_tokens=(0,), steps=(AGENTLESS_STEP,))
    (got,) = sentence_candidates(doc, 0, doc[:], [agentless], None, COMMUNIQUE)
    assert got.source == [UNIDENTIFIED] and got.target[0].code == "EGY"
    full = Record("ISR", "EGY", "112", verb, source_tokens=(7,), target_tokens=(0,))
    (named,) = sentence_candidates(doc, 0, doc[:], [full], None, COMMUNIQUE)
    assert got.confidence < named.confidence
    assert sentence_candidates(doc, 0, doc[:], [agentless], None, PETRARCH2) == []
    # a verbal event of no agent and no step saying it is a passive is not kept; nor a statement, appeal, meeting
    assert sentence_candidates(doc, 0, doc[:], [Record("", "EGY", "112", verb, target_tokens=(0,))], None,
                               COMMUNIQUE) == []
    for cameo in ("010", "020", "042"):  # "was told", "was urged", "was visited": who speaks or meets is the news
        unnamed = Record("", "EGY", cameo, verb, target_tokens=(0,), steps=(AGENTLESS_STEP,))
        assert sentence_candidates(doc, 0, doc[:], [unnamed], None, COMMUNIQUE) == []


# ---- idioms whose event is the subject (object-senses table) ------------------------------------------

def test_idioms_of_beginning_force_and_result_are_no_act_of_the_verbs_block(nlp, toy):
    broke = code(nlp, toy, "Riots broke out in Yland.", profile="communique")
    assert not any(c == "190" for _, _, c in broke)  # not BREAK's DESTROY block
    assert any(c.startswith("14") for _, _, c in broke)  # the riots, an event noun
    unsensed = replace(COMMUNIQUE, object_senses=False)  # the dictionary's own reading
    assert ("", "YLD", "190") in [(r.source, r.target, r.code) for r in records(nlp, toy, "Riots broke out in Yland.",
                                                                                  unsensed)]
    took = code(nlp, toy, "The truce between Xland and Yland took effect at midnight.", profile="communique")
    assert not any(c == "171" for _, _, c in took)
    left = code(nlp, toy, "The air strikes left twelve Yland soldiers dead.", profile="communique")
    assert not any(c == "040" for _, _, c in left) and any(c.startswith("19") for _, _, c in left)
    # the verbs keep their own senses elsewhere
    assert ("XLD", "YLD", "040") in code(nlp, toy, "Xland left Yland.", profile="communique")


# ---- silent verbs -----------------------------------------------------------------------------------------

def test_a_verb_and_object_from_a_cameo_code_name_code_a_clause_no_pattern_matched(nlp, toy):
    assert code(nlp, toy, "Xland reduced relations with Yland.") == []
    assert code(nlp, toy, "Xland reduced relations with Yland.", profile="communique") == [("XLD", "YLD", "160")]
    assert code(nlp, toy, "Xland imposed an embargo on Yland.") == [("XLD", "YLD", "170")]  # IMPOSE's block
    assert code(nlp, toy, "Xland imposed an embargo on Yland.", profile="communique") == [("XLD", "YLD", "163")]
    assert code(nlp, toy, "An embargo was imposed on Yland by Xland.", profile="communique") == [("XLD", "YLD", "163")]
    assert code(nlp, toy, "Xland coerced Yland.", profile="communique") == [("XLD", "YLD", "170")]  # no entry
    # a pattern of the dictionary wins; a verb with another object keeps what the dictionary gives it
    assert code(nlp, toy, "Xland imposed sanctions on Yland.", profile="communique") == [("XLD", "YLD", "163")]
    assert code(nlp, toy, "Xland reduced taxes in Yland.", profile="communique") == \
        code(nlp, toy, "Xland reduced taxes in Yland.")


def test_every_silent_verb_row_is_a_phrase_of_its_codes_name():
    from communique.coder.phenomena.silent_verbs import SILENT_FILE
    from communique.data_files import data_path, tsv_rows

    rows = list(tsv_rows(data_path(SILENT_FILE), "silent verbs"))
    assert len(rows) >= 20
    for _, (verbs, obj, cameo, name) in rows:
        words = name.upper().replace(",", " ").split()
        assert verbs.split()[0] in words, (verbs, name)
        assert obj == "*" or obj.rstrip("S") in {w.rstrip("S") for w in words}, (obj, name)


def test_a_written_form_the_dictionary_spells_otherwise_is_found_by_its_spelling(nlp, toy):
    from communique.coder.phenomena.silent_verbs import spelling_variants

    assert "FINALIZED" in spelling_variants("FINALISED") and "MOBILISING" in spelling_variants("MOBILIZING")
    assert spelling_variants("FILLED") == [] and spelling_variants("KILLED") == []
    # DECRY is in CAMEO.2.0 (criticise, 111's root), its past only as DECRYED (the switch english_inflections,
    # test_inflections.py, finds it); FINALIZE is there, FINALISE not
    assert code(nlp, toy, "Xland decried the violence in Yland.") == []
    decried = code(nlp, toy, "Xland decried the violence in Yland.", profile="communique")
    assert decried and all(c.startswith("11") for _, _, c in decried)
    assert code(nlp, toy, "Xland finalised a trade agreement with Yland.", profile="communique") == \
        code(nlp, toy, "Xland finalized a trade agreement with Yland.", profile="communique") != []
