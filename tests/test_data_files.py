"""data_files: the one reader of the package's data tables (tsv_rows, table_rows), of its word lists
(upper_words), of its kinded word lists (kinded_words) and of its lower-case word rows (lower_word_rows), on files
written here, and every .tsv under src/communique/data/ read through it."""
from __future__ import annotations

from pathlib import Path

import pytest

import communique.data_files as data_files
from communique.errors import DataFileError

DATA = Path(__file__).resolve().parents[1] / "src" / "communique" / "data"


@pytest.fixture
def word_file(tmp_path, monkeypatch):
    def write(text: str) -> str:
        (tmp_path / "words.tsv").write_text(text, encoding="utf-8")
        return "words.tsv"
    monkeypatch.setattr(data_files, "data_path", lambda name: tmp_path / name)
    return write


@pytest.fixture
def table(tmp_path):
    def write(text: str) -> Path:
        path = tmp_path / "table.tsv"
        path.write_text(text, encoding="utf-8")
        return path
    return write


def test_rows_come_with_their_line_numbers_past_comments_and_blank_lines(table):
    path = table("# Origin: written here.\n\nkind\tword\n  \nact\tprotest\n#agent\tpolice\n  #\tkept\n")
    assert list(data_files.tsv_rows(path, "a table")) == [(3, ["kind", "word"]), (5, ["act", "protest"]),
                                                         (7, ["  #", "kept"])]


def test_a_header_row_is_skipped_always_or_only_when_its_first_field_is_a_column_name(table):
    with_header = table("# a comment\nName \tcode\nHakan Fidan\tTURGOV\n")
    assert list(data_files.tsv_rows(with_header, "a table", header=True)) == [(3, ["Hakan Fidan", "TURGOV"])]
    assert list(data_files.tsv_rows(with_header, "a table", header={"name"})) == [(3, ["Hakan Fidan", "TURGOV"])]
    without = table("Hakan Fidan\tTURGOV\nname\tcode\n")
    assert list(data_files.tsv_rows(without, "a table", header={"name"})) == [(1, ["Hakan Fidan", "TURGOV"]),
                                                                             (2, ["name", "code"])]


def test_a_row_of_another_width_is_named_by_its_file_and_line(table):
    path = table("# a comment\nkind\tword\tcode\nact\tprotest\t14\n\nact\triot\n")
    with pytest.raises(DataFileError, match=r"table\.tsv line 5: expected 3 tab-separated fields, found 2\.$"):
        list(data_files.tsv_rows(path, "a table", 3))
    with pytest.raises(DataFileError, match=r"table\.tsv line 5: expected at least 3 tab-separated fields, found 2\."):
        list(data_files.tsv_rows(path, "a table", min_width=3, header=True))
    assert len(list(data_files.tsv_rows(path, "a table", min_width=2))) == 3


def test_a_wider_row_passes_a_minimum_width_but_not_an_exact_one(table):
    path = table("act\tprotest\t14\tnote\n")
    assert list(data_files.tsv_rows(path, "a table", min_width=3)) == [(1, ["act", "protest", "14", "note"])]
    with pytest.raises(DataFileError, match=r"line 1: expected 3 tab-separated fields, found 4\."):
        list(data_files.tsv_rows(path, "a table", 3))


def test_a_file_that_cannot_be_read_is_one_sentence_naming_it(tmp_path):
    with pytest.raises(DataFileError, match=r"^Cannot read a table .*missing\.tsv: "):
        list(data_files.tsv_rows(tmp_path / "missing.tsv", "a table"))


def test_table_rows_skips_the_header_and_strips_the_first_fields(word_file):
    name = word_file("# a comment\nprefix\ttype\tnote\n 14 \tPROTEST\tthe root\n19\tASSAULT\n")
    assert data_files.table_rows(name, 2) == [("14", "PROTEST"), ("19", "ASSAULT")]
    with pytest.raises(DataFileError, match=r"words\.tsv line 4: expected at least 3 tab-separated fields, found 2\."):
        data_files.table_rows(name, 3)


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


