"""A statement whose content is dropped stays a statement (profile `communique`, switch `stated_contents`;
session 23, the wire's statements of fact).

Wire copy is full of actors stating facts: "the Kremlin said Putin and Erdogan had not discussed the sale",
"the ministry said no decision had been taken", "said it had not received any request". The CAMEO codebook codes
such a sentence 010 "Make statement, not specified below" by the speaker; its content is no event between two
actors. PETRARCH-2 loses the speaker's statement with the content in two ways:

* the statement's target is the content's event, and no transformation rule resolves it (spec §4.8: SAY has rules
  for an attack and for the speaker's own act only): the record is dropped ("the target is a reported event no
  rule resolved");
* the rule `a (a b Q) SAY = a b Q` (the speaker tells its own act) gives the statement the content's own code,
  and that code has no CAMEO equivalent (a negated act, -0xFFFF plus its code; an uncoded verb, 0): the record is
  dropped ("code ... has no CAMEO equivalent");
* a content with no actor of its own is flattened into the statement (rule F, spec §4.5: "said no decision had
  been taken", "said it had not received any message" read as a passive), and the combined code of a negated
  content has no CAMEO equivalent: the record is dropped the same way.

With the switch on, the first keeps the speaker's statement (a CAMEO 01 code) with no target, the second is
not transformed, so that it becomes the first, and the third keeps the statement's own code, with no target. A statement with no target is then kept by the adapter's
`targetless_statements` on its terms (the sentence's only event, below its certainty): a statement never outranks
an act the sentence also tells. The content's event, where one is coded, is untouched.
"""
from __future__ import annotations

from dataclasses import replace

from ..codes import to_cameo

STATEMENT_ROOT = "01"
KEPT_STEP = "addition: a statement whose content no rule resolved, kept with no target (stated_contents)"
FLATTENED_STEP = "addition: a statement over a content with no CAMEO code, kept with no target (stated_contents)"
UNTRANSFORMED_STEP = "addition: the speaker's own act has no CAMEO code, the statement stays (stated_contents)"


def kept_statement(event, cameo: str | None):
    """The statement `event` (of CAMEO code `cameo`) addressed to no one, where its target is a reported event no
    rule resolved and it has a speaker; else None."""
    if not cameo or not cameo.startswith(STATEMENT_ROOT) or not any(event.sources) \
            or isinstance(event.target, str):
        return None
    return replace(event, target="", target_hint=(), steps=event.steps + (KEPT_STEP,))


def keeps_statement(outer_code: int, answer_code: int, inner_code: int) -> bool:
    """Whether a rule's answer (`answer_code`) over a statement (`outer_code`) is the content's own code
    (`inner_code`, the rule "a says it did Q to b") with no CAMEO equivalent: the statement is kept instead."""
    return answer_code == inner_code and to_cameo(answer_code) is None \
        and (to_cameo(outer_code) or "").startswith(STATEMENT_ROOT)


def flattens_statement(outer_code: int, combined_code: int) -> bool:
    """Whether a statement (`outer_code`) flattened with a content (rule F) has a combined code with no CAMEO
    equivalent: the statement is kept instead."""
    return to_cameo(combined_code) is None and (to_cameo(outer_code) or "").startswith(STATEMENT_ROOT)
