"""A meeting or a visit negated in the past or the perfect is no event, not a refusal (switch `negated_facts`,
coder/phenomena/negated_facts.py). Sentences written for this test (tests/fixtures/negated_facts.tsv), read with the switch
on and off; none from an evaluation set or a census."""
from __future__ import annotations

import pytest
from ..switch_tables import on_off_table_test

from communique.coder.phenomena.negated_facts import reports_no_act


test_a_meeting_negated_in_the_past_is_no_refusal = on_off_table_test(
    "negated_facts.tsv", ("negated_facts",), at_least=14, changed_at_least=7)


@pytest.mark.parametrize("auxiliary, code, expected", [
    ("did", "042", True), ("HAD", "040", True), ("has", "043", True),
    ("will", "042", False), ("would", "040", False), ("did", "087", False), ("did", "0333", False),
    (None, "042", False)])
def test_only_the_past_or_the_perfect_of_a_meeting_reports_no_act(auxiliary, code, expected):
    assert reports_no_act(auxiliary, code) is expected
