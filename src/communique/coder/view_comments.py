"""Comments whose content tells a view, not an act (switches `outlook_contents` and `accorded_views`).

Two frames of comment that coder/comment_acts.py's `with_comment_precedence` puts over their content clause, as it
does for the verbs of acknowledging and denying (data/coder_view_comments.tsv names the words and its header the
origin):

- an outlook expressed: a verb of expressing whose direct object is a noun of outlook ("expressed hope on Sunday
  that Sudan and Ethiopia would reach a deal", "voiced concern that ..."): the noun's code, 013 or 012, CAMEO.2.0's
  own for the same nouns under EXPRESS and VOICE. The hoped-for or feared act is not an event.
- a view agreed: a verb of agreeing with a finite that-clause whose verb has no auxiliary of plan (will, would,
  shall): "agreed that the refugees should return" is 019 "Express accord", as AGREE's `(ON NEED) [019]`.

- an act expected of another: a verb of expecting with a content clause that has a subject of its own ("said it
  expected Washington and Moscow to hold a summit"): 013 where the content's verb is one of cooperation in the
  dictionary (roots 01-08), 012 where of conflict (09-20), 010 where it has no code; not the expecter's intent.

Each frame's verb needs a subject of its own (or a conjunct's), so a passive or an event noun as speaker is left.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Span

from ..codes import is_valid_code
from .codes import to_cameo
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from ..nlp import doc_tokens

TABLE = "coder_view_comments.tsv"
KINDS = ("expressing", "outlook", "agreeing", "plan", "expecting", "expected")
EXPECTED = ("cooperation", "conflict", "uncoded")
CONFLICT_ROOT = 9  # roots 09-20 are conflict, 01-08 cooperation (the CAMEO codebook's QuadClasses)
SUBJECTS = frozenset({"nsubj"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


class ViewWords(NamedTuple):
    expressing: frozenset[str]
    outlook: dict[str, str]
    agreeing: dict[str, str]
    plan: frozenset[str]
    expecting: frozenset[str]
    expected: dict[str, str]


@lru_cache(maxsize=1)
def view_words() -> ViewWords:
    """The words of data/coder_view_comments.tsv by kind; a bad line raises a DataFileError naming it."""
    path = data_path(TABLE)
    found: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for n, parts in tsv_rows(path, "the coder's comments of view"):
        coded = len(parts) == 3 and parts[0] in ("outlook", "agreeing", "expected")
        if len(parts) != 3 or parts[0] not in KINDS or not parts[1] or parts[1] != parts[1].lower() \
                or (coded and not (is_valid_code(parts[2]) and parts[2].startswith("01"))) \
                or (not coded and parts[2] != "-") or (parts[0] == "expected" and parts[1] not in EXPECTED):
            raise DataFileError(f"{path} line {n}: expected 'kind<TAB>word<TAB>code', the kind one of "
                                f"{', '.join(KINDS)}, the code of root 01 for outlook, agreeing and expected, else -.")
        found[parts[0]][parts[1]] = parts[2]
    if set(found["expected"]) != set(EXPECTED):
        raise DataFileError(f"{path}: expected one 'expected' row for each of {', '.join(EXPECTED)}.")
    return ViewWords(frozenset(found["expressing"]), found["outlook"], found["agreeing"], frozenset(found["plan"]),
                     frozenset(found["expecting"]), found["expected"])


def _has_subject(token) -> bool:
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # "met ... and expressed hope that ...": the subject the conjuncts share
    return any(c.dep_ in SUBJECTS for c in verb.children)


def outlook_frames(sentence: Span) -> dict[int, str]:
    """Verbs of expressing with a noun of outlook as object and a subject (token index -> 013 or 012)."""
    words = view_words()
    found = {}
    doc, lemmas = sentence.doc, doc_tokens(sentence.doc).lemma  # a Token only for a verb of expressing's lemma
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in words.expressing:
            continue
        token = doc[i]
        if not token.tag_.startswith("VB"):
            continue
        codes = [words.outlook[c.lemma_.lower()] for c in token.children
                 if c.dep_ == "dobj" and c.lemma_.lower() in words.outlook]
        if codes and _has_subject(token):
            found[token.i] = codes[0]
    return found


def accord_frames(sentence: Span) -> dict[int, str]:
    """Verbs of agreeing with a subject and a finite that-clause of view, not of plan (token index -> 019)."""
    words = view_words()
    found = {}
    doc, lemmas = sentence.doc, doc_tokens(sentence.doc).lemma  # a Token only for a verb of agreeing's lemma
    for i in range(sentence.start, sentence.end):
        code = words.agreeing.get(lemmas[i])
        if code is None:
            continue
        token = doc[i]
        if not token.tag_.startswith("VB") or not _has_subject(token) \
                or any(c.dep_ == "neg" for c in token.children):
            continue
        if any(_a_view(c, words.plan) for c in token.children if c.dep_ == "ccomp"):
            found[token.i] = code
    return found


def _a_view(clause, plan: frozenset[str]) -> bool:
    """Whether a content clause is finite (a "that" or a subject of its own) and holds no auxiliary of plan."""
    kids = list(clause.children)
    finite = any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) or any(k.dep_ in CLAUSE_SUBJECTS for k in kids)
    return finite and not any(k.dep_ == "aux" and k.lower_ in plan for k in kids)


def expectation_frames(sentence: Span, verbs) -> dict[int, str]:
    """Verbs of expecting with a subject and a content clause with a subject of its own (token index -> 013, 012
    or 010 by the content verb's code in the verb dictionary `verbs`); a passive expecting verb has no nsubj."""
    words = view_words()
    found = {}
    doc, lemmas = sentence.doc, doc_tokens(sentence.doc).lemma  # a Token only for a verb of expecting's lemma
    for i in range(sentence.start, sentence.end):
        if lemmas[i] not in words.expecting:
            continue
        token = doc[i]
        if not token.tag_.startswith("VB") or not _has_subject(token):
            continue
        contents = [c for c in token.children if c.dep_ == "ccomp"
                    and any(k.dep_ in CLAUSE_SUBJECTS for k in c.children)]
        if contents:
            found[token.i] = words.expected[_content_class(contents[0], verbs)]
    return found


def _content_class(clause, verbs) -> str:
    """cooperation, conflict or uncoded: the root of the clause verb's own code in the dictionary."""
    entry = verbs.lookup(clause.text.upper(), ()) if verbs is not None else None
    code = (to_cameo(entry.active) or "") if entry is not None else ""
    if not code[:2].isdigit() or int(code[:2]) == 0:
        return "uncoded"
    return "conflict" if int(code[:2]) >= CONFLICT_ROOT else "cooperation"
