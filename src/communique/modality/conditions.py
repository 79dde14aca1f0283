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

from ..quotes import cue_verbs
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


# the auxiliaries of a possibility left open ("could", "may", "might"); "should", "can", "must" say obligation or ability
OPEN_HEDGES = frozenset({"could", "may", "might"})


def hedged_announcement(doc: Doc, trigger_index: int) -> bool:
    """Whether the trigger's clause says what its subject could, may or might do, as an announcement of it: a hedging
    auxiliary ("could", "may", "might") sits on its clause (or the clause it shares auxiliaries with), no perfect
    "have" makes it a past counterfactual ("could have attacked"), and the clause stands alone or is the content
    of a verb of saying ("Xland could cut gas supplies, its minister said"), not a condition's ("if Xland could ...")
    nor a complement of another verb. Whether that possibility is a warning depends on who says it (the pipeline's
    `own_side_warnings`: its speaker is the actor's own side)."""
    tree = dep_tree(doc)
    words, head = tree.words, tree.head
    chain = [trigger_index]
    while words.dep[chain[-1]] == "conj" and head[chain[-1]] != chain[-1]:
        chain.append(head[chain[-1]])
    auxiliaries = [words.lower[c] for t in chain for c in tree.children(t) if words.dep[c] in ("aux", "auxpass")]
    if not any(a in OPEN_HEDGES for a in auxiliaries) or any(a in ("have", "'ve") for a in auxiliaries):
        return False
    top = chain[-1]
    if head[top] == top:
        return True
    return words.dep[top] == "ccomp" and words.lemma[head[top]] in cue_verbs()
