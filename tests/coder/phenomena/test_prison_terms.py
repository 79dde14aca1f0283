"""A prison term served, told by JAIL or IMPRISON with FOR and the term ("jailed the blogger for five years"), is a
sentence, the codebook's 116 "Find guilty or liable (legally)", not the 173 CAMEO.2.0 gives JAIL and IMPRISON
(data/coder_named_senses.tsv, switch `named_senses`). Sentences written for this test (tests/fixtures/prison_terms.tsv),
read with the switch on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


test_a_prison_term_served_is_a_sentence = on_off_table_test(
    "prison_terms.tsv", ("named_senses",), at_least=14, changed_at_least=7)
