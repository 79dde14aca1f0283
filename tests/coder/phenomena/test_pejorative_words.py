"""The switches `pejorative_words` (coder/phenomena/pejorative_words.py: the insults, names of crimes and words of
condemnation a speaker gives another's person or act join the stance words' judgements) and `relative_namings`
(coder/phenomena/relative_namings.py: a naming in a relative clause on a noun that sums up an act). Sentences written
for these tests (tests/fixtures/pejorative_words.tsv, relative_namings.tsv), read on and off; and session 41's two
sweeps of criticism told as a naming or a judgement (tests/fixtures/pejorative_naming_sweep41.tsv,
act_judgement_sweep41.tsv, labelled before the coder was run), scored as the wire censuses are, at their floors."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_a_pejorative_name_or_word_given_to_anothers_person_or_act_is_criticism(nlp, monkeypatch):
    rows = fixture_rows("pejorative_words.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("pejorative_words",), at_least=12, changed_at_least=3)
    assert all(on.split()[0] in ("111", "112") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 8  # words the table had, a verb's own pattern, calls, controls


def test_a_naming_in_a_relative_clause_on_an_acts_noun_judges_that_act(nlp, monkeypatch):
    rows = fixture_rows("relative_namings.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("relative_namings",), at_least=7, changed_at_least=2)
    assert all(on.split()[0] in ("110", "111") and on.split()[1].endswith(off.split()[1].rstrip(">"))
               for _, on, off in rows if on != off)  # the doer of the act summed up is the target
    assert sum(on == off for _, on, off in rows) >= 4  # an act told stays the main event


def test_the_pejorative_lexicon_reads_a_nouns_plural_and_keeps_the_stance_tables_codes():
    from communique.coder.phenomena.pejorative_words import pejorative_words, stance_words_with_pejoratives

    words = pejorative_words()
    assert words["CRIMINAL"] == words["CRIMINALS"] == words["THIEVES"] == "112" and words["MADMEN"] == "111"
    assert "ABSURDS" not in words  # an adjective has no plural
    assert stance_words_with_pejoratives()["judgement"]["MISTAKE"] == "110"


def test_the_pejorative_naming_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("pejorative_naming_sweep41.tsv", 0.62)


def test_the_act_judgement_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("act_judgement_sweep41.tsv", 0.42)
