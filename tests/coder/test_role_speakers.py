"""The switch `role_speakers` (coder/adapter.py): a statement addressed to no one whose speaker is named only by
its role ("the ministry said", "a police spokesman said": a sector, no country) is kept as the sentence's only
event, as one by a named country is (`targetless_statements`). Sentences written for this test
(tests/fixtures/role_speakers.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_statement_by_a_speaker_named_by_role_is_kept = on_off_table_test(
    "role_speakers.tsv", ("role_speakers",), at_least=15, changed_at_least=10, read=code_dyads)
