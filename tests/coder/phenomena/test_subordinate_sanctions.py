"""An authority's acts on those under it (switch `subordinate_sanctions`, data/coder_subordinate_sanctions.tsv):
"police charged the captain with negligence" 173, "sacked the head of the railways corporation" 172, "ordered the
factory to stop production" 172, "told the energy ministry to find out why ..." 010 -- not an accusation, a
disapproval or a demand. Sentences written for this test (tests/fixtures/subordinate_sanctions.tsv), read on and
off; the sweep of session 44 (tests/fixtures/sanction_sweep44.tsv, labelled by hand before the coder was run) read
at its floor."""
from __future__ import annotations

import hashlib

from fixture_tables import assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_an_authoritys_acts_on_those_under_it_are_sanctions_and_statements(nlp, monkeypatch):
    rows = fixture_rows("subordinate_sanctions.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("subordinate_sanctions",), at_least=15, changed_at_least=9)
    assert sum(on == off for _, on, off in rows) >= 6  # the controls


def test_the_sanction_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("sanction_sweep44.tsv", 0.88)


def test_the_sweep_has_a_half_built_on_and_a_half_only_measured():
    rows = fixture_rows("sanction_sweep44.tsv")[1:]
    halves = [int(hashlib.sha1(row[2].encode()).hexdigest()[-1], 16) % 2 for row in rows]
    assert len(rows) >= 40 and 0 < sum(halves) < len(rows)


def test_the_table_gives_verbs_with_their_forms_and_roles():
    from communique.coder.phenomena.subordinate_sanctions import sanction_tables

    tables = sanction_tables()
    assert {"CHARGED", "BOOKED", "SACKED", "TOLD", "INSTRUCTS", "HALTING"} <= tables["charging"] | tables["dismissing"] \
        | tables["directive"] | tables["stopping"]
    assert {"COP", "JUD"} == tables["legal_roles"] and "LICENCE" in tables["permit"] and "17" in tables["material"]
