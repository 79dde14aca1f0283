"""Relief conveyed is humanitarian aid (CAMEO 073) for the relief nouns CAMEO.2.0's verbs of conveying do not list
(data/coder_additions.txt: &COMMUNIQUE_RELIEF in the blocks SEND, BRING and FLY; switch `additions`). Sentences
written for this test (tests/fixtures/relief_conveyed.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.additions import communique_verb_dictionary
from communique.coder.dictionary import load_verb_dictionary


def test_relief_sent_delivered_or_flown_is_humanitarian_aid(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("relief_conveyed.tsv"), code_actors, ("additions", "relief_kinds"),
                            at_least=12, changed_at_least=5)  # relief_kinds reads relief workers too


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
