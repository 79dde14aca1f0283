"""The switch `named_subjects` (coder/phenomena/named_subjects.py): an act whose subject is a proper name the
dictionaries lack ("Ford accused the federal government of ...") is kept with that name as its source and no code,
not dropped. Sentences written for this test (tests/fixtures/named_subjects.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test

from communique.coder.phenomena.named_subjects import named_subject


test_a_named_subject_the_dictionaries_lack_keeps_its_act = on_off_table_test(
    "named_subjects.tsv", ("named_subjects",), at_least=15, changed_at_least=6, read=code_dyads)


def test_the_source_carries_the_name_and_no_code(nlp):
    doc = nlp("Ford accused the federal government of imposing a carbon tax.")
    ref = named_subject(doc, [0])
    assert ref is not None and ref.name == "Ford" and ref.country is None and ref.sector is None
    assert named_subject(doc, [2, 3, 4]) is None  # "the federal government": a common noun, left to other rules
