"""communique's own knowledge, as a layer that fires only where PETRARCH-2's dictionary is silent.

The layer is a verb file in PETRARCH-2 syntax, `data/coder_additions.txt`: news verbs that CAMEO.2.0.txt
has no entry for (URGE, SANCTION, LYNCH, ...), each block naming the general phenomenon it covers and
its origin in the CAMEO or PLOVER manual. It is read after CAMEO.2.0.txt and after the user's `--verbs`
file, and PETRARCH's own precedence does the rest: the first definition of a verb form (with its particles,
§2.2.2) wins, so an addition can never recode a verb the dictionary (or the user) already defines; a phrasal
verb the dictionary lacks ("stood DOWN") is added beside the plain verb it knows (STAND), and its blocks have
names of their own, so it changes no pattern of the dictionary. Some blocks of the dictionary get new paths only,
never a changed one: CANCEL ("ceased fire"), SEND, BRING and FLY for relief conveyed, and, since session 17, the
blocks whose verbs take a fixed verbal idiom ("took issue with" in APPREHEND, "came to the aid of" in ARRIVE, ...),
all listed and checked in tests/coder/test_additions.py (`IDIOM_BLOCKS`). The engine then codes an added verb like
any other: patterns, passives, composition with its complements.

A second, small table (`data/coder_additions_composition.tsv`, `composed_code`) gives the code of a
speech act over a yield where PETRARCH's code arithmetic finds none: the CAMEO manual's appeals, intents
and demands to release (x53) or to de-escalate (x56), which the internal code table does not line up.

Third, an appeal, intent or demand coded only by its root takes the sub-code of what it asks for
(`content_codes.py`, which reads the table above).

Fourth, `mood_code` (`data/coder_additions_mood.tsv`): a refused cooperation is a rejection (12x) and
coercion or violence announced for later is a threat (13x), by the CAMEO manual; PETRARCH folds only a
"not" after the first auxiliary into the code, so "refused to meet", "would not provide" and "will impose
sanctions" stay moods the pipeline reads (modality/). The pipeline asks for it once the modality is known.

Fifth, `intent_table` (`data/coder_additions_intent.tsv`): the nouns and adjectives of intent, and the
CAMEO manual's intent code of each act, for an intent a noun or an adjective expresses (`nouns/intents.py`) and
for an agreement or announcement over an act (`composed_code`, `mood_code`).

Sixth, `block_codes` (`data/coder_additions_blocks.tsv`): a CAMEO.2.0 block with no code of its own whose
verbs all name one event class (REFUSE: reject, deny, rule out) codes a verb with no matching pattern by
the manual's "not specified" code of that class ("rejected the plan": 120).

Seventh, `deontic_codes` (`data/coder_additions_deontic.tsv`): a statement that another actor must or should
act ("Xland said Yland must withdraw") is a demand (10x) or an appeal (02x) to that actor, sub-coded by
what it asks for, not a statement about an act that happened (recall.py, switch `deontic_requests`).

Eighth, `nominal_verbs` (`data/coder_additions_nominals.tsv`): a verb with no code whose object is an event
noun ("completed their withdrawal from Xland") is coded as the verb the noun names, with that verb's
patterns and the noun's own prepositional phrases (recall.py, switch `nominal_events`).

Ninth, `object_senses` (`data/coder_additions_objects.tsv`): a verb no pattern matched takes the sense its
object gives it: an idiom that names no event ("the vote will take place": TAKE's block would make it a
seizure, 171) has no code; obstructing a road, bridge or crossing is the manual's 144 "obstruct passage,
block" (140 in PETRARCH-2's code table), not the EXCLUDE block's 170 (sense_tables.py, switch `object_senses`).

Tenth, the synset additions (`data/coder_additions_synsets.txt`, switch `synset_additions`): words a synset of
CAMEO.2.0.txt lacks (DEAL in &TREATY, ARMS in &WEAPON) join it before the dictionary's patterns are expanded
(coder/dictionary.py), so every pattern naming the synset matches them at its own code and precedence.

Two word lists serve the pattern matcher (`match.py`, through compose.py): `partitive_heads`
(`data/coder_additions_partitives.tsv`, switch `partitive_subjects`: "thousands of troops" offers TROOPS too) and
`carried_cargo` (`data/coder_carried_cargo.tsv`, switch `carried_cargo`: "a ship carrying aid" offers AID first).

The other addition of the profile `communique`, an unidentified source for material conflict with no
actor named, is a switch of the engine's output filter (`Profile.agentless_material_conflict`).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..codes import is_valid_code
from ..data_files import data_path, tsv_rows, upper_words
from ..errors import DataFileError
from .cameo_roots import MATERIAL_CONFLICT_ROOTS
from .codes import cameo_of, lookup_codes, to_cameo, to_internal, to_written
from .profiles import Profile

ADDITIONS_FILE = "coder_additions.txt"
COMPOSITION_FILE = "coder_additions_composition.tsv"
PARTITIVES_FILE = "coder_additions_partitives.tsv"
CARGO_FILE = "coder_carried_cargo.tsv"
MOOD_FILE = "coder_additions_mood.tsv"
INTENT_FILE = "coder_additions_intent.tsv"
BLOCKS_FILE = "coder_additions_blocks.tsv"
DEONTIC_FILE = "coder_additions_deontic.tsv"
NOMINALS_FILE = "coder_additions_nominals.tsv"
OBJECTS_FILE = "coder_additions_objects.tsv"
BLOCK_PREFIX = "COMMUNIQUE_"  # every block of the additions file is named so


def additions_path() -> Path:
    return data_path(ADDITIONS_FILE)


def communique_verb_dictionary():
    """CAMEO.2.0.txt with the additions and the synset additions: the profile communique's built-in
    dictionary. The parse repairs read their verb forms here, which are the same in every profile (the
    additions add no plain entry to a form CAMEO.2.0.txt has, only phrasal verbs), so that a run of the default
    profile holds one dictionary."""
    from .dictionary import SYNSET_ADDITIONS_FILE, load_verb_dictionary

    return load_verb_dictionary((additions_path(),), synset_additions=data_path(SYNSET_ADDITIONS_FILE),
                                bare_prepositions=Profile().bare_prepositions,
                                slash_alternatives=Profile().slash_alternatives)


def verb_files(user_verbs: Path | None, profile: Profile) -> tuple[Path, ...]:
    """The verb files read after CAMEO.2.0.txt, in order: the user's, then (by the profile) the additions."""
    files = (Path(user_verbs),) if user_verbs else ()
    return files + ((additions_path(),) if profile.additions else ())


