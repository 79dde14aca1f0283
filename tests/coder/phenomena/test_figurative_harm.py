"""The switch `figurative_harm` (coder/phenomena/figurative_harm.py): "the election was marred by fraud", "the scandal
tarnished the party's image" is no violence. Sentences written for this test (tests/fixtures/figurative_harm.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test

from communique.coder.phenomena.figurative_harm import figurative
from communique.coder.phrases import phrase_view


test_harm_to_a_thing_harmed_only_figuratively_is_no_violence = on_off_table_test(
    "figurative_harm.tsv", ("figurative_harm",), at_least=13, changed_at_least=4, read=code_dyads)


def test_the_patient_and_the_cause_decide(nlp):
    def read(text: str) -> bool:
        doc = nlp(text)
        verb = next(t.i for t in doc if t.lemma_ in ("mar", "damage"))
        return figurative(verb, phrase_view(next(iter(doc.sents))))

    assert read("The vote was marred by fraud.")
    assert not read("The vote was marred by violence.")  # violence told: kept
    assert not read("Rebels damaged the bridge.")  # property: kept
