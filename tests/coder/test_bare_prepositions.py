"""A preposition a pattern writes without parentheses, followed by a noun, is a PP slot in the profile communique
(switch `bare_prepositions`, coder/verb_patterns.py). Sentences written for this test
(tests/fixtures/bare_prepositions.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.verb_patterns import bracket_bare_prepositions, tokens


def test_the_lexicographers_pps_match(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("bare_prepositions.tsv"), code_actors, ("bare_prepositions",),
                            at_least=10, changed_at_least=6)


def test_only_a_preposition_before_a_noun_becomes_a_slot():
    assert bracket_bare_prepositions(tokens("* FROM &DETENTION")) == ["*", "(FROM &DETENTION)"]
    assert bracket_bare_prepositions(tokens("* IN HUNGER STRIKE")) == ["*", "(IN {HUNGER STRIKE})"]
    assert bracket_bare_prepositions(tokens("* INTO")) == ["*", "INTO"]
    assert bracket_bare_prepositions(tokens("* FROM +")) == ["*", "FROM", "+"]
    assert bracket_bare_prepositions(tokens("* SHOCK AT")) == ["*", "SHOCK", "AT"]
