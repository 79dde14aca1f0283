"""A finite verb the parser hung on its subject as a relative (profile `communique`, switch `finite_relatives`;
session 12, the wire census's "'X called on Y to ...' misparsed").

The small spaCy model often reads a sentence's subject as its root and the finite verb after it as that noun's
reduced relative clause (`acl`): "The U.N. refugee agency called on European governments to take in more
refugees" comes out as the noun phrase "the agency [that was] called on ...". PETRARCH-2 reads a participle
relative as a passive whose subject is the noun it modifies (spec §4.1; phrase_builder.py `_voice`), so the
appeal became a passive with the agency as its target and no source, and was dropped. A reduced relative is a
participle (VBN); the tagger's finite past (VBD) with a complement a passive cannot have (a direct object, an
indirect one, a clausal complement: "called on Yland TO WITHDRAW", "urged Yland TO ...", an object predicate:
"called Yland's decision A MISTAKE") on the noun that is
the sentence's root is the main verb, active, its subject that noun. `finite_relative` says when; compose.py
then codes the clause as active, the noun its source. The `petrarch2` profile keeps the passive reading.
"""
from __future__ import annotations

from ..phrases import Clause, SentenceView

ACTIVE_COMPLEMENTS = frozenset({"dobj", "dative", "xcomp", "ccomp", "oprd"})


def finite_relative(view: SentenceView, cl: Clause) -> bool:
    """Whether clause `cl` is the main verb misread as a relative of the sentence's root noun (module docstring)."""
    if cl.dep != "acl" or not cl.passive or view.tags[cl.verb] != "VBD" or len(cl.upper) != 1:
        return False
    head = cl.upper[0].head
    return view.heads[head] == head and view.heads[cl.verb] == head \
        and any(view.deps[k] in ACTIVE_COMPLEMENTS for k in view.children[cl.verb])
