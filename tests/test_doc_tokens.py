"""DocTokens (nlp.py): the per-document token strings that the extract and resolve stages read instead of Token objects."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

TEXT = ("KHARTOUM — Sudan's army said on Monday that pro-government militias had withdrawn.  The two leaders,\n"
        "Ethiopian Prime Minister Abiy Ahmed and al-Burhan, met in Addis Ababa; anti-war groups said they "
        "would keep watching.")


def test_doc_tokens_mirror_the_token_attributes(nlp):
    from communique.nlp import doc_tokens

    doc = nlp(TEXT)
    tokens = doc_tokens(doc)
    assert tokens.text == [t.text for t in doc]
    assert tokens.lower == [t.lower_ for t in doc]
    assert tokens.lemma == [t.lemma_.lower() for t in doc]
    assert tokens.dep == [t.dep_ for t in doc]
    assert tokens.pos == [t.pos_ for t in doc]
    assert tokens.idx == [t.idx for t in doc]
    assert [bool(s) for s in tokens.spaced] == [bool(t.whitespace_) for t in doc]
    assert [tokens.end_char(t.i) for t in doc] == [t.idx + len(t) for t in doc]
    assert doc_tokens(doc) is tokens  # built once per document


def test_entity_at_finds_the_entity_starting_there(nlp):
    from communique.nlp import doc_tokens

    doc = nlp(TEXT)
    tokens = doc_tokens(doc)
    for ent in doc.ents:
        assert tokens.entity_at(doc, ent.start) == ent
    assert tokens.entity_at(doc, len(doc) - 1) is None  # the final period starts no entity


def test_name_starts_and_alignment(nlp):
    from communique.extract.actor_context import alignment_at, name_starts_at
    from communique.nlp import doc_tokens

    doc = nlp(TEXT)
    tokens = doc_tokens(doc)
    at = {t.text: t.i for t in reversed(doc)}  # first occurrence of each word
    assert name_starts_at(tokens, at["Sudan"])
    assert name_starts_at(tokens, at["al"])  # "al-Burhan"
    assert not name_starts_at(tokens, at["army"])
    assert not name_starts_at(tokens, at["The"])  # a determiner, not a name
    assert not alignment_at(tokens, at["Sudan"])
    assert alignment_at(tokens, at["government"])  # "pro-government"
