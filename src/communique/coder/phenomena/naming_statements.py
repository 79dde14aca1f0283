"""CALL in its sense of naming, "called X Y", with no judgement to read, is a statement (profile `communique`,
switch `naming_statements`).

CALL's verb block in CAMEO.2.0.txt has the base code 041, "Discuss by telephone", and patterns for its other
senses: appeals ("called on", "called for" 02x), meetings and elections called, and namings its dictionary judges
("called Yland's leader a dictator" 111, "called the situation a powder keg" 012). A naming those patterns and
data/coder_stance_words.tsv (stance_complements.py, run first) do not judge keeps the base code, so "the envoy
called the humanitarian situation catastrophic" and "the minister called the drought a national emergency" were
telephone calls. Its form is plain on a dependency parse: the verb has a direct object and an object predicate
(spaCy's `oprd`: "the situation" ... "catastrophic") and no infinitive complement ("called on Yland to ..."). Such a
record, coded by no pattern, is the CAMEO codebook's 010 "Make statement": the speaker's description of a state of
affairs, addressed to whoever the record already names. A call with no object predicate ("Trump called Putin on
Tuesday") keeps 041, as PETRARCH-2 codes it."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .stance_complements import naming_object, stance_words

BASE_CODE = "041"  # CALL's block code, the only verb of naming whose base is no statement
STATEMENT = "010"
PATTERN_STEP = "pattern:"  # the engine's step of a matched pattern (coder/compose.py)
NAMING_STEP = "addition: a verb of naming with an object predicate and no judgement, a statement (naming_statements)"


def naming_statements(sentence, records: Sequence) -> list:
    """The records of one sentence, CALL's base-code record of a naming ("called X Y") recoded as 010."""
    from ..phrases import phrase_view

    if not any(r.code == BASE_CODE for r in records):
        return list(records)
    view = phrase_view(sentence)
    naming = stance_words()["naming"]
    return [replace(r, code=STATEMENT, steps=tuple(r.steps) + (NAMING_STEP,))
            if r.code == BASE_CODE and view.words[r.verb] in naming and _names(view, r.verb)
            and not any(step.startswith(PATTERN_STEP) for step in r.steps) else r
            for r in records]


def _names(view, verb: int) -> bool:
    """Whether the verb `verb` has a direct object and an object predicate after it, and no infinitive
    complement."""
    obj = naming_object(view, verb)
    return obj is not None and not any(view.deps[c] == "xcomp" for c in view.children[verb]) \
        and any(view.deps[c] == "oprd" and c > obj for c in view.children[verb])
