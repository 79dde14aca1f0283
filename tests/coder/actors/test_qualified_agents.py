"""The switch `qualified_agents` (coder/actors/qualified_agents.py): "Argentina's Senate" is Argentina's legislature,
not Argentina and the United States Congress. Sentences written for this test (tests/fixtures/qualified_agents.tsv),
read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_another_states_institution_word_is_the_qualifying_states_agent = on_off_table_test(
    "qualified_agents.tsv", ("qualified_agents",), at_least=16, changed_at_least=9)


def test_the_documents_actors_read_the_qualified_institution_alike(nlp):
    from communique.extract.actors import find_actors
    from communique.extract.lexicon import load_lexicon

    doc = nlp("Argentina's Senate rejected the bill, and the US Senate passed its own.")
    codes = [a.code for m in find_actors(doc, load_lexicon()).mentions for a in m.actors]
    assert "ARGLEG" in codes and codes.count("USAGOVLEG") == 1  # the US Senate keeps its own
