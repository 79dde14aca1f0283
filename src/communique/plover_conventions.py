"""An event's PLOVER type, mode and context under a coding profile's PLOVER conventions.

`codes.plover_for` reads data/cameo_to_plover.tsv, the CAMEO2PLOVER-2021 table with the decisions written for
communique. Two switches of the profile `communique` (coder/profiles.py) follow the PLOVER manual where that
table does not: `plover_crosswalk` gives a code its cue category's type by the manual's own crosswalk
(data/plover_crosswalk.tsv: "everything at the 3- and 4-digit level should simply be reduced to the 2-digit
cue category"), and `plover_resignations` makes a resignation (CAMEO 083x triggered by "resign", "step down",
...) the manual's RETREAT resign (data/plover_senses.tsv), and `plover_charges` makes a charge, indictment,
prosecution or lawsuit (CAMEO 173 triggered by "indict", "prosecute", "sue", ...) the manual's ACCUSE allege,
not a COERCE arrest (data/plover_charges.tsv), `plover_concessions` makes a ceasefire declared (CAMEO 0871
by "declare", "announce") and a pardon or acquittal (084x by "pardon", "acquit") the manual's CONCEDE, a verbal
concession, not a RETREAT (data/plover_concessions.tsv), and `plover_statements` gives a residual statement (CAMEO 010
"Make statement, not specified below": "X told reporters ...", the frame of a reported act) no PLOVER type,
as the PLOVER 2.0 manual's translation table drops CAMEO 01 MAKE PUBLIC STATEMENT; the table's SUPPORT for
010 is an approximation (data/cameo_to_plover.tsv), and the comments 011-019, which name a stance (decline to
comment, pessimistic, optimistic, deny), keep theirs, except where `plover_comments` drops them too: the manual
eliminates "the CAMEO 01 and 02 categories dealing with comments" and names only 015 (AGREE) and 016 (REJECT) as
possible exceptions, so a wreath laid (017), condolences (018), accord (019), a declined comment (011) or an
outlook (012, 013) or an option considered (014) has no PLOVER type. The event stays, with its CAMEO code. Two more follow
the manual's verbal types: `plover_future_cooperation` makes an act of CONSULT, SUPPORT, COOPERATE or AID told
for later an AGREE ("will meet the Yland president"), and `plover_verbal_senses` an invitation AGREE and a
summoning ACCUSE (data/plover_verbal_senses.tsv). `plover_material_senses` types the material acts the
manual names under another type than their code's crosswalk, by the trigger and, where it matters, the head of
its object (data/plover_material_senses.tsv: a raid COERCE seize, diplomats expelled SANCTION expel, a conviction
SANCTION convict, riot police deployed MOBILIZE, an amnesty CONCEDE, a debt forgiven AID, a withdrawal from a body
SANCTION withdraw, soldiers' arrests COERCE arrest). The
profile `petrarch2` keeps the table as it is.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from .codes import by_longest_prefix, plover_for
from .coder.profiles import Profile
from .data_files import table_rows

CROSSWALK_FILE = "plover_crosswalk.tsv"
SENSES_FILE = "plover_senses.tsv"
CHARGES_FILE = "plover_charges.tsv"
VERBAL_SENSES_FILE = "plover_verbal_senses.tsv"
# the PLOVER manual, AGREE: "Cooperative actions of type CONSULT, SUPPORT, COOPERATE, and AID reported in future
# tense are also taken to imply intentions and should be coded as AGREE" (`plover_future_cooperation`)
FUTURE_COOPERATION = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
CONCESSIONS_FILE = "plover_concessions.tsv"
MATERIAL_SENSES_FILE = "plover_material_senses.tsv"
ANY = "*"
# the dependencies of the trigger's children whose head is what the act is done to (`plover_material_senses`)
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
# CAMEO 010 "Make statement, not specified below" (and its root 01): a statement that names no stance
RESIDUAL_STATEMENTS = frozenset({"01", "010"})
# `plover_comments`: the comments the PLOVER manual names as possible exceptions to dropping CAMEO 01 ("a CAMEO
# 015: Acknowledge or claim responsibility might be considered AGREE and a CAMEO 016: Deny responsibility might be
# considered REJECT"); every other comment (011-014, 017-019) has no PLOVER type ("The CAMEO 01 and 02 categories
# dealing with comments have been eliminated")
TYPED_COMMENTS = frozenset({"015", "016"})


@lru_cache(maxsize=1)
def _crosswalk() -> dict[str, str]:
    return {prefix: plover_type for prefix, plover_type in table_rows(CROSSWALK_FILE, 2)}


@lru_cache(maxsize=4)
def _senses(name: str = SENSES_FILE) -> tuple[tuple[str, frozenset[str], str, str], ...]:
    return tuple((prefix, frozenset(w.strip() for w in lemmas.split(",") if w.strip()), plover_type, mode)
                 for prefix, lemmas, plover_type, mode in table_rows(name, 4))


@lru_cache(maxsize=1)
def _material_senses() -> tuple[tuple[str, frozenset[str], frozenset[str], str, str], ...]:
    def words(field: str) -> frozenset[str]:
        return frozenset() if field == ANY else frozenset(w.strip() for w in field.split(",") if w.strip())
    return tuple((prefix, words(lemmas), words(objects), plover_type, mode)
                 for prefix, lemmas, objects, plover_type, mode in table_rows(MATERIAL_SENSES_FILE, 5))


def object_lemmas(trigger) -> tuple[str, ...]:
    """The lower-case lemmas of what a trigger token's act is done to: the heads of its direct objects (a
    passive's subjects), and the OF object of each ("part of its debt", "a number of diplomats"); and the object
    of each of its own prepositions, written PREPOSITION:LEMMA ("withdrew from the court": from:court), a gerund
    there too ("barred him from entering": from:enter)."""
    out: list[str] = []
    for child in trigger.children:
        if child.dep_ in OBJECT_DEPS:
            out.append(child.lemma_.lower())
            out.extend(g.lemma_.lower() for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "prep":
            out.extend(f"{child.lower_}:{g.lemma_.lower()}" for g in child.children if g.dep_ in ("pobj", "pcomp"))
    return tuple(out)


def _with_type(plover: dict[str, Any], plover_type: str, mode: str | None) -> dict[str, Any]:
    if plover["type"] == plover_type and mode is None:
        return plover
    return {"type": plover_type, "mode": mode, "context": list(plover["context"])}


def plover_in_profile(code: str, trigger_lemma: str, profile: Profile, mood: str = "asserted",
                      objects: tuple[str, ...] = ()) -> dict[str, Any]:
    """The contract's `plover` object for an event coded `code` whose trigger's lemma is `trigger_lemma`, told
    in `mood` (modality/'s modality, "future" also for an act announced for later on a condition), the
    trigger's act done to `objects` (`object_lemmas`)."""
    plover = _plover_by_code(code, trigger_lemma, profile, objects)
    if profile.plover_future_cooperation and mood == "future" and plover["type"] in FUTURE_COOPERATION:
        return _with_type(plover, "AGREE", None)  # "will meet the Yland president on Friday": AGREE, not CONSULT
    return plover


def promised_cooperation(code: str, trigger_lemma: str, profile: Profile) -> bool:
    """`plover_future_cooperation`: whether an event of `code`, announced for later, is the PLOVER manual's AGREE
    (an act of CONSULT, SUPPORT, COOPERATE or AID): announced on a condition ("would meet him if ..."), it is
    the same announcement, scored as told for later (modality future), not left a possibility."""
    return profile.plover_future_cooperation and \
        _plover_by_code(code, trigger_lemma, profile)["type"] in FUTURE_COOPERATION


def _plover_by_code(code: str, trigger_lemma: str, profile: Profile, objects: tuple[str, ...] = ()) -> dict[str, Any]:
    if profile.plover_statements and code in RESIDUAL_STATEMENTS:
        return {"type": None, "mode": None, "context": []}  # the 2.0 manual drops 01 MAKE PUBLIC STATEMENT
    if profile.plover_comments and code[:2] == "01" and code not in TYPED_COMMENTS | RESIDUAL_STATEMENTS:
        return {"type": None, "mode": None, "context": []}  # "comments have been eliminated", but 015, 016
    plover = plover_for(code)
    if profile.plover_crosswalk:
        cue_type = by_longest_prefix(code, _crosswalk())
        if cue_type is not None and cue_type != plover["type"]:
            plover = _with_type(plover, cue_type, None)  # the old mode names a mode of the other type
    tables = ((SENSES_FILE,) if profile.plover_resignations else ()) + \
        ((CHARGES_FILE,) if profile.plover_charges else ()) + \
        ((VERBAL_SENSES_FILE,) if profile.plover_verbal_senses else ()) + \
        ((CONCESSIONS_FILE,) if profile.plover_concessions else ())
    lemma = trigger_lemma.lower()
    for name in tables:
        for prefix, lemmas, plover_type, mode in _senses(name):
            if code.startswith(prefix) and lemma in lemmas:
                return _with_type(plover, plover_type, mode or None)
    if profile.plover_material_senses:
        for prefix, lemmas, nouns, plover_type, mode in _material_senses():
            if code.startswith(prefix) and (not lemmas or lemma in lemmas) \
                    and (not nouns or any(n in nouns for n in objects)):
                return _with_type(plover, plover_type, mode or None)
    return plover
