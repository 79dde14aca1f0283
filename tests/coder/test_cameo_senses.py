"""The senses the CAMEO codebook names, added from the CAMEO census's losses (session 13): rows of
data/coder_named_senses.tsv (switch `named_senses`), data/coder_state_phrases.tsv (`state_phrases`),
data/coder_additions_partitives.tsv (`partitive_subjects`) and data/event_nouns.tsv (`event_nouns`), read on and off on sentences written for this test (tests/fixtures/cameo_senses.tsv)."""
from __future__ import annotations

from fixture_tables import code_dyads
from .switch_tables import on_off_table_test


test_each_sense_is_the_code_its_cameo_name_gives_it = on_off_table_test(
    "cameo_senses.tsv", ("named_senses", "partitive_subjects", "state_phrases", "event_nouns"), at_least=26,
    changed_at_least=19, read=code_dyads)
