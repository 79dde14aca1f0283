"""The switch `comparative_clauses` (coder/phenomena/comparative_clauses.py): "as planned", "as expected", "as agreed"
tell no act of their own. Sentences written for this test (tests/fixtures/comparative_clauses.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test

from communique.coder.phenomena.comparative_clauses import comparative_participle
from communique.coder.phrases import phrase_view


test_a_reduced_comparative_clause_tells_no_act = on_off_table_test(
    "comparative_clauses.tsv", ("comparative_clauses",), at_least=12, changed_at_least=3, read=code_dyads)


def test_only_a_subjectless_participle_marked_by_as_is_comparative(nlp):
    doc = nlp("The vote went ahead as planned, as the president had promised.")
    view = phrase_view(next(iter(doc.sents)))
    found = [doc[i].text for i in range(len(doc)) if comparative_participle(i, view)]
    assert found == ["planned"]  # "promised" has its subject, "the president": a promise told
