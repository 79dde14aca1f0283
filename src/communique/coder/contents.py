"""What a request asks for is no event (profile switch `request_contents`); an adverbial clause of time is the
background of the news (switch `background_clauses`, `background_clause` at the end).

A sentence that appeals, demands, intends or threatens tells one event, the request; the act it asks for
has not happened ("the rebels demanded that Kenya withdraw its soldiers": no withdrawal). The PLOVER manual
(section "Auxiliary modes") codes such a sentence as its single category, not that category plus the
requested act in a hypothetical mode, and PETRARCH-2 composes the inner clause into the request's code
(a demand of the act, 10x). The profile `communique` codes a complement with its own subject as a clause of
its own (`main_clause_only` off), so the requested act comes out as an event too; the adapter already
drops it under a request that was coded as an event (`requested_acts.without_request_complements`). This module
finds the contents that rule misses, in general terms:

* the word of requesting need not be coded as an event itself: a participle ("issued a statement demanding
  that the government release ..."), an adverbial's governor ("is pushing for Yland to back ..."), or a
  noun of request (data/coder_request_nouns.tsv: "its demand that Yland lift ...", "an appeal for sending
  troops"); a verb is one of requesting when the PETRARCH dictionary codes it 02, 03, 10 or 13;
* the content is reached through a complement (ccomp, xcomp), a for-to adverbial ("for Yland to back", also
  where spaCy hangs it on a light verb whose object is the noun of request: "made a plea for the army to
  free ..."), a noun's clause (acl) or a gerund under FOR/OF/TO ("an appeal for sending");
* the content's verb is irrealis in form: an infinitive, a gerund, the bare form of the English mandative
  subjunctive ("demanded that Israel lift", which spaCy sometimes tags as a noun) or "should"; a past or
  third-person present form, on the verb or an auxiliary, or "will"/"would" ("insisted that Yland attacked
  first", "insists that Yland supports the rebels", "warned that it would retaliate") is a claim, and stays.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..data_files import data_path, tsv_rows, upper_words
from ..errors import DataFileError
from ..nlp import doc_tags, doc_tokens, doc_tree
from .cameo_roots import FUTURE_ACT_ROOTS
from .codes import to_cameo

REQUEST_NOUNS_FILE = "coder_request_nouns.tsv"
BACKGROUND_MARKS_FILE = "coder_background_marks.tsv"
CONTENT_PREPOSITIONS = frozenset({"for", "of", "to"})
FINITE_TAGS = frozenset({"VBD", "VBZ"})  # a past or third-person present: the form of a claim, not of a request
MANDATIVE_MODALS = frozenset({"should", "must", "shall"})  # "demanded that Yland should withdraw"


@lru_cache(maxsize=1)
def request_nouns() -> frozenset[str]:
    """The nouns of appeal, demand and ultimatum (data/coder_request_nouns.tsv)."""
    path = data_path(REQUEST_NOUNS_FILE)
    rows = [parts for _, parts in tsv_rows(path, "the coder's nouns of request")]
    if not all(len(p) == 2 and p[0].isalpha() and p[0].islower() and to_cameo_root(p[1]) for p in rows):
        raise DataFileError(f"{path}: expected 'noun<TAB>CAMEO code' a line, a lower-case noun of request.")
    return frozenset(p[0] for p in rows)


def to_cameo_root(code: str) -> bool:
    return code.isdigit() and code[:2] in FUTURE_ACT_ROOTS


def request_words(sentence: Span, verbs) -> frozenset[int]:
    """The tokens of `sentence` that request: an active verb the dictionary `verbs` codes as an appeal, intent,
    demand or threat, or a noun of request. A passive ("is expected to visit Yland") names no one who asks:
    the profile reads its infinitive as the subject's act (`raising_passives`), a future one."""
    found = set()
    nouns = request_nouns()
    doc = sentence.doc
    tags, words, tree = doc_tags(doc), doc_tokens(doc), doc_tree(doc)  # read once per document, not per Token
    for i in range(sentence.start, sentence.end):
        tag = tags[i]
        if tag.startswith("VB") and not any(tree.dep[c] == "auxpass" for c in tree.children[i]):
            entry = verbs.lookup(words.text[i].upper(), ())
            if entry is not None and (to_cameo(entry.active) or "")[:2] in FUTURE_ACT_ROOTS:
                found.add(i)
        elif tag.startswith("NN") and words.lemma[i] in nouns:
            found.add(i)
    return frozenset(found)


def requested(token: Token, framing: frozenset[int]) -> int | None:
    """The one of the `framing` tokens whose request the clause of `token` (an event's trigger) is the content
    of, else None."""
    if not _irrealis(token):
        return None
    while token.head.i != token.i:
        head, dep = token.head, token.dep_
        if dep == "pcomp":
            if head.dep_ != "prep" or head.lower_ not in CONTENT_PREPOSITIONS:
                return None
            head = head.head  # "an appeal for sending troops": the gerund's preposition hangs on the request
        elif dep == "advcl":
            if not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
                return None  # only a for-to adverbial ("pushing for Yland to back") is a content
            noun = next((c.i for c in head.children if c.dep_ == "dobj" and c.i in framing), None)
            if noun is not None:
                return noun  # a light verb's noun: "made a plea for the army to free ..."
        elif dep == "acl" and not head.tag_.startswith("NN"):
            return None
        elif dep not in ("ccomp", "xcomp", "advcl", "acl"):
            return None
        if head.i in framing:
            return head.i
        token = head
    return None


def _irrealis(token: Token) -> bool:
    """The clause of `token` is not finite indicative: no past or third-person present form on the verb or its
    auxiliaries, and no modal other than a mandative one ("would", "will" make a claim about the future)."""
    if token.tag_ in FINITE_TAGS:
        return False
    for child in token.children:
        if child.dep_ in ("aux", "auxpass") and (child.tag_ in FINITE_TAGS
                                                 or (child.tag_ == "MD" and child.lower_ not in MANDATIVE_MODALS)):
            return False
    return True


@lru_cache(maxsize=1)
def background_marks() -> frozenset[str]:
    """The subordinating words of time of data/coder_background_marks.tsv (switch `background_clauses`)."""
    return upper_words(BACKGROUND_MARKS_FILE, "the coder's subordinators of time")


def background_clause(view, clause) -> bool:
    """Whether `clause` (of the phrase view `view`) is an adverbial clause of time: the background of the news
    (switch `background_clauses`; "..., after rebels attacked the town")."""
    marks = background_marks()
    return clause.dep == "advcl" and any(view.deps[c] == "mark" and view.words[c] in marks
                                         for c in view.children[clause.verb])
