"""Acts of protest, force posture and reduced relations (CAMEO roots 14-16) that PETRARCH-2's dictionary is silent on
or files under another code: marches and strikes joined, tools downed, food refused, roads blockaded, barricades
erected, shows of force, talks broken off, mediators withdrawn, aid workers expelled (data/coder_additions.txt,
data/coder_additions_objects.tsv; tests/fixtures/protest_posture_gaps.tsv). Sentences written for these tests, read
with the switches on and off."""
from __future__ import annotations

from fixture_tables import assert_blocks_kept
from .switch_tables import on_off_table_test



test_protest_and_posture_acts_the_dictionary_is_silent_on_are_coded = on_off_table_test(
    "protest_posture_gaps.tsv", ("additions", "object_senses"), at_least=35, changed_at_least=20)


def test_the_blocks_given_new_paths_keep_their_own():
    verbs, base = assert_blocks_kept("STAGED", "HELD", "ERECTED", "BUILT", "JOINED", "BROKE", "WITHDREW", "EXPELLED")
    assert verbs.patterns("ASSEMBLE")["*"]["PROTEST"] == base.patterns("ASSEMBLE")["*"]["PROTEST"]  # 110 kept
    assert verbs.patterns("CONFINE")["*"]["VIGIL"] == base.patterns("CONFINE")["*"]["VIGIL"]  # 017 kept
    assert base.lookup("DOWNED") is None and verbs.lookup("DOWNED") is not None  # a verb of communique's own
