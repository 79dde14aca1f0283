"""A code the dictionary writes is output as written where PETRARCH-2's internal code table merges it with another
(profile `communique`, switch `written_codes`; a Quirk of the spec, §4.6 and checklist item 39: "reverse duplicates
resolve to 080, 0842, 137 and 044").

PETRARCH-2 computes with internal hexadecimal codes, and its table gives some CAMEO codes one value: 0841 "Return,
release person(s)", 0842 "Return, release property" and 082 "Ease political dissent" are all 0x20C, which converts
back to 0842; 046 "Engage in negotiation" and 044 "Meet at a 'third' location" are 0xB010, back to 044; 1323 and
137 are 0x6004, back to 137. So "the rebels released the hostages" matches `- * &HOSTAGE [0841]` and is output as
a release of property, and every negotiation pattern as a meeting at a third location. The table also lacks
some codes CAMEO.2.0.txt writes, which it reads as their root's first code (spec §4.6: "141" as 140): the protest
modes 141-144 ("- * DEMONSTRATION [141]", STRIKE's 143), 1213-1214, the mass violence of 201-204; a pattern's
written code of the CAMEO codebook is output for these too. Where an event's code is
still the internal value of the code its matched pattern wrote (no negation, combination or transformation moved
it), the written code is output; elsewhere the table's reverse conversion stands. The profile `petrarch2` keeps
PETRARCH-2's output. With the switch, a governing act composed over its content (additions.composed_code) reads
the content's code as its pattern wrote it too (`as_written`): "agreed to cancel the rally" (CANCEL's
`- * RALLY [082]`) is 0352, an intent to ease dissent, not 0353, an intent to release persons or property."""
from __future__ import annotations

from ...codes import is_valid_code
from ..codes import WrittenCode, code_table, to_internal
from ..verb_patterns import PatternSyntaxError, split_pattern_line


def written_code(code: int, pattern: str | None) -> str | None:
    """The CAMEO code the matched pattern line `pattern` writes for internal `code` (its active or its passive part),
    where the table converts `code` back to another CAMEO code; None elsewhere."""
    if not pattern:
        return None
    try:
        _, field = split_pattern_line(pattern)
    except PatternSyntaxError:
        return None
    table = code_table()
    for part in (p.strip() for p in field.split(":")):
        if part in table.forward:
            if table.forward[part] == code and table.reverse.get(code) != part:
                return part
        elif is_valid_code(part) and to_internal(part) == code:  # a code the table lacks: "141" read as 140
            return part
    return None


def written_of(code: int) -> str | None:
    """The CAMEO code a data row of the project wrote for internal `code` (codes.to_written: the state phrases'
    "went on strike" 143, the named senses' 0841, the object senses' "blocked roads" 144), where the table prints
    it as another; None for a plain code or one the composition moved."""
    return code.written if isinstance(code, WrittenCode) else None


def as_written(code: int, pattern: str | None) -> int:
    """`code` remembering the CAMEO code the matched pattern line `pattern` writes for it where the table converts it
    back to another (`written_code`: CANCEL's `- * RALLY [082]` is 0x20C, which prints 0842), so that a table keyed
    by CAMEO code reads it as written (additions.composed_code: "agreed to cancel the rally" is 0352, not 0353);
    `code` itself where it already remembers one or the pattern writes none."""
    written = None if isinstance(code, WrittenCode) else written_code(code, pattern)
    return WrittenCode(code, written) if written else code
