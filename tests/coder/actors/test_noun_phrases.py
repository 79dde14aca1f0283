"""Noun-phrase meaning (spec §3, checklist items 19-29) on sentences written for these tests, with the toy
actor file of spec §6 and the real Phoenix agents."""
from __future__ import annotations

import datetime

from communique.coder.actors.arithmetic import mix_codes
from communique.coder.actors.noun_phrases import NounReader
from communique.coder.phrases import phrase_view

from ..toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def subject_meaning(nlp, knowledge, text, date=datetime.date(2012, 5, 5), consumed=()):
    sent = next(iter(nlp(text).sents))
    view = phrase_view(sent)
    reader = NounReader(view, knowledge.actors, date)
    reader.consumed.update(consumed)
    return reader.meaning(view.top[0].subjects[0]), view, reader


def test_mix_codes_table():
    assert mix_codes(["~MIL"], ["XLD"]) == ["XLDMIL"]
    assert mix_codes(["~MIL"], ["XLD", "YLD"]) == ["XLDMIL", "YLDMIL"]
    assert mix_codes(["~GOV"], ["XLDGOV"]) == ["XLDGOV"]
    assert mix_codes(["~GOV", "~MIL"], ["XLD"]) == ["XLDGOVMIL"]
    assert mix_codes(["~COP"], []) == ["~COP"]
    assert mix_codes(["~PPL", "~OPP"], []) == ["~OPP"]
    assert mix_codes(["~PPL"], []) == ["~PPL"]
    assert mix_codes([], []) == []


def test_actor_dates_first_satisfied_entry(nlp, toy):  # item 19, spec E8
    for day, expected in [((2012, 5, 5), ["XLDGOV"]), ((2016, 5, 5), ["XLDOPP"]), ((2005, 5, 5), ["XLDELI"]),
                          ((2015, 1, 1), ["XLDOPP"]), ((2014, 12, 31), ["XLDGOV"])]:
        meaning, _, _ = subject_meaning(nlp, toy, "John Doe met Yland officials.", datetime.date(*day))
        assert meaning == expected, day


def test_dated_actor_without_a_fitting_date_consumes_its_words(nlp, toy):  # item 20
    meaning, _, _ = subject_meaning(nlp, toy, "Richard Roe met Yland officials.", datetime.date(2012, 5, 5))
    assert meaning == ["YLDGOV"]
    meaning, _, _ = subject_meaning(nlp, toy, "Richard Roe met Yland officials.", datetime.date(2018, 5, 5))
    assert meaning == []


def test_last_record_of_an_actor_file_is_lost_in_petrarch2(nlp, toy, tmp_path):  # item 21
    from ..toy_actors import make_knowledge

    meaning, _, _ = subject_meaning(nlp, toy, "Wland attacked Yland.")
    assert meaning == []
    fixed = make_knowledge(tmp_path, quirks=False)
    meaning, _, _ = subject_meaning(nlp, fixed, "Wland attacked Yland.")
    assert meaning == ["WLD"]


def test_scan_longest_actor_before_agent_left_to_right(nlp, toy):  # item 22
    meaning, _, _ = subject_meaning(nlp, toy, "The Xland government spokesman criticized Yland.")
    assert meaning == ["XLDGOV"]  # GOVERNMENT SPOKESMAN is one agent phrase [~GOV]
    meaning, _, _ = subject_meaning(nlp, toy, "Soldiers from Xland and Yland attacked Zland.")
    assert meaning == ["XLDMIL", "YLDMIL"]
    meaning, _, _ = subject_meaning(nlp, toy, "Xlandian and Ylandian soldiers attacked Zland.")
    assert meaning == ["XLDMIL", "YLDMIL"]


def test_word_list_keeps_only_adjectives_nouns_determiners(nlp, toy):  # item 23
    meaning, view, reader = subject_meaning(nlp, toy, "Xland's three police officers arrested Yland protesters.")
    assert meaning == ["XLDCOP"]
    assert reader.scan(["XLAND", "'S", "POLICE"]) == ["XLD", "~COP"]  # the scan itself does not filter


def test_pp_words_join_unless_the_pp_has_an_actor(nlp, toy):  # items 24, 25
    meaning, _, _ = subject_meaning(nlp, toy, "A spokesman for the Xland army criticized Yland.")
    assert meaning == ["XLDMILMED"]  # E7: own agent ~MED, actor from the PP
    meaning, _, _ = subject_meaning(nlp, toy, "Members of the army attacked Yland.")
    assert meaning == ["~MIL"]  # agent-only PP: OF THE ARMY join the word list


def test_fallback_to_participle_theme(nlp, toy):  # item 25
    assert code(nlp, toy, "People living in Xland attacked Yland.") == [("XLDPPL", "YLD", "190")]
    meaning, _, _ = subject_meaning(nlp, toy, "People living in Xland attacked Yland.")
    assert meaning == ["~PPL"]  # without a composer to code the participle, no theme


def test_agent_only_and_suffix_agent_codes(nlp, toy):  # items 26, 27
    assert code(nlp, toy, "Protesters criticized Xland.") == [("---OPP", "XLD", "111")]
    meaning, _, _ = subject_meaning(nlp, toy, "Qland Union monitors criticized Xland.")
    assert "IGO~" in meaning
    assert code(nlp, toy, "Qland Union monitors criticized Xland.") == [("IGO---", "XLD", "111")]


def test_consumed_own_words_leave_the_word_list(nlp, toy):  # item 17 as the NP reader sees it
    _, view, _ = subject_meaning(nlp, toy, "Xland police arrested protesters.")
    police = view.words.index("POLICE")
    meaning, _, _ = subject_meaning(nlp, toy, "Xland police arrested protesters.", consumed={police})
    assert meaning == ["XLD"]


def test_pronouns_and_reflexives(nlp, toy):  # items 28, 29
    sent = next(iter(nlp("Xland said it would attack Zland.").sents))
    view = phrase_view(sent)
    reader = NounReader(view, toy.actors, None)
    it = view.top[0].complements[0].subjects[0]
    assert reader.meaning(it) == ["XLD"]
    sent = next(iter(nlp("Xland attacked them.").sents))
    view = phrase_view(sent)
    assert NounReader(view, toy.actors, None).meaning(view.top[0].objects[0]) == []
    sent = next(iter(nlp("The Xland leader himself visited Yland.").sents))
    view = phrase_view(sent)
    himself = next(n for n in view.top[0].subjects[0].nested if n.is_reflexive)
    assert himself.antecedent is None


def test_hyphenated_words_are_one_word_as_in_petrarchs_tokenization(nlp, toy):
    # Stanford keeps "pro-Xland" one token, which no dictionary lists; spaCy splits it in three
    meaning, _, _ = subject_meaning(nlp, toy, "Pro-Xland rebels attacked Yland.")
    assert meaning == ["~REB"]
    meaning, _, _ = subject_meaning(nlp, toy, "Xland rebels attacked Yland.")
    assert meaning == ["XLDREB"]
