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
Tuesday") keeps 041, as PETRARCH-2 codes it.

The object of a naming is what is named, not what the speaker does (`named_objects`, session 30). CAMEO.2.0.txt
files DESCRIBE and DEPICT in the block EXPLAIN_VERBAL with ANNOUNCE, whose object patterns were written for
announcing ("- * SANCTIONS [163]  # ANNOUNCE", "- * &CEASEFIRE [0871]", "- * ARREST [173]", "- * DEAL [060]"), so
"Moscow described the new US sanctions as a hostile act" was Moscow imposing sanctions and "the opposition described
the arrest of its leader as politically motivated" the opposition arresting. Where a verb of naming has its object
and a predicate after it ("as ...", an object predicate) and the record's pattern read the object alone (no word
of the pattern in the predicate, no AS phrase of its own: "- * (AS MISTAKE) [110]  # DESCRIBE", CALL's "- *
DICTATOR" read the predicate and stand), the record is the naming's statement, 010, with the record's actors;
the stance words (stance_complements.py, run next) then read the predicate's judgement ("a hostile act": 111)."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .stance_complements import naming_object, stance_words, subtree

BASE_CODE = "041"  # CALL's block code, the only verb of naming whose base is no statement
STATEMENT = "010"
PATTERN_STEP = "pattern:"  # the engine's step of a matched pattern (coder/compose.py)
NAMING_STEP = "addition: a verb of naming with an object predicate and no judgement, a statement (naming_statements)"
NAMED_OBJECT_STEP = "addition: a verb of naming names its object, its pattern of the object alone not its act " \
    "(naming_statements)"
AS = "AS"
PREDICATE_DEPS = frozenset({"oprd", "prep", "advcl", "acomp", "advmod", "xcomp", "ccomp"})


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


def named_objects(sentence, records: Sequence) -> list:
    """The records of one sentence, one whose verb of naming names its object ("described the sanctions as
    illegal") by a pattern of the object alone recoded as the naming's statement, 010 (module docstring)."""
    from ..phrases import phrase_view

    naming = stance_words()["naming"]
    view = None
    out = []
    for r in records:
        if r.pattern and not r.code.startswith(STATEMENT[:2]) and "(" + AS + " " not in r.pattern:
            view = view or phrase_view(sentence)
            if view.words[r.verb] in naming:
                predicate = _predicate_words(view, r.verb)
                if predicate and not (_pattern_words(r.pattern) & predicate):
                    r = replace(r, code=STATEMENT, steps=tuple(r.steps) + (NAMED_OBJECT_STEP,))
        out.append(r)
    return out


def _predicate_words(view, verb: int) -> set[str]:
    """The words of the predicate the verb of naming `verb` gives its object, after the object: an object
    predicate ("called the move a mistake"), an AS phrase on the verb or the object ("described the plan as a
    mistake"), an AS adjective ("as politically motivated"); empty where the verb has no object or no predicate."""
    obj = naming_object(view, verb)
    if obj is None:
        return set()
    kids = [c for c in view.children[verb] if c > obj and view.deps[c] in PREDICATE_DEPS]
    kids += [c for c in view.children[obj] if view.deps[c] == "prep" and view.words[c] == AS]
    found: set[str] = set()
    for c in kids:
        span = sorted(subtree(view, c))
        if view.deps[c] == "oprd" or view.words[span[0]] == AS:
            found.update(view.words[k] for k in span)
    found.discard(AS)
    return found


def _pattern_words(pattern: str) -> set[str]:
    """The literal words of a PETRARCH pattern's text ("- * RESTORATION (OF RELATIONS) [050] # ANNOUNCE": RESTORATION,
    OF, RELATIONS); synsets (&CEASEFIRE) and the markers are left out."""
    text = pattern.split("[", 1)[0]
    words = set()
    for part in text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ").split():
        if part[0].isalpha():
            words.update(w for w in part.split("_") if w)
    return words
