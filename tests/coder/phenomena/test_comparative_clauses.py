"""The switch `comparative_clauses` (coder/phenomena/comparative_clauses.py): "as planned", "as expected", "as agreed"
tell no act of their own. Sentences written for this test (tests/fixtures/comparative_clauses.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

from communique.coder.phenomena.comparative_clauses import comparative_participle
from communique.coder.phrases import phrase_view


def test_a_reduced_comparative_clause_tells_no_act(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("comparative_clauses.tsv"), code_dyads,
                            ("comparative_clauses",), at_least=12, changed_at_least=3)


def test_only_a_subjectless_participle_marked_by_as_is_comparative(nlp):
    doc = nlp("The vote went ahead as planned, as the president had promised.")
    view = phrase_view(next(iter(doc.sents)))
    found = [doc[i].text for i in range(len(doc)) if comparative_participle(i, view)]
    assert found == ["planned"]  # "promised" has its subject, "the president": a promise told
