"""The object-senses rows of people rounded up (data/coder_additions_objects.tsv, phenomenon (11); switch
`object_senses`): ROUND UP, filed by CAMEO.2.0.txt in the null block COLLECT, is the codebook's 173 "Arrest, detain"
in news copy; sentences written for this test (tests/fixtures/rounded_up.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_people_rounded_up_are_arrested(nlp, monkeypatch):
    rows = fixture_rows("rounded_up.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("object_senses",), at_least=7, changed_at_least=5)
    assert all(on.startswith("173 ") and off == "none" for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 2  # another particle, a verb the dictionary has
