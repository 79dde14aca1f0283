"""Tests of a switch's sentence table, made by one call: a test module names what is its own (the table, the switch,
how many rows) and assigns the test to a `test_` name, so the same test is not written out again in each module:

    test_a_comment_verb_takes_precedence_over_its_content = on_off_table_test(
        "comment_acts.tsv", ("comment_acts",), at_least=18, changed_at_least=8)

pytest collects each under the name it is assigned to. The assertions are fixture_tables.py's."""
from __future__ import annotations

import pytest

from fixture_tables import (assert_each_row_needs_the_switch, assert_the_on_off_table, assert_the_table_is_coded,
                            code_actors, fixture_rows)


def on_off_table_test(fixture: str, switches: tuple[str, ...], *, at_least: int, changed_at_least: int, read=None):
    """The test of tests/fixtures/<fixture>, a table of (text, read with the switches on, read with them off):
    `assert_the_on_off_table` with `read` (code_actors unless given), at least `at_least` rows and
    `changed_at_least` rows the switches change. It loads the spaCy model (marked `model`)."""
    def test(nlp, monkeypatch):
        assert_the_on_off_table(monkeypatch, fixture_rows(fixture), read or code_actors, switches,
                                at_least=at_least, changed_at_least=changed_at_least)
    test.__doc__ = f"tests/fixtures/{fixture} is read as it says with {', '.join(switches)} on and off."
    return pytest.mark.model(test)


def switch_table_tests(rows, wrong, switch: str, overlapping: tuple[str, ...] = ()):
    """The two tests of a switch's table whose rows are coded otherwise without it: `rows()` gives the rows,
    `wrong(rows, documents)` a message for each row coded otherwise than it says. The first test: the table is
    coded as it says (`assert_the_table_is_coded`); the second: with `switch` off (and the `overlapping` switches
    that code some rows the same way by another road), every row is coded otherwise
    (`assert_each_row_needs_the_switch`). Assign them to `test_the_table` and
    `test_each_row_is_coded_otherwise_with_the_switch_off`. Both load the spaCy model (marked `model`)."""
    def test_the_table(nlp):
        assert_the_table_is_coded(rows(), wrong)

    def test_each_row_is_coded_otherwise_with_the_switch_off(nlp, monkeypatch):
        assert_each_row_needs_the_switch(monkeypatch, rows(), wrong, switch, overlapping)
    test_the_table.__doc__ = f"The table of `{switch}` is coded as it says."
    test_each_row_is_coded_otherwise_with_the_switch_off.__doc__ = \
        f"With `{switch}` off every row of its table is coded otherwise."
    return pytest.mark.model(test_the_table), pytest.mark.model(test_each_row_is_coded_otherwise_with_the_switch_off)
