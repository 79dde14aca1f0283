"""DocTokens (communique.nlp): the per-document token strings that the extract and resolve stages read instead of Token objects."""
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


def test_doc_tags_mirror_the_fine_grained_tags(nlp):
    from communique.nlp import doc_tags, release_tables

    doc = nlp(TEXT)
    tags = doc_tags(doc)
    assert tags == [t.tag_ for t in doc]
    assert any(tag.startswith("VB") for tag in tags) and any(tag.startswith("NN") for tag in tags)
    assert doc_tags(doc) is tags  # built once per document
    release_tables(doc)
    assert doc_tags(doc) is not tags  # released with the document's other tables


def test_tables_named_to_keep_are_kept_and_the_others_built_again_the_same(nlp):
    from communique.nlp import TOKENS_KEY, doc_tags, doc_tokens, release_tables

    doc = nlp(TEXT)
    tokens, tags = doc_tokens(doc), doc_tags(doc)
    release_tables(doc, keep={TOKENS_KEY})
    assert doc_tokens(doc) is tokens
    again = doc_tags(doc)
    assert again is not tags and again == tags


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


TREE_TEXT = ("Egypt, Qatar and the United States urged Israel and Hamas to accept the truce, which the UN backed. "
             "The talks in Doha, hosted by Qatar's emir, resumed on Sunday and continued late into the night.\n\n"
             "Officials said neither side had agreed.")


def test_doc_tree_mirrors_spacy_heads_children_and_conjuncts(nlp):
    from communique.nlp import doc_tree

    doc = nlp(TREE_TEXT)
    tree = doc_tree(doc)
    assert tree.heads == [t.head.i for t in doc]
    assert [list(c) for c in tree.children] == [[c.i for c in t.children] for t in doc]
    assert [tree.conjuncts(t.i) for t in doc] == [[c.i for c in t.conjuncts] for t in doc]
    assert any(len(tree.conjuncts(t.i)) >= 2 for t in doc)  # the text has a three-way coordination
    assert [tree.members(doc, t.i) for t in doc] == [sorted(d.i for d in t.subtree) for t in doc]
    assert doc_tree(doc) is tree  # built once per document


def test_a_coded_doc_is_freed_once_its_tables_are_released(nlp):
    # the kept tables hold Spans, which hold the Doc: released, the Doc goes as soon as it is dropped
    import gc
    import weakref

    from communique.nlp import doc_entities, doc_sentences, doc_tokens, release_tables, sentence_bounds

    def coded(release: bool):
        doc = nlp(TEXT)
        doc_tokens(doc).entity_at(doc, 0)
        doc_sentences(doc), doc_entities(doc), sentence_bounds(doc, 3)
        if release:
            release_tables(doc)
        return weakref.ref(doc)

    collecting = gc.isenabled()
    gc.disable()
    try:
        assert coded(release=False)() is not None  # the cycle keeps it until a full collection
        assert coded(release=True)() is None
    finally:
        if collecting:
            gc.enable()
