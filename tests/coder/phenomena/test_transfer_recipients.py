"""The switch `transfer_recipients` (coder/phenomena/transfer_recipients.py, data/coder_transfer_verbs.tsv): the TO
phrase of a verb of transfer is the recipient, the object what is handed over. Sentences written for this test
(tests/fixtures/transfer_recipients.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

from communique.coder.phenomena.transfer_recipients import transfer_verbs


test_the_to_phrase_of_a_verb_of_transfer_is_its_recipient = on_off_table_test(
    "transfer_recipients.tsv", ("transfer_recipients",), at_least=10, changed_at_least=4)


def test_the_table_names_the_verbs_of_transfer():
    assert {"EXTRADITE", "HAND_OVER", "SEND"} <= transfer_verbs()
