"""Words a synset of CAMEO.2.0.txt lacks join it before its patterns are expanded (switch `synset_additions`,
data/coder_additions_synsets.txt, coder/dictionary.py). Sentences written for this test
(tests/fixtures/synset_additions.tsv), read with the switch on and off; toy dictionaries written here."""
from __future__ import annotations

import pytest
from .switch_tables import on_off_table_test
from .test_dictionary import keys_of

from communique.coder.dictionary import (SYNSET_ADDITIONS_FILE, VerbDictionaryError, read_synset_additions,
                                         read_verb_dictionary)
from communique.data_files import data_path

TOY_VERBS = """&TOOL
+HAMMER
+SPANNER_
####### VERB PATTERNS #######
---  BUY   [---]  ---
BUY {BUYS BUYING BOUGHT }
- * &TOOL                                             [061]         # BUY
- * WRENCH                                            [060]         # BUY
"""


def toy_dictionary(tmp_path, additions: str | None):
    verbs = tmp_path / "verbs.txt"
    verbs.write_text(TOY_VERBS)
    extra = None
    if additions is not None:
        extra = tmp_path / "synsets.txt"
        extra.write_text(additions)
    return read_verb_dictionary([verbs], synset_additions=extra)


def test_a_member_added_matches_the_synset_s_patterns_with_its_plural(tmp_path):
    plain = toy_dictionary(tmp_path, None)
    added = toy_dictionary(tmp_path, "# a comment\n&TOOL\n+DRILL\n+PLIERS_\n")
    assert [m.words for m in plain.synsets["&TOOL"]] == [("HAMMER",), ("HAMMERS",), ("SPANNER",)]
    assert [m.words for m in added.synsets["&TOOL"]][3:] == [("DRILL",), ("DRILLS",), ("PLIERS",)]
    assert keys_of(plain.patterns("BUY"), "*") == {"HAMMER", "HAMMERS", "SPANNER", "WRENCH"}
    assert keys_of(added.patterns("BUY"), "*") == {"HAMMER", "HAMMERS", "SPANNER", "WRENCH", "DRILL", "DRILLS", "PLIERS"}
    assert added.stats.patterns_expanded == plain.stats.patterns_expanded + 3


def test_a_later_pattern_of_the_member_s_own_word_still_wins(tmp_path):
    added = toy_dictionary(tmp_path, "&TOOL\n+WRENCH\n")
    # the member's copy of `- * &TOOL [061]` comes first in the block, so `- * WRENCH [060]` overwrites it
    assert added.stats.patterns_overwritten == 1
    assert keys_of(added.patterns("BUY"), "*") == {"HAMMER", "HAMMERS", "SPANNER", "WRENCH", "WRENCHS"}


def test_a_pattern_the_member_s_copy_replaces_is_kept_for_the_verb_it_was_written_for(tmp_path):
    verbs = tmp_path / "verbs.txt"
    verbs.write_text(TOY_VERBS.replace("- * &TOOL                                             [061]         # BUY\n", "")
                     .replace("[060]         # BUY", "[060]         # BARGAIN")
                     + "- * &TOOL                                             [061]         # BUY\n"
                     + "- * {&TOOL SET}                                       [062]         # BARGAIN\n")
    extra = tmp_path / "synsets.txt"
    extra.write_text("&TOOL\n+WRENCH_\n+DRILL_\n")
    trie = read_verb_dictionary([verbs], synset_additions=extra).patterns("BUY")["*"]
    assert trie["WRENCH"]["#"].code == "061"                 # PETRARCH-2's later winner, for BUY
    assert trie["WRENCH"]["#owners"]["BARGAIN"].code == "060"  # the line written with WRENCH, for BARGAIN
    assert "#owners" not in trie["DRILL"] and "#owners" not in trie["HAMMER"]
    assert "#owners" not in trie["SET"]["-"]["WRENCH"]       # a copy over nothing


def test_the_additions_file_names_only_synsets_the_dictionary_defines(tmp_path):
    with pytest.raises(VerbDictionaryError, match="synsets.txt: no verb dictionary defines the synset &GADGET"):
        toy_dictionary(tmp_path, "&GADGET\n+WIDGET\n")
    with pytest.raises(VerbDictionaryError, match=r"synsets.txt, line 2: expected '&LABEL' or a '\+MEMBER'"):
        toy_dictionary(tmp_path, "&TOOL\nWRENCH\n")


def test_the_package_s_additions_are_members_of_cameo_synsets():
    added = read_synset_additions(data_path(SYNSET_ADDITIONS_FILE))
    assert added == {"&TREATY": ["+DEAL"], "&WEAPON": ["+ARMS_"], "&MILITARY": ["+FIGHTERS_"]}


test_a_deal_is_a_treaty_and_arms_are_weapons = on_off_table_test(
    "synset_additions.tsv", ("synset_additions",), at_least=12, changed_at_least=7)
