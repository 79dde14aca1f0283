"""A hijacking is the codebook's 181 "Abduct, hijack, or take hostage", not the 171 of the block CAMEO.2.0 files HIJACK
under (data/coder_named_senses.tsv, switch `named_senses`). Sentences written for this test
(tests/fixtures/hijackings.tsv), read with the switch on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_a_ship_a_plane_or_a_convoy_hijacked_is_a_hijacking = on_off_table_test(
    "hijackings.tsv", ("named_senses",), at_least=8, changed_at_least=4)
