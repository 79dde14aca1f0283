"""Comments whose content tells a view, not an act (session 25, branch statements25), on sentences written for these
tests: the switches `outlook_contents` (an outlook expressed: "expressed hope on Sunday that ...") and
`accorded_views` (a view agreed: "agreed that ... should ...") and `expected_acts` (an act expected of another: "said
it expected Washington and Moscow to hold a summit"), coder/view_comments.py, each table read on and off."""
from __future__ import annotations

import pytest

from fixture_tables import assert_bad_row_named, code_actors, fixture_rows

from .switch_tables import on_off_table_test

SWITCHES = ("outlook_contents", "accorded_views")

test_an_outlook_expressed_takes_precedence_over_the_act_hoped_for = on_off_table_test(
    "outlook_contents.tsv", SWITCHES, at_least=17, changed_at_least=6)
test_a_view_agreed_is_an_accord_not_the_act_it_names = on_off_table_test(
    "accorded_views.tsv", SWITCHES, at_least=14, changed_at_least=9)
test_an_act_expected_of_another_is_a_comment_not_the_expecters_intent = on_off_table_test(
    "expected_acts.tsv", ("expected_acts",), at_least=14, changed_at_least=10)


@pytest.mark.model
def test_each_switch_alone_changes_its_own_rows(nlp, monkeypatch):
    from fixture_tables import coded_rows, communique_without

    outlook, accord = fixture_rows("outlook_contents.tsv"), fixture_rows("accorded_views.tsv")
    communique_without(monkeypatch, "accorded_views")  # the outlook switch alone still reads its table
    assert [code_actors(d) for _, d in coded_rows(outlook)] == [on for _, on, _ in outlook]
    assert [code_actors(d) for _, d in coded_rows(accord)] == [off for _, _, off in accord]


def test_a_bad_row_of_the_view_table_is_named(monkeypatch, tmp_path):
    from communique.coder import view_comments
    assert_bad_row_named(monkeypatch, tmp_path, view_comments, "view_words",
                         "outlook\thope\t013\nagreeing\tagree\t057\n", 2)


def test_the_view_table_names_each_expected_class(monkeypatch, tmp_path):
    from communique.coder import view_comments
    assert_bad_row_named(monkeypatch, tmp_path, view_comments, "view_words",
                         "expecting\texpect\t-\nexpected\tpeace\t013\n", 2)
