"""The actors of a side the document fills. A coordinated phrase read as one record per conjunct does not list a
conjunct's actor twice on its side (coder/side_actors.py `without_siblings_actors`): "Colombia's government and the
rebels" is COLGOV and COLREB, not COLGOV, COLREB and COLGOV again from the document's reading of the whole phrase
(tests/fixtures/sibling_actors.tsv). And an act of force whose target the document fills with its own source
keeps the engine's reading of the target (tests/fixtures/own_source_fills.tsv). Sentences written for these tests."""
from __future__ import annotations

from fixture_tables import assert_the_table_is_coded, code_actors, coded_rows, fixture_rows


def test_the_table_of_coordinated_sides(nlp):
    rows = fixture_rows("sibling_actors.tsv")
    assert_the_table_is_coded(rows, lambda rows, documents: [
        f"{text}: {code_actors(d)}" for (text, want), d in zip(rows, documents) if code_actors(d) != want], at_least=9)


def test_no_side_names_one_actor_code_twice(nlp):
    for (text, _), document in coded_rows(fixture_rows("sibling_actors.tsv")):
        for event in document.events:
            for side in (event.source, event.target):
                codes = [r.code for r in side]
                names = [(r.code, r.name) for r in side]
                assert len(set(codes)) == len(codes) or len(set(names)) == len(names), text


def test_a_target_filled_with_the_source_alone_in_an_act_of_force(nlp, monkeypatch):
    """tests/fixtures/own_source_fills.tsv: the third column is the reading without the rule (adapter.py
    `_filled_as_own_source` answering no)."""
    from communique.coder import adapter

    rows = fixture_rows("own_source_fills.tsv")
    assert sum(on != off for _, on, off in rows) >= 4
    got = [code_actors(d) for _, d in coded_rows(rows)]
    assert got == [on for _, on, _ in rows]
    monkeypatch.setattr(adapter, "_filled_as_own_source", lambda *args: False)
    assert [code_actors(d) for _, d in coded_rows(rows)] == [off for _, _, off in rows]
