"""Session 38's rows of data/coder_owned_role_agents.txt (switch `owned_roles`): a monarch's title Phoenix lacks
(EMIR, AMIR, SULTAN) names the government of the state its phrase names, as KING does; a state's security service or
agency is its intelligence service; with no state named, no actor. Sentences written for this test
(tests/fixtures/monarch_titles.tsv), read with the switch on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_monarchs_title_names_the_government = on_off_table_test(
    "monarch_titles.tsv", ("owned_roles",), at_least=13, changed_at_least=9)
