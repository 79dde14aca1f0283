"""A light verb over a noun that names an act is coded as the noun's act (profile `communique`, switch
`light_verbs`; session 16, branch light16).

News reports an act by its noun under a verb that names no act of its own: "made a plea for food aid", "gave its
endorsement to the plan", "issued a denial", "lodged a complaint", "carried out the release of prisoners",
"announced a general mobilisation". English grammar calls these light (support) verbs: the noun carries the
event, the verb lends it a clause (FrameNet's support verbs). `nominal_events` (recall.py `_nominal`) already
codes such a clause as the verb the noun names (data/coder_additions_nominals.tsv: WITHDRAWAL -> WITHDRAW) where
the verb has no code; but most light verbs have a block default in CAMEO.2.0.txt (GIVE's and ISSUE's 060,
ANNOUNCE's 010, MAKE's 036 for "made a visit"), which then wins. A verb of data/coder_light_verbs.tsv, where no
pattern of its own matched (a pattern always wins: DELIVER "- * PLEA [023]", EXPRESS "- * CONDOLENCES [018]"),
takes the code of the verb its object's noun names, if that verb has one; else it keeps its own. The noun's OF
object is that verb's object ("carried out the deployment of peacekeepers": deployed peacekeepers, 074); an object
headed by a noun of number (data/coder_additions_partitives.tsv) is read at its OF object ("made dozens of arrests");
a noun of an event's episode ("a wave of arrests") is `episode_nouns`' (nouns/events.py).
data/coder_light_verb_nouns.tsv adds nouns of acts read under a light verb only: another verb over them may end or
refuse the act ("dropped its demand"), which data/coder_additions_nominals.tsv's nouns, read under any verb with no
code, do not meet as often.
A light verb over a noun of an order (data/coder_order_nouns.tsv: "issued an order for the arrest of X", "issued a
warrant for the arrest of X", "issued an arrest warrant for X") reports the order itself, which CAMEO.2.0.txt reads
under ORDER by the act it orders (`- * ARREST [173]`, `- * RELEASE [0841]`, `- * EVACUATION [166]`: "ordered the
arrest of X" is the arrest), while the light verb's own pattern (ISSUE's `- * ORDER [100]`, `- * WARRANT [100]`)
names only the order: `ordered_noun` reads the clause as ORDER over the act the order's FOR phrase names (or over
the order's own phrase, "an arrest warrant"), where one of ORDER's patterns reads it (session 25, branch left25);
an order whose act ORDER's patterns do not name keeps the light verb's reading.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from .silent_verbs import lemma_row_forms

TABLE = "coder_light_verbs.tsv"
NOUNS = "coder_light_verb_nouns.tsv"
ORDER_NOUNS = "coder_order_nouns.tsv"
ORDERING_VERB = "ORDER"  # CAMEO.2.0.txt's verb whose patterns name the act an order orders
PATIENT_OF = "OF"  # the preposition of an act noun's patient, unless its row names another


@lru_cache(maxsize=1)
def light_verb_forms() -> frozenset[str]:
    """Every form of the light verbs of data/coder_light_verbs.tsv (MAKE, MAKES, MADE, MAKING, ...)."""
    path = data_path(TABLE)
    forms: set[str] = set()
    for n, parts in tsv_rows(path, "the light verbs"):
        words = parts[0].split() if len(parts) == 1 else []
        if not words or not all(w.isalpha() and w.isupper() for w in words):
            raise DataFileError(f"{path} line {n}: expected 'VERB [IRREGULAR FORMS]'.")
        forms.update(lemma_row_forms(words))
    return frozenset(forms)


def is_light(form: str) -> bool:
    """Whether a clause verb's form is a light verb's."""
    return form in light_verb_forms()


@lru_cache(maxsize=1)
def _noun_rows() -> tuple[dict[str, str], dict[str, str]]:
    """(act noun -> verb form, act noun -> the preposition of its patient where it is not OF), from
    data/coder_light_verb_nouns.tsv."""
    path = data_path(NOUNS)
    table, patients = {}, {}
    for n, parts in tsv_rows(path, "the light verbs' act nouns"):
        if len(parts) not in (2, 3) or not parts[0].isalpha() or not all(p.isupper() for p in parts):
            raise DataFileError(f"{path} line {n}: expected 'NOUN<TAB>VERB[<TAB>PREPOSITION]'.")
        table[parts[0]] = parts[1]
        if len(parts) == 3:
            patients[parts[0]] = parts[2]
    return table, patients


def light_verb_nouns() -> dict[str, str]:
    """Act noun (DENIAL) -> the CAMEO.2.0 verb form it names (DENY), read under a light verb only."""
    return _noun_rows()[0]


def patient_preposition(noun: str) -> str:
    """The preposition whose object is what the act of an act noun is done to: OF ("the suspension of aid"), or the
    table's third column where the noun takes another ("a halt to aid", "a freeze on aid"; session 36)."""
    return _noun_rows()[1].get(noun, PATIENT_OF)


@lru_cache(maxsize=1)
def order_nouns() -> frozenset[str]:
    """The nouns of an order a light verb reports (ORDER, WARRANT, ...), data/coder_order_nouns.tsv."""
    path = data_path(ORDER_NOUNS)
    words: set[str] = set()
    for n, parts in tsv_rows(path, "the nouns of an order"):
        if len(parts) != 1 or not parts[0].isalpha() or not parts[0].isupper():
            raise DataFileError(f"{path} line {n}: expected 'NOUN' (upper case, as written).")
        words.add(parts[0])
    return frozenset(words)


def ordered_noun(composer, cl):
    """(the clause read as ORDER, its match, the step) where the light verb's object is a noun of an order whose
    FOR phrase (or own phrase) names an act one of ORDER's patterns reads ("issued an order for the arrest of X":
    ORDER's `- * ARREST [173]`); None elsewhere (module docstring)."""
    view = composer.view
    for np in cl.objects:
        if view.words[np.head] not in order_nouns():
            continue
        others = [o for o in cl.objects if o is not np]
        fors = [pp for pp in np.pps if pp.text == "FOR" and pp.obj is not None]
        readings = [(pp.obj, [p for p in np.pps if p is not pp]) for pp in fors]  # "an order for the arrest of X"
        readings += [(replace(np, head=k, modifiers=[i for i in np.modifiers if i != k]), [])  # "an arrest warrant"
                     for k in np.modifiers if view.deps[k] == "compound" and view.tags[k].startswith("NN")]
        for obj, rest in readings:
            as_verb = replace(cl, form=ORDERING_VERB, particles=[], objects=others + [obj], pps=list(cl.pps) + rest)
            m = composer.matched_clause(as_verb)
            if m.pattern is not None and m.code and obj.head in m.consumed:  # the act's noun chose the pattern
                composer.reader.consumed.update(m.consumed)
                composer.reader.wildcard.update(m.wildcard)
                return as_verb, m, f"verb: {cl.form} over {view.words[np.head]} as {ORDERING_VERB} {m.code:X}"
    return None
