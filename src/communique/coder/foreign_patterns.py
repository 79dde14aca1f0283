"""A verb's own code over a pattern written for another verb of its block (profile `communique`, switch
`foreign_patterns`; session 12, the wire census's "the dictionary's sense, not the analyst's").

CAMEO.2.0.txt gathers verbs into blocks whose patterns every verb of the block shares (spec §2.2), and notes after
each pattern the verb it was written for: in the block BLAME, `- PROSECUTOR * [173] # CHARGE` and `- COURT * [173]
# CHARGE` were written for CHARGE (prosecutors charging: an arrest, detention or charge), yet PETRARCH-2 applies
them to ACCUSE, whose line gives it a code of its own (ACCUSE [112]), so "prosecutors accused Yland's officers of
hacking" is 173, not 112 "Accuse". Where the verb's line has a code of its own and the pattern that matched names
another verb of the block in its note, the verb's own code stands: its line says what it means, and the pattern
says what another verb means with those words. A pattern with no note, or one written for the verb itself, keeps
its code. `petrarch2` keeps PETRARCH-2's reading.
"""
from __future__ import annotations


def foreign_pattern(entry, pattern, verbs) -> bool:
    """Whether `pattern` (a PatternPayload) was written for another verb of the block than `entry`'s (a VerbEntry
    with a code of its own): its note names a verb of `verbs` (the VerbDictionary) in the same block."""
    if entry is None or pattern is None or not entry.own_code:
        return False
    note = pattern.text.partition("#")[2].split()
    if not note:
        return False
    written_for = note[0].upper().lstrip("+")
    other = verbs.lookup(written_for, ())
    own = entry.verb.upper().lstrip("+")
    return other is not None and other.meaning == entry.meaning and written_for != own
