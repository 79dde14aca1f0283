"""The switch `foreign_patterns` (coder/foreign_patterns.py): a verb whose dictionary line has its own code keeps it
over a pattern of its block written for another verb ("prosecutors accused ..." is ACCUSE's 112, not the 173 of
`- PROSECUTOR * # CHARGE`); sentences written for this test (tests/fixtures/foreign_patterns.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_verbs_own_code_stands_over_a_pattern_written_for_another_verb(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("foreign_patterns.tsv"), code_dyads, ("foreign_patterns",),
                            at_least=9, changed_at_least=4)


def test_only_a_note_naming_another_verb_of_the_block_makes_a_pattern_foreign():
    from communique.coder.foreign_patterns import foreign_pattern
    from communique.coder.verb_patterns import PatternPayload
    from communique.coder.dictionary import VerbEntry

    class Verbs:
        def lookup(self, form, particles):
            return {"CHARGE": VerbEntry("BLAME", 0x1, 0x1, verb="CHARGE")}.get(form)

    accuse = VerbEntry("BLAME", 0x2, 0x2, verb="ACCUSE", own_code=True)
    charge_pattern = PatternPayload(0x3, 0x3, 1, "- PROSECUTOR * [173] # CHARGE")
    assert foreign_pattern(accuse, charge_pattern, Verbs())
    assert not foreign_pattern(accuse, PatternPayload(0x3, 0x3, 1, "- * TERRORIST [112] # ACCUSE"), Verbs())
    assert not foreign_pattern(accuse, PatternPayload(0x3, 0x3, 1, "- * CRIME [112]  # jw 11/14/91"), Verbs())
    assert not foreign_pattern(VerbEntry("BLAME", 0x1, 0x1, verb="ACCUSE"), charge_pattern, Verbs())  # no own code
