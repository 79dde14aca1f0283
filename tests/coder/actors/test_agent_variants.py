"""The switch `agent_variants` (coder/actors/agent_variants.py): Phoenix.agents.txt's phrases read in the forms its
own header says it lacks: its TABARI stems (HEALTH_MINIST) as the words of their substitution set, those words for
each other, and the other spelling of a word (data/coder_agent_spellings.tsv). Sentences written for this test
(tests/fixtures/agent_variants.tsv), read on and off."""
from __future__ import annotations

from ..switch_tables import on_off_table_test


def test_the_variant_phrases_are_read_with_their_phrases_code():
    from communique.coder.actors.dictionary import load_actor_dictionary

    variants, phoenix = load_actor_dictionary(agent_variants=True), load_actor_dictionary()
    for words, code in ((["HEALTH", "MINISTRY"], "~GOVHLH"), (["DEFENCE", "MINISTERS"], "~GOVMIL"),
                        (["AGRICULTURE", "MINISTRY"], "~GOVAGR"), (["DEFENCE", "FORCES"], "~MIL"),
                        (["LABOUR", "UNION"], "~LAB")):
        assert variants.longest_agent(words, 0) == (code, len(words)), words
        assert phoenix.longest_agent(words, 0) is None, words
    # a phrase written out keeps its own code; a set with no stem (!PERSON!) is left as it is
    assert variants.longest_agent(["PRIME", "MINISTER"], 0) == phoenix.longest_agent(["PRIME", "MINISTER"], 0)
    assert variants.longest_agent(["ARMED", "PERSON"], 0) == phoenix.longest_agent(["ARMED", "PERSON"], 0)


def test_a_stem_is_a_set_name_that_is_no_word_of_its_set():
    from communique.coder.actors.agent_variants import substitution_sets

    sets = substitution_sets(["!PERSON! = MAN, MEN, PERSON", "!MINIST! = MINISTER, MINISTRY  # a comment", "X [~GOV]"])
    assert sets == {"PERSON": ["MAN", "MEN", "PERSON"], "MINIST": ["MINISTER", "MINISTRY"]}
    assert [name for name, words in sets.items() if name not in words] == ["MINIST"]


test_an_office_is_read_in_every_form_of_its_phrase = on_off_table_test(
    "agent_variants.tsv", ("agent_variants",), at_least=15, changed_at_least=7)
# 7, not 8: "Ethiopia's defence forces" reads ETHMIL with the switch off too, by owned_roles' FORCES (actors37)
