"""A verb of beginning an event is that event (profile `communique`, switch `begun_events`; session 28, branch
c15read28).

News tells an event by its beginning as often as by its doing: "teachers began an indefinite strike", "dock workers
launched a strike", "students started a march on parliament", "investigators opened a criminal case". PETRARCH's
START block (BEGIN, START, LAUNCH, OPEN, COMMENCE, INITIATE) has the default `[---]`: a verb of it codes only what
its own patterns name (BEGIN {JOINT EXERCISE} [062], LAUNCH {DIPLOMATIC OFFENSIVE} [022]), and
`nominal_events` reads its object's noun only where the noun names a verb (a protest, an attack, an investigation).
A strike, a march or a vigil names no verb of its own; the dictionary names them under the verbs of holding an
event (HOLD STRIKE [143], HOLD MARCH [141], HOLD VIGIL [017]). The CAMEO codebook names an event by what is done,
not by its phase, so with the switch on a verb of a beginning block (data/coder_begun_events.tsv) that no pattern of
its own read and that has no code is read as the first verb of holding (HOLD, STAGE, CONDUCT) whose pattern names
its object, where the dictionary wrote that pattern for that verb (not for a block-mate: HOLD shares CONFINE with
RESTRICT and WITHHOLD) and its code is of an event one holds (a protest, talks, exercises, a raid: the table's
roots); a criminal case begun is an investigation (091), which no verb of holding names. Exercises begun by the
forces of two states or more are joint, 062 "Cooperate militarily" (the codebook's reading; CONDUCT's {&MILITARY
EXERCISES} [150] reads any force's), and one state's a show of force, 150. Session 37 (branch psweep37): the same for
exercises held, staged or carried out by a pattern of data/coder_additions.txt marked HELD_EXERCISES.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..codes import to_cameo, to_internal

TABLE = "coder_begun_events.tsv"
KINDS = ("begin", "hold", "case", "root")
INVESTIGATION = "091"  # CAMEO "Investigate crime, corruption"
ADDITIONS_MARK = "CAMEO"  # data/coder_additions.txt's comments: "# CAMEO 150"
SHOW_OF_FORCE, JOINT = "15", "062"  # CAMEO "Demonstrate military or police power", "Cooperate militarily"
BEGUN_STEP = "addition: an event begun is that event (begun_events)"
HELD_EXERCISES = "(held exercises)"  # data/coder_additions.txt's mark on its rows of exercises held (session 37)


@lru_cache(maxsize=1)
def begun_table() -> dict[str, tuple[str, ...]]:
    """kind -> its words in the table's order (the verbs of holding are tried in that order)."""
    path = data_path(TABLE)
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for n, fields in tsv_rows(path, "the verbs of beginning and holding an event", header={"kind"}):
        word_ok = fields[1].isdigit() and len(fields[1]) == 2 if len(fields) == 2 and fields[0] == "root" \
            else len(fields) == 2 and fields[1].isupper() and " " not in fields[1]
        if len(fields) != 2 or fields[0] not in found or not word_ok:
            raise DataFileError(f"{path} line {n}: expected 'KIND<TAB>WORD' (KIND one of {', '.join(KINDS)}; "
                                "the word upper case, a root two digits).")
        found[fields[0]].append(fields[1])
    return {kind: tuple(words) for kind, words in found.items()}


def _written_for(pattern: str, verb: str) -> bool:
    """Whether a dictionary pattern's comment names `verb` first ("- * STRIKE [143] # HOLD", or a form of it quoted:
    `# "conducted naval exercises": CAMEO 150`), or is one of data/coder_additions.txt's, written for the block's
    verb of news (`# CAMEO 150`); not a block-mate's ("# RESTRICT", "# WITHHOLD")."""
    comment = pattern.split("#", 1)[1].replace(",", " ").split() if "#" in pattern else []
    first = comment[0].strip("\"'").upper() if comment else ""
    return first.startswith(verb) or first == ADDITIONS_MARK


def begun_event(composer, cl):
    """(the clause as read, its match, the step) for a clause whose verb is of a beginning block and whose object
    a verb of holding's pattern names, or which begins a criminal case; None elsewhere (module docstring)."""
    entry = composer.verbs.lookup(cl.form, tuple(cl.particles))
    table = begun_table()
    if entry is None or entry.meaning not in table["begin"] or not cl.objects or cl.passive:
        return None
    heads = {np.head for np in cl.objects}
    for verb in table["hold"]:
        as_verb = replace(cl, form=verb, particles=[])
        m = composer.matched_clause(as_verb)
        if m.pattern is not None and m.code and heads & set(m.consumed) and _written_for(m.pattern.text, verb) \
                and (to_cameo(m.code) or "")[:2] in table["root"]:
            composer.reader.consumed.update(m.consumed)
            composer.reader.wildcard.update(m.wildcard)
            return as_verb, m, f"{BEGUN_STEP}: {cl.form} as {verb} {m.code:X}"
    if any(composer.view.words[h] in table["case"] for h in heads):
        m = composer.matched_clause(cl)
        return cl, replace(m, code=to_internal(INVESTIGATION)), f"{BEGUN_STEP}: {cl.form} a case, {INVESTIGATION}"
    return None


def held_exercises(pattern: str | None) -> bool:
    """Whether the pattern line is one of data/coder_additions.txt's exercises held ("staged naval drills")."""
    return pattern is not None and HELD_EXERCISES in pattern


def joint_exercises(code: int, sources) -> tuple[int, str] | None:
    """(062, step) for a begun show of force (CAMEO root 15: "began naval exercises") whose subject names the forces
    of two states or more: the codebook's 062 "Cooperate militarily" is exercises held together; None elsewhere."""
    if (to_cameo(code) or "")[:2] != SHOW_OF_FORCE:
        return None
    states = {s[:3] for s in sources if isinstance(s, str) and len(s) >= 3 and s[:3].isalpha() and s[:3] != "---"}
    if len(states) < 2:
        return None
    return to_internal(JOINT), f"{BEGUN_STEP}: the forces of {len(states)} states, joint ({JOINT})"
