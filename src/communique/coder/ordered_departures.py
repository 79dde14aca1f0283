"""An order to a foreigner to leave the country is an expulsion (profile `communique`, switch
`ordered_departures`; data/coder_ordered_departures.tsv).

"Xland ordered the Yland ambassador to leave the country", "Kenya ordered two foreign journalists to leave
within 24 hours", "the junta ordered the U.N. mission to leave": the state that orders a foreign person or body
out removes them, which the CAMEO codebook calls 174 "Expel or deport individuals" (a person) and 166 "Expel or
withdraw" (a body: a mission, an office, a force). PETRARCH-2's CAMEO.2.0.txt codes ORDER as its own 100
"Demand" (or, through the patterns its block OVERSEE_MANAGE wrote for LEAD, "- * MISSION [036]", an intent to
meet) and LEAVE as a journey, so the order was read as a demand. `departure_code` gives the clause the expulsion's
code where its verb is one of ordering (the table's `order`), its object is the one ordered, an infinitive of
departing says what they are to do ("to leave", "to quit"), and the departure names the country left or nothing
("to leave the country", "to leave Kenya", "to leave within 24 hours"). An order to a population to leave its
homes ("ordered residents to leave their homes ahead of the storm") is an evacuation, and an order to armed forces
to leave ("ordered its troops to leave Syria") mostly their own state's withdrawal: the table's `evacuees` and
`forces`, and a departure's object that names no country, leave the clause alone. The `petrarch2` profile keeps
ORDER's code.
"""
from __future__ import annotations

from functools import lru_cache

from ..codes import is_valid_code
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from .codes import to_internal
from .phrases import Clause, SentenceView
from .silent_verbs import verb_forms

TABLE = "coder_ordered_departures.tsv"
KINDS = ("order", "leave", "place", "body", "evacuees", "forces", "code")
STEP = "addition: {form} {who} to leave, an expulsion ({code}) (ordered_departures)"


@lru_cache(maxsize=1)
def departure_table() -> dict[str, frozenset[str] | tuple[int, int]]:
    """The table's word sets by kind (verb forms for `order` and `leave`), and `code`: (person, body) codes."""
    path = data_path(TABLE)
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    codes: list[str] = []
    for n, parts in tsv_rows(path, "the coder's ordered departures"):
        words = parts[1].split() if len(parts) == 2 else []
        if not words or parts[0] not in KINDS or (parts[0] != "code" and not all(w.isalpha() and w.isupper()
                                                                                  for w in words)):
            raise DataFileError(f"{path} line {n}: expected 'order|leave|place|body|evacuees|forces|code<TAB>WORDS'.")
        if parts[0] == "code":
            codes += words
        elif parts[0] in ("order", "leave"):  # the lemma's regular forms, then the irregular ones the row lists
            found[parts[0]].update([words[0], *verb_forms(words[0]), *words[1:]])
        else:
            found[parts[0]].update(words)
    if len(codes) != 2 or not all(is_valid_code(c) and to_internal(c) is not None for c in codes):
        raise DataFileError(f"{path}: expected one 'code<TAB>PERSON-CODE BODY-CODE' row.")
    table: dict = {kind: frozenset(words) for kind, words in found.items() if kind != "code"}
    table["code"] = (to_internal(codes[0]), to_internal(codes[1]))
    return table


def departure_code(view: SentenceView, cl: Clause) -> tuple[int, str] | None:
    """(code, step) where the clause orders a foreign person or body to leave the country (module docstring);
    None elsewhere."""
    table = departure_table()
    if cl.form not in table["order"] or cl.passive:
        return None
    kids = view.children[cl.verb]
    ordered = [k for k in kids if view.deps[k] in ("dobj", "dative")]
    departures = [k for k in kids if view.deps[k] in ("xcomp", "ccomp") and view.words[k] in table["leave"]]
    if len(ordered) != 1 or not departures or view.words[ordered[0]] in table["evacuees"] | table["forces"]:
        return None
    left = [k for k in view.children[departures[0]] if view.deps[k] == "dobj"]
    if left and view.words[left[0]] not in table["place"] and view.tags[left[0]] not in ("NNP", "NNPS"):
        return None  # "to leave their homes": no country left
    person, body = table["code"]
    code = body if view.words[ordered[0]] in table["body"] else person
    who = view.words[ordered[0]].lower()
    return code, STEP.format(form=cl.form, who=who, code="166" if code == body else "174")
