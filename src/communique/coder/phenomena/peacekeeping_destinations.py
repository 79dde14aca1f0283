"""Forces sent to a peacekeeping mission are peacekeepers (profile `communique`, switch
`peacekeeping_destinations`; session 14, the wire census's "the dictionary's sense, not the analyst's").

"Rwanda sent 300 more troops to the U.N. peacekeeping mission in South Sudan", "Nepal deployed police officers
to the peacekeeping force", "sent troops to Lebanon to join UNIFIL": CAMEO.2.0.txt's DEPLOY block codes the
forces sent by their noun, PEACEKEEPERS 074 "Provide military protection or peacekeeping" but TROOPS or
SOLDIERS 154 "Mobilize or increase armed forces" (and `deployed_forces` gives police 153), so the same act was
a mobilisation, material conflict, where the destination says what the forces are. `peacekeeping_code` gives a
mobilisation (15x) the dictionary's own code for peacekeepers sent where a TO phrase of its verb, or the object
of an infinitive of joining ("to join"), is a peacekeeping body ("the peacekeeping mission", "the U.N.
peacekeeping force") or a mission's own name (data/coder_peacekeeping_destinations.tsv). Forces sent to a
place or against an enemy stay a mobilisation. The `petrarch2` profile keeps the dictionary's code.
"""
from __future__ import annotations

from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, kinded_words
from ...errors import DataFileError
from ..codes import to_cameo, to_internal
from ..phrases import Clause, SentenceView

DESTINATIONS_FILE = "coder_peacekeeping_destinations.tsv"
KINDS = ("modifier", "body", "name", "join", "code")
MOBILIZATION_ROOT = "15"
JOIN_DEPS = frozenset({"xcomp", "advcl"})


@lru_cache(maxsize=1)
def destination_table() -> dict[str, frozenset[str]]:
    """kind -> its upper-case words, from data/coder_peacekeeping_destinations.tsv (`code` holds one code)."""
    path = data_path(DESTINATIONS_FILE)
    found = kinded_words(path, "the coder's peacekeeping destinations", KINDS, numbers=("code",))
    if len(found["code"]) != 1 or not all(is_valid_code(c) and to_internal(c) for c in found["code"]):
        raise DataFileError(f"{path}: expected one 'code<TAB>CAMEO code' row.")
    return found


def _peacekeeping(view: SentenceView, head: int, table: dict[str, frozenset[str]]) -> bool:
    """Whether the noun at `head` is a peacekeeping body ("the U.N. peacekeeping mission") or a mission's name."""
    word = view.words[head]
    if word in table["name"]:
        return True
    return word in table["body"] and any(view.words[k] in table["modifier"] for k in view.children[head])


def peacekeeping_code(view: SentenceView, cl: Clause, code: int) -> tuple[int, str] | None:
    """(code, step) where the clause's mobilisation `code` sends forces to a peacekeeping body (module
    docstring); None elsewhere."""
    if (to_cameo(code) or "")[:2] != MOBILIZATION_ROOT:
        return None
    table = destination_table()
    heads = [pp.obj.head for pp in cl.pps if pp.text == "TO" and pp.obj is not None]
    heads += [k for c in cl.complements if c.dep in JOIN_DEPS and c.form in table["join"]
              for k in view.children[c.verb] if view.deps[k] == "dobj"]
    found = next((h for h in heads if _peacekeeping(view, h, table)), None)
    if found is None:
        return None
    given = to_internal(next(iter(table["code"])))
    return given, f"addition: {cl.form} forces to {view.words[found]}, peacekeepers ({to_cameo(given)})"
