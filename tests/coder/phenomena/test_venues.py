"""The switch `venues` (coder/phenomena/venues.py): the place two or more actors meet or work together in is their
venue, not the recipient; the PLOVER manual's reciprocal CONSULT codes every participant as the actor and no
recipient. Sentences written for this test (tests/fixtures/venues.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows



def test_a_shared_venue_is_no_recipient(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("venues.tsv"), code_dyads, ("venues",),
                            at_least=8, changed_at_least=4)
