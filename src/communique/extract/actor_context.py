"""What the words around a name say about it: titles, nationality adjectives, possessives, appositives.

These readings work on the dependency parse of one noun phrase, so "Turkish President Recep Tayyip
Erdogan", "Erdogan's spokesperson Ibrahim Kalin" and "Cavusoglu, Turkey's foreign minister" all tell
the country and sector of the person they name.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import DocTokens, doc_tokens, doc_tree
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
    return country_at(doc_tokens(token.doc), token.i, lexicon, found)


def country_at(tokens: DocTokens, i: int, lexicon: ActorLexicon, found=None) -> CountryRef | None:
    """`country_from_token` for token i of the document whose tokens these are."""
    if alignment_at(tokens, i) or _name_word(found, i):
        return None
    if found is not None:
        mention = found.at(i)
        if mention is not None and mention.actors and mention.actors[0].country:
            a = mention.actors[0]
            return CountryRef(a.name, a.country, a.code[:3])
    text = tokens.text[i]
    if not text[:1].isupper():
        return None
    entry = lexicon.lookup(text)
    if entry is None or entry.kind not in ("country", "demonym", "capital"):
        return None
    return CountryRef(entry.name, entry.country, entry.code[:3])


def _name_word(found, i: int) -> bool:
    """A word of a person's name ("Turk" in "Kevin Turk", `DocActors.names`, switch person_names): no country."""
    return found is not None and i in found.names


def country_of_modifiers(doc: Doc, i: int, lexicon: ActorLexicon, found=None) -> CountryRef | None:
    """Country named by the modifiers of noun doc[i]: "Syrian army", "Libya's parties", "police in Cairo"."""
    tokens, children = doc_tokens(doc), doc_tree(doc).children
    dep = tokens.dep
    for child in children[i]:
        if dep[child] in ("amod", "compound", "poss", "nmod"):
            ref = _country_in_phrase(doc, child, lexicon, found)
            if ref:
                return ref
    for child in children[i]:
        if dep[child] == "prep" and tokens.lower[child] in ("of", "in", "from"):
            for pobj in children[child]:
                if dep[pobj] == "pobj":
                    ref = _country_in_phrase(doc, pobj, lexicon, found)
                    if ref:
                        return ref
    return None


def conjoined_countries(doc: Doc, i: int, lexicon: ActorLexicon, found=None) -> list[CountryRef]:
    """Further countries of noun doc[i] whose modifier is coordinated: "Turkish and Russian presidents"."""
    tokens, tree = doc_tokens(doc), doc_tree(doc)
    refs = []
    for child in tree.children[i]:
        if tokens.dep[child] in ("amod", "compound", "nmod") and country_at(tokens, child, lexicon, found):
            for conj in tree.conjuncts(child):
                ref = country_at(tokens, conj, lexicon, found)
                if ref and ref not in refs:
                    refs.append(ref)
    return refs


def _country_in_phrase(doc: Doc, i: int, lexicon: ActorLexicon, found) -> CountryRef | None:
    tokens = doc_tokens(doc)
    if alignment_at(tokens, i) or _name_word(found, i):
        return None
    ref = country_at(tokens, i, lexicon, found)
    if ref:
        return ref
    dep = tokens.dep
    for child in doc_tree(doc).children[i]:  # "the United States'", "South Korean": a multi-word name
        if dep[child] in ("compound", "amod"):
            ref = country_at(tokens, child, lexicon, found)
            if ref:
                return ref
    text = tokens.text
    words = [text[t.i] for t in doc[i].subtree if not t.is_punct and dep[t.i] != "case" and dep[t.i] != "det"]
    match = lexicon.match(words, 0) if words and len(words) <= 4 else None
    if match and match.entry.kind in ("country", "demonym", "capital") and match.length == len(words):
        return CountryRef(match.entry.name, match.entry.country, match.entry.code[:3])
    return None


def title_before(doc: Doc, start: int, lexicon: ActorLexicon, found=None) -> Title | None:
    """The title and nationality written before a name: "Turkish Foreign Minister Mevlut Cavusoglu"."""
    tokens, heads = doc_tokens(doc), doc_tree(doc).heads
    text, dep = tokens.text, tokens.dep
    j = start - 1
    while j >= 0 and dep[j] in NP_MODIFIERS and not text[j].isspace() and j < heads[j] <= start + 6 \
            and text[j] not in (",", "(", "—", "–") and dep[j] != "appos":
        j -= 1
    return read_title(doc, range(j + 1, start), lexicon, found)


def appositive_title(doc: Doc, head: int, lexicon: ActorLexicon, found=None) -> Title | None:
    """A title in apposition after the name: "Mevlut Cavusoglu, Turkey's foreign minister,"."""
    dep = doc_tokens(doc).dep
    for child in doc_tree(doc).children[head]:
        if dep[child] == "appos":
            title = read_title(doc, [t.i for t in doc[child].subtree if t.i <= child], lexicon, found)
            if title and (title.sector or title.country):
                return title
    return None


def country_after_name(doc: Doc, head: int, lexicon: ActorLexicon, found=None) -> Title | None:
    """'King Hassan of Morocco': the country a prepositional phrase gives a name."""
    tokens, children = doc_tokens(doc), doc_tree(doc).children
    dep = tokens.dep
    for child in children[head]:
        if dep[child] == "prep" and tokens.lower[child] == "of":
            for pobj in children[child]:
                ref = country_at(tokens, pobj, lexicon, found) if dep[pobj] == "pobj" else None
                if ref is not None:
                    return Title(role=None, sector=None, country=ref.country, code_prefix=ref.code)
    return None


def read_title(doc: Doc, indices: Sequence[int], lexicon: ActorLexicon, found=None) -> Title | None:
    """Read role, sector and country from the words of a title phrase: tokens `indices` of `doc`."""
    if not indices:
        return None
    tokens = doc_tokens(doc)
    text, dep = tokens.text, tokens.dep
    country = None
    role_words: list[str] = []
    for i in indices:
        word = text[i]
        ref = country_at(tokens, i, lexicon, found) if (word[:1].isupper() or dep[i] == "poss") else None
        if ref is not None:
            country = country or ref
            role_words = []
            continue
        if word.isalpha() and dep[i] not in ("det", "case"):  # Token.is_alpha
            role_words.append(word)
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
