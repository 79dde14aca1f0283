"""A verb of considering over an option told by a clause is the codebook's 014 "Consider policy option" (switch
`considered_options`, coder/phenomena/considered_options.py, data/coder_considered_options.tsv). Sentences written for this
test (tests/fixtures/considered_options.tsv), read with the switch on and off; none from an evaluation set or a
census."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.codes import to_internal
from communique.coder.phenomena.considered_options import considered_table


test_an_option_told_by_a_clause_is_a_considered_policy_option = on_off_table_test(
    "considered_options.tsv", ("considered_options",), at_least=24, changed_at_least=12)


def test_the_table_names_verbs_of_considering():
    verbs, marks, code = considered_table()
    assert {"CONSIDERING", "WEIGHING", "PONDERING"} <= verbs and marks == {"WHETHER"} and code == to_internal("014")
