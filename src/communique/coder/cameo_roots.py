"""CAMEO's root groups the coder reads: a code's root is its first two digits, and the CAMEO codebook orders its
twenty roots in four quad classes, "Verbal Cooperation" (01-05), "Material Cooperation" (06-08), "Verbal Conflict"
(09-13) and "Material Conflict" (14-20) (the `quad` column of data/cameo_events.tsv; GDELT's QuadClass). The roots'
names are the codebook's (reference/CAMEO_codefile.txt). Each group is a tuple, read both as `code.startswith(GROUP)`
and as `code[:2] in GROUP`.

Only the groups the code uses are here, each imported wherever it is read; a group of one module's own reason is
built there from these (protest_violence.py: force and 171, a riot's property destruction; tests/coder/
test_cameo_roots.py checks each group against the codebook's table).
"""
from __future__ import annotations

# quad class 1: 01 MAKE PUBLIC STATEMENT, 02 APPEAL, 03 EXPRESS INTENT TO COOPERATE, 04 CONSULT, 05 ENGAGE IN
# DIPLOMATIC COOPERATION
VERBAL_COOPERATION_ROOTS = ("01", "02", "03", "04", "05")
# quad class 3 without 09 INVESTIGATE (an act, not words): 10 DEMAND, 11 DISAPPROVE, 12 REJECT, 13 THREATEN
SPOKEN_CONFLICT_ROOTS = ("10", "11", "12", "13")
# speech acts whose content is a future act (directives and commissives): 02 APPEAL, 03 EXPRESS INTENT TO COOPERATE
# (intents and offers), 10 DEMAND, 13 THREATEN
FUTURE_ACT_ROOTS = ("02", "03", "10", "13")
# acts done in words whose complement is their content, other than a bare statement (01) and a meeting (04 CONSULT):
# appeals, intents, 05 ENGAGE IN DIPLOMATIC COOPERATION (praise, endorsement, defence), and the spoken conflict roots
SPEECH_ACT_ROOTS = ("02", "03", "05") + SPOKEN_CONFLICT_ROOTS
# quad class 2: 06 ENGAGE IN MATERIAL COOPERATION, 07 PROVIDE AID, 08 YIELD
MATERIAL_COOPERATION_ROOTS = ("06", "07", "08")
# quad class 4: 14 PROTEST, 15 EXHIBIT MILITARY POSTURE, 16 REDUCE RELATIONS, 17 COERCE, 18 ASSAULT, 19 FIGHT,
# 20 ATTACK WITH WEAPONS OF MASS DESTRUCTION (CAMEO 1.1: USE UNCONVENTIONAL MASS VIOLENCE)
MATERIAL_CONFLICT_ROOTS = ("14", "15", "16", "17", "18", "19", "20")
# material acts, cooperation and conflict: what an actor does, not says
MATERIAL_ROOTS = MATERIAL_COOPERATION_ROOTS + MATERIAL_CONFLICT_ROOTS
# the use of force: 18 ASSAULT, 19 FIGHT, 20 ATTACK WITH WEAPONS OF MASS DESTRUCTION
FORCE_ROOTS = ("18", "19", "20")
# coercion and force: 17 COERCE and the use of force
COERCION_AND_FORCE_ROOTS = ("17",) + FORCE_ROOTS
# PETRARCH-2's cooperation expansion (spec §5.3, step 5): a record of several sources and no target whose code
# starts with 03 EXPRESS INTENT TO COOPERATE, 04 CONSULT, 05 ENGAGE IN DIPLOMATIC COOPERATION or 06 ENGAGE IN
# MATERIAL COOPERATION is one act of each source with each other
COOPERATION_EXPANSION_ROOTS = ("03", "04", "05", "06")
