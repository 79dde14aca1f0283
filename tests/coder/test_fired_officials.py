"""FIRE with an object of office is a dismissal (data/coder_additions_objects.tsv, switch `object_senses`), not FIRE's
shooting. Sentences written for this test (tests/fixtures/fired_officials.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_an_official_fired_is_dismissed_not_shot(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("fired_officials.tsv"), code_actors, ("object_senses",),
                            at_least=8, changed_at_least=4)
