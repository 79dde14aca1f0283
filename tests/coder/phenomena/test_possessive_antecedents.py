"""The switch `possessive_antecedents` (coder/actors/possessors.py): a complement clause's subject that a possessive
pronoun determines ("said her country would expel ...", "said its troops had shelled ...") is read as the governing
verb's subject's country, with the noun's agent; sentences written for this test
(tests/fixtures/possessive_antecedents.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.actors.possessors import antecedent_countries, possessed_codes


def test_a_possessive_subject_is_read_as_its_antecedents_state(nlp, monkeypatch):
    rows = fixture_rows("possessive_antecedents.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("possessive_antecedents",), at_least=15,
                            changed_at_least=10)
    changed = [(on, off) for _, on, off in rows if on != off]
    assert all("--->" not in on.split("; ")[0] for on, _ in changed)  # the act's actor is named, not unidentified
    assert sum(on == off for _, on, off in rows) >= 5  # top-level, an NGO, no agent noun, an actor of its own


def test_only_a_country_antecedent_and_an_agent_or_state_noun_give_codes():
    assert possessed_codes("COUNTRY", [], [], ["VENGOV"]) == ["VEN"]
    assert possessed_codes("TROOPS", [], ["~MIL"], ["TURGOV", "TURMIL"]) == ["TUR"]
    assert possessed_codes("WIFE", [], [], ["KENGOV"]) == []  # neither an agent nor the state
    assert possessed_codes("COUNTRY", ["FRA"], [], ["DEUGOV"]) == []  # a subject with an actor of its own
    assert antecedent_countries(["NGOHRIAMN", "~GOV", "---MIL", "IGOUNO"]) == []
