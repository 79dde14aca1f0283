"""Force build-ups, readiness, single-country exercises, joint operations, truces accepted and settlements reached
that PETRARCH-2's dictionary is silent on (data/coder_additions.txt, data/event_nouns.tsv, data/coder_deployments.tsv,
data/coder_state_phrases.tsv; tests/fixtures/buildup_gaps.tsv). Sentences written for these tests, read with the
switches on and off (off also with `joint_acts`, session 43, which reads "began joint production" as the two states'
cooperation by its own path)."""
from __future__ import annotations

from fixture_tables import assert_blocks_kept

from .switch_tables import on_off_table_test

test_build_ups_readiness_and_joint_acts_the_dictionary_is_silent_on_are_coded = on_off_table_test(
    "buildup_gaps.tsv", ("additions", "event_nouns", "deployed_forces", "state_phrases", "joint_acts"), at_least=35,
    changed_at_least=20)


def test_the_blocks_given_new_paths_keep_their_own():
    verbs, base = assert_blocks_kept("PUT", "PLACED", "LAUNCHED", "CONDUCTED", "ACCEPTED", "REACHED")
    assert verbs.patterns("START")["*"]["OPERATION"]["#"] == base.patterns("START")["*"]["OPERATION"]["#"]  # 190 kept
    assert verbs.patterns("REACH")["*"]["COMPROMISE"] == base.patterns("REACH")["*"]["COMPROMISE"]  # 037 kept
    assert base.lookup("CONCENTRATED") is None and verbs.lookup("CONCENTRATED") is not None  # a verb of communique's own
