"""The switch `mobilised_forces` extended to threats (coder/phenomena/threatened_parties.py): a threat whose every
target is the threatener's own forces has as its recipient the subject of its "if"/"unless" condition, or none;
sentences written for this test (tests/fixtures/threatened_parties.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_threats_own_forces_give_way_to_the_party_its_condition_names(nlp, monkeypatch):
    rows = fixture_rows("threatened_parties.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("mobilised_forces",), at_least=13, changed_at_least=7)
    assert sum(on == off for _, on, off in rows) >= 6  # the controls
    for _, on, off in rows:
        if on != off:  # only the threat's target changed: off, it was the threatener's own country (X>X)
            threat_on, threat_off = on.split("; ")[0].split(), off.split("; ")[0].split()
            source, target = threat_off[1].split(">")
            assert threat_on[:1] == threat_off[:1] and threat_on[1].split(">")[0] == source == target
