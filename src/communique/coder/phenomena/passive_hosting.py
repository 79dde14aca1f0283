"""A hosting told in the passive is the guest's visit (profile `communique`, switch `passive_hosting`; session 43,
branch meet43).

"The Xland prime minister was received in Ycity by the Yland president", "was welcomed by", "was hosted by": the
guest is the clause's subject, the host its BY agent. PETRARCH-2's passive (spec §4.4, rule P) writes the host's act
from the agent to the subject, 043 "Host a visit", host -> guest. The PLOVER manual's CONSULT rules the other way
round for a visit with a host and a visitor: "the visitor will always be coded as the actor and the host will be
the recipient"; and as `one_way_pairs` keeps the act the clause's verb and subject tell ("visited": the visitor's
042; "hosted": the host's 043), the side the clause is told from, its subject, is the actor here too. So a record of
043 made by rule P, with a source and a target, becomes the guest's visit: CAMEO 042 "Make a visit", guest -> host.
An active hosting ("the Yland president hosted his Xland counterpart") keeps its 043, host -> guest; a passive visit
("was visited by") already has the visitor, its agent, as source.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

HOSTING = "043"
VISIT = "042"
PASSIVE_STEP = "passive: rule P"
STEP = "addition: a hosting told in the passive, the guest its subject: the guest's visit, guest -> host (042)"


def guests_visiting(records: Sequence) -> list:
    """The records, each passive hosting with both sides named turned into the guest's visit to the host."""
    return [replace(r, source=r.target, target=r.source, source_tokens=r.target_tokens,
                    target_tokens=r.source_tokens, code=VISIT, steps=r.steps + (STEP,))
            if r.code == HOSTING and PASSIVE_STEP in r.steps and r.source and r.target else r for r in records]
