"""The object-senses rows of a hazard or a social ill fought (data/coder_additions_objects.tsv, phenomenon (13);
switch `object_senses`): "to fight the fires", "to help fight the outbreak", "vowed to fight corruption" are no force
against anyone, as CAMEO.2.0.txt's FIGHT block itself nulls corruption, crime and violence; sentences written for this
test (tests/fixtures/fought_hazards.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_hazard_or_a_social_ill_fought_is_no_force(nlp, monkeypatch):
    rows = fixture_rows("fought_hazards.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("object_senses",), at_least=7, changed_at_least=3)
    assert not any(on.startswith(("19", "138")) for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # armed actors fought, a blaze with no actor
