"""A stance whose grounds a saying participle gives is that stance (profile `communique`, switch `stance_grounds`;
session 28, branch c15read28).

A verbal act toward a thing, a decision or a policy is told with its grounds in a detached participle of saying:
"defended the decision, saying the stations had threatened national security", "welcomed the ruling, saying justice
had been done", "rejected the report, saying it was based on false information", "defended the overhaul, arguing
that the courts needed a purge". The participle (spaCy `advcl`, a VBG of a verb that only reports speech:
quotes.reporting_verbs) is the speaker's reason, not a second act: the CAMEO codebook codes the stance (052 "Defend
verbally", 051 "Praise or endorse", 120 "Reject"). Where the stance's object names no actor, PETRARCH-2 has no
lower level for the verb but that participle, and rule F flattens the stance into the participle's statement (010)
or into the content's act, read as the speaker's own ("threatened" 130 for the minister who reported a threat):
the stance was lost. With the switch on, such a verb's participle of saying is its grounds: the stance is kept with
no target, as it is where no participle follows ("defended the decision": 052), and the participle's reading
stays beside it; where that reading already holds an event of the stance's root, nothing is added, nor where the
stance is composed with a content of its own (session 34: "refused to extradite the general to Yland, saying the
charges were political" is the refusal's 1213 to Yland, not also a bare 120 with no recipient; coder/resolve.py). A stance whose object names an actor is already kept by rule A; a statement's own participle
("said ..., adding that ...", a code of root 01 that only states) and a material act's are left alone.
"""
from __future__ import annotations

from functools import lru_cache

from ..cameo_roots import SPOKEN_CONFLICT_ROOTS, VERBAL_COOPERATION_ROOTS
from ..codes import to_cameo
from .silent_verbs import GERUND, english_forms

VERBAL_ROOTS = VERBAL_COOPERATION_ROOTS + SPOKEN_CONFLICT_ROOTS  # acts done in words
STATEMENT = "010"
GROUNDS_STEP = "addition: a saying participle gives the stance's grounds, the stance kept (stance_grounds)"


@lru_cache(maxsize=1)
def saying_participles() -> frozenset[str]:
    """The -ing forms of the verbs that only report speech (SAYING, ARGUING, ADDING, NOTING ...)."""
    from ...quotes import reporting_verbs

    return frozenset(form for lemma in reporting_verbs() for slot, form in english_forms(lemma.upper())
                     if slot == GERUND)


def is_stance(code: int) -> bool:
    """Whether an internal code is an act done in words (CAMEO roots 01-05, 10-13: the verbal quad classes) other
    than a bare statement (010)."""
    cameo = to_cameo(code) or ""
    return cameo[:2] in VERBAL_ROOTS and cameo != STATEMENT


def grounds_participle(view, governor: int, comp) -> bool:
    """Whether clause `comp` is a detached participle of saying of the verb `governor` ("..., saying ...")."""
    return comp.verb is not None and view.heads[comp.verb] == governor and view.deps[comp.verb] == "advcl" \
        and view.tags[comp.verb] == "VBG" and view.words[comp.verb] in saying_participles()


def kept_stance(view, level, complements, events, denials: bool = False) -> bool:
    """Whether the stance of `level` (a verbal act, no lower actor) is to be kept beside the events its complements
    gave: one of them is a participle of saying, and none of those events is already of the stance's CAMEO root
    (where the participle's reading kept the stance with its target, a second one with none would only repeat it).
    With `denials` (switch `denied_grounds`), a comment of root 01 (a denial, 016; an acknowledgement, 015) is
    repeated only by an event of its own code: the participle's statement (010) or the code rule F composed from it
    (SAY's 1000 over the denial: 015, 011) shares the root but is not the denial, which was lost."""
    if not is_stance(level.code) or not any(grounds_participle(view, level.clause.verb, c) for c in complements):
        return False
    cameo = to_cameo(level.code) or ""
    if denials and cameo[:2] == STATEMENT[:2]:
        return not any(to_cameo(getattr(e, "code", 0)) == cameo for e in events)
    return not any((to_cameo(getattr(e, "code", 0)) or "")[:2] == cameo[:2] for e in events)
