"""Armed forces or weapons sent or deployed are a mobilisation (profile `communique`, switch `deployed_forces`;
session 12, branch plovercensus).

CAMEO codes the moving of forces as 15 "Exhibit force posture" (154 "Mobilize or increase armed forces", 153
"... police power"); the PLOVER manual's MOBILIZE is "All military or police moves that fall short of the actual
use of force", mode weapons for "weapons, ships, or vehicles". CAMEO.2.0.txt has patterns for some verb and object
pairs only ("- * TROOPS [154]"), so "Yland deployed 5,000 federal police officers to the north" or "the Yland navy
deployed an aircraft carrier group" is coded nothing or its verb block's default. For a clause no pattern matched
whose verb moves something somewhere (data/coder_deployments.tsv: deploy, send, dispatch, station, mass, move,
...) and whose object (a passive's subject) is an armed force by the actor dictionary (its noun phrase is read as
an actor of role MIL, or COP for police) or a weapon, vessel or vehicle of war named in that table (its head, with
the modifiers before it: "fighter jets"), `deployment_code` gives 154, or 153 for police. Asked by
`recall.RecallSteps._object_sense` after the object-senses, silent-verbs and act-noun tables.
"""
from __future__ import annotations

from functools import lru_cache

from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from .act_nouns import _singular
from .codes import to_internal
from .silent_verbs import verb_forms

FILE = "coder_deployments.tsv"
ARMED, POLICE, AID = to_internal("154"), to_internal("153"), to_internal("070")


@lru_cache(maxsize=1)
def deployment_tables() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """(the written forms of the verbs, the weapons as word tuples ("FIGHTER", "JET"), the collective heads, the
    written forms of the verbs of a purpose of helping)."""
    path = data_path(FILE)
    verbs: set[str] = set()
    weapons: set[tuple[str, ...]] = set()
    collectives: set[str] = set()
    helps: set[str] = set()
    for n, parts in tsv_rows(path, "the deployment table"):
        if parts == ["kind", "word"]:
            continue
        words = parts[1].split() if len(parts) == 2 else []
        if parts[0] not in ("verb", "weapon", "collective", "help") or not words or not all(w.isalpha() and w.isupper() for w in words):
            raise DataFileError(f"{path} line {n}: expected 'verb|weapon<TAB>UPPER-CASE WORDS'.")
        if parts[0] == "verb":
            verbs.update([words[0], *verb_forms(words[0]), *words[1:]])
        elif parts[0] == "help":
            helps.update([words[0], *verb_forms(words[0])])
        elif parts[0] == "collective":
            collectives.add(words[0])
        else:
            weapons.add(tuple(words))
    return frozenset(verbs), frozenset(weapons), frozenset(collectives), frozenset(helps)


def deployment_code(form: str, objects: list[tuple[list[str], list[str]]],
                    purposes: tuple[str, ...] = ()) -> tuple[int, str] | None:
    """(internal code, step) where the verb form moves forces and one of its objects, each given as (its actor
    codes, its words up to its head, upper case, read at its OF object where its head is a partitive), is an armed
    force or a weapon; aid (070) where one of the forms of its purpose clauses (`purposes`) is a verb of helping;
    None otherwise."""
    verbs, weapons, collectives, helps = deployment_tables()
    if form not in verbs:
        return None
    found = _forces(form, objects, weapons, collectives)
    if found is not None and any(p in helps for p in purposes):
        return AID, f"addition: {form} forces to {'/'.join(p for p in purposes if p in helps)}, aid (070)"
    return found


def _forces(form: str, objects, weapons, collectives) -> tuple[int, str] | None:
    for codes, words in objects:
        sectors = {code.replace("~", "---")[3:6] for code in codes}  # "~COP": a police of no country named
        if "MIL" in sectors:
            return ARMED, f"addition: {form} armed forces, a mobilisation (154)"
        if "COP" in sectors:
            return POLICE, f"addition: {form} police, a mobilisation (153)"
        if _weapon(words, weapons, collectives):
            return ARMED, f"addition: {form} {' '.join(words)}, weapons moved, a mobilisation (154)"
    return None


def _weapon(words: list[str], weapons, collectives) -> bool:
    """Whether the words up to a head name a weapon, the head read past a collective ("carrier group")."""
    if not words:
        return False
    if any(_ends_with(words, weapon) for weapon in weapons):
        return True
    return any(form in collectives for form in _singular(words[-1])) and _weapon(words[:-1], weapons, frozenset())


def _ends_with(words: list[str], weapon: tuple[str, ...]) -> bool:
    head = weapon[-1]
    return any(form == head for form in _singular(words[-1])) and tuple(words[-len(weapon):-1]) == weapon[:-1]
