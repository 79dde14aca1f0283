"""Session 38's rows of data/coder_agent_additions.txt (switch `agent_additions`): a monarch's title Phoenix lacks
(EMIR, AMIR, SULTAN) names the state's government, as KING does; a state's security service or agency is its
intelligence service; sentences written for this test (tests/fixtures/monarch_titles.tsv), read with the switch on
and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_monarchs_title_names_the_government = on_off_table_test(
    "monarch_titles.tsv", ("agent_additions",), at_least=11, changed_at_least=9)
