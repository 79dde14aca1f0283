"""The switch `slash_alternatives` (coder/verb_patterns.py `slash_alternatives`, read by dictionary_reader.py): a
pattern word CAMEO.2.0.txt writes with slashes (`(BY/WITH SANCTIONS)`) is read as its alternatives in the profile
communique; PETRARCH-2 keeps it one word that never matches. Sentences written for this test
(tests/fixtures/slash_alternatives.tsv), read on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.dictionary import load_verb_dictionary
from communique.coder.verb_patterns import slash_alternatives


def test_a_slashed_word_is_read_as_each_of_its_alternatives():
    assert slash_alternatives("- * (BY/WITH SANCTIONS)") == ["- * (BY SANCTIONS)", "- * (WITH SANCTIONS)"]
    assert slash_alternatives("-  BOMBING/EXPLOSION * (TO/FOR X)") == [
        "-  BOMBING * (TO X)", "-  BOMBING * (FOR X)", "-  EXPLOSION * (TO X)", "-  EXPLOSION * (FOR X)"]
    assert slash_alternatives("- * {MOCK TARGET}") == ["- * {MOCK TARGET}"]


def test_the_compiled_dictionary_holds_the_alternatives_only_with_the_switch():
    read, whole = load_verb_dictionary(slash_alternatives=True), load_verb_dictionary()
    block = read.lookup("HIT").meaning  # HIT's block, PHYSICAL_CONFLICT
    pps = read.patterns(block)["*"]["|"]
    assert "SANCTIONS" in pps["BY"]["-"] and "SANCTIONS" in pps["WITH"]["-"] and "BY/WITH" not in pps
    assert "SANCTIONS" in whole.patterns(block)["*"]["|"]["BY/WITH"]["-"]


# crowd_gatherings off too in the off column: a crowd's gathering is also its 141 ("Thousands gathered for
# protest"), which would hide what GATHER's own (TO/FOR PROTEST) pattern does when its slash is read
test_hit_with_sanctions_is_a_sanction = on_off_table_test(
    "slash_alternatives.tsv", ("slash_alternatives", "crowd_gatherings"), at_least=12, changed_at_least=6)
