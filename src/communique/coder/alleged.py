"""An act that an accusation alleges or a denial denies is no event of its own (profile switch `alleged_acts`).

"Xland accused Yland of shelling the villages" tells one event, the accusation (CAMEO 112): the shelling is what
Xland alleges, not an act the news observed. PETRARCH-2 codes only the top-level clauses and composes a content
into its governing verb (../shared/PETRARCH2_ALGORITHM.md §1.2, §4.7); the profile communique also codes the
other clauses (`main_clause_only` off), so the alleged act came out beside the accusation, often with the
accuser as its source ("accused Yland of shelling villages in Zland": Xland's shelling of Zland). Likewise
"Xland denied attacking the tanker" flattens to Xland's attack, the denial lost in PETRARCH's code arithmetic
(DENY's own code is ---): CAMEO codes it 016 "Deny responsibility", as the dictionary codes "denied the attack"
(DENY's pattern `- * ATTACK [016]`).

The kinds are data (data/coder_content_kinds.tsv): an accusation is a verb the PETRARCH dictionary codes 111,
112, 114, 115 or 116 (criticize, accuse, complain, sue, find guilty) or "allege"; a denial is "deny" or
"refute". The content of such a verb is a clause reached from it through complements (ccomp, xcomp), a gerund
under OF, FOR, WITH, OVER or IN on the verb or its object ("blamed Yland for attacking", "charged Yland with
expelling", "denied any role in attacking"), and the conjuncts of those. An accusation's content is dropped; a
denial's becomes the denier's 016 at the denying verb, with the content's target, unless the denial is coded
already ("denied involvement in attacking": 016 by INVOLVEMENT), where it is dropped.

A neutral report is no such kind: "police said gunmen killed five people" keeps the killing, which the report
asserts (the profile communique codes it, as analysts want; PETRARCH-2's rule `a (b . ATTACK) SAY` gives the
report's 112 alone). Nor is CLAIM (CAMEO 110), which the dictionary's transformation rules read as SAY.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from spacy.tokens import Span, Token

from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from ..nlp import doc_tags, doc_tokens
from .codes import to_cameo
from .drops import dropped_candidate

KINDS_FILE = "coder_content_kinds.tsv"
KINDS = ("accusation", "denial")
DENIAL_CODE = "016"
CONTENT_PREPOSITIONS = frozenset({"of", "for", "with", "over", "in"})
ALLEGED_DROP = "drop: what an accusation alleges (alleged.py)"
DENIED_STEP = "addition: a denied act is the denier's 016 (alleged_acts)"
DENIED_DROP = "drop: what a coded denial denies (alleged.py)"


@lru_cache(maxsize=1)
def content_kinds() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """kind -> (CAMEO code prefixes, verb lemmas), from data/coder_content_kinds.tsv."""
    path = data_path(KINDS_FILE)
    found: dict[str, tuple[set[str], set[str]]] = {kind: (set(), set()) for kind in KINDS}
    for n, parts in tsv_rows(path, "the coder's kinds of alleging words"):
        if len(parts) != 3 or parts[0] not in KINDS or parts[1] not in ("code", "verb") \
                or not (parts[2].isdigit() if parts[1] == "code" else parts[2].isalpha() and parts[2].islower()):
            raise DataFileError(f"{path} line {n}: expected 'accusation|denial<TAB>code|verb<TAB>prefix or lemma'.")
        found[parts[0]][0 if parts[1] == "code" else 1].add(parts[2])
    return {kind: (frozenset(codes), frozenset(lemmas)) for kind, (codes, lemmas) in found.items()}


def framing_words(sentence: Span, verbs) -> dict[int, str]:
    """The verbs of `sentence` that accuse or deny (token index -> kind), by their own code in the dictionary
    `verbs` or their lemma; passives too ("was accused of shelling": an accusation by someone unnamed)."""
    kinds = content_kinds()
    found: dict[int, str] = {}
    tags, words = doc_tags(sentence.doc), doc_tokens(sentence.doc)  # read once per document, not per Token
    for i in range(sentence.start, sentence.end):
        if not tags[i].startswith("VB"):
            continue
        entry = verbs.lookup(words.text[i].upper(), ())
        code = (to_cameo(entry.active) or "") if entry is not None else ""
        lemma = words.lemma[i]
        for kind, (prefixes, lemmas) in kinds.items():
            if lemma in lemmas or (code and any(code.startswith(p) for p in prefixes)):
                found[i] = kind
                break
    return found


def framing_word(token: Token, frames: dict[int, str] | set[int]) -> int | None:
    """The one of `frames` whose content the clause of `token` (an event's trigger) is, else None."""
    while token.head.i != token.i:
        head, dep = token.head, token.dep_
        if dep == "conj":  # "accused Yland of shelling and looting": a conjunct content, never the frame's own
            if head.i in frames:
                return None
            token = head
            continue
        if dep == "pcomp":
            if head.dep_ != "prep" or head.lower_ not in CONTENT_PREPOSITIONS:
                return None
            head = head.head  # the gerund's preposition hangs on the verb, or on its object:
            if head.i not in frames and head.dep_ == "dobj":  # "blamed Yland for", "denied any role in"
                head = head.head
        elif dep not in ("ccomp", "xcomp"):
            return None
        if head.i in frames:
            return head.i
        token = head
    return None


def without_alleged(doc, sentence: Span, candidates: list, verbs, refs_at: Callable[[Sequence[int]], list],
                    dropped: list | None) -> list:
    """The candidates (adapter.EventCandidate) without the acts an accusation alleges; an act a denial denies
    made the denier's 016 where the denial is not coded already. `refs_at(tokens)` gives the document's actors
    at those tokens (the denier, where the denied clause has a subject of its own)."""
    frames = framing_words(sentence, verbs)
    if not frames:
        return candidates
    coded = {c.trigger for c in candidates}
    kept, denials = [], {}
    for c in candidates:
        frame = framing_word(doc[c.trigger], frames) if c.trigger not in frames else None
        if frame is None:
            kept.append(c)
            continue
        if frames[frame] == "accusation" or frame in coded:
            if dropped is not None:
                reason = ALLEGED_DROP if frames[frame] == "accusation" else DENIED_DROP
                dropped.append(dropped_candidate(c, reason))
            continue
        denial = as_denial(doc, c, frame, refs_at)
        if frame in denials:  # "denied attacking and seizing the tanker": one denial, of both acts' targets
            first = denials[frame]
            first.target = first.target + [r for r in denial.target if r not in first.target]
            continue
        denials[frame] = denial
        kept.append(denial)
    return kept


def as_denial(doc, c, frame: int, refs_at: Callable[[Sequence[int]], list]):
    """The candidate `c` (the denied act) as the denial: 016 at the denying verb, by its subject's actors where
    the document names them (the act's own subject may be another: "denied that its jets bombed ..."), else
    by the act's source; directed at the act's target."""
    verb = doc[frame]
    while verb.dep_ == "conj" and not any(child.dep_ == "nsubj" for child in verb.children):
        verb = verb.head  # "said ... and denied that ...": the subject the conjuncts share
    subject = [t.i for child in verb.children if child.dep_ == "nsubj" for t in child.subtree]
    source = [r for r in refs_at(subject) if r.country] if subject else []
    return replace(c, trigger=frame, code=DENIAL_CODE, source=source or c.source, pattern="",
                   steps=c.steps + (DENIED_STEP,), asserted=False)
