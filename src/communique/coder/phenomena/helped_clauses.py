"""Help given to a bare infinitive's subject is help to that party, whatever the act it is helped to do (profile
`communique`, switch `complement_actors`, session 32's extension; coder/resolve.py `Resolver._assemble`).

"France helped Malian troops retake the town", "the agency helped German police foil a plot": the parser reads the
helped party as the subject of a bare infinitive complement (a small clause, resolve.py `small_clause`), as it does
in "China will help Pakistan build a new port". Where that complement has no code, `complement_actors` already
makes its subject the governing act's target (session 15). Where it has one (RETAKE 190, FOIL, a pattern of
BUILD's), PETRARCH-2 combines the governing code with it (spec §4.5-4.6, rule P): aid over force (070 over 190)
has no CAMEO code, so the complement's act was coded alone, the helped party its actor and the helper lost ("France
helped Malian troops retake the town": MLI 190, no France), or an act of the helped party's stood beside the help.

The CAMEO codebook files helping under 07 "Provide aid" (07x: economic, military, humanitarian aid and
protection) and assisting under 06 "Engage in material cooperation"; the PLOVER manual's AID and COOPERATE name the
party helped as the recipient. So a governing verb whose code is of those roots (the dictionary's AID block: HELP
070, ASSIST 060) over a small clause with a coded act is the help given to that clause's subject: the governing
act with its own code and that subject as target, the act helped with left as its purpose (as the help to build
a port is no construction). A governing act of any other root (LET, MAKE: no code; a speech act's complement)
is composed as before.
"""
from __future__ import annotations

from ..cameo_roots import MATERIAL_COOPERATION_ROOTS
from ..codes import to_cameo

HELPING_ROOTS = tuple(r for r in MATERIAL_COOPERATION_ROOTS if r != "08")  # 06 material cooperation, 07 aid
HELPED_TAGS = ("VB", "VBP")  # after HELP a verb with no auxiliary is a bare infinitive: "helped them repair" (VBP)
HELPED_STEP = "addition: help given to a small clause's subject is help to that party (complement_actors)"


def helps(code: int) -> bool:
    """Whether the internal code `code` is of helping: CAMEO 06 or 07 (module docstring)."""
    cameo = to_cameo(code) if code else None
    return bool(cameo) and cameo[:2] in HELPING_ROOTS