def load_coder_knowledge(user_verbs: Path | None, profile: Profile):
    """The coder's dictionaries for a profile: CAMEO.2.0.txt, the user's verbs, the additions."""
    from . import CoderKnowledge

    return CoderKnowledge.load(profile=profile, verb_files=verb_files(user_verbs, profile))


def composed_code(upper: int, lower: int) -> int | None:
    """The internal code of governing code `upper` over inner code `lower` by the CAMEO manual's parallel
    codes, where communique's tables have one; None elsewhere (PETRARCH's `combine` then stands):
    an appeal, intent or demand over a release or de-escalation (data/coder_additions_composition.tsv),
    an intent over an act (the intent table: "plans to mediate" 039, where combine keeps the act),
    an agreement over a cooperative act (the CAMEO manual's 030 "agree to ... cooperate": "agreed to help"
    033, where combine has no code), a threat or announced intent over coercion or violence (the mood
    table's future rows: "threatened to ban", "plans to impose sanctions": 132, 1312, where combine keeps
    the coercion or has no code)."""
    found = table_code(upper, lower)
    if found is not None:
        return found
    outer, inner = to_cameo(upper), cameo_of(lower)  # a content written 082 is not read as 0842, a release
    if outer == AGREEING_CODE and inner is not None and inner[:2] == outer[:2]:
        intent = longest_prefix_code(intent_table()[1], inner)  # "agreed to cooperate with Yland": 031, not the act 050
        return to_written(intent) if intent else None
    if outer is None or inner is None or inner[:2] == outer[:2]:
        return None
    if outer[:2] in ("03", "13") and inner[:2] in MATERIAL_CONFLICT_ROOTS:
        code = longest_prefix_code(mood_table().get("future", {}), inner)  # coercion announced for later: a threat
    elif outer[:2] == "03" or (outer[:2] == "05" and inner[:2] in COOPERATION_ROOTS):
        code = longest_prefix_code(intent_table()[1], inner)  # agreeing to an act: committing to it (CAMEO 030)
    else:
        return None
    return to_written(code) if code else None  # "threatened to impose a curfew": 1323 is not printed as 137


