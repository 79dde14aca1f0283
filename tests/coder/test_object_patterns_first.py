"""A subject-only pattern gives way to an object or PP pattern of the same block written for the clause's verb,
unless that pattern only refines the verb's own code in its root (switch `object_patterns_first`, coder/match.py). Sentences written for this test
(tests/fixtures/object_patterns_first.tsv), on and off; the table's last rows are ones the switch codes worse."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.verb_patterns import PatternPayload, names_object, pattern_sections, subject_only


test_the_object_pattern_written_for_the_verb_names_the_act = on_off_table_test(
    "object_patterns_first.tsv", ("object_patterns_first",), at_least=30, changed_at_least=16)


def test_only_a_pattern_with_nothing_after_its_star_is_subject_only():
    def line(text: str) -> PatternPayload:
        return PatternPayload(192, 0, 1, text)

    assert subject_only(line("- &MILITARY *                    [192]         # TAKE"))
    assert subject_only(line("- {SUICIDE BOMBER} *  [1831]  # ATTACK"))
    assert not subject_only(line("- &MILITARY * {TEAR GAS}   [194]   # FIRE"))
    assert not subject_only(line("- * PART (IN CONFERENCE)   [046]   # TAKE"))
    assert not subject_only(line("- * [192]"))
    assert pattern_sections(line("- FORCES * UP POSITION  [150]  # TAKE")) == ("FORCES", "UP POSITION")


def test_a_bare_preposition_names_no_object():
    def line(text: str) -> PatternPayload:
        return PatternPayload(40, 0, 1, text)

    assert not names_object(line("- * (TO)                [040]         # COME"))
    assert names_object(line("- * (FOR TALKS)          [046:046]     # ARRIVE"))
    assert names_object(line("- * PART                 [030]         # TAKE"))
