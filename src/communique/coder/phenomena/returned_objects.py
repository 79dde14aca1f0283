"""A thing or a person given back is a return (profile `communique`, switch `returned_objects`; session 14,
the wire census's "verbs with no code for their object").

CAMEO 084 "Return, release" is named by the verb. CAMEO.2.0.txt's RETURN block has no code of its own, since
"returned to the capital" is a journey, and its patterns code the objects they name (PRISONERS 0841;
PROPERTY, EQUIPMENT, ARTWORK, AIRCRAFT 0842): "North Korea returned the remains of U.S. soldiers", "Uganda
returned 25 captured soldiers", "Peru returned 40 stolen artefacts to Bolivia" were no event. What makes
RETURN a giving back is its direct object; `returned_code` gives a clause no pattern matched, active, whose
verb of giving back (data/coder_returned_objects.tsv) has one, the codebook's 084, unless the object makes an
idiom ("returned the favour", "returned a profit"). The `petrarch2` profile keeps the block's silence.
"""
from __future__ import annotations

from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, kinded_words
from ...errors import DataFileError
from ..codes import to_internal
from ..phrases import Clause, SentenceView
from .silent_verbs import lemmas_forms

RETURNS_FILE = "coder_returned_objects.tsv"
KINDS = ("verb", "idiom", "code")


@lru_cache(maxsize=1)
def returned_table() -> tuple[frozenset[str], frozenset[str], int]:
    """(verb forms, idiom objects, internal code) from data/coder_returned_objects.tsv."""
    path = data_path(RETURNS_FILE)
    found = kinded_words(path, "the coder's returned objects", KINDS, numbers=("code",), rows={"verb": lemmas_forms})
    codes = sorted(found["code"])
    if len(codes) != 1 or not is_valid_code(codes[0]) or not to_internal(codes[0]):
        raise DataFileError(f"{path}: expected one 'code<TAB>CAMEO code' row.")
    return found["verb"], found["idiom"], to_internal(codes[0])


def returned_code(view: SentenceView, cl: Clause) -> tuple[int, str] | None:
    """(code, step) where the clause gives back what its direct object names (module docstring); None
    elsewhere."""
    verbs, idioms, code = returned_table()
    if cl.form not in verbs or cl.passive:
        return None
    objects = [k for k in view.children[cl.verb] if view.deps[k] == "dobj"]
    if not objects or any(view.words[k] in idioms for k in objects):
        return None
    return code, f"addition: {cl.form} {view.words[objects[0]]}, a thing or a person given back ({code:X})"
