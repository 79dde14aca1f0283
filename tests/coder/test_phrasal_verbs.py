"""Phrasal verbs of political action: communique's post-compounds for those CAMEO.2.0.txt lacks (data/
coder_additions.txt, switch `additions`; tests/fixtures/phrasal_verbs.tsv), and particles that reach the
dictionary's own patterns without an object (switch `particle_patterns`; tests/fixtures/phrasal_particles.tsv).
Sentences written for these tests, read with the switches on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows
from .switch_tables import on_off_table_test

from communique.coder.additions import communique_verb_dictionary
from communique.coder.dictionary import load_verb_dictionary


test_phrasal_verbs_the_dictionary_lacks_are_coded_by_the_additions = on_off_table_test(
    "phrasal_verbs.tsv", ("additions",), at_least=30, changed_at_least=20)


test_a_particle_reaches_the_patterns_without_an_object = on_off_table_test(
    "phrasal_particles.tsv", ("particle_patterns",), at_least=17, changed_at_least=10)


def test_each_form_with_its_particle_is_a_phrasal_verb_and_without_it_stays_the_dictionarys():
    verbs, base = communique_verb_dictionary(), load_verb_dictionary(())
    phrasal = {("STOOD", "DOWN"): "COMMUNIQUE_STAND_DOWN", ("STANDING", "ASIDE"): "COMMUNIQUE_STAND_DOWN",
               ("SAT", "DOWN"): "COMMUNIQUE_SIT_DOWN", ("SITS", "DOWN"): "COMMUNIQUE_SIT_DOWN",
               ("SPOKE", "OUT"): "COMMUNIQUE_SPEAK_OUT", ("PROPPED", "UP"): "COMMUNIQUE_PROP_UP",
               ("BRUSHES", "ASIDE"): "COMMUNIQUE_BRUSH_ASIDE", ("PHASING", "OUT"): "COMMUNIQUE_PHASE_OUT",
               ("TORN", "DOWN"): "COMMUNIQUE_TEAR_DOWN", ("HANDED", "BACK"): "COMMUNIQUE_HAND_BACK"}
    assert {key: verbs.lookup(key[0], (key[1],)).meaning for key in phrasal} == phrasal
    for form in ("STOOD", "SPOKE", "TORN", "CAVED", "SIGNED"):  # the plain verb is the dictionary's, as before
        assert verbs.lookup(form).meaning == base.lookup(form).meaning
    assert verbs.lookup("STOOD", ("BY",)).meaning == "STAND"  # a particle of STAND's own pattern, left to it
    assert verbs.lookup("SAT") is None and verbs.lookup("PROPPED") is None  # no plain entry is added


def test_sworn_in_is_an_inauguration_not_an_allegation(nlp, monkeypatch):
    rows = fixture_rows("sworn_in.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("additions",), at_least=20, changed_at_least=10)
    assert all(" 110 " not in f" {on} " for text, on, _ in rows if "sworn in" in text)


def test_swear_with_its_particle_is_the_inauguration_and_without_it_stays_alleges():
    verbs = communique_verb_dictionary()
    assert {form: verbs.lookup(form, ("IN",)).meaning for form in ("SWORN", "SWORE", "SWEARING")} == \
        dict.fromkeys(("SWORN", "SWORE", "SWEARING"), "COMMUNIQUE_SWEAR_IN")
    assert verbs.lookup("SWORE").meaning == load_verb_dictionary(()).lookup("SWORE").meaning


# session 34 (c21read34): a particle heading an object of its own ("called ON Yland ... to", spaCy's `prt` over a
# `pobj`) is offered as a PP: CALL's `- * (ON) [020]`, an appeal, not the block's telephone call (041)
test_a_particle_with_its_own_object_is_a_preposition = on_off_table_test(
    "particle_objects.tsv", ("particle_patterns",), at_least=13, changed_at_least=6)
