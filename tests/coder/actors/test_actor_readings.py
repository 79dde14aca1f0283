"""Three switches of the profile communique on how an actor is read from its noun phrase, each with a table of
sentences written for this test (tests/fixtures/<switch>.tsv), read with the switch on and off:

- `whole_names`: a name the actor dictionary holds whole runs across a preposition ("the Democratic Republic of
  Congo" is COD, not the COG of its PP "of Congo");
- `subject_words`: a subject-side pattern that chose the verb's code leaves the subject its words ("the Sudanese army
  attacked" is SDNMIL, not SDN);
- `reflexive_objects`: a reflexive object is the actor acting on itself, no target ("blew themselves up")."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


@pytest.mark.parametrize("switch, changed", [("whole_names", 6), ("subject_words", 6), ("reflexive_objects", 4)])
def test_the_table_reads_as_written_on_and_off(nlp, monkeypatch, switch, changed):
    rows = fixture_rows(f"{switch}.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, (switch,), at_least=5, changed_at_least=changed)

