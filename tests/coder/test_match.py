"""coder/match.py: verb codes and the depth-first pattern search (spec §4.2-§4.3, checklist items 1-18),
on sentences parsed by the shared spaCy model and small dictionaries written here."""
from __future__ import annotations

import pytest

from communique.coder.codes import to_internal
from communique.coder.dictionary import load_verb_dictionary, read_verb_dictionary
from communique.coder.match import coordination_code, match_verb
from communique.coder.phrases import phrase_view

pytestmark = pytest.mark.model

TOY = """\
####### SYNONYM SETS #######
&FORCE
+TROOP
+SOLDIER
+RIOT_POLICE
####### VERB PATTERNS #######
---  FIGHT  [190]  ---
ATTACK
STORM {}
STRIKE {STRUCK STRIKES} [195]
- * SOLDIERS [193]
- * {REBEL POSITIONS} [194]
- * {REBEL ARMY POSITIONS} [196]
- * $ [1951]
- * (AT +) [1952]
- &FORCE * [181]
---  BLOCKADE  [191]  ---
ATTACK
BLOCKADE
---  ARREST  [173]  ---
ARREST
DETAIN
- POLICE * [174]
- * PROTESTERS [172]
- * JOURNALISTS [---]
- * ACTIVISTS [0874x]
- * ACTIVISTS DEMONSTRATORS [175]
- * ^ (IN CAPITAL) [1711]
- * {OPPOSITION LEADER} [1721]
---  MEET  [040]  ---
MEET {MET MEETS MEETING}
LOOK
HOLD {HELD HOLDS HOLDING} [---]
VISIT [042:043]
INDICT [:173]
RE_+MEET
+CALL_OFF {+CALLED_OFF +CALLS_OFF}
- * TALKS [043]
- * TALKS (WITH) [046]
- * TALKS (WITH LEADERS) [045]
- * SUMMIT [044]
- * SUMMIT [041]
- * FORWARD [013]
- * (TO TALKS) [036]
---  JAIL  [173]  ---
JAIL
- POLICE * [174]
- POLICE PROTESTERS * [1724]
---  DENOUNCE  [111]  ---
CRITICIZE
- SPOKESMAN (FOR ARMY) * [1125]
- ENVOY (FOR {PEACE TALKS}) * [1124]
---  GREET  [---]  ---
GREET
- * ^ [012]
---  SUMMON  [---]  ---
SUMMON
- * (FOR TALKS) [1712]
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    path = tmp_path_factory.mktemp("verbs") / "toy.txt"
    path.write_text(TOY, encoding="utf-8")
    return read_verb_dictionary([path])


def clause_of(nlp, text: str, verb: str):
    doc = nlp(text)
    view = phrase_view(next(doc.sents))
    for clause in view.clauses.values():
        if doc[clause.verb].text == verb:
            return clause, view
    raise AssertionError(f"no clause verb {verb!r} in {text!r}: {[doc[c].text for c in view.clauses]}")


def match(nlp, verbs, text: str, verb: str, fix_quirks: bool = False):
    clause, view = clause_of(nlp, text, verb)
    return match_verb(clause, view, verbs, fix_quirks=fix_quirks), view


def cameo(value: int) -> int:
    return to_internal(value)


# 1-3, 5: forms, braces, own codes ---------------------------------------------------------------

def test_surface_forms_no_lemmatisation(nlp, toy):
    assert match(nlp, toy, "Xland attacked Yland.", "attacked")[0].code == cameo("190")
    assert match(nlp, toy, "Xland attacks Yland.", "attacks")[0].code == cameo("190")
    assert match(nlp, toy, "Xland stormed Yland.", "stormed")[0].code == 0          # STORM {}: stem only
    assert match(nlp, toy, "Xland struck Yland.", "struck")[0].code == cameo("195")  # listed irregular form
    m = match(nlp, toy, "Xland praised Yland.", "praised")[0]
    assert (m.code, m.meaning, m.entry_found) == (0, None, False)


def test_a_form_defined_twice_belongs_to_its_first_block(nlp, toy):
    m = match(nlp, toy, "Xland attacked Yland.", "attacked")[0]
    assert m.meaning == "FIGHT"


def test_own_code_overrides_block_code(nlp, toy):
    assert match(nlp, toy, "Xland struck Yland.", "struck")[0].active == cameo("195")
    m = match(nlp, toy, "Xland held Yland.", "held")[0]
    assert (m.meaning, m.code) == ("MEET", 0)        # HOLD [---] in a [040] block


# 6-7: compounds -----------------------------------------------------------------------------------

def test_post_compound_needs_its_particle(nlp, toy):
    clause, view = clause_of(nlp, "Xland called the talks off.", "called")
    assert "OFF" in clause.particles
    assert match_verb(clause, view, toy).meaning == "MEET"
    assert match(nlp, toy, "Xland called Yland.", "called")[0].entry_found is False


def test_pre_compound_entries_are_never_used(nlp, toy):
    # MEET is also stored as RE_+MEET: the plain entry is used, the pre-compound never
    assert match(nlp, toy, "Xland met Yland.", "met")[0].code == cameo("040")
    assert toy.lookup("MEET", ()).verb == "MEET"


# 8: coordination ----------------------------------------------------------------------------------

def test_and_coordination_node_has_code_zero_or_takes_the_last_conjunct(nlp, toy):
    clause, view = clause_of(nlp, "Xland attacked Yland and killed Zland soldiers.", "attacked")
    assert clause.coordinator == "AND"
    last = match_verb(clause.conjuncts[-1], view, toy)
    assert coordination_code(clause.coordinator, last) == 0
    clause, view = clause_of(nlp, "Xland will meet Yland or attack Zland.", "meet")
    if clause.conjuncts:      # spaCy's attachment decides whether there is a coordination node
        last = match_verb(clause.conjuncts[-1], view, toy)
        assert coordination_code(clause.coordinator, last) == cameo("190")
    # the clause's own verb is still coded
    clause, view = clause_of(nlp, "Xland attacked Yland and killed Zland soldiers.", "attacked")
    assert match_verb(clause, view, toy).code == cameo("190")


# 9, 10, 15: pattern codes -------------------------------------------------------------------------

def test_unknown_pattern_code_collapses(nlp, toy):
    m = match(nlp, toy, "Xland detained activists.", "detained")[0]
    assert m.code == cameo("080") and "0874x" in m.pattern.text


def test_later_duplicate_path_overwrites(nlp, toy):
    m = match(nlp, toy, "The leaders held a summit.", "held")[0]
    assert m.code == cameo("041") and "[041]" in m.pattern.text


def test_null_pattern_code_sets_the_verb_code_to_zero(nlp, toy):
    m = match(nlp, toy, "Xland detained journalists.", "detained")[0]
    assert m.pattern is not None and m.code == 0 and not m.forced_passive


# 11, 12: dead patterns ----------------------------------------------------------------------------

def test_braces_with_one_modifier_match_and_with_two_never(nlp, toy):
    m = match(nlp, toy, "Xland attacked rebel positions.", "attacked")[0]
    assert m.code == cameo("194")
    m = match(nlp, toy, "Xland attacked rebel army positions.", "attacked")[0]
    assert m.code != cameo("196")


def test_tabari_markers_never_match(nlp, toy):
    for text, verb in (("Xland attacked Yland.", "attacked"), ("Xland struck at Yland.", "struck")):
        m = match(nlp, toy, text, verb)[0]
        assert m.code not in (cameo("1951"), cameo("1952"))
        assert m.pattern is None


# 13: preposition slots ----------------------------------------------------------------------------

def test_preposition_slot_on_the_verb(nlp, toy):
    m = match(nlp, toy, "Xland summoned the envoy for talks.", "summoned")[0]
    assert m.code == cameo("1712")
    m = match(nlp, toy, "Xland summoned Yland to the capital.", "summoned")[0]
    assert m.code == 0


def test_no_fallback_after_a_wildcard_key(nlp, toy):
    # the ARREST block has `- * ^ (IN CAPITAL)`: once `^` is tried the search does not skip on
    m = match(nlp, toy, "Xland detained Yland at the border.", "detained")[0]
    assert m.code == cameo("173") and m.pattern is None


def test_preposition_slot_inside_the_matched_object(nlp, toy):
    clause, view = clause_of(nlp, "Xland held talks with Yland.", "held")
    assert not any(pp.text == "WITH" for pp in clause.pps)    # "with Yland" hangs on "talks"
    m = match_verb(clause, view, toy)
    assert m.code == cameo("046")                             # extension beats `- * TALKS [043]`


def test_preposition_object_noun(nlp, toy):
    m, view = match(nlp, toy, "Xland held talks with the leaders.", "held")
    assert m.code == cameo("045")
    assert {view.words[i] for i in m.consumed} == {"TALKS", "LEADERS"}


# 14: wildcard -------------------------------------------------------------------------------------

def test_wildcard_matches_any_np_and_consumes_it(nlp, toy):
    m, view = match(nlp, toy, "Xland greeted the delegation.", "greeted")
    assert m.code == cameo("012")
    assert {view.words[i] for i in m.wildcard} == {"DELEGATION"}
    m, view = match(nlp, toy, "Xland detained dozens in the capital.", "detained")
    assert m.code == cameo("1711")
    assert {view.words[i] for i in m.wildcard} == {"DOZENS"}


# 16: roles ----------------------------------------------------------------------------------------

def test_pre_noun_matches_the_subject_head_and_wins_over_an_object_pattern(nlp, toy):
    m, view = match(nlp, toy, "Xland police arrested protesters.", "arrested")
    assert m.code == cameo("174")                           # `- POLICE *` before `- * PROTESTERS`
    assert {view.words[i] for i in m.consumed} == {"POLICE"}
    m = match(nlp, toy, "Xland arrested protesters.", "arrested")[0]
    assert m.code == cameo("172")                           # subject does not fit: skip to `*`


def test_passive_roles_swap(nlp, toy):
    m, view = match(nlp, toy, "Protesters were arrested by the police.", "arrested")
    assert m.code == cameo("174")                           # PRE noun = the by-agent head
    assert {view.words[i] for i in m.consumed} == {"POLICE"}
    m = match(nlp, toy, "Yland was attacked by Xland soldiers.", "attacked")[0]
    assert m.code == cameo("181")                           # &FORCE before `*`: SOLDIERS is the agent
    m = match(nlp, toy, "Soldiers were attacked.", "attacked")[0]
    assert m.code == cameo("193")                           # POST noun = the passive subject


def test_comma_continues_on_the_object_candidates_even_before_the_star(nlp, toy):
    # Quirk: the second PRE slot of `- POLICE PROTESTERS *` is looked for among the objects
    m, view = match(nlp, toy, "Xland police jailed protesters.", "jailed")
    assert m.code == cameo("1724")
    assert {view.words[i] for i in m.consumed} == {"POLICE", "PROTESTERS"}
    assert match(nlp, toy, "Xland police jailed journalists.", "jailed")[0].code == cameo("174")


def test_pre_preposition_inside_the_subject_then_on_the_verb(nlp, toy):
    m, view = match(nlp, toy, "A spokesman for the army criticized Yland.", "criticized")
    assert m.code == cameo("1125")
    assert {view.words[i] for i in m.consumed} == {"SPOKESMAN", "ARMY"}
    m = match(nlp, toy, "The spokesman criticized Yland for the army.", "criticized")[0]
    assert m.code == cameo("1125")


def test_braced_noun_inside_a_pre_preposition_never_matches(nlp, toy):
    m = match(nlp, toy, "An envoy for peace talks criticized Yland.", "criticized")[0]
    assert m.code == cameo("111") and m.pattern is None


# 17: consumption ----------------------------------------------------------------------------------

def test_matched_heads_and_single_modifiers_are_consumed(nlp, toy):
    m, view = match(nlp, toy, "Xland detained the opposition leader.", "detained")
    assert m.code == cameo("1721")
    assert {view.words[i] for i in m.consumed} == {"LEADER", "OPPOSITION"}
    assert not m.wildcard


# 18: adverbs --------------------------------------------------------------------------------------

def test_adverb_heads_never_complete_a_match(nlp, toy):
    m = match(nlp, toy, "Xland looks forward.", "looks")[0]
    assert m.meaning == "MEET" and m.code == cameo("040") and m.pattern is None


# forced passive and [A:P] -------------------------------------------------------------------------

def test_active_passive_pair_and_forced_passive(nlp, toy):
    m = match(nlp, toy, "Xland visited Yland.", "visited")[0]
    assert (m.code, m.passive, m.forced_passive) == (cameo("042"), cameo("043"), False)
    m = match(nlp, toy, "Xland indicted Yland.", "indicted")[0]
    assert (m.code, m.active, m.forced_passive) == (cameo("173"), 0, True)


# the quirks fixed in the profile communique ------------------------------------------------------

def test_fixed_braces_verify_every_modifier(nlp, toy):
    m, view = match(nlp, toy, "Xland attacked rebel army positions.", "attacked", fix_quirks=True)
    assert m.code == cameo("196")
    assert {view.words[i] for i in m.consumed} == {"REBEL", "ARMY", "POSITIONS"}
    m = match(nlp, toy, "Xland attacked rebel positions.", "attacked", fix_quirks=True)[0]
    assert m.code == cameo("194")                 # a one-modifier brace still matches as before


def test_fixed_tabari_markers_stand_for_an_actor(nlp, toy):
    assert match(nlp, toy, "Xland attacked Yland.", "attacked", fix_quirks=True)[0].code == cameo("1951")
    m, view = match(nlp, toy, "Xland struck at Yland.", "struck", fix_quirks=True)
    assert m.code == cameo("1952")
    assert not m.consumed and not m.wildcard          # the marked NP stays the actor
    assert match(nlp, toy, "Xland struck.", "struck", fix_quirks=True)[0].code == cameo("195")


def test_fixed_adverb_heads_complete_a_match(nlp, toy):
    assert match(nlp, toy, "Xland looks forward.", "looks", fix_quirks=True)[0].code == cameo("013")


def test_fixed_braced_noun_inside_a_pre_preposition(nlp, toy):
    m, view = match(nlp, toy, "An envoy for peace talks criticized Yland.", "criticized", fix_quirks=True)
    assert m.code == cameo("1124")
    assert {view.words[i] for i in m.consumed} >= {"ENVOY", "TALKS"}


# the real dictionary -------------------------------------------------------------------------------

def test_real_dictionary_examples(nlp):
    verbs = load_verb_dictionary()
    m, view = match(nlp, verbs, "Xland sent troops to Yland.", "sent")
    assert m.code == cameo("154") and {view.words[i] for i in m.consumed} == {"TROOPS"}
    m, view = match(nlp, verbs, "Xland police arrested protesters.", "arrested")
    assert m.code == cameo("173") and {view.words[i] for i in m.consumed} == {"POLICE"}
    m = match(nlp, verbs, "Xland visited Yland.", "visited")[0]
    assert (m.code, m.passive) == (cameo("042"), cameo("043"))
    assert match(nlp, verbs, "Xland urged Yland to release Zland.", "urged")[0].code == 0
    assert match(nlp, verbs, "Xland accused Yland of aggression.", "accused")[0].code == cameo("112")


SIGNING = """\
####### SYNONYM SETS #######
&ENVOY
+ENVOY
+MEDIATOR
+PEACE_BROKER
####### VERB PATTERNS #######
---  SIGN  [---]  ---
SIGN
- * [010]
- * AGREEMENT [057]
- * &ENVOY [042]
"""


def test_pattern_nouns_are_exact_forms_and_a_star_only_pattern_is_the_blocks_default(nlp, tmp_path):
    # §2.2.1, §2.2.4: a pattern noun is an upper-cased surface form (no lemma: AGREEMENTS is not
    # AGREEMENT); a single-word synset member also matches its generated plural (Y -> IES even after a
    # vowel: ENVOY gives ENVOIES, so "envoys" is no member), a multi-word member none; `- * [CODE]` sits at
    # the trie root and codes the block's verbs when no longer pattern matches
    path = tmp_path / "signing.txt"
    path.write_text(SIGNING, encoding="utf-8")
    verbs = read_verb_dictionary([path])
    for text, expected in [("Xland signed the agreement.", "057"), ("Xland signed the agreements.", "010"),
                           ("Xland signed the mediators.", "042"), ("Xland signed the envoy.", "042"),
                           ("Xland signed the envoys.", "010"),
                           ("Xland signed the peace broker.", "042"), ("Xland signed the peace brokers.", "010")]:
        assert match(nlp, verbs, text, "signed")[0].code == cameo(expected), text
