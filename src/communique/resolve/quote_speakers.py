"""A quotation's speakers: everyone who speaks it ("a joint statement by the two leaders"), and 'we' and 'I'
inside it linked to them, after coreference (coreference.py) has linked the document's other references.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..extract.actors import ActorMention, DocActors
from ..extract.reference_words import reference_words
from ..nlp import doc_tokens
from ..records import Actor
from .coreference import conjoined_actors


def link_quote_speakers(doc: Doc, actors: DocActors, quotes) -> list[ActorMention]:
    """Each quote's `speakers` are all who speak ("a joint statement by the two leaders"), and 'we' and 'I'
    inside it stand for them."""
    linked = []
    tokens = doc_tokens(doc)
    first_person = reference_words()["pronoun:first"]
    for quote in quotes:
        if quote.speaker is None:
            continue
        speakers = speaker_group(doc, actors, quote)
        quote.speakers = [a.ref(quote.speaker.text) for a in speakers] or [quote.speaker]
        if not speakers:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            if tokens.lower[i] in first_person and tokens.pos[i] == "PRON" and actors.at(i) is None:
                mention = ActorMention(i, i + 1, [replace(a, mentions=[]) for a in speakers], "coreference")
                linked.append(actors.add_mention(doc, mention))
    return linked


def speaker_group(doc: Doc, actors: DocActors, quote) -> list[Actor]:
    """The full actor group behind a quote's speaker (the mention nearest the quote with that text)."""
    best, distance = None, None
    tokens, said = doc_tokens(doc), quote.speaker.text
    idx, text, length = tokens.idx, tokens.text, len(said)
    for m in actors.mentions:
        start, last = idx[m.start], m.end - 1
        if idx[last] + len(text[last]) - start != length:  # the span's text cannot be `said`
            continue
        if text[m.start] not in said or doc[m.start:m.end].text != said:
            continue
        d = min(abs(start - quote.end), abs(start - quote.start))
        if distance is None or d < distance:
            best, distance = m, d
    if best is None:
        return []
    return conjoined_actors(doc, best, actors) if len(best.actors) == 1 else list(best.actors)
