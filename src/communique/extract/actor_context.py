"""What the words around a name say about it: titles, nationality adjectives, possessives, appositives.

These readings work on the dependency parse of one noun phrase, so "Turkish President Recep Tayyip
Erdogan", "Erdogan's spokesperson Ibrahim Kalin" and "Cavusoglu, Turkey's foreign minister" all tell
the country and sector of the person they name.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import DocTokens, doc_tokens
from .lexicon import ActorLexicon

NAME_PARTICLES = {"al", "el", "ibn", "bin", "abu"}
NP_MODIFIERS = {"compound", "amod", "poss", "nmod", "case", "det", "punct", "nummod", "appos", "flat"}


@dataclass(frozen=True)
class CountryRef:
    name: str
    country: str  # ISO alpha-3 or group code
    code: str  # CAMEO country code


@dataclass(frozen=True)
class Title:
    role: str | None  # "Foreign Minister"
    sector: str | None  # GOV, MIL, ...
    country: str | None  # ISO alpha-3
    code_prefix: str | None = None  # CAMEO country code


def name_starts_at(tokens: DocTokens, i: int) -> bool:
    """Could token i start a proper name? Capitalised, and not a lone pronoun or determiner."""
    text = tokens.text[i]
    if tokens.lower[i] in NAME_PARTICLES and i + 2 < len(tokens.text):  # "al-Shabab", "al - Assad"
        following = tokens.text[i + 2] if tokens.text[i + 1] in ("-", "–") else tokens.text[i + 1]
        return following[:1].isupper()
    if not text[:1].isupper():  # (a token starting with a capital is never a space)
        return False
    return tokens.pos[i] not in ("PRON", "DET", "CCONJ", "SCONJ", "AUX", "PART") or text.isupper()


def is_alignment(token: Token) -> bool:
    """'pro-Russia rebels', 'anti-American protests': a name that says whom a group sides with or
    against, not where it is from."""
    return alignment_at(doc_tokens(token.doc), token.i)


def alignment_at(tokens: DocTokens, i: int) -> bool:
    """`is_alignment` for token i of the document whose tokens these are."""
    if i >= 1 and tokens.lower[i - 1] in ALIGNMENT_PREFIXES and not tokens.spaced[i - 1]:
        return True
    return i >= 2 and tokens.text[i - 1] in HYPHENS and not tokens.spaced[i - 1] \
        and tokens.lower[i - 2] in ALIGNMENT_WORDS and not tokens.spaced[i - 2]


ALIGNMENT_WORDS = {"pro", "anti"}
ALIGNMENT_PREFIXES = {"pro-", "anti-"}
HYPHENS = {"-", "\u2010", "\u2011"}


def country_from_token(token: Token, lexicon: ActorLexicon, found=None) -> CountryRef | None:
    """The country a single token names: a demonym, a country name, or an actor already resolved there."""
    if is_alignment(token):
        return None
    if found is not None:
        mention = found.at(token.i)
        if mention is not None and mention.actors and mention.actors[0].country:
            a = mention.actors[0]
            return CountryRef(a.name, a.country, a.code[:3])
    if not token.text[:1].isupper():
        return None
    entry = lexicon.lookup(token.text)
    if entry is None or entry.kind not in ("country", "demonym", "capital"):
        return None
    return CountryRef(entry.name, entry.country, entry.code[:3])


def country_of_modifiers(token: Token, lexicon: ActorLexicon, found=None) -> CountryRef | None:
    """Country named by a noun's modifiers: "Syrian army", "Libya's parties", "police in Cairo"."""
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod"):
            ref = _country_in_phrase(child, lexicon, found)
            if ref:
                return ref
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    ref = _country_in_phrase(pobj, lexicon, found)
                    if ref:
                        return ref
    return None


def conjoined_countries(token: Token, lexicon: ActorLexicon, found=None) -> list[CountryRef]:
    """Further countries of a noun whose modifier is coordinated: "Turkish and Russian presidents"."""
    refs = []
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod") and country_from_token(child, lexicon, found):
            for conj in child.conjuncts:
                ref = country_from_token(conj, lexicon, found)
                if ref and ref not in refs:
                    refs.append(ref)
    return refs


def _country_in_phrase(token: Token, lexicon: ActorLexicon, found) -> CountryRef | None:
    if is_alignment(token):
        return None
    ref = country_from_token(token, lexicon, found)
    if ref:
        return ref
    for child in token.children:  # "the United States'", "South Korean": a multi-word name
        if child.dep_ in ("compound", "amod"):
            ref = country_from_token(child, lexicon, found)
            if ref:
                return ref
    words = [t.text for t in token.subtree if not t.is_punct and t.dep_ != "case" and t.dep_ != "det"]
    match = lexicon.match(words, 0) if words and len(words) <= 4 else None
    if match and match.entry.kind in ("country", "demonym", "capital") and match.length == len(words):
        return CountryRef(match.entry.name, match.entry.country, match.entry.code[:3])
    return None


def title_before(doc: Doc, start: int, lexicon: ActorLexicon, found=None) -> Title | None:
    """The title and nationality written before a name: "Turkish Foreign Minister Mevlut Cavusoglu"."""
    tokens = []
    j = start - 1
    while j >= 0 and doc[j].dep_ in NP_MODIFIERS and not doc[j].is_space and j < doc[j].head.i <= start + 6 \
            and doc[j].text not in (",", "(", "—", "–") and doc[j].dep_ != "appos":
        tokens.insert(0, doc[j])
        j -= 1
    return read_title(tokens, lexicon, found)


def appositive_title(doc: Doc, head: int, lexicon: ActorLexicon, found=None) -> Title | None:
    """A title in apposition after the name: "Mevlut Cavusoglu, Turkey's foreign minister,"."""
    for child in doc[head].children:
        if child.dep_ == "appos":
            tokens = [t for t in child.subtree if t.i <= child.i]
            title = read_title(tokens, lexicon, found)
            if title and (title.sector or title.country):
                return title
    return None


def country_after_name(doc: Doc, head: int, lexicon: ActorLexicon, found=None) -> Title | None:
    """'King Hassan of Morocco': the country a prepositional phrase gives a name."""
    for child in doc[head].children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                ref = country_from_token(pobj, lexicon, found) if pobj.dep_ == "pobj" else None
                if ref is not None:
                    return Title(role=None, sector=None, country=ref.country, code_prefix=ref.code)
    return None


def read_title(tokens: list[Token], lexicon: ActorLexicon, found=None) -> Title | None:
    """Read role, sector and country from the words of a title phrase."""
    if not tokens:
        return None
    country = None
    role_words: list[str] = []
    for t in tokens:
        ref = country_from_token(t, lexicon, found) if (t.text[:1].isupper() or t.dep_ == "poss") else None
        if ref is not None:
            country = country or ref
            role_words = []
            continue
        if t.is_alpha and t.dep_ not in ("det", "case"):
            role_words.append(t.text)
    role, sector = _longest_title(role_words, lexicon)
    if role is None and country is None:
        return None
    return Title(role=role, sector=sector, country=country.country if country else None,
                 code_prefix=country.code if country else None)


def _longest_title(words: list[str], lexicon: ActorLexicon) -> tuple[str | None, str | None]:
    for k in range(len(words)):
        phrase = " ".join(words[k:])
        info = lexicon.title(phrase)
        if info is not None:
            return phrase, info.sector
    return None, None
