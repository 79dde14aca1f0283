"""A word of rank before an office's title ("deputy high commissioner", "deputy foreign minister") read as that
office, not as Phoenix's DEPUTY [~COP] (switch `rank_titles`, coder/actors/rank_titles.py, data/coder_rank_words.tsv);
sentences written for this test (tests/fixtures/rank_titles.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named
from ..switch_tables import on_off_table_test

from communique.coder.actors import rank_titles as module
from communique.coder.actors.rank_titles import rank_words, ranks_title


def test_rank_words_are_read():
    assert {"DEPUTY", "ACTING", "VICE"} <= rank_words()
    assert "POLICE" not in rank_words()


def test_a_rank_word_ranks_only_an_agent_phrase_after_it():
    from communique.coder.actors.dictionary import load_actor_dictionary

    actors = load_actor_dictionary(agent_additions=True)
    assert ranks_title(actors, ["THE", "DEPUTY", "FOREIGN", "MINISTER"], 1)
    assert ranks_title(actors, ["DEPUTY", "HIGH", "COMMISSIONER"], 0)
    assert not ranks_title(actors, ["COUNTY", "DEPUTY"], 1)  # last: Phoenix's deputy
    assert not ranks_title(actors, ["DEPUTY", "PRIME", "MINISTER"], 0)  # held whole
    assert not ranks_title(actors, ["DEPUTY", "SHOT"], 0)


def test_a_bad_row_is_named(monkeypatch, tmp_path):
    from communique import data_files  # rank_words reads its file through data_files.upper_words

    assert_bad_row_named(monkeypatch, tmp_path, module, "rank_words", "# header\ndeputy\tlower case\n", 2,
                         reads_through=data_files)


test_ranked_titles_are_read_as_their_office = on_off_table_test(
    "rank_titles.tsv", ("rank_titles",), at_least=15, changed_at_least=8)
