"""The switch `nested_pp_actors` (coder/side_actors.py `nested_pp_tokens`): a target whose own words name no actor
takes the document's actors in the FROM or BY phrase under it, PETRARCH-2's fallback to the NP's own PP codes (spec
§3.4) read with the document's actor knowledge. Sentences written for this test (tests/fixtures/nested_pp_actors.tsv),
read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.side_actors import nested_pp_tokens
from communique.nlp import parse


def test_the_from_and_by_phrases_under_the_words_are_read():
    doc = parse("Kenya requested assistance from the African Union in Nairobi.")
    words = [doc[i].text for i in nested_pp_tokens(doc, [2])]  # under "assistance"
    assert words == ["from", "the", "African", "Union"]


test_a_target_is_read_in_the_pp_under_it = on_off_table_test(
    "nested_pp_actors.tsv", ("nested_pp_actors",), at_least=12, changed_at_least=4)
