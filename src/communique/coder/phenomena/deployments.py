"""Armed forces or weapons sent or deployed are a mobilisation, forces sent to help are aid (profile
`communique`, switch `deployed_forces`; session 12, branch plovercensus).

CAMEO codes the moving of forces as 15 "Exhibit force posture" (154 "Mobilize or increase armed forces", 153
"... police power"); the PLOVER manual's MOBILIZE is "All military or police moves that fall short of the actual
use of force", mode weapons for "weapons, ships, or vehicles". CAMEO.2.0.txt has patterns for some verb and object
pairs only ("- * TROOPS [154]"), so "Yland deployed 5,000 federal police officers to the north" or "the Yland navy
deployed an aircraft carrier group" is coded nothing or its verb block's default. For a clause no pattern matched
whose verb moves something somewhere (data/coder_deployments.tsv: deploy, send, dispatch, station, mass, move,
...) and whose object (a passive's subject) is an armed force by the actor dictionary (its noun phrase is read as
an actor of role MIL, or COP for police) or a weapon, vessel or vehicle of war named in that table (its head, with
the modifiers before it: "fighter jets"), `deployment_code` gives 154, or 153 for police. Asked by
`sense_tables.SenseTableSteps._object_sense` after the object-senses, silent-verbs and act-noun tables.

An armed force raised (session 37, branch p12read37: a verb of founding, data/coder_deployments.tsv kind
`founding`, whose object's head is an armed body of kind `body`: "launched a regional militia", "set up a rapid
reaction force") is the CAMEO codebook's 154 "Mobilize or increase armed forces", the PLOVER manual's MOBILIZE
(mode militia: "Mobilize or increase readiness of any non-state entity with significant military capability").
Only a body named by its own noun is read: an actor of role MIL read in the object ("formed a military
government", "created a military court") and weapons ("launched missiles": an attack) are not.

A deployment whose purpose is to help ("sent 300 police officers to Haiti to assist the local police") is aid,
070 (the manual's AID: "Military and police assistance including arms and personnel"; MOBILIZE: "Mobilizing police
or military forces for disaster relief should be coded as AID"). Humanitarian goods sent, delivered or distributed
("sent 20 tonnes of medical supplies to Yland") are 073 "Provide humanitarian aid". A head of amount ("20 tonnes
of", "$2 billion in") is read at its OF or IN object, by `nouns.acts.amount_words`, here and for the act nouns.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from ...data_files import data_path, kinded_words
from ..actors.arithmetic import printed_code
from ..nouns.acts import singular_forms
from ..codes import to_internal
from .silent_verbs import lemma_row_forms

FILE = "coder_deployments.tsv"
ARMED, POLICE, AID = to_internal("154"), to_internal("153"), to_internal("070")
KINDS = ("verb", "weapon", "collective", "help", "force", "member", "grounds", "founding", "body")


@lru_cache(maxsize=1)
def deployment_tables() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """(the written forms of the verbs, the weapons as word tuples ("FIGHTER", "JET"), the collective heads, the
    written forms of the verbs of a purpose of helping)."""
    rows = _rows()
    return rows["verb"], rows["weapon"], rows["collective"], rows["help"]


@lru_cache(maxsize=1)
def personnel_tables() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(the nouns of armed persons that are a force by themselves ("fighters", "reservists"), the nouns of
    members that are a force when an armed force or police moves them ("the police deployed 3,000 officers")),
    each as a word tuple."""
    rows = _rows()
    return rows["force"], rows["member"]


def grounds_verbs() -> frozenset[str]:
    """The written forms of the verbs of a participle giving a mobilisation's grounds ("citing")."""
    return _rows()["grounds"]


@lru_cache(maxsize=1)
def _rows() -> dict[str, frozenset]:
    return kinded_words(data_path(FILE), "the deployment table", KINDS,
                        rows={"verb": lemma_row_forms, "help": lemma_row_forms, "grounds": lemma_row_forms,
                              "founding": lemma_row_forms, "body": lambda words: [tuple(words)],
                              "weapon": lambda words: [tuple(words)],
                              "force": lambda words: [tuple(words)], "member": lambda words: [tuple(words)],
                              "collective": lambda words: words[:1]})


