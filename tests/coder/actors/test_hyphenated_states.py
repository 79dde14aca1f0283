"""The switch `hyphenated_states` (coder/actors/hyphenated_states.py): a hyphenated compound of states' names or
adjectives names each state ("Russian-Ukrainian talks"); sentences written for this test
(tests/fixtures/hyphenated_states.tsv), read with the switch on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test

test_a_hyphenated_pair_of_states_names_each = on_off_table_test(
    "hyphenated_states.tsv", ("hyphenated_states",), at_least=16, changed_at_least=8)


def test_only_a_word_of_states_is_split():
    import datetime as dt

    from communique.coder.actors.dictionary import load_actor_dictionary
    from communique.coder.actors.hyphenated_states import split_states

    actors, day = load_actor_dictionary(), dt.date(2019, 3, 4)  # Ukraine's code is dated (from 1991)
    assert split_states(["INDIAN", "-", "PAKISTANI"], actors, day) == ["INDIAN", "PAKISTANI"]
    assert split_states(["RUSSIA-UKRAINE"], actors, day) == ["RUSSIA", "UKRAINE"]
    assert split_states(["AFGHAN", "-", "TALIBAN"], actors, day) is None  # a group
    assert split_states(["FRANCO", "-", "GERMAN"], actors, day) is None  # no state's name
    assert split_states(["GUINEA", "-", "BISSAU"], actors, day) is None  # a dictionary phrase


test_a_two_word_name_at_the_hyphen_is_read_whole = on_off_table_test(
    "hyphenated_name_edges.tsv", ("hyphenated_states",), at_least=12, changed_at_least=4)


def test_a_part_at_the_hyphen_is_read_with_the_words_beside_it():
    import datetime as dt

    from communique.coder.actors.dictionary import load_actor_dictionary
    from communique.coder.actors.hyphenated_states import split_states

    actors, day = load_actor_dictionary(), dt.date(2019, 3, 4)
    assert split_states(["JAPAN", "-", "SOUTH"], actors, day, (), ["KOREA", "TALKS"]) == ["JAPAN", "SOUTH"]
    assert split_states(["ARABIA", "-", "IRAN"], actors, day, ["SAUDI"], ["TALKS"]) == ["ARABIA", "IRAN"]
    assert split_states(["JAPAN", "-", "SOUTH"], actors, day, (), ["TALKS"]) is None  # no name the next word ends
    assert split_states(["NORTH", "-", "SOUTH"], actors, day, ["THE"], ["TALKS"]) is None
