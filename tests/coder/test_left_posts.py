"""LEAVE with POST as its object is a resignation, as CAMEO.2.0.txt's QUIT * POST reads it (0831; data/
coder_additions_objects.tsv, switch `object_senses`), not LEAVE's 040. Sentences written for this test
(tests/fixtures/left_posts.tsv), read with the switch on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test


test_a_post_left_is_a_resignation_not_a_visit = on_off_table_test(
    "left_posts.tsv", ("object_senses",), at_least=9, changed_at_least=6)
