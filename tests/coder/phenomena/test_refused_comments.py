"""The switch `refused_comments` (coder/phenomena/refused_comments.py, session 23, branch silence25) on sentences
written for this test (tests/fixtures/refused_comments.tsv): a comment not given ("had no comment", "did not respond
to a request for comment", "could not be reached for comment", "did not immediately reply") and an answer refused
("declined to elaborate", "refused to say whether ...") are CAMEO 011 "Decline comment"; responses to acts and offers,
refused discussions and extraditions are left. And the symbolic-act rows of data/coder_additions.txt
(tests/fixtures/symbolic_acts.tsv: 017 by other verbs, a receipt acknowledged 010, controls), and the word list's
one-line error."""
from __future__ import annotations

import pytest

from communique.coder.phenomena import refused_comments
from fixture_tables import assert_bad_row_named, assert_rows_read, fixture_rows

from ..switch_tables import on_off_table_test

SYMBOL_ROWS = fixture_rows("symbolic_acts.tsv")


test_a_comment_not_given_or_an_answer_refused_is_a_refusal_to_comment = on_off_table_test(
    "refused_comments.tsv", ("refused_comments",), at_least=20, changed_at_least=14)


@pytest.mark.model
def test_symbolic_acts_told_by_other_verbs_are_017_and_the_controls_are_left(nlp):
    assert_rows_read(SYMBOL_ROWS, at_least=20, controls_at_least=8)
    assert sum(kind == "symbolic act" for _, _, kind in SYMBOL_ROWS) >= 12
    assert all(reading.startswith("017") for _, reading, kind in SYMBOL_ROWS if kind == "symbolic act")
    assert not any(reading.startswith("017") for _, reading, kind in SYMBOL_ROWS if kind == "control")


def test_a_bad_row_of_the_word_list_is_named(tmp_path, monkeypatch):
    assert_bad_row_named(monkeypatch, tmp_path, refused_comments, "refusal_words",
                         "# header\nrespond\tresponse\nComment\tcomment\n", 3)


def test_the_word_list_reads_a_lemma_of_two_kinds_into_both():
    refused_comments.refusal_words.cache_clear()
    words = refused_comments.refusal_words()
    assert set(words) == set(refused_comments.KINDS) and all(words.values())
    assert "answer" in words["response"] and "answer" in words["telling"]  # "did not answer", "refused to answer"
