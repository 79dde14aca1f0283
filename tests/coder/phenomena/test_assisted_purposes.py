"""The switch `assisted_purposes` (coder/phenomena/assisted_purposes.py): forces or relief sent for a purpose of
assistance are aid, and a person pulled from a ruin is rescued; sentences written for this test
(tests/fixtures/assisted_purposes.tsv), read on and off; and session 41's sweep of help sent
(tests/fixtures/sent_help_sweep41.tsv), scored as the wire censuses are, at its floor."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_help_sent_for_a_purpose_of_assistance_is_aid(nlp, monkeypatch):
    rows = fixture_rows("assisted_purposes.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("assisted_purposes",), at_least=10, changed_at_least=5)
    assert all(on.startswith("07") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 5  # force, own tankers, protest camps, protesters, aid already


def test_the_sent_help_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("sent_help_sweep41.tsv", 0.88)


def test_a_bad_row_of_the_assistance_table_is_named(monkeypatch, tmp_path):
    from communique.coder.phenomena import assisted_purposes
    assert_bad_row_named(monkeypatch, tmp_path, assisted_purposes, "assistance_table",
                         "rescue\t073\nsearch\tlooking\n", 2)
