"""A verb of accusing does not take the code of a pattern written for a verb of legal action in its block, nor a
verb of arrest that of a verb of taking by force (switch `borrowed_patterns`; data/coder_borrowed_patterns.tsv).

CAMEO.2.0.txt files a verb with its near-synonyms in one block, and PETRARCH-2 stores the block's patterns in
one trie for all its verbs (spec §2.2): a pattern line's comment names the verb it was written for ("- PROSECUTOR *
[173] # CHARGE", "- * (OF &CRIME) [173] # CONVICT" in the block BLAME). So "prosecutors accused the former
president of taking bribes" takes CHARGE's or CONVICT's 173 (arrest, detain or charge with legal action), though
the dictionary's own line for ACCUSE says 112 ("ACCUSE [112]"), and the CAMEO codebook tells an accusation (112,
1121 "Accuse of crime, corruption") from a charge (173). Likewise ARREST [173] shares the block APPREHEND with TAKE,
SEIZE and CAPTURE, whose "- &MILITARY * [192] # TAKE" (a subject pattern: whatever the army takes, a place) made
"troops arrested three suspects" an occupation of territory. Most verbs of a block are synonyms whose shared patterns
fit them all ("called off the blockade" is as much an easing as "ended the blockade"); the data table lists the
verbs that do not take the patterns of other verbs of their block, and which. Such a verb keeps its own code
where the matched pattern was written for those verbs only and gives a code of another CAMEO category (its
two-digit root); a pattern of the same root refines the code as written ("- * (WITH MURDER) [1121] # CHARGE"),
and a pattern written for the verb itself, or naming no verb, applies as written.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..codes import to_cameo

TABLE = "coder_borrowed_patterns.tsv"
STEP = "addition: {form}'s own code {code:X}, not that of a pattern written for {other} (borrowed_patterns)"


def pattern_verbs(text: str) -> tuple[str, ...]:
    """The verbs a pattern line's comment names, upper case ("... [111]  # CALL , CALL" -> ("CALL",));
    () where the line has no comment or its comment names none (a date, initials)."""
    _, mark, comment = text.partition("#")
    if not mark:
        return ()
    words = [w.strip("+") for w in comment.replace(",", " ").split()]
    return tuple(dict.fromkeys(w for w in words if w and w.replace("_", "").isalpha() and w.isupper()))


def own_code_over(entry, pattern_text: str, pattern_code: int) -> int | None:
    """The verb's own code where the matched pattern was written only for verbs whose patterns the verb does not
    take (data/coder_borrowed_patterns.tsv) and gives a code of another CAMEO root (module docstring); None where
    the pattern's code stands. `entry` is the verb's dictionary entry (coder/dictionary.py `VerbEntry`); its code is
    its line's own, else its block's (RETALIATE takes PHYSICAL_CONFLICT's 190)."""
    if entry is None or not pattern_code:
        return None
    refused = refused_pattern_verbs().get(entry.verb.lstrip("+"))
    named = pattern_verbs(pattern_text)
    if not refused or not named:
        return None
    own, found = to_cameo(entry.active) or "", to_cameo(pattern_code) or ""
    if not own or not found or own[:2] == found[:2]:
        return None
    if not all(verb in refused and (not refused[verb] or found[:2] in refused[verb]) for verb in named):
        return None  # a verb refused only for some roots ("END:04"): its patterns of other roots fit
    return entry.active


@lru_cache(maxsize=1)
def refused_pattern_verbs() -> dict[str, dict[str, frozenset[str]]]:
    """verb -> the verbs whose patterns it does not take -> the CAMEO roots of those patterns it does not take
    (empty: any root) (data/coder_borrowed_patterns.tsv: "END" any, "END:04" only END's patterns of root 04)."""
    path = data_path(TABLE)
    table: dict[str, dict[str, frozenset[str]]] = {}
    for n, parts in tsv_rows(path, "the coder's borrowed patterns"):
        if len(parts) != 3 or not parts[0].isupper() or not parts[1].split() or not all(
                _refusal(word) for word in parts[1].split()):
            raise DataFileError(f"{path} line {n}: expected 'VERB<TAB>VERB VERB:ROOT ...<TAB>why'.")
        refused: dict[str, set[str]] = {}
        for word in parts[1].split():
            verb, roots = _refusal(word)
            refused.setdefault(verb, set()).update(roots)
        table[parts[0]] = {verb: frozenset(roots) for verb, roots in refused.items()}
    return table


def _refusal(word: str) -> tuple[str, tuple[str, ...]] | None:
    """A table word: VERB, or VERB:RR (only its patterns of the two-digit CAMEO root RR); None where malformed."""
    verb, _, roots = word.partition(":")
    root_list = tuple(roots.split(",")) if roots else ()
    if not verb.isupper() or not all(len(r) == 2 and r.isdigit() for r in root_list):
        return None
    return verb, root_list


def borrowed_pattern_code(entry, form: str, pattern) -> tuple[int, str] | None:
    """(the verb's own code, the trace step) where the pattern `pattern` (a matched `PatternPayload`, or None) of
    verb `form`, whose dictionary entry is `entry`, was written for another verb of its block (`own_code_over`);
    None where its code stands."""
    if pattern is None:
        return None
    own = own_code_over(entry, pattern.text, pattern.active)
    if own is None:
        return None
    return own, STEP.format(form=form, code=own, other=" ".join(pattern_verbs(pattern.text)))
