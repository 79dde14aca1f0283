"""Verbs the dictionary is silent on, coded by the CAMEO code whose name they make (profile `communique`,
switch `silent_verbs`; issue 10, "hand-written knowledge only where the dictionary is silent").

PETRARCH-2's CAMEO.2.0.txt covers almost every verb of the CAMEO codebook's code names, but not always with
the object the name gives it: "Impose embargo, boycott, or sanctions" (163) is IMPOSE with EMBARGO, which
no pattern of IMPOSE names, so the block's default (170) codes it; "Reduce relations" (160) gets nothing;
"Coerce" (170) has no entry at all. `data/coder_silent_verbs.tsv` holds such verb + object pairs, each a
phrase of its code's name (found by `tools/silent_verbs.py`), and `sense_tables.SenseTableSteps._object_sense` asks it
for a clause no pattern matched, after the object-senses table: a pattern of the dictionary always wins.

A verb the dictionary has can still be silent in one of its written forms. CAMEO.2.0 lists British -ISE
spellings for most -IZE verbs but not all: `spelling_variants` gives the other spelling ("finalised":
FINALIZED), tried by `compose.Composer._verb_match` where the written form has no entry (same switch).
PETRARCH-2 makes a verb's regular forms by a short rule (spec §2.2.2: 3sg S/X/Z +ES, Y -> IES, else +S; past
+D or +ED; gerund drops a final E after a consonant), so a verb listed without its forms lacks the standard
spelling of every form that rule gets wrong: no doubled consonant ("stopped", "hitting", "travelled"), no
-CHES / -SHES ("launches", "punishes"), vowel + Y ("destroys", not DESTROIES; "decried", not DECRYED), -UE
and -IE ("pursuing", "suing", "dying"), consonant + O ("vetoes"), -IC ("mimicked"). With the switch
`english_inflections`, `dictionary_stem` finds the dictionary verb whose standard English form (English
spelling rules, `english_forms`; the longer verbs that double their consonant listed in
data/verb_inflections.tsv) a written form with no entry is, and the clause is matched as that verb. A line
that lists its forms (`{...}`: irregular verbs) gets the 3sg and gerund only, which every verb but BE and
HAVE makes regularly; its past is the line's own. `petrarch2` keeps PETRARCH-2's forms alone.
"""
from __future__ import annotations

from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, tsv_rows, upper_words
from ...errors import DataFileError
from ..codes import to_internal, to_written
from ..dictionary import regular_verb_forms

SILENT_FILE = "coder_silent_verbs.tsv"
ANY = "*"


@lru_cache(maxsize=1)
def silent_verbs() -> dict[tuple[str, str], int]:
    """(VERB FORM, OBJECT HEAD or "") -> internal code, from data/coder_silent_verbs.tsv (`verb_object_table`)."""
    return verb_object_table(data_path(SILENT_FILE), "the coder's silent verbs")


def verb_object_table(path, what: str) -> dict[tuple[str, str], int]:
    """(VERB FORM, OBJECT HEAD or "") -> internal code, from a table of rows 'VERB [FORMS]<TAB>OBJECT [OBJECT ...]
    or *<TAB>CAMEO code<TAB>name' (the silent verbs', the named senses'): each lemma with its regular forms
    (PETRARCH's way and the standard English spelling) and the irregular forms its row lists; `what` names the
    table in the error a malformed row raises."""
    table: dict[tuple[str, str], int] = {}
    for n, parts in tsv_rows(path, what):
        verbs = parts[0].split() if parts else []
        objects = parts[1].split() if len(parts) > 1 else []
        if len(parts) != 4 or not verbs or not all(v.isalpha() and v.isupper() for v in verbs) or not objects \
                or not all(o == ANY or o.isupper() for o in objects) or not is_valid_code(parts[2]) \
                or to_internal(parts[2]) is None:
            raise DataFileError(f"{path} line {n}: expected 'VERB [FORMS]<TAB>OBJECT [OBJECT ...] or *<TAB>"
                                "CAMEO code<TAB>name'.")
        for form in lemma_row_forms(verbs):
            for obj in objects:
                table[(form, "" if obj == ANY else obj)] = to_written(parts[2])
    return table


def silent_verb_code(form: str, obj: str) -> int | None:
    """The internal code of verb `form` (upper case) with object head `obj` ("" for the row with no object),
    where a CAMEO code's name makes that phrase; None elsewhere."""
    return silent_verbs().get((form, obj))


ISE_ENDINGS = (("ISE", "IZE"), ("ISES", "IZES"), ("ISED", "IZED"), ("ISING", "IZING"))


def spelling_variants(form: str) -> list[str]:
    """The other spelling of an upper-case -ISE / -IZE verb form, as PETRARCH's dictionary may hold it."""
    out: list[str] = []
    for british, american in ISE_ENDINGS:
        if form.endswith(british):
            out.append(form[: -len(british)] + american)
        elif form.endswith(american):
            out.append(form[: -len(american)] + british)
    return out


# ---- standard English inflections (switch english_inflections) -----------------------------------------
INFLECTIONS_FILE = "verb_inflections.tsv"
VOWELS = frozenset("AEIOU")
NEVER_DOUBLED = frozenset("HWXY")
THIRD, PAST, GERUND = 0, 1, 2


@lru_cache(maxsize=1)
def doubling_verbs() -> frozenset[str]:
    """The verbs of more than one syllable that double their final consonant (data/verb_inflections.tsv)."""
    return upper_words(INFLECTIONS_FILE, "the list of verbs that double their consonant", columns=1,
                       expected="one verb in upper case")


