"""Statements, accusations, rejections and threats (CAMEO roots 01 and 09-13) that PETRARCH-2's dictionary is
silent on or files under another code: threats and warnings read by the sanction or force they name, accusations
and condemnation faced, responsibility admitted, protests filed, fingers pointed, railing against, balking at,
defying, rebuffing and decrying, insisting on talks or a release, a demand to lift sanctions (data/coder_additions.txt,
data/coder_named_senses.tsv, data/coder_additions_composition.tsv; tests/fixtures/verbal_conflict_gaps.tsv).
Sentences written for these tests, read with the switches on and off."""
from __future__ import annotations

from fixture_tables import assert_blocks_kept
from .switch_tables import on_off_table_test



test_verbal_conflict_the_dictionary_is_silent_on_is_coded = on_off_table_test(
    "verbal_conflict_gaps.tsv", ("additions", "named_senses"), at_least=30, changed_at_least=20)


def test_the_blocks_given_new_paths_keep_their_own():
    verbs, base = assert_blocks_kept("THREATENED", "WARNED", "FACED", "ADMITTED", "FILED", "POINTED")
    assert verbs.patterns("FILE")["*"]["COMPLAINT"] == base.patterns("FILE")["*"]["COMPLAINT"]  # 114 kept
    assert "SANCTIONS" in verbs.patterns("THREATEN")["*"] and not base.patterns("THREATEN")  # base: no pattern
