"""Relief conveyed is humanitarian aid (CAMEO 073) for the relief nouns CAMEO.2.0's verbs of conveying do not list
(data/coder_additions.txt: &COMMUNIQUE_RELIEF in the blocks SEND, BRING and FLY; switch `additions`). Sentences
written for this test (tests/fixtures/relief_conveyed.tsv), read with the switch on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.additions import communique_verb_dictionary
from communique.coder.dictionary import load_verb_dictionary


# relief_kinds reads relief workers too
test_relief_sent_delivered_or_flown_is_humanitarian_aid = on_off_table_test(
    "relief_conveyed.tsv", ("additions", "relief_kinds"), at_least=12, changed_at_least=5)


def test_the_relief_synset_names_no_noun_the_three_blocks_already_code():
    base, layered = load_verb_dictionary(()), communique_verb_dictionary()
    members = {m.words for m in layered.synsets["&COMMUNIQUE_RELIEF"]}
    assert ("RESCUE", "TEAMS") in members and ("DOCTORS",) in members  # plurals made for one-word members
    for block in ("SEND", "BRING", "FLY"):
        after_star = base.tries[block]["*"]
        for words in members:
            node = after_star.get(words[-1], {})
            for modifier in words[:-1]:
                node = node.get("-", {}).get(modifier, {})
            assert "#" not in node, f"{block} already has a pattern for {' '.join(words)}"