def _vowel(word: str, i: int) -> bool:
    """Whether the letter at `i` is written as a vowel: AEIOU, but U after Q ("equip") is not; Y after a
    consonant is ("deny")."""
    c = word[i]
    if c == "U" and i > 0 and word[i - 1] == "Q":
        return False
    return c in VOWELS or (c == "Y" and i > 0 and not _vowel(word, i - 1))


def _syllables(word: str) -> int:
    marks = [_vowel(word, i) for i in range(len(word))]
    return sum(1 for i, v in enumerate(marks) if v and (i == 0 or not marks[i - 1]))


def _doubles(verb: str) -> bool:
    """Whether the final consonant is doubled before -ED / -ING: one consonant letter (not H, W, X, Y) after
    one vowel letter, in a stressed syllable (one syllable, or a listed verb); a final L always (British)."""
    if len(verb) < 3 or verb[-1] in NEVER_DOUBLED or _vowel(verb, len(verb) - 1) \
            or not _vowel(verb, len(verb) - 2) or _vowel(verb, len(verb) - 3):
        return False
    return verb[-1] == "L" or _syllables(verb) == 1 or verb in doubling_verbs()


def english_forms(verb: str) -> list[tuple[int, str]]:
    """(slot, form) of an upper-case verb's regular forms spelled by the rules of English: THIRD (3rd person
    singular), PAST (past and participle), GERUND; a final L gives the British doubled and the American
    single form."""
    consonant_y = verb.endswith("Y") and len(verb) > 1 and not _vowel(verb, len(verb) - 2)
    if verb.endswith(("S", "X", "Z", "CH", "SH")) or (verb.endswith("O") and len(verb) > 1
                                                      and not _vowel(verb, len(verb) - 2)):
        third = verb + "ES"
    else:
        third = verb[:-1] + "IES" if consonant_y else verb + "S"
    if consonant_y:
        stems = [(verb[:-1] + "I", verb)]  # (before -ED, before -ING): deny -> denied, denying
    elif verb.endswith("IE"):
        stems = [(verb[:-1], verb[:-2] + "Y")]  # die -> died, dying
    elif verb.endswith(("EE", "OE", "YE")):
        stems = [(verb[:-1], verb)]  # agree -> agreed, agreeing
    elif verb.endswith("E"):
        stems = [(verb[:-1], verb[:-1])]  # sue -> sued, suing
    elif verb.endswith("IC"):
        stems = [(verb + "K", verb + "K")]  # panic -> panicked
    elif _doubles(verb):
        stems = [(verb + verb[-1],) * 2] + ([(verb, verb)] if verb.endswith("L") else [])
    else:
        stems = [(verb, verb)]
    return [(THIRD, third)] + [(PAST, ed + "ED") for ed, _ in stems] + [(GERUND, ing + "ING") for _, ing in stems]


def _stem_candidates(form: str) -> list[str]:
    """The bases a written form could be a regular form of; `english_forms` decides which it is."""
    out = []
    if form.endswith("S"):
        out += [form[:-1], form[:-2], form[:-3] + "Y"]
    for suffix in ("ED", "ING"):
        if form.endswith(suffix) and len(form) > len(suffix) + 1:
            base = form[: -len(suffix)]
            out += [base, base + "E", base[:-1], base[:-1] + "Y", base[:-1] + "IE"]
    return out


def dictionary_stem(form: str, verbs) -> str | None:
    """The verb of the dictionary `verbs` (a VerbDictionary) whose standard English form `form` (upper case)
    is: a line's verb whose `english_forms` include it (3sg and gerund only where the line lists its own
    forms). None where no verb of the dictionary has it."""
    for stem in _stem_candidates(form):
        entries = verbs.forms.get(stem)
        if not entries or stem == form:
            continue
        for key, entry in entries.items():
            if verb_word(entry.verb) != stem:
                continue  # a form of another line, not a verb's own base
            regular = all(verbs.forms.get(f, {}).get(key) == entry for f in regular_verb_forms(stem))
            if any(f == form and (regular or slot != PAST) for slot, f in english_forms(stem)):
                return stem
    return None


def verb_forms(lemma: str) -> list[str]:
    """The regular forms of a lemma of the project's own verb tables (communique only): PETRARCH-2's and the
    standard English spellings ("EXPEL": EXPELED and EXPELLED), so a table row matches what news writes."""
    return list(dict.fromkeys([*regular_verb_forms(lemma), *(f for _, f in english_forms(lemma))]))


def lemma_row_forms(words: list[str]) -> list[str]:
    """The forms a verb table's row 'LEMMA [IRREGULAR FORMS]' stands for: the lemma, its regular forms (`verb_forms`),
    then the irregular forms the row lists ("SEND SENT")."""
    return [words[0], *verb_forms(words[0]), *words[1:]]


def lemmas_forms(lemmas: list[str]) -> list[str]:
    """The forms a verb table's row 'LEMMA [LEMMA ...]' stands for: each lemma and its regular forms."""
    return [form for lemma in lemmas for form in (lemma, *verb_forms(lemma))]


def verb_word(line_verb: str) -> str:
    """The verb word of a dictionary line's verb: "+CORDON_OFF" -> CORDON, "RE_+ARREST" -> ARREST."""
    parts = [p for p in line_verb.split("_") if p]
    return next((p for p in parts if p.startswith("+")), parts[0] if parts else "").lstrip("+")
