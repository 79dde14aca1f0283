"""The switch `episode_nouns` (coder/nouns/events.py, data/coder_episode_nouns.tsv): an event noun in the OF phrase
of a noun of its phase, time or number ("began a new round of talks", "carried out a wave of arrests") is coded
where that noun stands; sentences written for this test (tests/fixtures/episode_nouns.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads
from ..switch_tables import on_off_table_test


test_an_event_noun_after_a_noun_of_its_episode_is_told_by_the_support_verb = on_off_table_test(
    "episode_nouns.tsv", ("episode_nouns",), at_least=12, changed_at_least=8, read=code_dyads)


def test_the_episode_nouns_are_read_from_their_data_file():
    from communique.coder.nouns.noun_tables import episode_nouns

    nouns = episode_nouns()
    assert {"ROUND", "WAVE", "SERIES", "DAY"} <= nouns and "TALKS" not in nouns
