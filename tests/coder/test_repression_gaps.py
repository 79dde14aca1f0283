"""Acts of coercion, repression and violence (CAMEO roots 17-20) that PETRARCH-2's dictionary is silent on or reads
in another sense: executions, jammed broadcasts, blocked websites and social media, citizenship revoked, candidates
disqualified, torture inflicted, annexation, beatings with batons, killings "to death", chemical weapons used
(data/coder_additions.txt, data/coder_refiled_verbs.tsv; tests/fixtures/repression_gaps.tsv). Sentences written for
these tests, read with the switches on and off."""
from __future__ import annotations

from fixture_tables import assert_blocks_kept
from .switch_tables import on_off_table_test



test_repressive_acts_the_dictionary_is_silent_on_are_coded = on_off_table_test(
    "repression_gaps.tsv", ("additions", "refiled_verbs"), at_least=30, changed_at_least=25)


def test_the_blocks_given_new_paths_keep_their_own():
    verbs, base = assert_blocks_kept("BLOCKED", "REVOKED", "USED", "STRIPPED")
    assert verbs.patterns("EXCLUDE")["*"]["TRANSMISSION"] == base.patterns("EXCLUDE")["*"]["TRANSMISSION"]
    assert "ACCESS" in verbs.patterns("EXCLUDE")["*"] and "ACCESS" not in base.patterns("EXCLUDE")["*"]
    for form in ("EXECUTED", "JAMMED", "DISQUALIFIED", "SUBJECTED"):  # verbs CAMEO.2.0 lacks
        assert base.lookup(form) is None and verbs.lookup(form).meaning.startswith("COMMUNIQUE_")