def deployment_code(form: str, objects: list[tuple[list[str], list[str]]],
                    purposes: tuple[str, ...] = (), movers: Callable[[], Sequence[str]] = tuple) -> tuple[int, str] | None:
    """(internal code, step) where the verb form moves forces and one of its objects, each given as (its actor
    codes, its words up to its head, upper case, read at its OF object where its head is a partitive), is an armed
    force, a weapon or armed persons, or members ("officers") moved by an armed force or police (`movers`: the
    subject's actor codes); aid (070) where one of the forms of its purpose clauses (`purposes`) is a verb of
    helping; None otherwise. `movers` is called only where a member noun asks whose it is."""
    verbs, weapons, collectives, helps = deployment_tables()
    if form in _rows()["founding"]:  # "launched a regional militia", "set up a rapid reaction force" (session 37)
        return next(((ARMED, f"addition: {form} {' '.join(words)}, an armed force raised, a mobilisation (154)")
                     for _, words in objects if words and any(_ends_with(words, body) for body in _rows()["body"])),
                    None)
    if form not in verbs:
        return None
    found = _forces(form, objects, weapons, collectives) or _personnel(form, objects, movers)
    if found is not None and any(p in helps for p in purposes):
        return AID, f"addition: {form} forces to {'/'.join(p for p in purposes if p in helps)}, aid (070)"
    return found


def _forces(form: str, objects, weapons, collectives) -> tuple[int, str] | None:
    for codes, words in objects:
        sectors = {printed_code(code)[3:6] for code in codes}  # "~COP": a police of no country named
        if "MIL" in sectors:
            return ARMED, f"addition: {form} armed forces, a mobilisation (154)"
        if "COP" in sectors:
            return POLICE, f"addition: {form} police, a mobilisation (153)"
        if _weapon(words, weapons, collectives):
            return ARMED, f"addition: {form} {' '.join(words)}, weapons moved, a mobilisation (154)"
    return None


def _personnel(form: str, objects, movers: Callable[[], Sequence[str]]) -> tuple[int, str] | None:
    """Armed persons named by a noun of their own ("sent thousands of fighters"), a mobilisation (154); members
    ("officers", "personnel") moved by a subject that is an armed force (154) or police (153)."""
    forces, members = personnel_tables()
    for _, words in objects:
        if words and any(_ends_with(words, noun) for noun in forces):
            return ARMED, f"addition: {form} {' '.join(words)}, armed persons moved, a mobilisation (154)"
        if words and any(_ends_with(words, noun) for noun in members):
            sectors = {printed_code(code)[3:6] for code in movers()}
            if "COP" in sectors:
                return POLICE, f"addition: {form} {' '.join(words)} by the police, a mobilisation (153)"
            if "MIL" in sectors:
                return ARMED, f"addition: {form} {' '.join(words)} by an armed force, a mobilisation (154)"
    return None


def named_weapon(words: list[str]) -> bool:
    """Whether the words up to a head (upper case) name a weapon of the table ("18 WARPLANES", "FIGHTER JETS")."""
    _, weapons, collectives, _ = deployment_tables()
    return _weapon(words, weapons, collectives)


def _weapon(words: list[str], weapons, collectives) -> bool:
    """Whether the words up to a head name a weapon, the head read past a collective ("carrier group")."""
    if not words:
        return False
    if any(_ends_with(words, weapon) for weapon in weapons):
        return True
    return any(form in collectives for form in singular_forms(words[-1])) and _weapon(words[:-1], weapons, frozenset())


def _ends_with(words: list[str], weapon: tuple[str, ...]) -> bool:
    head = weapon[-1]
    return any(form == head for form in singular_forms(words[-1])) and tuple(words[-len(weapon):-1]) == weapon[:-1]
