"""Session 41's undoing of a constraint: the switch `delisted_parties` (coder/phenomena/delisted_parties.py), a party
taken off a list of constraint is an administrative sanction eased (tests/fixtures/delisted_parties.tsv, read on
and off); the act-noun rows of a measure withdrawn (data/act_nouns.tsv, data/act_noun_verbs.tsv: a bill shelved, a
sentence commuted; tests/fixtures/undone_measures41.tsv, switch `act_nouns` on and off); and the
sweep of acts of undoing (tests/fixtures/undone_constraints_sweep41.tsv), scored as the wire censuses are, at its
floor."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_a_party_taken_off_a_list_has_a_sanction_eased(nlp, monkeypatch):
    rows = fixture_rows("delisted_parties.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("delisted_parties",), at_least=7, changed_at_least=3)
    assert all(on.startswith("081 ") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # office, troops, protesters, a party added


def test_a_measure_withdrawn_is_read_by_the_act_noun_table(nlp, monkeypatch):
    rows = fixture_rows("undone_measures41.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("act_nouns",), at_least=3, changed_at_least=2)


def test_the_undone_constraints_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("undone_constraints_sweep41.tsv", 0.88)


def test_a_bad_row_of_the_delisting_table_is_named(monkeypatch, tmp_path):
    from communique.coder.phenomena import delisted_parties
    assert_bad_row_named(monkeypatch, tmp_path, delisted_parties, "delisting_words", "remove\tverb\nlist\tnoun\n", 2)
