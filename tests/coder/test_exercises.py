"""The rows of military exercises in data/coder_additions_objects.tsv (switch `object_senses`): "the navy conducted
exercises" is a show of force (150), not CONDUCT's block default (060), where CAMEO.2.0.txt's own pattern needs the
modifier ("- * {&MILITARY EXERCISES} [150]"). Sentences written for this test (tests/fixtures/exercises.tsv)."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_exercises_conducted_or_held_are_a_show_of_force(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("exercises.tsv"), code_actors, ("object_senses",),
                            at_least=6, changed_at_least=4)
