"""The switch `mobilised_forces` extended to threats and purposes (coder/phenomena/aimed_parties.py): a threat whose
every target is the threatener's own forces has as its recipient the subject of its "if"/"unless" condition, or none,
and a mobilisation's the object of its purpose;
sentences written for this test (tests/fixtures/aimed_parties.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_threats_or_a_mobilisations_own_forces_give_way_to_the_party_aimed_at(nlp, monkeypatch):
    rows = fixture_rows("aimed_parties.tsv")
    # condition_addressees (session 40) reads the party of a threat's condition by another road ("threatened to deploy
    # its navy if Chilean warships entered its waters": CHL), so the off reading has both off
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("mobilised_forces", "condition_addressees"), at_least=28,
                            changed_at_least=11)  # two rows at home are the home state's either way (home_deployments, session 42)
    assert sum(on == off for _, on, off in rows) >= 13  # the controls
    for _, on, off in rows:
        if on != off:  # only the first event's target changed, from the actor's own (or an unnamed force's)
            first_on, first_off = on.split("; ")[0].split(), off.split("; ")[0].split()
            source, target = first_off[1].split(">")
            assert first_on[0] == first_off[0] and first_on[1].split(">")[0] == source
            assert target in (source, "---")
