"""A text put to adoption blocked is a veto (data/coder_additions_objects.tsv, switch `object_senses`; session 37).
Sentences written for this test (tests/fixtures/blocked_texts.tsv), read on and off; none from an evaluation set or a
census."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_text_blocked_is_a_veto = on_off_table_test(
    "blocked_texts.tsv", ("object_senses",), at_least=8, changed_at_least=3)
