"""coder/dictionary.py: the verb dictionary compiled the PETRARCH-2 way, on small texts and the real file."""
from __future__ import annotations

from pathlib import Path

import pytest

from communique.coder.codes import to_internal
from communique.coder.dictionary import (VerbDictionaryError, load_verb_dictionary, read_verb_dictionary)

HEAD = "####### SYNONYM SETS #######\n"
MARK = "####### VERB PATTERNS #######\n"


def compile_text(tmp_path: Path, text: str, name: str = "verbs.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_verb_dictionary([path])


def keys_of(trie: dict, *path: str) -> set:
    node = trie
    for key in path:
        node = node[key]
    return set(node)


# ---- verb forms --------------------------------------------------------------------------------

def test_regular_forms_are_generated(tmp_path):
    d = compile_text(tmp_path, MARK + "---  FIGHT  [190]  ---\nATTACK\nPUSH\nFIX\nRELY\nCRAFT\nBLAZE\nSEE\n")
    for form in ("ATTACK", "ATTACKS", "ATTACKED", "ATTACKING", "PUSHS", "FIXES", "RELIES", "RELYED", "BLAZED",
                 "BLAZING", "SEES", "SEED", "SEEING"):
        assert d.lookup(form) is not None, form
    assert d.lookup("PUSHES") is None              # only S/X/Z take -ES, as PETRARCH
    assert d.lookup("ATTACKKED") is None
    assert d.lookup("attacked") is None            # upper-case surface forms only, no lemmatisation
    assert d.lookup("STOPPED") is None             # no consonant doubling


def test_braces_replace_generation_and_empty_braces_mean_stem_only(tmp_path):
    d = compile_text(tmp_path, MARK + "---  GO  [---]  ---\nSEND {SENDS SENDING SENT}\nSHUT {}\n")
    assert d.lookup("SENT") is not None and d.lookup("SENDS") is not None
    assert d.lookup("SENDED") is None
    assert d.lookup("SHUT") is not None
    assert d.lookup("SHUTS") is None and d.lookup("SHUTTED") is None


def test_own_code_overrides_block_code_and_first_definition_wins(tmp_path):
    d = compile_text(tmp_path, MARK + "---  ACCUSE  [110]  ---\nBLAME\nCHARGE [112]\n"
                                      "---  FIGHT  [190]  ---\nCHARGE\nBLAME [191]\n")
    assert d.lookup("BLAME").active == to_internal("110")
    assert d.lookup("BLAME").meaning == "ACCUSE"
    assert d.lookup("CHARGED").active == to_internal("112")
    assert d.lookup("CHARGED").meaning == "ACCUSE"
    assert d.stats.forms_shadowed == 8


def test_active_passive_and_forced_passive_codes(tmp_path):
    d = compile_text(tmp_path, MARK + "---  VISIT  [042:043]  ---\nVISIT\nHOST [043:042]\n"
                                      "---  FACE  [---]  ---\nFACE\nINDICT [:173]\n")
    assert (d.lookup("VISITED").active, d.lookup("VISITED").passive) == (0xB002, 0xB003)
    assert (d.lookup("HOSTS").active, d.lookup("HOSTS").passive) == (0xB003, 0xB002)
    assert (d.lookup("INDICTED").active, d.lookup("INDICTED").passive) == (0, 0x9020)
    assert (d.lookup("FACE").active, d.lookup("FACE").passive) == (0, 0)


def test_post_compound_needs_its_particle_and_pre_compounds_are_never_used(tmp_path):
    d = compile_text(tmp_path, MARK + "---  EXCLUDE  [172]  ---\n+CORDON_OFF\n+GIVE_IN {+GAVE_IN +GIVES_IN} [080]\n"
                                      "---  SEIZE  [173]  ---\nRE_+ARREST\n")
    assert d.lookup("CORDONED", ["OFF"]).verb == "+CORDON_OFF"
    assert d.lookup("CORDONED") is None                   # only a compound entry: no particle, no code
    assert d.lookup("CORDONED", ["UP"]) is None
    assert d.lookup("GAVE", ["IN"]).active == to_internal("080")
    assert d.lookup("GAVE") is None
    assert d.lookup("ARRESTED") is None                   # only a pre-compound entry
    assert d.lookup("REARRESTED") is None


def test_a_compound_beats_the_plain_form(tmp_path):
    d = compile_text(tmp_path, MARK + "---  GIVE  [070]  ---\nGIVE {GAVE GIVES}\n"
                                      "---  YIELD  [080]  ---\n+GIVE_IN {+GAVE_IN}\n")
    assert d.lookup("GAVE").meaning == "GIVE"
    assert d.lookup("GAVE", ["IN"]).meaning == "YIELD"


# ---- synsets -----------------------------------------------------------------------------------

SYN = (HEAD + "&TROOP\n+SOLDIER\n+ARMY\n+PRESS\n+POLICE_\n+RIOT_POLICE\n\n&GUN\n+RIFLE_\n"
       + MARK + "---  SEND  [---]  ---\nSEND {SENT}\n")


def test_synset_plurals_and_multiword_members(tmp_path):
    d = compile_text(tmp_path, SYN + "- * &TROOP [154]\n")
    post = keys_of(d.patterns("SEND"), "*")
    assert post == {"SOLDIER", "SOLDIERS", "ARMY", "ARMIES", "PRESS", "PRESES", "POLICE"}
    # the multi-word member is a brace: head POLICE, modifier RIOT
    assert "RIOT" in keys_of(d.patterns("SEND"), "*", "POLICE", "-")
    assert "POLICES" not in post                     # trailing _ : no plural


def test_synsets_expand_recursively_and_inside_braces_and_prepositions(tmp_path):
    d = compile_text(tmp_path, SYN + "- * &TROOP (WITH &GUN) [154]\n- * {&GUN FIRE} [190]\n")
    trie = d.patterns("SEND")
    assert keys_of(trie, "*", "ARMIES", "|", "WITH", "-") == {"RIFLE"}
    assert keys_of(trie, "*", "FIRE", "-") == {"RIFLE"}
    assert d.stats.patterns_expanded == 8 * 1 + 1   # 8 TROOP copies x 1 GUN, then 1


def test_an_undefined_synset_stays_a_literal_word(tmp_path):
    d = compile_text(tmp_path, SYN + "- * &NOSUCH [154]\n")
    assert keys_of(d.patterns("SEND"), "*") == {"&NOSUCH"}


def test_synset_lines_after_the_marker_are_verbs(tmp_path):
    d = compile_text(tmp_path, MARK + "---  SEND  [---]  ---\n+SEND_OFF\n")
    assert d.lookup("SENT") is None and d.lookup("SENDS", ["OFF"]) is not None


# ---- pattern elements and the trie -------------------------------------------------------------

def block(*patterns: str) -> str:
    return MARK + "---  MEET  [040]  ---\nMEET {MET MEETS}\n" + "".join(p + "\n" for p in patterns)


def test_star_only_pattern_stores_the_code_at_the_root(tmp_path):
    d = compile_text(tmp_path, block("- * [043]"))
    assert d.patterns("MEET")["#"].active == to_internal("043")


def test_plain_words_are_consecutive_noun_slots_joined_by_comma(tmp_path):
    d = compile_text(tmp_path, block("- * LEADERS OFFICIALS [042]"))
    assert d.patterns("MEET")["*"]["LEADERS"][","]["OFFICIALS"]["#"].active == to_internal("042")


def test_braces_put_the_head_first_and_the_modifiers_behind_dashes(tmp_path):
    d = compile_text(tmp_path, block("- * {PEACE ENVOY} [042]", "- * {NEW PEACE ENVOY} [043]"))
    trie = d.patterns("MEET")
    assert trie["*"]["ENVOY"]["-"]["PEACE"]["#"].active == to_internal("042")
    assert trie["*"]["ENVOY"]["-"]["NEW"]["-"]["PEACE"]["#"].active == to_internal("043")


def test_preposition_slots_with_and_without_objects(tmp_path):
    d = compile_text(tmp_path, block("- * (WITH) [042]", "- * (WITH LEADERS) [043]", "- * TALKS (IN ^) [044]",
                                     "- * (WITH {TOP LEADERS}) [045]"))
    trie = d.patterns("MEET")["*"]
    assert trie["|"]["WITH"]["#"].code == "042"
    assert trie["|"]["WITH"]["-"]["LEADERS"]["#"].code == "043"
    assert trie["TALKS"]["|"]["IN"]["-"]["^"]["#"].code == "044"
    assert trie["|"]["WITH"]["-"]["LEADERS"]["-"]["TOP"]["#"].code == "045"


def test_pre_patterns_and_pre_prepositions(tmp_path):
    d = compile_text(tmp_path, block("- POLICE * [173]", "- DELIVERY (OF FOOD) * AID [073]",
                                     "- SPOKESMAN (FOR {ARMY CHIEF}) * [010]"))
    trie = d.patterns("MEET")
    assert trie["POLICE"]["#"].code == "173"
    assert trie["DELIVERY"]["|"]["OF"]["-"]["FOOD"]["*"]["AID"]["#"].code == "073"
    # a braced noun inside a PRE preposition: head directly under the preposition (never matched)
    assert trie["SPOKESMAN"]["|"]["FOR"]["CHIEF"]["-"]["ARMY"]["#"].code == "010"


def test_wildcard_and_tabari_markers_are_kept_as_words(tmp_path):
    d = compile_text(tmp_path, block("- * ^ TALKS [042]", "- $ * + [043]", "- * % [044]", "- * | [045]"))
    trie = d.patterns("MEET")
    assert trie["*"]["^"][","]["TALKS"]["#"].code == "042"
    assert trie["$"]["*"]["+"]["#"].code == "043"
    assert trie["*"]["%"]["#"].code == "044"
    assert trie["*"]["|"]["#"].code == "045"


def test_later_duplicate_path_overwrites_and_every_pattern_is_counted(tmp_path):
    d = compile_text(tmp_path, block("- * TALKS [042]", "- * TALKS  [043]   # again", "- * (WITH) [044]"))
    assert d.patterns("MEET")["*"]["TALKS"]["#"].code == "043"
    assert d.patterns("MEET")["*"]["TALKS"]["#"].line == 5
    s = d.stats
    assert (s.pattern_lines, s.patterns_expanded, s.patterns_stored, s.patterns_overwritten) == (3, 3, 2, 1)


def test_blocks_with_the_same_name_share_one_pattern_store(tmp_path):
    d = compile_text(tmp_path, block("- * TALKS [042]") + "---  MEET  [040]  ---\nCONVENE\n- * SUMMIT [043]\n")
    assert set(d.patterns("MEET")["*"]) == {"TALKS", "SUMMIT"}
    assert d.lookup("CONVENED").meaning == "MEET"


def test_pattern_recording_stops_at_a_comment_block_opener(tmp_path):
    d = compile_text(tmp_path, block("- * TALKS [042]") + "<!-- rest is off\n- * SUMMIT [043]\n")
    assert set(d.patterns("MEET")["*"]) == {"TALKS"}
    assert d.stats.patterns_ignored == 1


def test_pattern_code_forms(tmp_path):
    d = compile_text(tmp_path, block("- * TALKS [042:043]", "- * TRIAL [:173]", "- * SHOW [---]", "- * X [0874x]"))
    trie = d.patterns("MEET")["*"]
    assert (trie["TALKS"]["#"].active, trie["TALKS"]["#"].passive) == (0xB002, 0xB003)
    assert (trie["TRIAL"]["#"].active, trie["TRIAL"]["#"].passive) == (0, 0x9020)
    assert (trie["SHOW"]["#"].active, trie["SHOW"]["#"].passive) == (0, 0)
    assert trie["X"]["#"].active == to_internal("080")


# ---- transformations ---------------------------------------------------------------------------

def test_transformations_resolve_verb_codes_from_plain_entries(tmp_path):
    text = (MARK + "---  SAY  [010]  ---\nSAY {SAID}\n---  FIGHT  [190]  ---\nATTACK\n"
            "---  WANT  [---]  ---\nWANT [030]\n~ a (b . ATTACK) SAY = a b 112\n~ a (a b Q) SAY = a b Q\n"
            "~ a (b . ATTACK ) WANT = a b 021\n~ a (b c SAY_ATTACK) WANT = a c 138\n")
    t = compile_text(tmp_path, text).transformations
    assert t[0x1000]["a"][0xA0]["b"]["."] == (("a", "b", "112"), 8)
    assert t[0x1000]["a"][-1]["a"]["b"] == (("a", "b", "Q"), 9)
    assert t[0x3000]["a"][0xA0]["b"]["."][0] == ("a", "b", "021")
    assert t[0x3000]["a"][0x10A0]["b"]["c"][0] == ("a", "c", "138")


# ---- errors and user files ---------------------------------------------------------------------

@pytest.mark.parametrize("text, where", [
    (MARK + "- * TALKS [042]\n", "line 2"),
    (MARK + "---  MEET  [040]  ---\nMEET\n- * {TALKS [042]\n", "line 4"),
    (MARK + "---  MEET  [040]  ---\nMEET\n- * TALKS 042\n", "line 4"),
    (MARK + "---  MEET  [999]  ---\n", "line 2"),
    (MARK + "---  MEET  [040]  ---\nMEET\n~ a (b . FLY) MEET = a b 112\n", "line 4"),
    (MARK + "---  MEET  [040]  ---\nMEET\n~ a (b . MEET) = a b\n", "line 4"),
])
def test_errors_name_the_file_and_the_line(tmp_path, text, where):
    with pytest.raises(VerbDictionaryError) as caught:
        compile_text(tmp_path, text, name="mine.txt")
    assert "mine.txt" in str(caught.value) and where in str(caught.value)


def test_a_user_file_is_read_after_the_builtin_one(tmp_path):
    user = tmp_path / "user.txt"
    user.write_text("---  MEET  [040]  ---\nMEET {MET}\nPARLEY\n- * {SECRET TALKS} [046]\n"
                    "---  CONSULT  [040]  ---\n- * TALKS [045]\n", encoding="utf-8")
    d = load_verb_dictionary([user])
    builtin = load_verb_dictionary()
    assert d.lookup("PARLEYED").meaning == "MEET"                       # new verb added
    assert d.lookup("MET") == builtin.lookup("MET")                      # built-in form kept (first wins)
    assert d.patterns("MEET")["*"]["TALKS"]["-"]["SECRET"]["#"].code == "046"
    assert d.patterns("CONSULT")["*"]["TALKS"]["#"].source == str(user.resolve())  # same path: later wins
    assert "SECRET" not in builtin.patterns("MEET").get("*", {}).get("TALKS", {}).get("-", {})
    assert load_verb_dictionary([user]) is d                            # compiled once per path tuple


def test_a_missing_user_file_is_a_dictionary_error(tmp_path):
    with pytest.raises(VerbDictionaryError, match="nosuch.txt"):
        load_verb_dictionary([tmp_path / "nosuch.txt"])


# ---- the real CAMEO.2.0.txt --------------------------------------------------------------------

def test_real_dictionary_nothing_dropped():
    d = load_verb_dictionary()
    s = d.stats
    assert s.pattern_lines == 4668                     # every "- " line of the file
    assert s.patterns_expanded == s.patterns_stored + s.patterns_overwritten
    stored = _count_payloads(d.tries)
    assert stored == s.patterns_stored
    assert s.transformations == 8


def _count_payloads(node) -> int:
    if not isinstance(node, dict):
        return 0
    return sum(1 if key == "#" else _count_payloads(child) for key, child in node.items())


def test_real_dictionary_known_entries():
    d = load_verb_dictionary()
    visit = d.lookup("VISITED")
    assert (visit.meaning, visit.active, visit.passive) == ("VISIT", 0xB002, 0xB003)
    assert d.lookup("ACCUSED").active == to_internal("112")
    assert d.lookup("SAID").active == 0x1000
    assert d.lookup("URGED") is None
    assert d.lookup("CORDONED", ["OFF"]).verb == "+CORDON_OFF"
    assert d.patterns(d.lookup("ARRESTED").meaning)["POLICE"]["#"].code == "173"
    assert d.transformations[0x1000]["a"][0xA0]["b"]["."][0] == ("a", "b", "112")
    assert d.transformations[0x3000]["a"][0xA0]["b"]["."][0] == ("a", "b", "021")


def test_real_dictionary_is_compiled_once_per_process():
    assert load_verb_dictionary() is load_verb_dictionary(())


# ---- the on-disk cache -------------------------------------------------------------------------

def test_compiled_cache_builds_once_rebuilds_on_change_and_survives_corruption(tmp_path, monkeypatch):
    from communique.coder.compiled_cache import cache_dir, load_or_build

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("COMMUNIQUE_NO_DICTIONARY_CACHE", raising=False)
    source = write_file(tmp_path, "a.txt", "one")
    builds = []

    def build():
        builds.append(source.read_text())
        return {"text": source.read_text()}

    assert load_or_build("toy", [source], [], build) == {"text": "one"}
    assert load_or_build("toy", [source], [], build) == {"text": "one"}
    assert builds == ["one"]
    source.write_text("two")
    assert load_or_build("toy", [source], [], build) == {"text": "two"}
    for entry in cache_dir().glob("toy-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert load_or_build("toy", [source], [], build) == {"text": "two"}
    assert builds == ["one", "two", "two"]


def write_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_without_the_marker_has_synsets_before_its_first_block(tmp_path):
    d = compile_text(tmp_path, "&ENVOY\n+DIPLOMAT\n---  MEET  [040]  ---\n+CALL_ON\n- * &ENVOY [042]\n")
    assert set(d.patterns("MEET")["*"]) == {"DIPLOMAT", "DIPLOMATS"}
    assert d.lookup("CALLED", ["ON"]).meaning == "MEET"


def test_a_synset_label_ending_in_underscore_does_not_suppress_plurals(tmp_path):
    # spec §2.2.1 Quirk, kept in both profiles: the documented "label ending in _ means no plurals" rule
    # is not implemented; only a member's own trailing _ stops its plural
    d = compile_text(tmp_path, "&GUARD_\n+SENTRY\n+WARDEN_\n" + MARK + "---  SEND  [---]  ---\nSEND {SENT}\n"
                     "- * &GUARD_ [154]\n")
    assert keys_of(d.patterns("SEND"), "*") == {"SENTRY", "SENTRIES", "WARDEN"}


def test_the_settings_verbs_file_is_read_by_the_coder_s_knowledge(tmp_path):
    from communique.coder import CoderKnowledge
    from communique.settings import Settings

    verbs = tmp_path / "my_verbs.txt"
    verbs.write_text("--- UPBRAID [111] ---\nUPBRAID\n", encoding="utf-8")
    assert CoderKnowledge.load(Settings()).verbs.lookup("UPBRAIDED", ()) is None
    assert CoderKnowledge.load(Settings(verbs_file=verbs)).verbs.lookup("UPBRAIDED", ()) is not None
