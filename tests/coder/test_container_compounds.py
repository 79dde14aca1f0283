"""A noun of collection whose common-noun compound modifier names what it holds offers that modifier to the object
patterns (switch `partitive_objects`, coder/partitive_objects.py, data/coder_container_compounds.tsv): "granted Yland
an aid package" is aid. Sentences written for this test (tests/fixtures/container_compounds.tsv), read on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_an_aid_package_granted_is_aid = on_off_table_test(
    "container_compounds.tsv", ("partitive_objects",), at_least=12, changed_at_least=6)


def test_the_nouns_of_collection_are_read():
    from communique.coder.partitive_objects import compound_container_heads

    assert {"PACKAGE", "PACKAGES"} <= compound_container_heads()
