"""A first-person pronoun in a quotation fronted before its reporting verb stands for the speaker (switch
`quoted_speakers`, coder/phrase_builder.py `_fronted_speaker`). Sentences written for this test
(tests/fixtures/quoted_speakers.tsv), read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.phrases import phrase_view


test_i_and_we_in_a_fronted_quotation_are_its_speaker = on_off_table_test(
    "quoted_speakers.tsv", ("quoted_speakers",), at_least=14, changed_at_least=5)


def test_the_speaker_is_found_for_the_first_person_only_and_read_by_the_communique_profile_only(nlp):
    doc = nlp('"We will attack them," the army said.')
    view = phrase_view(next(doc.sents))
    pronouns = {doc[h].text: np for h, np in view.nps.items() if np.is_pronoun}
    assert doc[pronouns["We"].speaker.head].text == "army"
    assert pronouns["them"].speaker is None and pronouns["them"].antecedent is None
