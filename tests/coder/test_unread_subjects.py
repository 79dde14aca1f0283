"""The switch `unread_subjects` (coder/unread_subjects.py): a subject PETRARCH reads no actor from, over an
auxiliary, gives its tokens to the act below ("Trump will meet the Turkish president"), so the document's actors
name the source; a pronoun or a possessive subject, and a subject that names no one, are left as PETRARCH leaves
them. Sentences written for this test (tests/fixtures/unread_subjects.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_a_name_the_dictionaries_lack_over_an_auxiliary_is_the_source = on_off_table_test(
    "unread_subjects.tsv", ("unread_subjects",), at_least=14, changed_at_least=5, read=code_dyads)


def test_a_subject_that_names_no_one_gives_no_source():
    from types import SimpleNamespace

    from communique.coder.unread_subjects import named_refs

    nobody = SimpleNamespace(country=None, sector=None)
    somebody = SimpleNamespace(country="FRA", sector="GOV")
    assert named_refs([nobody]) == [] and named_refs([nobody, somebody]) == [nobody, somebody]
