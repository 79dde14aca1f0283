"""The senses the CAMEO codebook names, added from the CAMEO census's losses (session 13): rows of
data/coder_named_senses.tsv (switch `named_senses`), data/coder_state_phrases.tsv (`state_phrases`),
data/coder_additions_partitives.tsv (`partitive_subjects`) and data/event_nouns.tsv (`event_nouns`), read on and off on sentences written for this test (tests/fixtures/cameo_senses.tsv)."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_each_sense_is_the_code_its_cameo_name_gives_it(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("cameo_senses.tsv"), code_dyads,
                            ("named_senses", "partitive_subjects", "state_phrases", "event_nouns"), at_least=26,
                            changed_at_least=19)
