"""communique's additions (data/coder_additions.txt): only where CAMEO.2.0 is silent, each line explained."""
from __future__ import annotations

import re
from pathlib import Path

from communique.coder.additions import BLOCK_PREFIX, additions_path, verb_files
from communique.coder.dictionary import load_verb_dictionary, read_verb_dictionary
from communique.coder.profiles import Profile

ORIGIN = re.compile(r"CAMEO manual|PLOVER", re.IGNORECASE)


def test_every_added_verb_form_is_one_the_dictionary_lacks():
    base = load_verb_dictionary(())
    added = read_verb_dictionary([additions_path()])
    assert added.forms, "the additions file defines no verb"
    assert sorted(f for f in added.forms if f in base.forms) == []


def test_additions_add_no_pattern_to_a_dictionary_block():
    base = load_verb_dictionary(())
    added = read_verb_dictionary([additions_path()])
    assert all(name.startswith(BLOCK_PREFIX) for name in added.tries)
    assert not set(added.tries) & set(base.tries)
    layered = load_verb_dictionary([additions_path()])
    for name, trie in base.tries.items():
        assert layered.tries[name] == trie, f"the additions changed the patterns of {name}"


def test_every_block_names_its_phenomenon_and_origin():
    lines = additions_path().read_text(encoding="utf-8").splitlines()
    headers = [n for n, line in enumerate(lines) if line.startswith("---")]
    assert headers
    for n in headers:
        comment = []
        k = n - 1
        while k >= 0 and lines[k].startswith("#"):
            comment.insert(0, lines[k])
            k -= 1
        assert comment and ORIGIN.search(" ".join(comment)), f"block at line {n + 1} names no origin"


def test_urge_is_an_appeal_only_through_the_additions():
    base = load_verb_dictionary(())
    layered = load_verb_dictionary(verb_files(None, Profile.named("communique")))
    assert base.lookup("URGED") is None
    entry = layered.lookup("URGED")
    assert entry is not None and entry.meaning == f"{BLOCK_PREFIX}URGE" and entry.active == 0x2000  # 020


def test_the_profile_and_the_users_file_decide_which_files_are_read(tmp_path):
    assert verb_files(None, Profile.named("petrarch2")) == ()
    mine = tmp_path / "mine.txt"
    assert verb_files(mine, Profile.named("communique")) == (mine, additions_path())
    assert verb_files(mine, Profile.named("petrarch2")) == (Path(mine),)


def test_a_users_verb_wins_over_an_addition(tmp_path):
    mine = tmp_path / "mine.txt"
    mine.write_text("####### VERB PATTERNS #######\n---  MY_URGE   [100]  ---\nURGE\n", encoding="utf-8")
    layered = load_verb_dictionary(verb_files(mine, Profile.named("communique")))
    assert layered.lookup("URGES").meaning == "MY_URGE"
