"""The act an authority commands or enacts is that act, done by the one commanding it (switch `commanded_acts`,
data/coder_commanded_acts.tsv): "signed a decree dismissing 40 commanders" 172, "ordered the demolition of a hotel"
1712, "declared the towns a disaster zone" 073, not the order's 100, the decree's 010 or the law's 080.
Sentences written for this test (tests/fixtures/commanded_acts.tsv), read on and off; the sweep of session 42
(tests/fixtures/commanded_acts_sweep42.tsv, labelled by hand before the coder was run) read at its floor."""
from __future__ import annotations

import hashlib

from fixture_tables import assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_commanded_and_enacted_acts_are_the_commanders_acts(nlp, monkeypatch):
    rows = fixture_rows("commanded_acts.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("commanded_acts",), at_least=13, changed_at_least=7)
    assert sum(on == off for _, on, off in rows) >= 5  # the controls and the known miss


def test_the_commanded_acts_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("commanded_acts_sweep42.tsv", 0.82)


def test_the_sweep_has_a_half_built_on_and_a_half_only_measured():
    rows = fixture_rows("commanded_acts_sweep42.tsv")[1:]
    halves = [int(hashlib.sha1(row[2].encode()).hexdigest()[-1], 16) % 2 for row in rows]
    assert len(rows) >= 40 and 0 < sum(halves) < len(rows)


def test_the_table_gives_senses_nouns_and_enactments():
    from communique.coder.phenomena.commanded_acts import commanded_sense, commanded_tables

    tables = commanded_tables()
    assert {"ORDER", "DECREED", "INSTRUCTS"} <= tables["directive"]
    assert {"SIGNED", "PASSED", "ISSUES"} <= tables["enacting"] and {"DECREE", "LAW"} <= tables["enactment"]
    assert dict(tables["noun"])["DEMOLITION"] == "1712" and ("DISASTER", "ZONE") in tables["declared"]
    assert commanded_sense("CLOSED")[0] == commanded_sense("SHUT")[0] and commanded_sense("SAID") is None
