"""A comment act takes precedence over the act its content tells (profile switch `comment_acts`).

CAMEO's root 01 has fine codes for comments on an act: 015 "Acknowledge or claim responsibility" and 016 "Deny
responsibility" code the speaker's acknowledgement or denial, not the act acknowledged or denied. PETRARCH-2 codes
only top-level clauses and composes the content into the comment verb (../shared/PETRARCH2_ALGORITHM.md §4.7,
§4.8), where its arithmetic often loses the comment's code: DENY's own code is --- (a negation), so "Chile denied
that it had spied on Peruvian diplomats" became a rejection (120); ACKNOWLEDGE's 015 falls under SAY's key in the
transformation rules, so "Kenya acknowledged that its troops had crossed into Somalia" became an accusation of its
own troops (112); ADMIT's block is DISCLOSE's (050). The profile communique also codes the content's own clause
(`main_clause_only` off), which then outranked the comment ("admitted that its aircraft had struck a village":
the strike).

With the switch on, for each verb of data/coder_comment_acts.tsv with its own subject: every candidate whose
trigger is the verb's content (alleged.py `framing_word`: a complement, a gerund under a preposition) is dropped,
and the comment is the verb's code of the table, by the verb's subject, addressed to the content's target. A
candidate at the verb that a pattern of its own coded ("denied a request": REQUEST [120], "denied responsibility"
[016]) keeps its code: the pattern read the verb's object, and the comment then has no content clause of its own.
Runs before alleged.py's denials, which it supersedes for verbs of the table.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence

from spacy.tokens import Span

from ..codes import is_valid_code
from ..data_files import data_path, lower_word_rows
from ..nlp import doc_tokens
from .alleged import as_denial, framing_word
from .drops import dropped_candidate

TABLE = "coder_comment_acts.tsv"
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECTS = frozenset({"nsubj"})
COMMENT_STEP = "addition: a comment's own code over its content, {code} (comment_acts)"
CONTENT_DROP = "drop: the content of a comment act (comment_acts)"


@lru_cache(maxsize=1)
def comment_verbs() -> dict[str, str]:
    """lemma -> CAMEO code (root 01), from data/coder_comment_acts.tsv."""
    return _word_codes(TABLE, "the coder's comment verbs", lambda code: is_valid_code(code) and code.startswith("01"),
                       "'lemma<TAB>CAMEO code of root 01'")


def _word_codes(name: str, what: str, valid_code, expected: str) -> dict[str, str]:
    """A table of lower-case words and their CAMEO codes (`valid_code(code)` says which codes it may hold); a line
    that is not so raises a DataFileError naming the file, the line and what was `expected`."""
    return dict(lower_word_rows(data_path(name), what, valid_code, expected))


def comment_frames(sentence: Span) -> dict[int, str]:
    """The verbs of comment in `sentence` with a subject of their own or a conjunct's, and a content clause or a
    preposition that may lead one (token index -> the comment's CAMEO code)."""
    table = comment_verbs()
    found = {}
    doc, lemmas = sentence.doc, doc_tokens(sentence.doc).lemma  # a Token only for a verb of comment's lemma
    for i in range(sentence.start, sentence.end):
        code = table.get(lemmas[i])
        if code is None:
            continue
        token = doc[i]
        if not token.tag_.startswith("VB"):
            continue
        verb = token
        while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
            verb = verb.head  # "said ... and denied that ...": the subject the conjuncts share
        if any(c.dep_ in SUBJECTS for c in verb.children):
            found[token.i] = code
    return found


def with_comment_precedence(doc, sentence: Span, candidates: list, refs_at: Callable[[Sequence[int]], list],
                            dropped: list | None, frames: dict[int, str] | None = None,
                            over_composed: frozenset[int] = frozenset()) -> list:
    """The candidates (adapter.EventCandidate) with each comment act's content dropped and the comment coded
    by its own code (module docstring). `refs_at(tokens)` gives the document's actors at those tokens; `frames`
    (token index -> code) are the comments to read, by default `comment_frames(sentence)` (view_comments.py adds
    the comments of outlook and accord); at the verbs of `over_composed` the comment's code replaces a code
    composed from the content even where the content's pattern came with it (`_own_pattern`)."""
    frames = comment_frames(sentence) if frames is None else frames
    if not frames:
        return candidates
    contents: dict[int, list] = {}
    kept = []
    for c in candidates:
        frame = framing_word(doc[c.trigger], frames) if c.trigger not in frames else None
        if frame is None:
            kept.append(c)
            continue
        contents.setdefault(frame, []).append(c)
        if dropped is not None:
            dropped.append(dropped_candidate(c, CONTENT_DROP))
    if not contents and not any(c.trigger in over_composed for c in kept):
        return candidates
    out, done = [], set()
    for c in kept:
        if (c.trigger in contents or c.trigger in over_composed) and c.trigger not in done:
            done.add(c.trigger)
            if not c.pattern or (c.trigger in over_composed and not _own_pattern(doc, c)):
                c = _recoded(c, frames[c.trigger], contents.get(c.trigger, []))  # composed from the content
        out.append(c)
    for frame, told in contents.items():
        if frame not in done:
            comment = as_denial(doc, told[0], frame, refs_at)
            comment = replace(comment, source=_most_specific(comment.source))
            out.append(_recoded(replace(comment, steps=told[0].steps), frames[frame], told))
    return out


def _own_pattern(doc, c) -> bool:
    """Whether the candidate's pattern is its verb's own (the trace's step after the verb's is a pattern), not
    one its content clause brought into a composition ("agreed that the refugees should return": RETURN's)."""
    steps = list(c.steps)
    mark = f"verb: {doc[c.trigger].text.upper()} "
    at = max((n for n, step in enumerate(steps) if step.startswith(mark)), default=None)
    return at is not None and at + 1 < len(steps) and steps[at + 1].startswith("pattern:")


def _recoded(c, code: str, told: list):
    """The comment candidate `c` with the comment's code, addressed to the contents' targets, else its own (the
    speaker's own troops of "acknowledged that its troops crossed into Somalia" are no addressee; Somalia is)."""
    target = []
    for r in [r for t in told for r in t.target] or c.target:
        if r not in target:
            target.append(r)
    return replace(c, code=code, target=target, asserted=False,
                   steps=c.steps + (COMMENT_STEP.format(code=code),))


def _most_specific(refs: list) -> list:
    """The actors of a subject less those another of them refines ("Pakistan's army": PAKMIL, not PAK too)."""
    return [r for r in refs if not any(o.code != r.code and o.code.startswith(r.code) for o in refs)]


# --- outlook comments (switch `outlook_comments`) ---------------------------------------------------------------

OUTLOOK_TABLE = "coder_outlook_adjectives.tsv"
COPULAS = frozenset({"be", "remain", "seem", "feel", "appear", "stay"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
OPTIMISTIC, PESSIMISTIC = "013", "012"
OUTLOOK_STEP = "addition: the speaker's own outlook, {code} (outlook_comments)"


@lru_cache(maxsize=1)
def outlook_adjectives() -> dict[str, str]:
    """adjective -> CAMEO code (012 or 013), from data/coder_outlook_adjectives.tsv."""
    return _word_codes(OUTLOOK_TABLE, "the coder's adjectives of outlook",
                       lambda code: code in (OPTIMISTIC, PESSIMISTIC), "'adjective<TAB>012 or 013'")


def with_outlook_comments(doc, candidates: list) -> list:
    """The candidates with a bare statement (010) whose verb's content is its speaker's outlook ("said she was
    hopeful that ...": a pronoun subject, a copula and an adjective of data/coder_outlook_adjectives.tsv, or the
    passive of one: "said they were alarmed by ...") coded as that outlook, 013 or 012; "not" before an optimistic
    word makes it pessimistic ("said he was not optimistic"); a negated pessimistic word is left a statement."""
    out = []
    for c in candidates:
        code = _outlook(doc[c.trigger]) if c.code == "010" else None
        out.append(replace(c, code=code, steps=c.steps + (OUTLOOK_STEP.format(code=code),)) if code else c)
    return out


def _outlook(verb) -> str | None:
    """The outlook code a content clause of `verb` gives, else None."""
    table = outlook_adjectives()
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        kids = list(clause.children)
        if not any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in SPEAKER_PRONOUNS for k in kids):
            continue
        if clause.lemma_.lower() in COPULAS:
            words = [k.lower_ for k in kids if k.dep_ == "acomp"]
        elif clause.tag_ == "VBN" and any(k.dep_ == "auxpass" for k in kids):
            words = [clause.lower_]
        else:
            continue
        code = next((table[w] for w in words if w in table), None)
        if code and any(k.dep_ == "neg" for k in kids):
            code = PESSIMISTIC if code == OPTIMISTIC else None
        if code:
            return code
    return None
