"""A state taken up, told by a verb of motion and a preposition with the state's noun (profile `communique`,
switch `state_phrases`; session 12, the wire census's "the dictionary's sense, not the analyst's").

English tells that an actor takes up an activity or a state by GO ON with its noun: "the teachers
went on strike" (143 "Conduct strike or boycott"), "1,000 prisoners went on hunger strike" (142 "Conduct hunger
strike"), "the army went on high alert" (150 "Demonstrate military or police
power": 151-152 increase alert status), "the rebels went on the offensive" (190). PETRARCH-2's CAMEO.2.0.txt
has GO in the block of travel (its default 040 "Consult", a trip) and no pattern for these phrases, so the
clause was coded as a visit. data/coder_state_phrases.tsv holds the verbs, prepositions and nouns, each row
with its code's name; `phrase_code` gives a clause no pattern matched that code (the noun read with its
modifiers, the longest row first: HUNGER STRIKE before STRIKE). The `petrarch2` profile keeps GO's default.

Session 35 (branch p10read35): a state reached that is no act. COME's own pattern `- * (TO) [040]` reads the object
of TO as a destination, so "the UN mission came to an end", "the ceasefire came to an end", "the junta came to power"
were consultations (PLOVER CONSULT). Rows whose code is `---` name such states (END, HALT, STANDSTILL, CLOSE, LIGHT,
POWER): no event. `phrase_code` is asked over a matched pattern too where that pattern's code is a trip (root 04,
`over_trip`): the phrase names the state, not the place gone to.
"""
from __future__ import annotations

from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..codes import to_cameo, to_internal, to_written
from ..phrases import Clause, SentenceView
from .silent_verbs import lemma_row_forms

PHRASES_FILE = "coder_state_phrases.tsv"
NO_EVENT = "---"  # a row's code for a state reached that is no act ("came to an end")
TRIP_ROOT = "04"  # CAMEO's consultations and visits: a pattern that reads a phrase as a destination
MODIFIER_DEPS = frozenset({"amod", "compound"})


@lru_cache(maxsize=1)
def state_phrases() -> dict[tuple[str, str], list[tuple[tuple[str, ...], int]]]:
    """(VERB FORM, PREPOSITION) -> [(the noun's words, modifiers first; internal code)], the most words first."""
    path = data_path(PHRASES_FILE)
    table: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = {}
    for n, parts in tsv_rows(path, "the coder's state phrases"):
        verbs = parts[0].split() if parts else []
        words = tuple(parts[2].split()) if len(parts) > 2 else ()
        if len(parts) != 5 or not verbs or not all(v.isalpha() and v.isupper() for v in verbs) \
                or not parts[1].isalpha() or not parts[1].isupper() or not words \
                or not all(w.isupper() for w in words) \
                or not (parts[3] == NO_EVENT or is_valid_code(parts[3]) and to_internal(parts[3]) is not None):
            raise DataFileError(f"{path} line {n}: expected 'VERB [FORMS]<TAB>PREPOSITION<TAB>NOUN (its modifiers "
                                "first)<TAB>CAMEO code or ---<TAB>name'.")
        code = 0 if parts[3] == NO_EVENT else to_written(parts[3])
        for form in lemma_row_forms(verbs):
            table.setdefault((form, parts[1]), []).append((words, code))
    return {key: sorted(rows, key=lambda r: -len(r[0])) for key, rows in table.items()}


def phrase_code(view: SentenceView, cl: Clause) -> tuple[int, str] | None:
    """(internal code, step) where the clause's verb and one of its PPs are a row's ("went ON STRIKE"; 0 for a
    state that is no act, "came TO AN END"); None elsewhere."""
    table = state_phrases()
    for pp in cl.pps:
        rows = table.get((cl.form, pp.text))
        if not rows or pp.obj is None:
            continue
        head = pp.obj.head
        modifiers = {view.words[k] for k in view.children[head] if k < head and view.deps[k] in MODIFIER_DEPS}
        for words, code in rows:
            if view.words[head] == words[-1] and all(w in modifiers for w in words[:-1]):
                sense = f"a state taken up ({code:X})" if code else "a state reached, no act"
                return code, f"addition: {cl.form} {pp.text} {' '.join(words)}, {sense}"
    return None


def over_trip(code: int) -> bool:
    """Whether a matched pattern's code is a trip (CAMEO root 04): a state phrase is read over it."""
    return (to_cameo(code) or "").startswith(TRIP_ROOT)