# AGREE's block code in CAMEO.2.0.txt (050): over a diplomatic act of its own root ("agreed to cooperate with",
# "agreed to support") it is the CAMEO manual's 030 "agree to ... cooperate", the intent to do that act (032),
# not the act done; the PLOVER manual's AGREE ("Agree to, offer, promise ... commitment to cooperate"). The
# code alone is read, so another verb coded 050 over an infinitive of 05x ("allied to support") reads so too.
AGREEING_CODE = "050"
# CAMEO roots of consultation, diplomatic and material cooperation (04-08): what an actor agrees to do
COOPERATION_ROOTS = frozenset({"04", "05", "06", "07", "08"})


def longest_prefix_code(table: dict[str, str], code: str) -> str | None:
    """The value of the longest prefix of CAMEO `code` (two digits at least) that `table` has, else None."""
    return next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table), None)


def table_code(upper: int, lower: int) -> int | None:
    """The internal code the composition table gives governing code `upper` over inner code `lower`, else None.
    The inner code is looked up as the code a data row or its pattern wrote it as, else as each CAMEO code of its
    value (044 and 046 share one: `codes.lookup_codes`), by the longest prefix the table has of any of them."""
    outer = to_cameo(upper)
    inners = lookup_codes(lower)
    if outer is None or not inners:
        return None
    for width in (None, 3, 2):  # the longest content prefix the table has, of any of the codes
        for inner in inners:
            result = composition_table().get((outer[:2], inner[:width]))
            if result is not None:
                return to_written(result)
    return None


@lru_cache(maxsize=1)
def composition_table() -> dict[tuple[str, str], str]:
    """(governing CAMEO root, content code prefix) -> the CAMEO code of the whole."""
    path = data_path(COMPOSITION_FILE)
    table = {}
    for n, parts in tsv_rows(path, "the coder's composition additions"):
        if len(parts) < 3 or not all(is_valid_code(c) for c in (parts[1], parts[2])):
            raise DataFileError(f"{path} line {n}: expected 'root<TAB>content code<TAB>result code<TAB>phenomenon'.")
        table[(parts[0], parts[1])] = parts[2]
    return table


@lru_cache(maxsize=1)
def block_codes() -> dict[str, int]:
    """CAMEO.2.0 block name -> the internal code of its verbs where no pattern matches (the blocks table)."""
    return _word_codes(BLOCKS_FILE, "the coder's block additions", "block<TAB>CAMEO code<TAB>phenomenon",
                       extra_columns=True)


@lru_cache(maxsize=1)
def deontic_codes() -> dict[str, int]:
    """Modal auxiliary (MUST, SHOULD) -> the internal code of the demand or appeal a statement of it makes."""
    return _word_codes(DEONTIC_FILE, "the coder's deontic additions", "MODAL<TAB>CAMEO code")


def _word_codes(name: str, what: str, form: str, extra_columns: bool = False) -> dict[str, int]:
    """A table of word -> CAMEO code (as an internal code), each line checked against `form`."""
    path = data_path(name)
    table = {}
    for n, parts in tsv_rows(path, what):
        wrong_width = len(parts) < 2 if extra_columns else len(parts) != 2
        if wrong_width or not is_valid_code(parts[1]):
            raise DataFileError(f"{path} line {n}: expected '{form}'.")
        table[parts[0]] = to_internal(parts[1])
    return table


@lru_cache(maxsize=1)
def nominal_verbs() -> dict[str, str]:
    """Event noun (WITHDRAWAL) -> the CAMEO.2.0 verb form it names (WITHDRAW)."""
    path = data_path(NOMINALS_FILE)
    table = {}
    for n, parts in tsv_rows(path, "the coder's event nouns"):
        if len(parts) != 2 or not parts[0].isupper() or not parts[1].replace("_", "").isupper():
            raise DataFileError(f"{path} line {n}: expected 'NOUN<TAB>VERB'.")
        table[parts[0]] = parts[1]
    return table


