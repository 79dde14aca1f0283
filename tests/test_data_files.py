"""data_files.upper_words: the one loader of the package's word lists (one upper-case word a line, a first
column of such words with a fixed number of columns), on files written here."""
from __future__ import annotations

import pytest

import communique.data_files as data_files
from communique.errors import DataFileError


@pytest.fixture
def word_file(tmp_path, monkeypatch):
    def write(text: str) -> str:
        (tmp_path / "words.tsv").write_text(text, encoding="utf-8")
        return "words.tsv"
    monkeypatch.setattr(data_files, "data_path", lambda name: tmp_path / name)
    return write


def test_the_first_fields_are_read_past_comments_and_blank_lines(word_file):
    name = word_file("# a comment\nRIOTERS\tpeople who riot\n\nSTRIKERS\tpeople on strike\n")
    assert data_files.upper_words(name, "a list") == {"RIOTERS", "STRIKERS"}
    assert data_files.upper_words(name, "a list", columns=2) == {"RIOTERS", "STRIKERS"}


def test_a_word_that_is_not_one_upper_case_word_is_named_by_its_line(word_file):
    name = word_file("# a comment\nRIOTERS\npicketers\n")
    with pytest.raises(DataFileError, match=r"words.tsv line 3: expected one upper-case word a line\."):
        data_files.upper_words(name, "a list")


def test_a_line_with_another_number_of_columns_says_what_was_expected(word_file):
    name = word_file("RIOTERS\tpeople who riot\nSTRIKERS\n")
    with pytest.raises(DataFileError, match=r"line 2: expected 'NOUN<TAB>what it names'\."):
        data_files.upper_words(name, "a list", columns=2, expected="'NOUN<TAB>what it names'")
    assert data_files.upper_words(name, "a list") == {"RIOTERS", "STRIKERS"}  # any number of columns
