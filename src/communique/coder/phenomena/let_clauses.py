"""What LET lets in is its small clause's noun (profile `communique`, switch `let_clauses`; session 26, branch
matcoop26).

"Sudan let African Union peacekeepers into Darfur", "Myanmar let aid convoys into northern Rakhine", "Syria let
inspectors enter Douma", "Venezuela let in a first shipment of aid": LET takes a small clause (its object and a
predicate: a place phrase, a bare infinitive, a particle), and spaCy's parse seldom makes the noun LET's object: it
hangs it as the head of a verbless clause complement (ccomp "peacekeepers ... into Darfur"), as the subject of the
infinitive ("inspectors enter"), or as the object of IN read as a preposition ("let in a shipment"). The
object-senses rows of LET (data/coder_additions_objects.tsv, phenomenon (8): 0862 inspectors, 0861 peacekeepers,
0863 aid) read the verb's objects only; these are the nouns the sense tables read for LET as well. A noun LET's
clause names no other way is left as it was.

Session 38 (branch psweep38; switch `permitted_parties`): the verbs of permission that take an object and a
to-infinitive (data/coder_permission_verbs.tsv: allow, permit, authorise) name the party they let in the same way.
"Syria allowed inspectors of the OPCW to enter Douma", "Sudan permitted aid convoys to reach Darfur", "Myanmar allowed
peacekeepers to deploy": spaCy hangs the noun as the subject of the infinitive (ccomp), not as the verb's object, so
the object-senses rows of ALLOW and PERMIT (0862 inspectors, 0861 peacekeepers, 0863 aid convoys) never saw it and
the clause kept ALLOW's block 080 over an uncoded complement. `permitted_party_nouns` gives the sense tables that
subject, as `let_clause_nouns` gives LET's; a permitted party the rows do not list ("allowed protesters to march")
is left as it was.
"""
from __future__ import annotations

from functools import lru_cache

from .silent_verbs import verb_forms

LET_FORMS = frozenset({"LET", "LETS", "LETTING"})  # LET's forms (its past is LET)
NOUN_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj"})  # a verbless small clause headed by its noun
VERB_COMPLEMENTS = frozenset({"ccomp", "xcomp"})  # "let inspectors ENTER": the infinitive
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def let_clause_nouns(view, cl) -> list[str]:
    """The nouns LET lets in by its small clause: a complement headed by a noun, the subject of a complement verb,
    the object of IN right after LET; [] for another verb."""
    if cl.form not in LET_FORMS:
        return []
    found = []
    for k in view.children[cl.verb]:
        dep, tag = view.deps[k], view.tags[k]
        if dep in NOUN_COMPLEMENTS and tag.startswith("NN"):
            found.append(view.words[k])
        elif dep in VERB_COMPLEMENTS and tag.startswith("VB"):
            found += [view.words[s] for s in view.children[k] if view.deps[s] in SUBJECTS]
        elif dep == "prep" and view.words[k] == "IN" and k == cl.verb + 1:
            for obj in (o for o in view.children[k] if view.deps[o] == "pobj"):
                found.append(view.words[obj])
                found += [view.words[p] for c in view.children[obj] if view.words[c] == "OF"
                          for p in view.children[c] if view.deps[p] == "pobj"]  # "a shipment OF aid"
    return found


@lru_cache(maxsize=1)
def _permission_forms() -> frozenset[str]:
    """The forms of the verbs of permission (data/coder_permission_verbs.tsv's lemmas and their regular forms)."""
    from ..prominence import permission_verbs  # prominence.py imports the composer, which imports this module

    return frozenset(form for lemma in permission_verbs() for form in (lemma, *verb_forms(lemma)))


def permitted_party_nouns(view, cl) -> list[str]:
    """The party a verb of permission lets act, where spaCy made it the subject of the to-infinitive ("allowed
    [inspectors] to enter"): that subject's head word; [] for another verb, a passive ("was allowed to leave")
    or an infinitive with no subject of its own."""
    if cl.passive or cl.form not in _permission_forms():
        return []
    return [view.words[s] for k in view.children[cl.verb] if view.deps[k] in VERB_COMPLEMENTS
            and view.tags[k].startswith("VB") for s in view.children[k] if view.deps[s] in SUBJECTS]
