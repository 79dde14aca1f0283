"""A confession, or an admission of one's guilt, failures or part in an act, is the codebook's 015 "Acknowledge or claim
responsibility", not the 050 of the block CAMEO.2.0 files CONFESS and ADMIT under (data/coder_named_senses.tsv,
switch `named_senses`). Sentences written for this test (tests/fixtures/admissions.tsv), read with the switch on and
off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_a_confession_or_an_admission_of_guilt_acknowledges_responsibility = on_off_table_test(
    "admissions.tsv", ("named_senses",), at_least=16, changed_at_least=8)
