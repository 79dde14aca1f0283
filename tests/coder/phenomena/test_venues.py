"""The switch `venues` (coder/phenomena/venues.py): the place two or more actors meet or work together in is their
venue, not the recipient; the PLOVER manual's reciprocal CONSULT codes every participant as the actor and no
recipient. Sentences written for this test (tests/fixtures/venues.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test



test_a_shared_venue_is_no_recipient = on_off_table_test(
    # off with self_recipients too, which also takes out a venue in one party's own country (Berlin, Hanoi)
    "venues.tsv", ("venues", "self_recipients"), at_least=8, changed_at_least=4, read=code_dyads)