@lru_cache(maxsize=1)
def partitive_heads() -> frozenset[str]:
    """The nouns of quantity or part whose OF object is a subject candidate too (`partitive_subjects`)."""
    return upper_words(PARTITIVES_FILE, "the coder's partitive nouns")


@lru_cache(maxsize=1)
def carried_cargo() -> dict[str, frozenset[str]]:
    """role -> words of data/coder_carried_cargo.tsv: the vehicles named by their load ("vehicle") and the
    participles that name it as their object ("carrying") or with WITH ("loading"); `carried_cargo`."""
    path = data_path(CARGO_FILE)
    roles: dict[str, set[str]] = {"vehicle": set(), "carrying": set(), "loading": set()}
    for n, parts in tsv_rows(path, "the coder's carried cargo"):
        if len(parts) != 2 or parts[1] not in roles or not parts[0].isupper():
            raise DataFileError(f"{path} line {n}: expected 'WORD<TAB>vehicle|carrying|loading'.")
        roles[parts[1]].add(parts[0])
    return {role: frozenset(words) for role, words in roles.items()}


@lru_cache(maxsize=1)
def object_senses() -> dict[tuple[str, str], int]:
    """(VERB, OBJECT NOUN) -> the internal code the verb has with that object where no pattern matched;
    0 for an idiom that is no event ("take place")."""
    path = data_path(OBJECTS_FILE)
    table = {}
    for n, parts in tsv_rows(path, "the coder's object senses"):
        if len(parts) < 3 or not (parts[2] == "---" or is_valid_code(parts[2])):
            raise DataFileError(f"{path} line {n}: expected 'VERB<TAB>NOUN<TAB>code or ---<TAB>phenomenon'.")
        table[(parts[0], parts[1])] = 0 if parts[2] == "---" else to_written(parts[2])
    return table


def mood_code(code: str, modality: str) -> str | None:
    """The code an event of CAMEO `code` becomes in `modality` ("negated": a rejection, "future": a threat),
    by the longest matching prefix of data/coder_additions_mood.tsv, or for cooperation announced for later
    ("will provide aid"), the intent to do it (the intent table: 033); None where the mood changes nothing."""
    table = mood_table().get(modality)
    found = longest_prefix_code(table, code) if table else None
    if found is None and modality == "future" and code[:2] in PROMISED_ROOTS:
        found = longest_prefix_code(intent_table()[1], code)  # cooperation announced for later: a promise (03x)
    return found


# cooperation whose announcement for later is the CAMEO manual's "offer, promise" (030): diplomatic and
# material cooperation, aid, yielding; not a meeting (04), which a report of the future schedules
PROMISED_ROOTS = frozenset({"05", "06", "07", "08"})


@lru_cache(maxsize=1)
def mood_table() -> dict[str, dict[str, str]]:
    """mood -> event code prefix -> the resulting CAMEO code."""
    path = data_path(MOOD_FILE)
    table: dict[str, dict[str, str]] = {}
    for n, parts in tsv_rows(path, "the coder's mood additions"):
        if len(parts) != 3 or parts[0] not in ("negated", "future") or not is_valid_code(parts[2]):
            raise DataFileError(f"{path} line {n}: expected 'negated|future<TAB>code prefix<TAB>code'.")
        table.setdefault(parts[0], {})[parts[1]] = parts[2]
    return table


@lru_cache(maxsize=1)
def intent_table() -> tuple[frozenset[str], dict[str, str]]:
    """(the upper-case nouns and adjectives of intent, act code prefix -> intent code)."""
    path = data_path(INTENT_FILE)
    cues, codes = set(), {}
    for n, parts in tsv_rows(path, "the coder's intent additions"):
        if parts[0] == "cue" and len(parts) == 2:
            cues.add(parts[1])
        elif parts[0] == "code" and len(parts) == 3 and is_valid_code(parts[2]):
            codes[parts[1]] = parts[2]
        else:
            raise DataFileError(f"{path} line {n}: expected 'cue<TAB>WORD' or 'code<TAB>prefix<TAB>code'.")
    return frozenset(cues), codes
