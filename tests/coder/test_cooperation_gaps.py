"""Acts of cooperation, aid and concession (CAMEO roots 03-08) that PETRARCH-2's dictionary is silent on or files
under another code: negotiating and mediating, armed forces disbanded, aid workers let in, joint
patrols and exercises, demands yielded to, aid pledged by its amount (data/coder_additions.txt,
data/coder_named_senses.tsv, data/coder_additions_objects.tsv, coder/phenomena/aid_kinds.py;
tests/fixtures/cooperation_gaps.tsv; off also with `joint_acts`, session 43, which reads "Russia and Belarus
conducted joint military exercises" as their cooperation by its own path). Sentences written for these tests, read with the switches on and off."""
from __future__ import annotations

from fixture_tables import assert_blocks_kept

from .switch_tables import on_off_table_test

test_cooperative_acts_the_dictionary_is_silent_on_are_coded = on_off_table_test(
    "cooperation_gaps.tsv", ("additions", "named_senses", "object_senses", "aid_kinds", "joint_acts"), at_least=30,
    changed_at_least=20)


def test_the_blocks_given_new_paths_keep_their_own():
    verbs, base = assert_blocks_kept("CONDUCTED", "ALLOWED", "PERMITTED", "UNBLOCKED", "RESTORED", "WITHDREW")
    assert verbs.patterns("RE_ESTABLISH")["*"]["TIES"] == base.patterns("RE_ESTABLISH")["*"]["TIES"]  # 050 kept
    assert "WEBSITE" in verbs.patterns("UNBLOCK")["*"] and "*" not in base.patterns("UNBLOCK")  # base: `- FORCE *` only
