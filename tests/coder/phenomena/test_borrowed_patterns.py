"""A verb of accusing keeps its own code over a pattern of its block written for a verb of legal action, and a verb
of arrest over one written for a verb of taking by force (switch `borrowed_patterns`,
coder/phenomena/borrowed_patterns.py, data/coder_borrowed_patterns.tsv). Sentences written for this test
(tests/fixtures/borrowed_patterns.tsv), read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

import pytest
from ..switch_tables import on_off_table_test

from communique.coder.phenomena.borrowed_patterns import own_code_over, pattern_verbs, refused_pattern_verbs
from communique.coder.codes import to_internal
from communique.coder.dictionary import VerbEntry


test_prosecutors_accusing_is_an_accusation_not_a_charge = on_off_table_test(
    "borrowed_patterns.tsv", ("borrowed_patterns",), at_least=36, changed_at_least=20)


def test_a_pattern_s_comment_names_the_verbs_it_was_written_for():
    assert pattern_verbs("- PROSECUTOR *        [173]         # CHARGE") == ("CHARGE",)
    assert pattern_verbs("- * {&WEAPON ATTACK}  [138]         # CALL , CALL") == ("CALL",)
    assert pattern_verbs("- * (OF BASES)        [0874]        # PULLED_OUT") == ("PULLED_OUT",)
    assert pattern_verbs("- * DINNER [043]") == ()


ACCUSE = VerbEntry("BLAME", to_internal("112"), 0, "ACCUSE", 1, "test", own_code=True)
CHARGE = VerbEntry("BLAME", to_internal("112"), 0, "CHARGE", 2, "test", own_code=False)
ARREST = VerbEntry("APPREHEND", to_internal("173"), 0, "ARREST", 3, "test", own_code=True)
RETALIATE = VerbEntry("PHYSICAL_CONFLICT", to_internal("190"), 0, "RETALIATE", 4, "test", own_code=False)
CALL_OFF = VerbEntry("CANCEL", to_internal("160"), 0, "+CALL_OFF", 5, "test", own_code=True)


@pytest.mark.parametrize("entry, text, code, expected", [
    (ACCUSE, "- PROSECUTOR * [173] # CHARGE", "173", "112"),      # a legal act's pattern: the verb's own code
    (ACCUSE, "- * (OF &CRIME) [173] # CONVICT", "173", "112"),
    (ACCUSE, "- * (WITH MURDER) [1121] # CHARGE", "1121", None),  # the same category refines it
    (ACCUSE, "- * KILLING [111] # CONDEMN", "111", None),         # a verb the table does not list
    (ACCUSE, "- * COUP [173]", "173", None),                      # no verb named
    (CHARGE, "- PROSECUTOR * [173] # CHARGE", "173", None),       # the legal verb itself
    (ARREST, "- &MILITARY * [192] # TAKE", "192", "173"),         # a taking of a place: the arrest's own code
    (ARREST, "- * MEMBERS [181] # CAPTURE", "181", "173"),        # an abduction
    (ARREST, "- * &WEAPON [1711] # SEIZE", "1711", None),         # the same category (17) refines it
    (ARREST, "- * JOURNALIST [175] # ARREST", "175", None),       # the verb's own pattern
    (RETALIATE, "- * (FOR) [111] # ATTACK", "111", "190"),       # a verbal attack's pattern: the block's code
    (RETALIATE, "- * POSITIONS [193] # HIT", "193", None),        # the same category (19) refines it
    (CALL_OFF, "- * MEETING [040] # END", "040", "160"),          # a meeting held: refused, root 04 (END:04)
    (CALL_OFF, "- * VISIT [042:043] # CONCLUDE", "042", "160"),
    (CALL_OFF, "- * BLOCKADE [087] # END", "087", None),          # END's easing fits: only its root 04 is refused
    (CALL_OFF, "- * TALKS [164:164] # END", "164", None),         # the verb's own root (16) refines it
])
def test_only_a_listed_verb_s_pattern_of_another_category_gives_way(entry, text, code, expected):
    found = own_code_over(entry, text, to_internal(code))
    assert found == (to_internal(expected) if expected else None)


def test_the_table_lists_verbs_of_accusing_of_arrest_and_of_force():
    assert {"ACCUSE", "BLAME", "APPREHEND", "ARREST", "RETALIATE"} <= set(refused_pattern_verbs())
    assert {"ATTACK", "CLASH", "STRIKE"} <= set(refused_pattern_verbs()["RETALIATE"])
    assert {"TAKE", "SEIZE", "CAPTURE"} <= set(refused_pattern_verbs()["ARREST"])
    assert refused_pattern_verbs()["CALL_OFF"] == {"END": frozenset({"04"}), "CONCLUDE": frozenset({"04"})}
