"""A trip made for a meeting, told by a verb of travel, is a visit (profile `communique`, switch `travelled_visits`;
data/coder_travel_visits.tsv; session 44, branch travel44).

CAMEO.2.0.txt writes FLY's `- * (TO ) [036]`: whatever flew to a place expressed an intent to meet (036, PLOVER
AGREE). Read so, "the Xland president flew to Ycity for talks with the Yland president" is an announced meeting,
not the visit made (042 "Make a visit", PLOVER CONSULT: the visitor the source, the host the target), which is how
the dictionary codes the same trip told by GO_SOMEWHERE ("(FOR CONSULTATIONS)", "(ON VISIT)": [042:043]). But FLY's
(TO) pattern also matches cargo ("flew generators to Nepal") and military flights ("bombers flew to Venezuela"), so
reading every such flight as a visit would be wrong (meet43 tried it and took it back). The bound, from the parse:
the trip is a visit only where
- the clause's verb is of kind travel and its matched pattern is that verb's own, writing 036;
- the clause has no direct object (a flight with one carries cargo or people: "flew aid to", "flew citizens out");
- its subject is a person or a delegation: a noun of the people and bodies who visit (data/coder_hosting.tsv, kind
  visitor, or of this table's kind person: "the army chief") or a proper noun the actor dictionary reads as more than a state, and not a vehicle or an armed unit
  (kind not_person: "fighter jets", "the squadron");
- its purpose is a meeting: a FOR or ON phrase whose noun is of kind purpose ("for talks", "on a visit", "for a
  summit with"), a to-infinitive of kind meeting ("to meet", "to hold talks"), or a WITH phrase naming a person.
Otherwise the dictionary's reading stands ("flew to Singapore for medical treatment" stays 036). A trip announced
("will fly to Ycity for talks") is still future: the PLOVER reading of future cooperation (switch
`plover_future_cooperation`) makes it AGREE, as the codebook's intent.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_cameo, to_internal
from ..nouns.acts import singular_forms
from .borrowed_patterns import pattern_verbs
from .hosting import hosting_tables

FILE = "coder_travel_visits.tsv"
KINDS = ("travel", "purpose", "meeting", "person", "not_person")
INTENT = "036"
VISIT = to_internal("042")
PURPOSE_PREPOSITIONS = frozenset({"FOR", "ON"})


@lru_cache(maxsize=1)
def travel_tables() -> dict[str, frozenset[str]]:
    """kind -> its words, from data/coder_travel_visits.tsv."""
    return kinded_words(data_path(FILE), "the travel visits table", KINDS)


def _is(word: str, kind: frozenset[str]) -> bool:
    return any(form in kind for form in singular_forms(word))


def _person(view, np, meaning) -> bool:
    """Whether the noun phrase names a person or a delegation, not a state, a vehicle or an armed unit."""
    if np is None:
        return False
    head, tables = view.words[np.head], travel_tables()
    if _is(head, tables["not_person"]) or any(_is(view.words[m], tables["not_person"]) for m in np.modifiers):
        return False
    _, visitors = hosting_tables()
    return _is(head, visitors) or _is(head, tables["person"]) or (view.tags[np.head].startswith("NNP") and any(len(c) > 3 for c in meaning(np)))


def _meeting_purpose(view, cl, meaning) -> str | None:
    """The word that shows the trip was made to meet, or None."""
    tables = travel_tables()
    for pp in cl.pps:
        if pp.obj is None:
            continue
        head = view.words[pp.obj.head]
        if pp.text in PURPOSE_PREPOSITIONS and _is(head, tables["purpose"]):
            return head
        if pp.text == "WITH" and _person(view, pp.obj, meaning):
            return head
    for comp in cl.complements:
        if comp.form in tables["meeting"] or view.words[comp.verb] in tables["meeting"]:
            return comp.form
        if any(_is(view.words[o.head], tables["purpose"]) for o in comp.objects):
            return comp.form
    return None


def travelled_visit(view, cl, entry, pattern, meaning) -> tuple[int, str] | None:
    """(042, step) where a verb of travel's own 036 pattern matched a trip made by a person for a meeting (module
    docstring); None otherwise. `entry` is the verb's dictionary entry, `meaning` a noun phrase's actor codes."""
    if entry is None or pattern is None or cl.objects:
        return None
    verb = entry.verb.lstrip("+")
    if verb not in travel_tables()["travel"] or to_cameo(pattern.active) != INTENT \
            or verb not in pattern_verbs(pattern.text):
        return None
    if not cl.subjects or not all(_person(view, s, meaning) for s in cl.subjects):
        return None
    purpose = _meeting_purpose(view, cl, meaning)
    if purpose is None:
        return None
    return VISIT, f"addition: {cl.form} by a person for {purpose}, a visit made (042) (travelled_visits)"
