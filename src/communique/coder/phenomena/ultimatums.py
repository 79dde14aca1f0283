"""A time limit given to another to act is an ultimatum (profile `communique`, switch `ultimatums`; session 14,
the wire census's "the dictionary's sense, not the analyst's").

"Xland gave Yland ten days to withdraw its troops", "the army gave the rebels until Friday to lay down their
arms": what is given is a span of time, and with it an act to do within it, which the CAMEO codebook calls
139 "Give ultimatum". PETRARCH-2's CAMEO.2.0.txt codes GIVE by the thing given (the block's 060 "Engage in
material cooperation", patterns of aid) and names ULTIMATUM as a noun only, so such a clause was material
cooperation. data/coder_ultimatums.tsv holds the verbs, the nouns of a span of time and the prepositions of a
limit. `ultimatum_code` gives a clause no pattern matched the code where its verb is one of giving, a span noun
is its object or its adverbial of time (the parser reads "ten days" either way) or UNTIL governs one of its
PPs, and an infinitive says what is to be done ("to withdraw"): "gave Yland two patrol boats" and "gave the
minister a week off" are no ultimatums, nor is a span granted as more time ("gave Greece three more years to
repay its loans", data's `more` words), an extension. The `petrarch2` profile keeps GIVE's code.
"""
from __future__ import annotations

from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, kinded_words
from ...errors import DataFileError
from ..codes import to_internal
from ..phrases import Clause, SentenceView
from .silent_verbs import lemma_row_forms

ULTIMATUMS_FILE = "coder_ultimatums.tsv"
KINDS = ("verb", "span", "until", "more", "code")
SPAN_DEPS = frozenset({"dobj", "npadvmod", "dative"})  # "gave Yland ten DAYS": object or time adverbial
ACT_DEPS = frozenset({"xcomp", "advcl"})  # the infinitive of the act to do ("to withdraw")
NOUN_ACT_DEPS = frozenset({"acl", "relcl"})  # the same infinitive read as the span's or the limit's modifier


@lru_cache(maxsize=1)
def ultimatum_table() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    """(verb forms, span nouns, limit prepositions, modifiers of an extension, internal code) from
    data/coder_ultimatums.tsv."""
    path = data_path(ULTIMATUMS_FILE)
    found = kinded_words(path, "the coder's ultimatums", KINDS, numbers=("code",), rows={"verb": lemma_row_forms})
    codes = sorted(found["code"])
    if len(codes) != 1 or not is_valid_code(codes[0]) or to_internal(codes[0]) is None:
        raise DataFileError(f"{path}: expected one 'code<TAB>CAMEO code' row.")
    return found["verb"], found["span"], found["until"], found["more"], to_internal(codes[0])


def ultimatum_code(view: SentenceView, cl: Clause) -> tuple[int, str] | None:
    """(code, step) where the clause gives another a time limit to act (module docstring); None elsewhere."""
    verbs, spans, limits, more, code = ultimatum_table()
    if cl.form not in verbs or cl.passive:
        return None
    kids = view.children[cl.verb]
    nouns = [k for k in kids if view.deps[k] in SPAN_DEPS and view.words[k] in spans]
    if any(view.words[m] in more for k in nouns for m in view.children[k]):
        return None  # "gave Greece three more years to repay": time granted, no limit imposed
    until = [pp for pp in cl.pps if pp.text in limits and pp.obj is not None]
    span = view.words[nouns[0]] if nouns else until[0].text if until else None
    # the infinitive hangs on the verb or, as the parser often reads it, on the span ("48 hours to leave") or
    # on the limit's noun ("until the end of the month to call elections")
    holders = [(cl.verb, ACT_DEPS), *((k, NOUN_ACT_DEPS) for k in nouns),
               *((pp.obj.head, NOUN_ACT_DEPS) for pp in until)]
    acts = [k for holder, deps in holders for k in view.children[holder] if view.deps[k] in deps
            and view.tags[k] == "VB" and any(view.words[a] == "TO" for a in view.children[k])]
    if span is None or not acts:
        return None
    return code, f"addition: {cl.form} {span} to {view.words[acts[0]]}, a time limit given to act: an ultimatum ({code:X})"
