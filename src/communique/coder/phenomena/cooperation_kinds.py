"""The kind of material cooperation a code of cooperation is about: the CAMEO codebook's sub-codes of cooperation
(profile `communique`, switch `cooperation_kinds`; session 18, branch weak18).

The codebook splits every code of material cooperation four ways, with the same last digit in five families (021x
appeal, 031x intent, 06x engagement, 101x demand, 121x rejection): 1 economic, 2 military, 3 judicial, 4
intelligence. CAMEO.2.0.txt reaches the sub-codes only through a few braced phrases in some blocks, so "expanded
economic cooperation with Yland" is EXPAND's "- * COOPERATION [050]": diplomatic cooperation, PLOVER SUPPORT,
where the codebook's 061 "Cooperate economically" ("Initiate, resume, improve, or expand economic exchange or
cooperation") is PLOVER COOPERATE. A record of a family's base code, of its diplomatic sibling (022, 032, 050, 102)
or of the bare appeal 020, intent 030, demand 100 or rejection 120, whose verb's object (or the object of the
verb's FOR, OF or ON phrase, or of that object's: "a call for closer security cooperation") is a noun of
cooperation whose premodifier names a kind (data/coder_cooperation_kinds.tsv), takes the sub-code of that kind; so
does a record of a verb of cooperating whose ON or IN phrase names the kind ("cooperated on intelligence").
A sub-code PETRARCH-2's code table lacks (1213, 1214) is not given. Cooperation of no named kind keeps its code (the sibling codes are the dictionary's reading of the plain noun).
`petrarch2` keeps the dictionary's code; aid has its own kinds (aid_kinds.py).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import DataFileError, data_path, tsv_rows
from ..codes import code_table
from ..phrases import SentenceView

KINDS_FILE = "coder_cooperation_kinds.tsv"
# a record's code -> the family's stem the kind digit is appended to (the codebook's lines 19-25, 57-64, 100-115,
# 163-168, 209-214: material cooperation 021 / 031 / 06 / 101 / 121 beside diplomatic 022 / 032 / 050 / 102)
FAMILIES = {"020": "021", "021": "021", "022": "021", "030": "031", "031": "031", "032": "031",
            "050": "06", "060": "06", "100": "101", "101": "101", "102": "101", "120": "121", "121": "121"}
WAY_PREPOSITIONS = ("FOR", "OF", "ON")
FIELD_PREPOSITIONS = ("ON", "IN")
MODIFIER_DEPS = ("amod", "compound", "nmod")
STEP = "addition: the kind of cooperation named by its noun (cooperation_kinds, {code})"


@lru_cache(maxsize=1)
def cooperation_words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """(nouns of cooperation, forms of the verbs of cooperating, modifier -> kind digit) from
    data/coder_cooperation_kinds.tsv."""
    path = data_path(KINDS_FILE)
    nouns: set[str] = set()
    verbs: set[str] = set()
    modifiers: dict[str, str] = {}
    for number, parts in tsv_rows(path, "the coder's kinds of cooperation"):
        plain = len(parts) == 3 and parts[0] in ("cooperation", "verb") and parts[1] == "-"
        kind = len(parts) == 3 and parts[0] == "modifier" and parts[1] in ("1", "2", "3", "4")
        if not (plain or kind):
            raise DataFileError(f"{path}, line {number}: expected 'cooperation<TAB>-', 'verb<TAB>-' or "
                                "'modifier<TAB>KIND' (KIND 1-4), then the words.")
        words = parts[2].split()
        if parts[0] == "cooperation":
            nouns.update(words)
        elif parts[0] == "verb":
            verbs.update(words)
        else:
            modifiers.update(dict.fromkeys(words, parts[1]))
    return frozenset(nouns), frozenset(verbs), modifiers


def cooperation_kinds(records: Sequence, view: SentenceView) -> list:
    """The records of a code of cooperation given the sub-code of the cooperation's kind (module docstring)."""
    out = []
    for record in records:
        stem = FAMILIES.get(record.code)
        kind = _kind(view, record.verb) if stem else None
        if kind:
            code = stem + kind
            if code != record.code and code in code_table().forward:  # PETRARCH-2's table lacks 1213, 1214
                record = replace(record, code=code, steps=tuple(record.steps) + (STEP.format(code=code),))
        out.append(record)
    return out


def _kind(view: SentenceView, verb: int) -> str | None:
    """The kind digit the verb's cooperation names, None where none is named."""
    nouns, verbs, modifiers = cooperation_words()
    clause = view.clauses.get(verb)
    if clause is None:
        return None
    if view.words[verb] in verbs:  # "cooperated with Yland on intelligence"
        for pp in clause.pps:
            if pp.text in FIELD_PREPOSITIONS and pp.obj is not None and view.words[pp.obj.head] in modifiers:
                return modifiers[view.words[pp.obj.head]]
    ways = [pp.obj for pp in clause.pps if pp.text in WAY_PREPOSITIONS and pp.obj is not None]
    for np in sorted([*clause.objects, *ways], key=lambda n: n.head):
        heads = [np.head] + [pp.obj.head for pp in np.pps if pp.text in WAY_PREPOSITIONS and pp.obj is not None]
        for noun in heads:
            if view.words[noun] not in nouns:
                continue
            for child in view.children[noun]:
                if view.deps[child] in MODIFIER_DEPS and view.words[child] in modifiers:
                    return modifiers[view.words[child]]
    return None
