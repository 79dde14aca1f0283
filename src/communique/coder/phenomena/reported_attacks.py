"""A statement over an act of force that names no one as its doer is the speaker's report of that act, not a
claim of it (profile `communique`, switch `reported_attacks`).

PETRARCH-2 flattens a content with no actor of its own into the statement that tells it (rule F, spec §4.5) and
combines SAY with an attack into 015, "Acknowledge or claim responsibility": its own table reads "A said B was
attacked" as A's claim (PETRARCH2_ALGORITHM.md, the worked examples of §4.8). That is right where the content's
subject is the speaker told by a pronoun ("Xland said it attacked rebel positions", "the group said they had fired
the rockets"). Where the content's subject is a noun that names no actor ("the army said the attack on the
checkpoint killed three soldiers", "officials said the blast killed 12 people") or the content is a passive ("police
said the convoy was attacked near the border", "the ministry said it was attacked": the speaker is the victim), the
speaker reports the act: the CAMEO codebook's 010 "Make statement", addressed to the act's target as PETRARCH-2's
record was. The act itself is untouched; `agentless_material_conflict` keeps it with an unidentified source.
"""
from __future__ import annotations

from ..codes import to_cameo

CLAIM = "015"
STATEMENT_ROOT = "01"
PRONOUN_TAGS = frozenset({"PRP"})
PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})  # "the law was an attack on ...": the copula's subject
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
REPORTED_STEP = ("addition: a statement over an act of force no one is named as doing, a report of it, not a"
                 " claim (reported_attacks)")


def reports_attack(view, outer_code: int, combined_code: int, inner_verb: int) -> bool:
    """Whether a statement (`outer_code`, CAMEO 01) flattened with the act of the clause of `inner_verb` into a
    claim (`combined_code`, CAMEO 015) reports that act rather than claims it: the act's clause is a passive, or
    its subject is a word other than a personal pronoun."""
    if to_cameo(combined_code) != CLAIM or not (to_cameo(outer_code) or "").startswith(STATEMENT_ROOT):
        return False
    if not 0 <= inner_verb < len(view.heads):
        return False
    verb = view.heads[inner_verb] if view.deps[inner_verb] in PREDICATE_DEPS else inner_verb
    deps = {view.deps[c]: c for c in view.children[verb]}
    if PASSIVE_DEPS & deps.keys():
        return True
    subject = deps.get("nsubj")
    return subject is not None and view.tags[subject] not in PRONOUN_TAGS
