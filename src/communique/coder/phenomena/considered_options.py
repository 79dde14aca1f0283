"""A verb of considering over an option told by a clause is the codebook's 014 (profile `communique`, switch
`considered_options`; data/coder_considered_options.tsv).

"India is considering raising import duties", "Australia is considering whether to move its embassy to
Jerusalem", "the government is weighing whether to cut fuel subsidies": what is considered is an act not yet
decided, which the CAMEO codebook calls 014 "Consider policy option". CAMEO.2.0.txt files CONSIDER, MULL, PONDER
and WEIGH in a block of consultation (040) whose patterns code a considered thing named by a noun ("- *
&PROPOSAL [014]", `named_senses` adds more nouns), so an option told by a clause took the block's 040, a
consultation, where the clause itself has no code ("addition: uncoded complement" kept the governing code).
`considered_code` gives such a clause 014 where no pattern matched, the verb is one of considering, and one of its
open complements is the option: a gerund ("considering raising") or an infinitive after "whether". An option
clause with a code of its own is left to PETRARCH-2's composition where CONSIDER's own patterns read it, as they make
a considered coercion a threat ("- * IMPOSING [130]"), and where its act is done in words; a finite clause
("considering whether Yland can be trusted") is a judgement, no option. Session 34 (branch wsweep34): an option
whose own code is a material act (CAMEO roots 06-20: "is considering sending a navy frigate to the South China
Sea", "considering raising interest rates to curb inflation") where no pattern of the verb of considering matched
is 014 too (`considered_material_act`): rule F flattened the option's code into the considering clause, so that an
act only weighed was coded as done (154 a deployment, 170 a coercion), which the codebook's 014 exists to avoid.
The `petrarch2` profile keeps the block's code.
"""
from __future__ import annotations

from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, kinded_words
from ...errors import DataFileError
from ..cameo_roots import MATERIAL_ROOTS
from ..codes import to_cameo, to_internal
from ..phrases import Clause, SentenceView
from .silent_verbs import lemma_row_forms

TABLE = "coder_considered_options.tsv"
KINDS = ("verb", "mark", "code")
STEP = "addition: {form} an option told by a clause, 014 (considered_options)"


@lru_cache(maxsize=1)
def considered_table() -> tuple[frozenset[str], frozenset[str], int]:
    """(the verbs' forms, the marks of an open infinitive, the internal code) from the data table."""
    path = data_path(TABLE)
    found = kinded_words(path, "the coder's considered options", KINDS, numbers=("code",),
                         rows={"verb": lemma_row_forms})
    codes = sorted(found["code"])
    if len(codes) != 1 or not is_valid_code(codes[0]) or to_internal(codes[0]) is None:
        raise DataFileError(f"{path}: expected one 'code<TAB>CAMEO code' row.")
    return found["verb"], found["mark"], to_internal(codes[0])


def option_clauses(view: SentenceView, cl: Clause) -> list[int]:
    """The verbs of the clause's open complements that tell a considered option: a gerund, or an infinitive
    marked by "whether" (which the parser labels `xcomp` or `ccomp`; [] where the clause's verb is no verb of
    considering, or it is passive)."""
    verbs, marks, _ = considered_table()
    if cl.form not in verbs or cl.passive:
        return []
    found = []
    for k in view.children[cl.verb]:
        if view.deps[k] not in ("xcomp", "ccomp"):
            continue
        marked = any(view.deps[c] == "mark" and view.words[c] in marks for c in view.children[k])
        if (view.tags[k] == "VBG" and view.deps[k] == "xcomp") or (view.tags[k] == "VB" and marked):
            found.append(k)
    return found


def considered_code(form: str) -> tuple[int, str]:
    """(014, the trace step) for a clause of considering an option (`option_clauses`)."""
    return considered_table()[2], STEP.format(form=form)


def considered_material_act(view: SentenceView, cl: Clause, pattern: str | None, code: int, verb: int) -> bool:
    """Whether an event of internal code `code` told at token `verb` is a material act (CAMEO roots 06-20) inside an
    option clause (`option_clauses`) of the clause of considering `cl`, whose own patterns matched nothing: the
    option weighed, 014, not the act done (module docstring)."""
    if pattern is not None or (to_cameo(code) or "")[:2] not in MATERIAL_ROOTS:
        return False
    options = option_clauses(view, cl)
    k = verb
    while 0 <= k < len(view.heads) and view.heads[k] != cl.verb and view.heads[k] != k:
        k = view.heads[k]
    return k in options
