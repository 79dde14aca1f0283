"""The switch `stance_complements` (coder/phenomena/stance_complements.py): a speaker's stance toward another actor's
act told by a reporting verb's evaluative complement ("said Yland's decision was illegal", "called Yland's move a
mistake", "said it was opposed to Yland's plan") is that stance (111, 110, 051), addressed to the act's actor.
Sentences written for this test (tests/fixtures/stance_complements.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, code_dyads
from .switch_tables import on_off_table_test

from communique.coder.phenomena import stance_complements


test_an_evaluated_act_is_the_speaker_s_stance_toward_its_actor = on_off_table_test(
    "stance_complements.tsv", ("stance_complements",), at_least=35, changed_at_least=22, read=code_dyads)


def test_the_word_table_reads_its_kinds_and_codes():
    words = stance_complements.stance_words()
    assert words["judgement"]["ILLEGAL"] == "111" and words["judgement"]["MISTAKE"] == "110"
    assert words["feeling"]["OPPOSED"] == "110" and words["judgement"]["POSITIVE"] == "051"
    assert "SAID" in words["reporting"] and "CALLED" in words["naming"]
    assert words["judgement"]["SHAM"] == "111" and words["judgement"]["BACKWARDS"] == "110"
    assert words["regret"]["REGRET"] == "110" and "DECISION" in words["act"] and "EXPRESSED" in words["expressing"]
    assert "CONCERNED" not in words["feeling"]  # concern stays a pessimistic comment (EXPRESS CONCERN 012)


def test_a_bad_row_is_one_clear_error(monkeypatch, tmp_path):
    assert_bad_row_named(monkeypatch, tmp_path, stance_complements, "stance_words",
                         "kind\tword\tcode\njudgement\tILLEGAL\t111\nfeeling\topposed\t110\n", 3)
