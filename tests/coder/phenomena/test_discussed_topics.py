"""The switch `discussed_topics` (coder/phenomena/discussed_topics.py): what two or more parties discuss is no
recipient of their consultation. Sentences written for this test (tests/fixtures/discussed_topics.tsv), read on and
off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_the_matter_several_parties_discuss_is_no_recipient = on_off_table_test(
    "discussed_topics.tsv", ("discussed_topics",), at_least=11, changed_at_least=6)
