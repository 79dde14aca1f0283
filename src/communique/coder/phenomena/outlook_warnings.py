"""A warning of how things will go, not of what the speaker will do (profile `communique`, switch
`outlook_warnings`; session 12, the wire census's "the dictionary's sense, not the analyst's").

PETRARCH-2's CAMEO.2.0.txt files WARN and CAUTION under a block of threats (130 "Threaten"), and codes a warning
of a bad outlook named by a noun as the CAMEO codebook's 012 "Make pessimistic comment": `- * CATASTROPHE
[012]`, `- * (OF RISK) [012]`, `- * {ETHNIC TENSION} [012]`; of the speaker's response, 130 (`- * (OF
RESPONSE) [130]`, `- * {SEVERE REPRISALS} [130]`). A warning told by a that-clause got the block's 130 whatever
the clause says: "the IMF warned that Argentina's economy would shrink", "a military spokesman warned that the
situation could deteriorate". Read as the dictionary reads the nouns, such a warning is a threat only where its
content is the speaker's own act or it is addressed to someone ("warned that it would retaliate", "warned that its
forces would respond", "warned Yland that ..."); a content whose subject is a thing (not a name or a word of the actor and agent dictionaries: "Yland
would face sanctions", "security forces would crack down" are threats; not a pronoun, which may stand for the
speaker, nor a noun a possessive pronoun owns) is an outlook, 012. `outlook_warning` says when; compose.py gives the clause that code where no pattern matched.
"""
from __future__ import annotations

from ..codes import to_internal
from ..phrases import Clause, SentenceView

PESSIMISTIC = to_internal("012")  # "Make pessimistic comment"

WARNING_FORMS = frozenset("""WARN WARNS WARNED WARNING CAUTION CAUTIONS CAUTIONED CAUTIONING""".split())
ADDRESSEES = frozenset({"dobj", "dative"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def outlook_warning(view: SentenceView, cl: Clause, scan) -> bool:
    """Whether the clause is a warning with no addressee whose that-clause's subject is a thing, not an actor:
    `scan` (NounReader.scan) reads actor and agent codes from a word list."""
    if cl.form not in WARNING_FORMS:
        return False
    kids = view.children[cl.verb]
    if any(view.deps[k] in ADDRESSEES for k in kids):
        return False
    contents = [k for k in kids if view.deps[k] == "ccomp"]
    subjects = [s for c in contents for s in view.children[c] if view.deps[s] in SUBJECTS]
    return bool(subjects) and not any(_own(view, s) or _actor(view, s, scan) for s in subjects)


def _actor(view: SentenceView, s: int, scan) -> bool:
    """Whether a content's subject head is an actor: a name, or a word of the actor or agent dictionaries
    ("Yland would face sanctions", "security forces would crack down": a threat to or by an actor)."""
    words = [view.words[k] for k in view.children[s] if k < s and view.deps[k] in ("compound", "amod")]
    return view.tags[s].startswith("NNP") or bool(scan(words + [view.words[s]]))


def _own(view: SentenceView, s: int) -> bool:
    """Whether a content's subject may be the speaker or the speaker's own: a pronoun ("it would retaliate"), or
    a noun a possessive pronoun owns ("its forces would respond")."""
    return view.tags[s] in ("PRP", "EX") or any(view.tags[k] == "PRP$" for k in view.children[s])
