"""'Peru asked foreign investors to return': a party told as foreign is not of the country the act is done in or by
(profile `communique`, switch `foreign_parties`; session 29, branch p4read29).

A role noun with no country of its own ("investors", "journalists", "troops", "governments", "the community") takes a
country from elsewhere: the document's actor finder gives it the country named near it, resolve/event_countries.py
that of the place, of the state organ it deals with or of the document. An adjective of origin elsewhere on that
noun (data/coder_foreign_words.tsv: foreign, overseas, international, external) denies that reading: "the Sudanese
junta called on foreign governments to lift sanctions" is no request to the junta itself (SDNGOV -> SDNGOV), "Iranian
police arrested two foreign journalists in Tehran" no arrest of Iranian journalists, "appealed to the international
community" no appeal to its own people. Such a party keeps its role and no country, as the census label rules give
an actor named by no country (`---` with its role). Left alone: a noun with a name or a nationality of its own
among its modifiers ("two French and other foreign nationals" is read as written), a title whose "foreign" names a
portfolio ("Germany's foreign minister", "the Indian foreign ministry"), and a state or a place itself.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..data_files import table_rows
from ..extract.actors import UNKNOWN_COUNTRY
from ..nlp import doc_text
from ..records import ActorRef, EventMention

WORDS_FILE = "coder_foreign_words.tsv"
FOREIGN, PORTFOLIO = "FOREIGN", "PORTFOLIO"
# the links of a noun's own modifiers: a nationality adjective, a name in compound, a possessor
MODIFIER_LINKS = frozenset({"amod", "compound", "poss", "nmod"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {FOREIGN: set(), PORTFOLIO: set()}
    for word, kind in table_rows(WORDS_FILE, 2):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def foreign_parties_unplaced(event: EventMention, doc: Doc) -> None:
    """Each side's party whose noun an adjective of origin elsewhere qualifies keeps its role and no country
    (module docstring)."""
    for side in ("source", "target"):
        refs = getattr(event, side)
        if any(r.country and _told_foreign(doc, event, r) for r in refs):
            setattr(event, side, [_unplaced(r) if r.country and _told_foreign(doc, event, r) else r for r in refs])


def _told_foreign(doc: Doc, event: EventMention, ref: ActorRef) -> bool:
    """Whether the words of `ref` in the event's sentence are headed by a noun with an adjective of origin
    elsewhere and no modifier that names a country or a name (a capitalised word)."""
    text = (ref.text or "").strip()
    if not text or text[0].isupper():
        return False
    at = doc_text(doc).find(text, event.start, event.end)  # `Doc.text` joins every token anew on each access
    span = doc.char_span(at, at + len(text), alignment_mode="expand") if at >= 0 else None
    return span is not None and _foreign_head(span.root)


def _foreign_head(head: Token) -> bool:
    words = _words()
    if head.text.upper() in words[PORTFOLIO] or head.pos_ not in ("NOUN", "PROPN"):
        return False
    modifiers = [c for c in head.children if c.dep_ in MODIFIER_LINKS]
    return any(c.text.upper() in words[FOREIGN] for c in modifiers) and not any(
        c.text[:1].isupper() and c.i != head.sent.start for c in modifiers)


def _unplaced(ref: ActorRef) -> ActorRef:
    """The party with its role kept and its country taken away ("PERBUS" -> "---BUS")."""
    rest = ref.code[len(ref.country):] if ref.country and ref.code.startswith(ref.country) else (ref.sector or "")
    return replace(ref, country=None, code=UNKNOWN_COUNTRY + rest)
