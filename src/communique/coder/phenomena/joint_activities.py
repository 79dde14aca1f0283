"""A military activity carried out jointly is military cooperation (profile `communique`, switch `joint_activities`;
session 26, branch matcoop26).

"Egypt and Saudi Arabia staged a joint air force exercise in the Red Sea", "Malaysia, Indonesia and the Philippines
launched coordinated sea patrols", "the two navies held joint anti-submarine drills": the CAMEO codebook's 062
"Cooperate militarily", as CAMEO.2.0.txt's own patterns read the act for some verbs and fixed wordings (HOLD
`- * {JOINT EXERCISES} [062]`, LAUNCH `- * {JOINT BORDER PATROLS} [062]`, CONDUCT `- * {JOINT MANEUVERS} [062]`).
Other verbs of doing (STAGE has no code), words between JOINT and the noun ("joint air force exercise"), and other
words of jointness (coordinated, combined) miss those patterns and event_nouns' rows (JOINT EXERCISE, JOINT PATROL,
which read an activity named right after JOINT, its doers as cooperating pairs, and are left to it). Asked by
sense_tables.py where no pattern matched:
a verb of carrying out or starting (data/coder_joint_activities.tsv) whose object's head is a noun of military
activity premodified by a word of jointness is 062. A single state's exercise stays a show of force (150, the
object-senses table's HOLD EXERCISES), and an activity cancelled or suspended is left to its verb.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_internal
from .silent_verbs import lemma_row_forms

JOINT_ACTIVITIES_FILE = "coder_joint_activities.tsv"
KINDS = ("verb", "activity", "joint")
MILITARY_COOPERATION = "062"  # Cooperate militarily


@lru_cache(maxsize=1)
def joint_activities_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, activity nouns, words of jointness) of data/coder_joint_activities.tsv."""
    return kinded_words(data_path(JOINT_ACTIVITIES_FILE), "the coder's joint activities", KINDS,
                        rows={"verb": lemma_row_forms})


def joint_activity_code(view, form: str, objects) -> tuple[int, str] | None:
    """(internal 062, step) where the verb `form` carries out one of `objects` (noun phrases) whose head is a
    military activity premodified by a word of jointness; None elsewhere."""
    table = joint_activities_table()
    if form not in table["verb"]:
        return None
    for np in objects:
        head = np.head
        if view.words[head] not in table["activity"]:
            continue
        if head - 1 in np.words and view.words[head - 1] == "JOINT":
            continue  # "joint exercises": event_nouns' rows read it, its doers as cooperating pairs
        joint = next((view.words[k] for k in np.words if k < head and view.words[k] in table["joint"]), None)
        if joint is not None:
            return (to_internal(MILITARY_COOPERATION),
                    f"addition: {form} a {joint.lower()} {view.words[head].lower()}, military cooperation (062)")
    return None
