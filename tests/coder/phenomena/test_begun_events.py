"""The switch `begun_events` (coder/phenomena/begun_events.py, data/coder_begun_events.tsv): a verb of beginning an
event that no pattern of its own reads is that event, read by the first verb of holding whose pattern names its
object; a criminal case opened is an investigation. Sentences written for this test (tests/fixtures/begun_events.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_dyads, fixture_rows


def test_an_event_begun_is_that_event(nlp, monkeypatch):
    rows = fixture_rows("begun_events.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("begun_events",), at_least=31, changed_at_least=12)
    assert sum(on == off for _, on, off in rows) >= 16  # the nouns' own verbs, the verbs' own patterns, controls
    assert {on.split()[0] for _, on, off in rows if on != off} <= {"143", "141", "017", "091", "150", "062"}


def test_the_table_names_the_beginning_block_and_the_verbs_of_holding_in_order():
    from communique.coder.phenomena.begun_events import begun_table

    table = begun_table()
    assert table["begin"] == ("START",)
    assert table["hold"] == ("HOLD", "STAGE", "CONDUCT")
    assert "CASE" in table["case"]
    assert {"14", "04"} <= set(table["root"]) and not {"03", "06", "08"} & set(table["root"])


def test_a_bad_row_is_named(monkeypatch, tmp_path):
    from communique.coder.phenomena import begun_events

    assert_bad_row_named(monkeypatch, tmp_path, begun_events, "begun_table", "kind\tword\nbegin\tSTART\nhold\thold\n", 3)
