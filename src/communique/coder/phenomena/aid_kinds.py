"""The kind of aid a code of aid is about: the CAMEO codebook's sub-codes of aid (profile `communique`, switch
`aid_kinds`; session 17).

The codebook splits every code of material aid four ways, with the same last digit in five families (023x appeal,
033x intent, 07x provision, 103x demand, 122x rejection of a request): 1 economic, 2 military, 3 humanitarian,
4 military protection or peacekeeping. CAMEO.2.0.txt reaches the sub-codes only through a few braced phrases in
some blocks, so "provided military aid to Yland" stays 070 and "asked Yland for humanitarian aid" 020. A record of
a family's base code, or of the bare appeal 020, intent 030 or demand 100 over aid, whose verb's object (or the
object of the verb's FOR or OF phrase, or of that object's FOR, OF or IN phrase: "a request for military aid",
"$500 million in aid") is a noun of aid
(data/coder_aid_kinds.tsv) takes the sub-code of the kind its premodifier or the noun itself names. Aid of no named kind keeps the family's base code. `petrarch2` keeps the dictionary's code.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import DataFileError, data_path, tsv_rows
from ..phrases import SentenceView

KINDS_FILE = "coder_aid_kinds.tsv"
# a record's code -> the family's stem its kind digit is appended to; the bare appeal, intent and demand only
# become a code of aid through the noun of aid itself
FAMILIES = {"023": "023", "020": "023", "033": "033", "030": "033", "070": "07", "103": "103", "100": "103",
            "122": "122"}
WAY_PREPOSITIONS = ("FOR", "OF")
# an object's own phrases that name its aid: also IN, where an amount measures it ("$500 million in aid"; session 20)
INNER_PREPOSITIONS = WAY_PREPOSITIONS + ("IN",)
STEP = "addition: the kind of aid named by its noun (aid_kinds, {code})"


@lru_cache(maxsize=1)
def aid_words() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """(nouns of aid, modifier -> kind digit, noun -> kind digit) from data/coder_aid_kinds.tsv."""
    path = data_path(KINDS_FILE)
    aid: set[str] = set()
    modifiers: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for number, parts in tsv_rows(path, "the coder's kinds of aid"):
        kind_ok = len(parts) == 3 and (parts[1] == "-" if parts[0] == "aid" else parts[1] in ("1", "2", "3", "4"))
        if not kind_ok or parts[0] not in ("aid", "modifier", "noun"):
            raise DataFileError(f"{path}, line {number}: expected 'aid<TAB>-', 'modifier<TAB>KIND' or "
                                "'noun<TAB>KIND' (KIND 1-4), then the words.")
        role, kind, words = parts[0], parts[1], parts[2].split()
        if role == "aid":
            aid.update(words)
        else:
            (modifiers if role == "modifier" else nouns).update(dict.fromkeys(words, kind))
    return frozenset(aid), modifiers, nouns


def aid_kinds(records: Sequence, view: SentenceView) -> list:
    """The records of a code of aid given the sub-code of the aid's kind (see the module docstring)."""
    out = []
    for record in records:
        stem = FAMILIES.get(record.code)
        kind = _kind(view, record.verb) if stem else None
        if kind is not None:  # aid of no named kind: the family's base code ("appealed for aid" 023)
            code = stem + kind if kind else (stem if len(stem) == 3 else record.code)
            if code != record.code:
                record = replace(record, code=code, steps=tuple(record.steps) + (STEP.format(code=code),))
        out.append(record)
    return out


def aid_kind(view: SentenceView, verb: int) -> str | None:
    """The kind digit (1-4) of the aid the verb's object names, "" or None where it names no kind (`_kind`)."""
    return _kind(view, verb)


def _kind(view: SentenceView, verb: int) -> str | None:
    """The kind digit of the aid the verb's object names, "" for aid of no named kind, None where no noun of aid
    is the object. A noun that is aid of one kind by itself ("loans", "weapons") counts only as the verb's own
    object or FOR object ("demanded weapons", "appealed for food"); a noun of aid ("aid", "assistance") also as
    the FOR or OF object of that object ("a request for military aid", "an offer of financial assistance")."""
    aid, modifiers, nouns = aid_words()
    for noun, direct in _objects(view, verb):
        word = view.words[noun]
        if direct and word in nouns:
            return nouns[word]
        if word in aid:
            for child in view.children[noun]:
                if view.deps[child] in ("amod", "compound", "nmod") and view.words[child] in modifiers:
                    return modifiers[view.words[child]]
            return ""
    return None


def _objects(view: SentenceView, verb: int) -> list[tuple[int, bool]]:
    """(noun, whether it is the verb's own object) for the clause's objects and the objects of its FOR / OF
    phrases (the phrase view's), each followed by the objects of its own FOR / OF phrases."""
    clause = view.clauses.get(verb)
    if clause is None:
        return []
    ways = [pp.obj for pp in clause.pps if pp.text in WAY_PREPOSITIONS and pp.obj is not None]
    found: list[tuple[int, bool]] = []
    for np in sorted([*clause.objects, *ways], key=lambda n: n.head):
        found.append((np.head, True))
        found.extend((pp.obj.head, False) for pp in np.pps if pp.text in INNER_PREPOSITIONS and pp.obj is not None)
    return found
