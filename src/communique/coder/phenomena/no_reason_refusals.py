"""A speaker that sees no reason to do an act refuses it: a rejection (profile `communique`, switch
`no_reason_refusals`; data/coder_no_reason_refusals.tsv).

"Japan said it saw no reason to apologise to South Korea", "Turkey sees no need to withdraw its troops from Iraq",
"the Kremlin found no grounds to return the ships to Ukraine": wire copy tells a refusal of what another side asks
by a verb of seeing whose object is "no reason", "no need" with the act in its to-infinitive. PETRARCH-2 codes SEE
as a statement (010) and reads no infinitive on a noun, so the refusal (the CAMEO codebook's 120 "Reject", PLOVER
REJECT, as REFUSE to do the act is) was lost. With the switch, a statement (CAMEO 01) whose verb, or whose content
clause's verb, is such a seeing is 120, addressed to the actor of another side the infinitive's phrase names ("to
South Korea", "from Iraq"), else the record's own target; where neither names one the statement stays. A seeing
negated ("did not see no reason") or a noun with another determiner ("saw every reason to") is left."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..actors.arithmetic import other_actor
from .reported_wrongs import same_side
from .silent_verbs import lemma_row_forms
from .stance_complements import STATEMENT_ROOTS, restated, subtree

TABLE = "coder_no_reason_refusals.tsv"
KINDS = ("verb", "noun")
REJECT = "120"
STEP = "addition: no reason seen to do an act, a refusal (no_reason_refusals)"
INFINITIVE_DEPS = frozenset({"acl", "relcl", "xcomp", "advcl"})


@lru_cache(maxsize=1)
def no_reason_words() -> dict[str, frozenset[str]]:
    """kind -> the WORDS of data/coder_no_reason_refusals.tsv (a verb's every form)."""
    path = data_path(TABLE)
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's words of no reason seen", 2, header={"kind"}):
        kind, words = fields
        if kind not in KINDS or not words.replace(" ", "").isupper():
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD [FORMS]' (kind one of "
                                f"{', '.join(KINDS)}).")
        found[kind].update(lemma_row_forms(words.split()) if kind == "verb" else words.split())
    return {kind: frozenset(words) for kind, words in found.items()}


def no_reason_records(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                      common_words: bool = False) -> list:
    """The records of one sentence, a statement that tells no reason seen to do an act recoded as its refusal
    (module docstring); other records unchanged."""
    from ..phrases import phrase_view

    view = phrase_view(sentence)
    found = {r.verb: act for r in records if r.source and r.code[:2] in STATEMENT_ROOTS
             and (act := refused_infinitive(view, r.verb)) is not None}
    if not found:
        return list(records)
    from ..actors.person_names import sentence_reader

    reader = sentence_reader(sentence, view, knowledge.actors, date, person_names, common_words=common_words)
    out = []
    for record in records:
        act = found.get(record.verb) if record.source and record.code[:2] in STATEMENT_ROOTS else None
        if act is None:
            out.append(record)
            continue
        target, tokens = _addressee(view, act, reader, record.source)
        out.append(restated(record, target, tokens, REJECT, STEP) or record)
    return out


def refused_infinitive(view, verb: int) -> int | None:
    """The to-infinitive of "no reason" or "no need" seen by `verb` or by its content clause's verb: "saw no reason to
    apologise", "said it saw no need to withdraw"; None where there is none."""
    words = no_reason_words()
    for seeing in [verb] + [c for c in view.children[verb] if view.deps[c] == "ccomp"]:
        if view.words[seeing] not in words["verb"] or any(view.deps[c] == "neg" for c in view.children[seeing]):
            continue
        for noun in (c for c in view.children[seeing] if view.deps[c] == "dobj" and view.words[c] in words["noun"]):
            if not any(view.deps[c] == "det" and view.words[c] == "NO" for c in view.children[noun]):
                continue
            act = next((c for c in view.children[noun] if view.deps[c] in INFINITIVE_DEPS
                        and view.tags[c] == "VB"), None)
            if act is not None:
                return act
    return None


def _addressee(view, act: int, reader, source: str) -> tuple[str, tuple[int, ...]]:
    """The first actor of another side than `source` the infinitive's phrase names, with its tokens."""
    tokens = sorted(subtree(view, act))
    words = reader.named_words or view.words
    for code in reader.scan([words[k] for k in tokens]):
        actor = other_actor(code, source)
        if actor and not same_side(actor, source):
            return actor, tuple(tokens)
    return "", ()
