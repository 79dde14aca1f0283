"""The census tools' `--counts`: how a census's losses fall, counted, without a sentence or an actor in the lines
(tools/wire_census.py `confusion_counts`, tools/plover_census.py `loss_counts`); losses made up here."""
from __future__ import annotations

from fixture_tables import project_tool


def test_the_wire_confusions_are_counted_without_the_sentences():
    wire = project_tool("wire_census")
    losses = [{"sentence": "Ruritania's army shelled the border town.", "gold": "material conflict", "code": "195",
               "got": "verbal conflict", "got_code": "111", "cause": "class"},
              {"sentence": "Ruritania's army bombed the port.", "gold": "material conflict", "code": "195",
               "got": "verbal conflict", "got_code": "112", "cause": "class"},
              {"sentence": "The minister spoke.", "gold": "statement/appeal", "code": "010",
               "got": "(no event)", "got_code": None, "cause": "no event: other drop",
               "drops": ["drop: no source"]}]
    lines = wire.confusion_counts(losses)
    assert lines[0] == (2, "material conflict -> verbal conflict (class)")
    assert (1, "statement/appeal -> (no event) (no event: other drop)") in lines
    assert (1, "no event, the trace's drop: drop: no source") in lines
    assert (2, "root 19 -> 11") in lines and (1, "root 01 -> --") in lines
    assert not any("Ruritania" in line or "minister" in line for _, line in lines)


def test_the_plover_losses_are_counted_without_the_sentences_or_actors():
    plover = project_tool("plover_census")
    losses = [{"sentence": "Ruritania accused Freedonia of spying.", "counted": [
                  ("missed", "triple", "ACCUSE", "same code and source, other target", "role"),
                  ("spurious", "triple", "ACCUSE", "same code and source, other target", "")]},
              {"sentence": "Ruritania blamed Freedonia.", "counted": [
                  ("missed", "triple", "ACCUSE", "same code and source, other target", "role")]}]
    lines = plover.loss_counts(losses)
    assert lines[0] == (2, "missed triple: same code and source, other target [role]")
    assert (2, "missed triple ACCUSE") in lines and (1, "spurious triple ACCUSE") in lines
    assert not any("Ruritania" in line for _, line in lines)
