"""The switch `figurative_harm` (coder/phenomena/figurative_harm.py): "the election was marred by fraud", "the scandal
tarnished the party's image" is no violence. Sentences written for this test (tests/fixtures/figurative_harm.tsv),
read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

from communique.coder.phenomena.figurative_harm import figurative
from communique.coder.phrases import phrase_view


def test_harm_to_a_thing_harmed_only_figuratively_is_no_violence(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("figurative_harm.tsv"), code_dyads,
                            ("figurative_harm",), at_least=13, changed_at_least=4)


def test_the_patient_and_the_cause_decide(nlp):
    def read(text: str) -> bool:
        doc = nlp(text)
        verb = next(t.i for t in doc if t.lemma_ in ("mar", "damage"))
        return figurative(verb, phrase_view(next(iter(doc.sents))))

    assert read("The vote was marred by fraud.")
    assert not read("The vote was marred by violence.")  # violence told: kept
    assert not read("Rebels damaged the bridge.")  # property: kept
