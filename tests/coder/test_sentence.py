"""The sentence level (spec §5, checklist items 44-49) and the public API, on sentences written for these
tests, with the real CAMEO.2.0 verb dictionary and the spec §6 toy actors."""
from __future__ import annotations

import datetime

from communique.coder import CodedEvent, code_sentence
from communique.coder.profiles import Profile

from .toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def test_only_top_level_clauses_fronted_clauses_ignored(nlp, toy):  # item 44
    assert code(nlp, toy, "After Yland attacked Zland, Xland condemned Yland.") == [("XLD", "YLD", "111")]
    assert code(nlp, toy, "Xland condemned Yland, which attacked Zland.") == [("XLD", "YLD", "111")]


def test_fronted_quotation_is_a_top_level_clause(nlp, toy):
    assert code(nlp, toy, '"Yland attacked Zland," Xland said.') == [("YLD", "ZLD", "190")]


def test_conjunct_with_own_subject_is_coded(nlp, toy):
    assert code(nlp, toy, "Xland attacked Yland, and Zland criticized the Xland government.") == [
        ("XLD", "YLD", "190"), ("ZLD", "XLDGOV", "111")]


def test_events_need_source_target_and_code(nlp, toy):  # item 45
    assert code(nlp, toy, "Xland protested.") == []
    assert code(nlp, toy, "Xland protested.", profile="communique") == [("XLD", "", "140")]
    assert code(nlp, toy, "Xland frobnicated Yland.") == []


def test_cooperation_expansion(nlp, toy):  # item 46, E5
    assert code(nlp, toy, "Xland and Yland agreed to cooperate.") == [("XLD", "YLD", "050"), ("YLD", "XLD", "050")]
    assert code(nlp, toy, "Xland and Yland met.") == [("XLD", "YLD", "040"), ("YLD", "XLD", "040")]
    assert code(nlp, toy, "Xland and Yland fought.") == []


def test_self_events_are_kept(nlp, toy):  # item 47
    assert code(nlp, toy, "Xland criticized Xlandian soldiers.") == [("XLD", "XLDMIL", "111")]


def test_discarded_sentence_gives_nothing(nlp, toy):  # item 48
    assert code(nlp, toy, "Xland criticized Yland after the football match in Zland.") == []
    assert code(nlp, toy, "Xland criticized Yland before the match.") == [("XLD", "YLD", "111")]


def test_existential_there(nlp, toy):  # item 49
    assert code(nlp, toy, "There were Xland soldiers attacking Yland.") == [("XLDMIL", "YLD", "190")]
    assert code(nlp, toy, "There were clashes between Xland and Yland.") == []


def test_headline_noun_with_participle(nlp, toy):
    assert code(nlp, toy, "Xland soldiers killed by Yland troops") == [("YLDMIL", "XLDMIL", "190")]
    assert code(nlp, toy, "Xland soldiers attacked by Yland troops") == [("YLD", "XLDMIL", "190")]  # TROOPS consumed


def test_coded_event_fields(nlp, toy):
    sent = next(iter(nlp("Xland accused Yland of aggression.").sents))
    (event,) = code_sentence(sent, datetime.date(2012, 5, 5), toy, Profile.named("petrarch2"))
    assert isinstance(event, CodedEvent)
    assert event.verb == 1 and event.source_tokens == (0,) and event.target_tokens == (2,)
    assert any("ACCUSED" in step for step in event.steps)


def test_one_sided_records_carry_the_tokens_of_the_missing_side(nlp, toy):
    sent = next(iter(nlp("Smith criticized Yland.").sents))
    assert code_sentence(sent, None, toy, Profile.named("petrarch2")) == []
    (event,) = code_sentence(sent, None, toy, Profile.named("communique"))
    assert (event.source, event.target, event.code) == ("", "YLD", "111")
    assert event.source_tokens == (0,) and event.target_tokens == (2,)


def test_trace_collects_what_the_output_filter_drops(nlp, toy):
    sent = next(iter(nlp("Xland said that Yland attacked Zland.").sents))
    (event,) = code_sentence(sent, None, toy, Profile.named("petrarch2"))
    prefixes = ("verb:", "pattern:", "combine:", "nest:", "flatten:", "passive:", "transform:", "negate:",
                "addition:", "drop:")
    assert all(step.startswith(prefixes) for step in event.steps)
    assert event.steps[-1].startswith("transform: rule line")
    sent = next(iter(nlp("Xland agreed to help Yland.").sents))
    trace = []
    assert code_sentence(sent, None, toy, Profile.named("petrarch2"), trace=trace) == []
    (dropped,) = trace
    assert dropped.steps[-1] == "drop: code C0 has no CAMEO equivalent"


def test_existential_inside_a_complement(nlp, toy):
    assert code(nlp, toy, "Xland said there were Yland soldiers attacking Zland.") == [("XLD", "YLDMIL", "112")]


def test_main_clause_only_off_also_codes_subordinate_clauses_with_a_subject(nlp, toy):
    import dataclasses

    from communique.coder.sentence import code_sentence_with
    from communique.coder.match import match_verb

    text = "Xland criticized Yland as Zland attacked Yland."
    assert code(nlp, toy, text) == [("XLD", "YLD", "111")]
    sent = next(iter(nlp(text).sents))
    profile = dataclasses.replace(Profile.named("petrarch2"), main_clause_only=False)
    records = [(e.source, e.target, e.code) for e in code_sentence_with(sent, None, toy, profile, match_verb)]
    assert records == [("XLD", "YLD", "111"), ("ZLD", "YLD", "190")]


def test_record_tokens_cover_the_actors_noun_phrase(nlp, toy):
    sent = next(iter(nlp("The Xland army criticized Yland and Zland.").sents))
    records = code_sentence(sent, None, toy, Profile.named("petrarch2"))
    assert [(e.source, e.target) for e in records] == [("XLDMIL", "YLD"), ("XLDMIL", "ZLD")]
    assert all(e.source_tokens == (0, 1, 2) and e.target_tokens == (4, 6) for e in records)  # "and" is no word



def test_discards_in_a_document(nlp, toy, tmp_path):
    """The document's text is checked once; a sentence is checked again only where a phrase is in the
    text (or the sentence does not end at whitespace): a discarded sentence drops itself, a story phrase
    the whole document; with and without PETRARCH-2's quirks of the walk."""
    from communique.coder.adapter import document_candidates

    from .toy_actors import make_knowledge

    for knowledge in (toy, make_knowledge(tmp_path, quirks=False)):
        def codes(text: str) -> list[tuple[int, str]]:
            found = document_candidates(nlp(text), None, knowledge, Profile.named("communique"),
                                        datetime.date(2012, 5, 5))
            return sorted((c.sentence, c.code) for c in found)

        assert codes("Xland criticized Yland. Zland criticized Yland.") == [(0, "111"), (1, "111")]
        assert codes("Xland criticized Yland. Zland criticized Yland after the football match in Zland.") == [
            (0, "111")]
        assert codes("Xland criticized Yland. Zland criticized Yland amid celebrity gossip in Zland.") == []
