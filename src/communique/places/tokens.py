"""What the place-name finders test on each token of a document, read once from spaCy's attribute arrays."""
from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IS_PUNCT, LOWER, POS, TAG
from spacy.parts_of_speech import PROPN
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from communique.nlp import doc_text, doc_tokens

# Words and tags as spaCy's attribute arrays hold them (string hashes), for _token_facts
NAME_TAGS = (hash_string("NNP"), hash_string("NNPS"))
POSSESSIVE_TAG = hash_string("POS")
POSSESSIVE_WORDS = tuple(hash_string(word) for word in ("'s", "\u2019s"))
JOINERS = tuple(hash_string(word) for word in ("and", "&", ",", "or"))
THE = hash_string("the")
FULL_STOP = hash_string(".")  # the lower case of "." is "." and of nothing else


@dataclass(frozen=True)
class TokenFacts:
    """What the name finders test on each token, read for the whole document from spaCy's attribute
    arrays in a few calls instead of token by token (each `doc[i].lower_` builds a Token and decodes)."""
    text: str  # the document's text: a span's text is text[span.start_char:span.end_char]
    name: list[bool]  # a proper noun: tagged NNP/NNPS, or a capitalised PROPN
    leading_junk: list[bool]  # "the" or punctuation: trimmed from the front of a name
    trailing_junk: list[bool]  # a possessive, or punctuation other than ".": trimmed from its end
    joiner: list[bool]  # "and", "&", ",", "or": joins two names the model made one entity
    punct: list[bool]  # token.is_punct
    possessive: list[bool]  # tagged POS (token.tag_ == "POS")
    lowercase: list[bool]  # token.is_lower
    lower: list[str]  # token.lower_ (DocTokens)


def token_facts(doc: Doc) -> TokenFacts:
    lower, tag, punct, pos = doc.to_array([LOWER, TAG, IS_PUNCT, POS]).T
    punct = punct == 1
    name = (tag == NAME_TAGS[0]) | (tag == NAME_TAGS[1])
    names = name.tolist()
    words = doc_tokens(doc)
    for i in numpy.flatnonzero((pos == PROPN) & ~name).tolist():
        names[i] = words.text[i][:1].isupper()  # from the word list: no Token built
    possessive = tag == POSSESSIVE_TAG
    return TokenFacts(
        text=doc_text(doc), name=names,
        leading_junk=((lower == THE) | punct).tolist(),
        trailing_junk=(possessive | _is_one_of(lower, POSSESSIVE_WORDS) | (punct & (lower != FULL_STOP))).tolist(),
        joiner=_is_one_of(lower, JOINERS).tolist(), punct=punct.tolist(), possessive=possessive.tolist(),
        lowercase=[word.islower() for word in words.text], lower=words.lower)  # spaCy's is_lower: str.islower


def _is_one_of(values: numpy.ndarray, hashes: tuple[int, ...]) -> numpy.ndarray:
    """values == any of hashes, element-wise (numpy.isin costs more for a handful of words)."""
    found = values == hashes[0]
    for word in hashes[1:]:
        found |= values == word
    return found


def span_text(span: Span, facts: TokenFacts) -> str:
    """span.text, sliced from the document's text rather than joined from its tokens."""
    return facts.text[span.start_char:span.end_char]


def trim(span: Span, facts: TokenFacts) -> Span:
    """Drop a leading determiner and a trailing possessive or punctuation from a name span."""
    start, end = span.start, span.end
    while start < end and facts.leading_junk[start]:
        start += 1
    while end > start and facts.trailing_junk[end - 1]:
        end -= 1
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]
