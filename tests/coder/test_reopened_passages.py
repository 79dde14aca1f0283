"""A port, an airport or an airspace reopened is a yielding act (CAMEO 080; 081 for an airspace), new paths of
RE_ESTABLISH in data/coder_additions.txt; sentences written for this test (tests/fixtures/reopened_passages.tsv),
read with the additions on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_reopened_passages_yield = on_off_table_test(
    "reopened_passages.tsv", ("additions",), at_least=15, changed_at_least=10)
