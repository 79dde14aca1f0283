"""The switch `stated_contents` (coder/phenomena/stated_contents.py, session 23, branch facts23) on sentences
written for this test (tests/fixtures/stated_contents.tsv): a statement whose content is dropped stays the
speaker's statement (010, no target); contents that are acts between actors keep their codes; off, the statements
are lost with their contents, as PETRARCH-2 loses them. And the rows of data/coder_additions.txt for refugees
hosted (tests/fixtures/hosted_refugees.tsv): a figure stated, not a visit hosted."""
from __future__ import annotations

from fixture_tables import assert_rows_read, code_actors, coded_rows, communique_without, fixture_rows

ROWS = fixture_rows("stated_contents.tsv")


def test_a_statement_of_a_dropped_content_stays_a_statement(nlp, monkeypatch):
    # the contents here are dropped for want of an actor; named_subjects keeps a named one ("Khan had not spoken to
    # Modi": then a negated SPEAK, 011 by PETRARCH-2's arithmetic, a known loss noted in docs/evaluation.md)
    communique_without(monkeypatch, "named_subjects")
    assert_rows_read(ROWS, at_least=12, controls_at_least=6)


def test_off_the_statements_are_lost_and_the_controls_unchanged(nlp, monkeypatch):
    communique_without(monkeypatch, "stated_contents", "named_subjects")
    for (text, reading, kind), d in coded_rows(ROWS):
        if kind.startswith("control"):
            assert code_actors(d) == reading, text
        else:
            assert reading.startswith("010 ") and code_actors(d) == "none", text


def test_petrarch2_keeps_no_targetless_statement(nlp):
    for (text, reading, kind), d in coded_rows(ROWS, profile="petrarch2"):
        if not kind.startswith("control"):
            assert code_actors(d) == "none", text


HOSTED = fixture_rows("hosted_refugees.tsv")


def test_refugees_hosted_are_no_visit(nlp):
    assert_rows_read(HOSTED, at_least=10, controls_at_least=4)


def test_the_hosting_rows_are_the_additions_own(nlp, monkeypatch):
    # without the additions HOST's block codes the refugees a visit hosted (043)
    communique_without(monkeypatch, "additions")
    for (text, reading, kind), d in coded_rows(HOSTED):
        if not kind.startswith("control"):
            assert "043" in code_actors(d) and code_actors(d) != reading, text
