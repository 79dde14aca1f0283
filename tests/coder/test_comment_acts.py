"""CAMEO's comment acts (session 23, branch comment23), on sentences written for these tests: the switch
`comment_acts` (coder/comment_acts.py: a verb of acknowledging or denying takes precedence over the act its content
clause tells; tests/fixtures/comment_acts.tsv, read on and off), and the comment rows of data/coder_additions.txt
(wreaths, silences, sympathy, condolences, grief and views shared; tests/fixtures/comment_additions.tsv)."""
from __future__ import annotations

import pytest

from fixture_tables import (assert_bad_row_named, assert_rows_read, code_actors, coded_rows, communique_without,
                            fixture_rows, rows_changed_without)

from .switch_tables import on_off_table_test

ADDITION_ROWS = fixture_rows("comment_additions.tsv")


test_a_comment_verb_takes_precedence_over_its_content = on_off_table_test(
    "comment_acts.tsv", ("comment_acts",), at_least=18, changed_at_least=8)


@pytest.mark.model
def test_wreaths_silences_condolences_and_shared_views_are_comment_acts(nlp, monkeypatch):
    assert_rows_read(ADDITION_ROWS, at_least=15, controls_at_least=5)
    changed = rows_changed_without(monkeypatch, ADDITION_ROWS, "additions")  # the dictionary alone: no comment act
    assert len(changed) == sum(kind != "control" for _, _, kind in ADDITION_ROWS), changed


def test_a_bad_row_of_the_comment_table_is_named(monkeypatch, tmp_path):
    from communique.coder import comment_acts
    assert_bad_row_named(monkeypatch, tmp_path, comment_acts, "comment_verbs", "deny\t016\nadmit\t190\n", 2)


test_a_speakers_own_outlook_is_an_optimistic_or_pessimistic_comment = on_off_table_test(
    "outlook_comments.tsv", ("outlook_comments",), at_least=12, changed_at_least=8)


@pytest.mark.model
def test_a_statement_refused_is_a_declined_comment(nlp, monkeypatch):
    rows = fixture_rows("declined_comments.tsv")
    wrong = [f"{text}: {code_actors(d)}" for (text, reading, _), d in coded_rows(rows) if code_actors(d) != reading]
    assert not wrong, "\n".join(wrong)
    communique_without(monkeypatch, "additions")  # the mood table is the additions': refused, a statement is 010
    refused = [(text, d) for (text, _, kind), d in coded_rows(rows) if kind.startswith("statement refused")]
    assert len(refused) >= 5 and all(code_actors(d).startswith("010 ") for _, d in refused)


def test_a_bad_row_of_the_outlook_table_is_named(monkeypatch, tmp_path):
    from communique.coder import comment_acts
    assert_bad_row_named(monkeypatch, tmp_path, comment_acts, "outlook_adjectives", "hopeful\t013\nsad\t018\n", 2)


@pytest.mark.model
def test_a_comment_other_than_015_and_016_has_no_plover_type(nlp):
    from dataclasses import replace

    from communique.coder.profiles import Profile
    from communique.plover_conventions import plover_in_profile

    rows = fixture_rows("plover_comments.tsv")
    without = replace(Profile.named("communique"), plover_comments=False)
    wrong = []
    for (text, code, on, off), document in coded_rows(rows):
        found = [e for e in document.events if e.cameo["code"] == code]
        if not found or (found[0].plover["type"] or "-") != on \
                or (plover_in_profile(code, "say", without)["type"] or "-") != off:
            wrong.append(f"{text}: {[(e.cameo['code'], e.plover['type']) for e in document.events]}")
    assert not wrong, "\n".join(wrong)
    assert len(rows) >= 9 and sum(on != off for _, _, on, off in rows) >= 6
