"""coder/repairs/prepositional_particles.py: the particle of a phrasal-prepositional verb read as a preposition over
the verb's PP ("pulled OUT of the talks"), and the paths of data/coder_additions.txt its phrasal verbs take (halting
negotiations, 164; armed forces withdrawn, 0874); sentences written here (tests/fixtures/prepositional_particles.tsv)
and sentences left alone."""
from __future__ import annotations

import pytest

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.repairs.prepositional_particles import particle_as_preposition, particle_verbs
from communique.coder.repairs.tree import Tree

from .view_helpers import clause, view_of


def _tree(words, tags, heads, deps) -> Tree:
    return Tree([w.upper() for w in words], tags, ["VERB" if t.startswith("VB") else "X" for t in tags], heads, deps,
                0, len(words), heads.index(next(i for i, h in enumerate(heads) if h == i)))


def test_the_dictionaries_phrasal_verbs_with_one_particle_are_known():
    known = particle_verbs()
    assert {("PULLED", "OUT"), ("WALKED", "OUT"), ("DROPPED", "OUT")} <= known
    assert ("FLED", "OUT") not in known


def test_a_preposition_with_no_object_over_a_pp_is_the_verbs_particle():
    words = ["Rebels", "pulled", "out", "of", "talks"]
    tree = _tree(words, ["NNS", "VBD", "IN", "IN", "NNS"], [1, 1, 1, 2, 3], ["nsubj", "ROOT", "prep", "prep", "pobj"])
    assert particle_as_preposition(tree, 2, frozenset({("PULLED", "OUT")}))
    assert tree.deps[2] == "prt" and tree.tags[2] == "RP" and tree.heads[3] == 1
    assert tree.repairs == ["particle-read-as-preposition"]


@pytest.mark.parametrize("words,tags,heads,deps", [
    # a verb the dictionaries list without that particle
    (["Refugees", "fled", "out", "of", "town"], ["NNS", "VBD", "IN", "IN", "NN"], [1, 1, 1, 2, 3],
     ["nsubj", "ROOT", "prep", "prep", "pobj"]),
    # a preposition with an object of its own
    (["Rebels", "walked", "out", "doors"], ["NNS", "VBD", "IN", "NNS"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"]),
])
def test_other_prepositions_are_left_alone(words, tags, heads, deps):
    tree = _tree(words, tags, heads, deps)
    assert not particle_as_preposition(tree, 2, frozenset({("PULLED", "OUT"), ("WALKED", "OUT")}))
    assert tree.repairs == []


@pytest.mark.model
def test_the_repaired_view_gives_the_verb_its_particle_and_its_pp(nlp):
    view = view_of(nlp, "The opposition pulled out of the peace talks in Geneva.")
    assert "particle-read-as-preposition" in view.repairs
    pulled = clause(view, "PULLED")
    assert "OUT" in pulled.particles and [pp.text for pp in pulled.pps][:1] == ["OF"]


@pytest.mark.model
def test_withdrawals_told_by_phrasal_prepositional_verbs_are_coded(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("prepositional_particles.tsv"), code_actors, ("additions",),
                            at_least=10, changed_at_least=5)
