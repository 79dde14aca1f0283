"""An intent, an offer, an appeal, a demand or a threat is made now, even when what it offers, asks or threatens
hangs on a condition (profile `communique`, switch `conditional_intents`; session 12, branch plovercensus).

"Xland said it was willing to resume talks with Yland if the attacks stopped": modality/ reads the "if" clause
as making the clause it hangs on hypothetical, and runner.py leaves hypothetical events unscored, as gold
standards code what was done or said. But the act here is the saying of the willingness: CAMEO's 03 "Express
intent to cooperate", 02 "Make an appeal or request", 10 "Demand" and 13 "Threaten" name speech acts whose content
is a future act, and the CAMEO manual's offers and threats are conditional announcements (its 13 THREATEN:
"threaten ... if"); the PLOVER manual codes an offer as AGREE and a threat as THREATEN when made, whatever the
condition. `condition_only` says whether a trigger is hypothetical only for such a condition: an adverbial clause
marked "if" or "unless" hangs on its clause or a clause it is the complement of ("said it was ready to ... if"),
no hedging auxiliary ("could", "might", "may", "should") sits on that chain, and the trigger is not itself inside
the condition ("if the attacks stopped": the attacks stay hypothetical). The pipeline then codes the event
asserted. `modality.conditional_future` covers the announcements with "will" or a reported "would", which the
mood table makes threats or offers; this covers the acts whose code already is one.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..time.tense import dep_tree

CONDITION_MARKS = frozenset({"if", "unless"})
HEDGES = frozenset({"could", "might", "may", "should", "can"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acomp", "conj"})


def condition_only(doc: Doc, trigger_index: int) -> bool:
    """Whether the trigger's hypothetical reading comes only from an "if"/"unless" condition on its clause or on
    the clauses it complements (module docstring)."""
    tree = dep_tree(doc)
    words, head = tree.words, tree.head
    heads, token = [trigger_index], trigger_index
    while head[token] != token:
        if words.dep[token] == "advcl" and _conditional(token, tree):
            return False  # the trigger is inside the condition
        if words.dep[token] not in COMPLEMENT_DEPS:
            break
        token = head[token]
        heads.append(token)
    if any(words.dep[c] in ("aux", "auxpass") and words.lower[c] in HEDGES for t in heads for c in tree.children(t)):
        return False
    return any(words.dep[c] == "advcl" and _conditional(c, tree) for t in heads for c in tree.children(t))


def _conditional(clause: int, tree) -> bool:
    return any(tree.words.dep[m] == "mark" and tree.words.lower[m] in CONDITION_MARKS for m in tree.children(clause))
