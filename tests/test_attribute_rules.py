"""nlp/attribute_rules.py: the FastAttributeRuler gives every token what the model's own AttributeRuler gives it.

Two kinds of test: the real model on written text (the bundled sample articles and the wire censuses, as
written, lower-cased and upper-cased), every token's part of speech, morphology, lemma, tag and dependency
compared with the model as it ships; and each kind of pattern (IN, NOT_IN, several tokens, a regular
expression, a negative index, IS_SPACE, a later pattern overriding an earlier one) on a ruler written here.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from communique.nlp.attribute_rules import FastAttributeRuler

ROOT = Path(__file__).resolve().parents[1]
COMPARED = [POS, MORPH, LEMMA, TAG, DEP]


def _written_texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines()
             if line.strip()]
    for name in ("wire_census.tsv", "wire_census2.tsv"):
        rows = (ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8").splitlines()
        texts.extend(row[2] for row in csv.reader((r for r in rows if r and not r.startswith("#")),
                                                  delimiter="\t") if len(row) > 2)
    return texts + [t.lower() for t in texts] + [t.upper() for t in texts]


def _annotations(docs) -> list:
    return [(doc.to_array(COMPARED).tolist(), [(e.start, e.end, e.label_) for e in doc.ents]) for doc in docs]


@pytest.mark.model
def test_the_model_gives_the_same_attributes_with_the_fast_ruler(nlp):
    assert "fast_attribute_ruler" in nlp.pipe_names and "attribute_ruler" in nlp.disabled
    texts = _written_texts()
    assert len(texts) > 1000
    ours = _annotations(nlp.pipe(texts))
    nlp.disable_pipe("fast_attribute_ruler")
    nlp.enable_pipe("attribute_ruler")
    try:
        shipped = _annotations(nlp.pipe(texts))
    finally:
        nlp.disable_pipe("attribute_ruler")
        nlp.enable_pipe("fast_attribute_ruler")
    differing = [text for text, a, b in zip(texts, ours, shipped) if a != b]
    assert not differing, differing[:3]


PATTERNS = [  # one of each kind the fast ruler treats: looked up (first five and the eighth), read as a sequence
    # of conditions (several tokens, a regular expression), or left to a Matcher (an operator)
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBN"]}}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past"}},
    {"patterns": [[{"LOWER": "that", "TAG": "IN"}]], "attrs": {"POS": "SCONJ"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "bank"}], [{"LOWER": "banks"}]], "attrs": {"POS": "PROPN"}},  # later: wins over NN
    {"patterns": [[{"LOWER": "at"}, {"TAG": "DT", "OP": "+"}]], "attrs": {"LEMMA": "at-the"}},
]
WORDS = ["She", "said", "that", "we", "were", "gon", "na", "do", "nuthin'", "\n", "at", "the", "bank", "."]
TAGS = ["PRP", "VBD", "IN", "PRP", "VBD", "VBG", "TO", "VB", "NN", "_SP", "IN", "DT", "NN", "."]
DEPS = ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "aux", "xcomp", "dobj", "dep", "prep", "det", "pobj",
        "punct"]
HEADS = [1, 1, 5, 5, 5, 1, 7, 5, 7, 8, 7, 12, 10, 1]


def _doc(vocab) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def test_each_kind_of_pattern_gives_what_the_attribute_ruler_gives():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    fast = FastAttributeRuler(ruler)
    assert len(fast.sequences) == 2  # the two-token pattern and the regular expression
    assert len(fast.rest) == 1  # the operator
    shipped, ours = ruler(_doc(nlp.vocab)), fast(_doc(nlp.vocab))
    assert _annotations([ours]) == _annotations([shipped])
    assert [t.pos_ for t in ours][1:5] == ["VERB", "SCONJ", "", "AUX"]
    assert ours[9].pos_ == "SPACE" and ours[12].pos_ == "PROPN" and ours[6].lemma_ == "to"
    assert ours[8].lemma_ == "nothing" and str(ours[8].morph) == "Number=Sing"
    assert ours[10].lemma_ == "at-the"
    fast(_doc(nlp.vocab))  # again, from the values it has seen: the same
    assert _annotations([fast(_doc(nlp.vocab))]) == _annotations([shipped])


def test_a_sequence_is_found_wherever_its_tokens_hold_and_not_past_the_end():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
                        {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}}])
    fast = FastAttributeRuler(ruler)
    for words in (["gon", "na", "gon", "na", "y'", "all"], ["y", "all", "gon"], ["yes", "all", "gon", "no"]):
        assert fast.matches(Doc(nlp.vocab, words=words)) == ruler.match(Doc(nlp.vocab, words=words))
    assert [m[2:] for m in fast.matches(Doc(nlp.vocab, words=["gon", "na", "gon", "na", "y'", "all"]))] == \
        [(0, 2), (2, 4), (4, 6)]
