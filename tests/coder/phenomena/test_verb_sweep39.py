"""Session 39's wide corpus of wire verbs (tests/fixtures/verb_sweep39.tsv, read by tools/verb_sweep.py): 12-15
sentences for each CAMEO root in different words, and controls, labelled before the coder was run and split in
halves by SHA-1 (A written on, B held out); each half's root accuracy at a floor just below what the coder reached.
Then the families the session added (tests/fixtures/verb_families39.tsv, sentences of their own with controls) and
the switch force_tolls (tests/fixtures/force_tolls.tsv, on and off)."""
from __future__ import annotations

import pytest

from fixture_tables import fixture_rows, project_tool

from ..switch_tables import on_off_table_test


def _main_code(document) -> str:
    return project_tool("verb_sweep").got_code(document)


@pytest.mark.model
@pytest.mark.parametrize("half, floor", [("A", 0.80), ("B", 0.62)])
def test_each_half_of_the_sweep_is_read_at_its_floor(nlp, half, floor):
    sweep = project_tool("verb_sweep")
    rows = [r for r in sweep.sweep_rows() if r[5] == half]
    codes = [sweep.got_code(d) for d in sweep.coded(rows)]
    figures = sweep.figures(rows, codes)
    assert figures["root"] >= floor, figures


@pytest.mark.model
def test_each_family_is_read_with_its_controls(nlp):
    rows = fixture_rows("verb_families39.tsv")
    sweep = project_tool("verb_sweep")
    documents = sweep.coded([("", "", "", text) for _, _, text in rows])
    wrong = [f"{family}: {text}: {_main_code(d)}" for (code, family, text), d in zip(rows, documents)
             if _main_code(d) != code]
    assert len(rows) >= 36 and not wrong, "\n".join(wrong)


test_a_participle_of_force_is_the_toll_of_the_act_of_force = on_off_table_test(
    "force_tolls.tsv", ("force_tolls",), at_least=6, changed_at_least=2, read=_main_code)
