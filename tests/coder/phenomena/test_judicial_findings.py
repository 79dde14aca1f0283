"""The switch `judicial_findings` (coder/phenomena/judicial_findings.py): RULE with a content clause is a ruling --
a finding against a party (116) where the content finds it at fault, else a pronouncement (010) -- not RULE's
governing sense (060), and a court's order to pay is a finding of liability (116); sentences written for this test (tests/fixtures/judicial_findings.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_ruling_that_finds_a_party_at_fault_is_a_finding_against_it(nlp, monkeypatch):
    rows = fixture_rows("judicial_findings.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("judicial_findings",), at_least=17, changed_at_least=10)
    assert all(off.startswith("060 ") or "; 060 " in off or (on.startswith("116 ") and off.startswith("10"))
               for _, on, off in rows if on != off)  # a ruling's 060, or a court's order to pay (10x, session 35)
    assert sum(on.startswith("116 ") for _, on, off in rows if on != off) >= 6
    assert sum(on == off for _, on, off in rows) >= 7  # RULE's own patterns, governing, FIND, SAY, a participle
