"""The object-senses rows of captives set free (data/coder_additions_objects.tsv; switch `object_senses`): SET FREE,
filed by CAMEO.2.0.txt with FREE in the block RELEASE (080 "Yield"), is the codebook's 084 "Return, release", as
FREE's rows read; sentences written for this test (tests/fixtures/set_free.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_captives_set_free_are_released = on_off_table_test(
    "set_free.tsv", ("object_senses",), at_least=10, changed_at_least=5)
