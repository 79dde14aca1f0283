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
"""
from __future__ import annotations

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