def test_kinded_words_gather_each_kinds_words_past_the_header_and_comments(table):
    path = table("# Origin: written here.\nkind\tword\nverb\tSEND SENT\nnoun\tTRADE\n\nnoun\tCO-OPERATION TIES\n"
                 "code\t074\n")
    words = data_files.kinded_words(path, "a table", ("verb", "noun", "code", "mark"), numbers=("code",))
    assert words == {"verb": {"SEND", "SENT"}, "noun": {"TRADE", "CO-OPERATION", "TIES"}, "code": {"074"},
                     "mark": frozenset()}


def test_a_kinds_rows_may_stand_for_other_words_and_take_a_field_more(table):
    path = table("verb\tSEND SENT\nweapon\tFIGHTER JET\nhelper\tHELP\tWITH\nhelper\tAUSPICES\n")
    words = data_files.kinded_words(path, "a table", ("verb", "weapon", "helper"), widths=(2, 3),
                                    rows={"verb": lambda w: [w[0], w[0] + "S", *w[1:]],
                                          "weapon": lambda w: [tuple(w)],
                                          "helper": lambda w, before="": [(before, *w)] if before else w})
    assert words == {"verb": {"SEND", "SENDS", "SENT"}, "weapon": {("FIGHTER", "JET")},
                     "helper": {("WITH", "HELP"), "AUSPICES"}}


@pytest.mark.parametrize("text, line", [("verb\tSEND\nverb\tdeploy\n", 2),  # a word not upper case
                                        ("verb\tSEND\nnoun\tTRADE\n", 2),  # a kind not among the kinds
                                        ("verb\tSEND\nverb\n", 2),  # no words
                                        ("verb\tSEND\ncode\tO74\n", 2),  # a code not of digits
                                        ("verb\tSEND\tSENT\n", 1)])  # a field more than the table's width
def test_a_malformed_kinded_row_is_named_by_its_file_and_line(table, text, line):
    path = table("# a comment\n" + text)
    expected = (rf"table\.tsv line {line + 1}: expected 'KIND<TAB>WORDS' \(KIND one of verb, code; the words upper "
                r"case, digits for code\)\.$")
    with pytest.raises(DataFileError, match=expected):
        data_files.kinded_words(path, "a table", ("verb", "code"), numbers=("code",))


def test_lower_word_rows_keep_a_word_on_each_of_its_lines_in_order(table):
    path = table("# Origin: written here.\nrespond\tresponse\nanswer\tresponse\n\nanswer\tquestion\n")
    rows = data_files.lower_word_rows(path, "a table", {"response", "question"}.__contains__, "'lemma<TAB>kind'")
    assert rows == [("respond", "response"), ("answer", "response"), ("answer", "question")]


@pytest.mark.parametrize("text, line", [("respond\tresponse\nComment\tresponse\n", 2),  # a word not lower case
                                        ("respond\tresponse\nstep down\tresponse\n", 2),  # two words
                                        ("respond\tresponse\nreply\tanswer\n", 2),  # a field `valid` refuses
                                        ("respond\n", 1),  # no field
                                        ("respond\tresponse\tyes\n", 1)])  # a field more
def test_a_malformed_lower_word_row_is_named_by_its_file_and_line(table, text, line):
    path = table("# a comment\n" + text)
    with pytest.raises(DataFileError, match=rf"table\.tsv line {line + 1}: expected 'lemma<TAB>kind'\.$"):
        data_files.lower_word_rows(path, "a table", {"response"}.__contains__, "'lemma<TAB>kind'")


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.tsv")), ids=lambda p: p.relative_to(DATA).as_posix())
def test_every_data_table_is_read_through_the_one_reader(path):
    assert list(data_files.tsv_rows(path, "a data table")), f"{path} has no rows"


def test_the_provenance_line_of_a_generated_table_is_read_and_skipped_as_a_comment(table):
    path = table('# Origin: written here.\n'
                 '# provenance: {"built_by": "a tool", "layers": 2}\nrow\tweights\nbias\t0.5\n')
    assert data_files.provenance(path) == {"built_by": "a tool", "layers": 2}
    assert list(data_files.tsv_rows(path, "a map", header=True)) == [(4, ["bias", "0.5"])]
    assert data_files.provenance(table("row\tweights\n")) == {}
