"""The switches `reported_wrongs` (coder/phenomena/reported_wrongs.py), `conduct_concerns`
(coder/phenomena/conduct_concerns.py) and `no_reason_refusals` (coder/phenomena/no_reason_refusals.py): a wrong another actor did, told as a statement's content ("said Yland had
ignored the warnings"), is the speaker's accusation (112), and a concern over another actor's act ("said it was
concerned about Yland's tests") disapproval (110), and no reason seen to do an act ("saw no reason to apologise
to Yland") its refusal (120). Sentences written for these tests (tests/fixtures/reported_wrongs.tsv,
conduct_concerns.tsv,
no_reason_refusals.tsv), read on and off; and session 44's sweep of accusation and criticism told as reported content
(tests/fixtures/reported_wrongs_sweep44.tsv, written and labelled before the coder was run), at a floor just below
what the coder reached."""
from __future__ import annotations

import pytest

from fixture_tables import assert_bad_row_named, assert_wire_sweep_at, code_dyads
from ..switch_tables import on_off_table_test

from communique.coder.phenomena import conduct_concerns, no_reason_refusals, reported_wrongs


test_a_wrong_reported_of_another_is_an_accusation = on_off_table_test(
    "reported_wrongs.tsv", ("reported_wrongs",), at_least=14, changed_at_least=9, read=code_dyads)


test_a_concern_over_another_actors_act_is_disapproval = on_off_table_test(
    "conduct_concerns.tsv", ("conduct_concerns",), at_least=10, changed_at_least=5, read=code_dyads)


test_no_reason_seen_to_do_an_act_is_a_refusal = on_off_table_test(
    "no_reason_refusals.tsv", ("no_reason_refusals",), at_least=10, changed_at_least=4, read=code_dyads)


@pytest.mark.model
def test_the_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("reported_wrongs_sweep44.tsv", 0.70)


def test_the_tables_read_their_kinds():
    words = reported_wrongs.wrong_verbs()
    assert ("IGNORED", "") in words["wrong"] and ("COVERED", "UP") in words["wrong"] and ("MISLED", "") in words["wrong"]
    assert ("COVERED", "") not in words["wrong"] and words["through"][("FAILED", "")] == "112"
    assert conduct_concerns.concern_words()["feeling"]["CONCERNED"] == "110"
    assert {"SAW", "SEES", "FOUND"} <= no_reason_refusals.no_reason_words()["verb"]


def test_a_side_is_one_code_or_its_prefix():
    assert reported_wrongs.same_side("UKR", "UKRMIL") and not reported_wrongs.same_side("KENGOV", "KENOPP")


def test_a_bad_row_is_one_clear_error(monkeypatch, tmp_path):
    assert_bad_row_named(monkeypatch, tmp_path, reported_wrongs, "wrong_verbs",
                         "kind\tword\tcode\nwrong\tIGNORE\t112\nwrong\tlie\t112\n", 3)
    assert_bad_row_named(monkeypatch, tmp_path, conduct_concerns, "concern_words",
                         "kind\tword\tcode\nfeeling\tCONCERNED\t110\nfeeling\tWORRIED\tx\n", 3)
