"""nlp/lemmas.py: the FastLemmatizer gives every token the lemma the model's own rule lemmatizer gives it.

The real model on written text (the bundled sample articles and the wire censuses, as written, lower-cased and
upper-cased: the same word under other tags and morphologies), every token's lemma compared with the model's
lemmatizer run in its place; and, on a Doc built here, what the rule lemmatizer's setting `overwrite` changes.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from spacy.attrs import LEMMA, MORPH, POS
from spacy.tokens import Doc

from communique.nlp.lemmas import FastLemmatizer

ROOT = Path(__file__).resolve().parents[1]


def _written_texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()
             if line.strip()]
    for name in ("wire_census.tsv", "wire_census2.tsv", "wire_census3.tsv"):
        rows = (ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8").splitlines()
        texts.extend(row[2] for row in csv.reader((r for r in rows if r and not r.startswith("#")),
                                                  delimiter="\t") if len(row) > 2)
    return texts + [t.lower() for t in texts] + [t.upper() for t in texts]


def _with_model_lemmatizer(nlp, texts):
    nlp.disable_pipe("fast_lemmatizer")
    nlp.enable_pipe("lemmatizer")
    try:
        return [doc.to_array([LEMMA, POS, MORPH]).tolist() for doc in nlp.pipe(texts)]
    finally:
        nlp.disable_pipe("lemmatizer")
        nlp.enable_pipe("fast_lemmatizer")


@pytest.mark.model
def test_the_model_gives_the_same_lemmas_with_the_fast_lemmatizer(nlp):
    assert "fast_lemmatizer" in nlp.pipe_names and "lemmatizer" in nlp.disabled
    texts = _written_texts()
    assert len(texts) > 1000
    ours = [doc.to_array([LEMMA, POS, MORPH]).tolist() for doc in nlp.pipe(texts)]
    shipped = _with_model_lemmatizer(nlp, texts)
    differing = [text for text, a, b in zip(texts, ours, shipped) if a != b]
    assert not differing, differing[:3]
    # the same again, now that the fast lemmatizer's table is filled: lookups give what the rules gave
    again = [doc.to_array([LEMMA, POS, MORPH]).tolist() for doc in nlp.pipe(texts[:200])]
    assert again == shipped[:200]


@pytest.mark.model
def test_a_lemma_set_before_is_kept_unless_the_lemmatizer_overwrites(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    fast = FastLemmatizer(lemmatizer)
    words = ["Rebels", "shelled", "the", "towns"]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "VERB", "DET", "NOUN"],
              morphs=["Number=Plur", "Tense=Past|VerbForm=Fin", "Definite=Def|PronType=Art", "Number=Plur"],
              lemmas=["", "", "", "TOWNS-AS-SET"])
    fast(doc)
    assert [t.lemma_ for t in doc] == ["rebel", "shell", "the", "TOWNS-AS-SET"]
    lemmatizer.overwrite = True
    try:
        fast(doc)
    finally:
        lemmatizer.overwrite = False
    assert doc[3].lemma_ == "town"


def test_an_empty_document_is_left_as_it_is():
    import spacy

    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    doc = nlp.make_doc("")
    assert FastLemmatizer(lemmatizer)(doc) is doc and len(doc) == 0


@pytest.mark.model
def test_the_copy_asked_for_new_words_answers_as_the_model_and_leaves_its_tables_as_they_are(nlp):
    from communique.nlp.lemmas import INDEX_TABLE, indexed_by_sets

    lemmatizer = nlp.get_pipe("lemmatizer")
    own = indexed_by_sets(lemmatizer)
    assert isinstance(lemmatizer.lookups.get_table(INDEX_TABLE).get("noun"), list)  # the model's own, untouched
    assert isinstance(own.lookups.get_table(INDEX_TABLE).get("noun"), frozenset)
    # inflected forms the rules strip to a word of the index, to no known word, or that are exceptions
    cases = [("NOUN", "Number=Plur", ["towns", "militias", "ministries", "wolves", "criteria", "zorbles", "Dogs"]),
             ("VERB", "Tense=Past|VerbForm=Fin", ["shelled", "fled", "stopped", "glorped", "was", "Seized"]),
             ("VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part", ["fighting", "dying", "running", "blorping"]),
             ("ADJ", "Degree=Cmp", ["bigger", "worse", "happier", "flumper"]),
             ("ADV", "Degree=Sup", ["best", "hardest"])]
    for pos, morph, words in cases:
        doc = Doc(nlp.vocab, words=words, pos=[pos] * len(words), morphs=[morph] * len(words))
        for token in doc:
            assert own.rule_lemmatize(token) == lemmatizer.rule_lemmatize(token), token.text
