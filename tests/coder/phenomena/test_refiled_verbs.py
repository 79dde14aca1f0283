"""A verb CAMEO.2.0.txt files in a block of another sense is read as the verb whose block holds its sense (switch
`refiled_verbs`, data/coder_refiled_verbs.tsv). Sentences written for this test (tests/fixtures/refiled_verbs.tsv),
read with the switch on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.additions import communique_verb_dictionary
from communique.coder.phenomena.refiled_verbs import refiled_forms


# relief_kinds: a medical team
test_dispatching_is_sending = on_off_table_test(
    "refiled_verbs.tsv", ("refiled_verbs", "relief_kinds"), at_least=10, changed_at_least=6)


def test_every_form_is_read_as_a_form_of_another_block():
    verbs = communique_verb_dictionary()
    for form, read_as in refiled_forms().items():
        own, other = verbs.lookup(form), verbs.lookup(read_as)
        assert other is not None, read_as
        assert own is None or own.meaning != other.meaning, form  # DISPATCHES: PETRARCH's rule makes DISPATCHS
