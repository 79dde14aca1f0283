"""Session 46's acts of yielding (CAMEO root 08): the switch `conceded_acts` (coder/phenomena/conceded_acts.py), an
act told as yielding to another's pressure or demands is the yielding, 0831 or 0832 (tests/fixtures/conceded_acts.tsv,
read on and off); the switch `let_go_releases` (coder/phenomena/let_go_releases.py), LET with GO is a release, 0841
(tests/fixtures/let_go_releases.tsv, on and off); and the two sweeps of session 46, labelled by hand before the coder
was run (tests/fixtures/yield_sweep46.tsv, concession_sweep46.tsv), scored as the wire censuses are, at their
floors."""
from __future__ import annotations

import hashlib

from fixture_tables import assert_bad_row_named, assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_an_act_told_as_yielding_is_the_yielding(nlp, monkeypatch):
    rows = fixture_rows("conceded_acts.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("conceded_acts",), at_least=10, changed_at_least=5)
    assert all(on.split()[0] in ("0831", "0832") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # force, sanctions on a third state, a reaction, an arrest


def test_let_with_go_is_a_release(nlp, monkeypatch):
    rows = fixture_rows("let_go_releases.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("let_go_releases",), at_least=3, changed_at_least=2)
    assert all(on.startswith("0841 ") for _, on, off in rows if on != off)


def test_the_yield_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("yield_sweep46.tsv", 0.82)


def test_the_concession_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("concession_sweep46.tsv", 0.78)


def test_the_sweeps_have_a_half_built_on_and_a_half_only_measured():
    for name in ("yield_sweep46.tsv", "concession_sweep46.tsv"):
        rows = fixture_rows(name)[1:]
        halves = [int(hashlib.sha1(row[2].encode()).hexdigest()[-1], 16) % 2 for row in rows]
        assert len(rows) >= 24 and 0 < sum(halves) < len(rows)


def test_the_concession_table_gives_each_kind():
    from communique.coder.phenomena.conceded_acts import concession_words

    words = concession_words()
    assert {"bow", "yield"} <= words["yield"] and {"meet", "heed"} <= words["heed"]
    assert {"pressure", "insistence", "demand"} <= words["demand"] and "request" not in words["demand"] and {"dismiss", "sack"} <= words["leader"]


def test_a_bad_row_of_the_concession_table_is_named(monkeypatch, tmp_path):
    from communique.coder.phenomena import conceded_acts
    assert_bad_row_named(monkeypatch, tmp_path, conceded_acts, "concession_words", "bow\tyield\npressure\tnoun\n", 2)
