"""A guest received in a place: the place is where, not whom (profile `communique`, switch `received_guests`;
session 44, branch travel44).

Under `object_passives` (coder/recall.py `_object_subject`), a passive whose subject is the noun its verb's pattern
names as the object is read as its active with no actor for the subject ("a curfew was imposed in Kisumu": the
curfew is what is done, BY is the doer, the place is the target). RECEIVE's patterns name people as that noun
(`- * MINISTERS`, `- * ENVOY`, `- * LEADER`, `- * AMBASSADOR` [043:042]): "the Xland foreign minister was received
in Ycity by the Yland president" then made Ycity the hosting's target and left the guest out, and "at the
presidential palace" became a target read from the palace's noun. A person received is not what is done: it is
the one the act is done to, the passive's subject, as PETRARCH-2's rule P reads any passive (spec §4.4), and a
place named by IN or AT is where it was done, not an actor. Where the subject the pattern consumed is a person (a
noun of the people and bodies who visit, data/coder_hosting.tsv kind visitor, or a proper noun), the BY agent stays
the source and the subject the target (043 host -> guest, the lead's ruling of session 43); the places are left.
"""
from __future__ import annotations

from ..nouns.acts import singular_forms
from .hosting import hosting_tables

PLACE_PREPOSITIONS = frozenset({"AT", "IN"})
STEP = "addition: the person received is the target, the IN/AT place only where (received_guests)"


def received_guest(view, cl, consumed) -> bool:
    """Whether every subject of the passive clause `cl` is a noun its pattern consumed (`consumed`: token indices)
    that names a person: a visitor noun or a proper noun."""
    _, visitors = hosting_tables()
    return bool(cl.subjects) and all(
        np.head in consumed and (view.tags[np.head].startswith("NNP")
                                 or any(f in visitors for f in singular_forms(view.words[np.head])))
        for np in cl.subjects)


def guest_pps(cl) -> list:
    """The passive clause's prepositional phrases, with a BY phrase the parse hung on the noun of its IN or AT place
    ("received at the presidential palace by the president": BY under PALACE) lifted to the clause, whose agent it
    is: a place names where, it does not act."""
    lifted = [inner for pp in cl.pps if pp.text in PLACE_PREPOSITIONS and pp.obj is not None
              for inner in pp.obj.pps if inner.text == "BY"]
    return list(cl.pps) + lifted
