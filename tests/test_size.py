"""Event size: counts of dead, injured, arrested and displaced, with the lowest-figure convention."""
from __future__ import annotations

import pytest

from communique.errors import DataFileError
from communique.size import parse_quantity, read_size_words, size_of
from communique.records import Size


@pytest.mark.parametrize("words, value", [
    ("6", 6),
    ("at least 12", 12),
    ("200,000 to 250,000", 200000),
    ("between 10 and 20", 10),
    ("twenty - one", 21),
    ("Twenty-one", 21),
    ("10-15", 10),
    ("three hundred and five", 305),
    ("1.5 million", 1500000),
    ("a dozen", 12),
    ("two dozen", 24),
    ("dozens", 12),
    ("scores", 20),
    ("hundreds", 100),
    ("thousands", 1000),
    ("tens of thousands", 10000),
    ("hundreds of thousands", 100000),
    ("several", 3),
    ("many", None),
    ("", None),
])
def test_parse_quantity_takes_the_lowest_figure(words, value):
    assert parse_quantity(words.split()) == value


def test_a_broken_word_list_is_reported(tmp_path):
    bad = tmp_path / "size.tsv"
    bad.write_text("number\tseven\tseven\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1"):
        read_size_words(bad)


def _size(nlp, sentence: str) -> Size:
    return size_of(nlp(sentence), 0)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen opened fire on a bus, killing 9 passengers and wounding 14.", Size(dead=9, injured=14)),
    ("At least 17 people were killed when the shelling hit the market.", Size(dead=17)),
    ("Dozens were detained after the march in the capital.", Size(arrested=12)),
    ("Police rounded up hundreds of students on Tuesday.", Size(arrested=100)),
    ("Four soldiers died in the ambush near the border.", Size(dead=4)),
    ("The death toll from the floods rose to 31 on Monday.", Size(dead=31)),
    ("Fighting has forced tens of thousands of villagers to flee, and 2,500 refugees crossed the river.",
     Size(displaced=2500)),
    ("Eleven wounded fighters were taken to the field hospital.", Size(injured=11)),
    ("A policeman was killed and two others were hurt in the blast.", Size(dead=1, injured=2)),
])
def test_counts_from_news_sentences(nlp, sentence, expected):
    assert _size(nlp, sentence) == expected


@pytest.mark.model
def test_other_senses_of_weak_words_give_no_count(nlp):
    assert _size(nlp, "The foreign ministers held three rounds of talks in Vienna.").is_empty()
    assert _size(nlp, "Security forces held 40 demonstrators overnight.") == Size(arrested=40)


@pytest.mark.model
def test_sample_refugee_range_counts_the_lowest_figure(nlp, sample_article_text):
    doc = nlp(sample_article_text)
    refugees = [t for t in doc if t.lower_ == "refugees" and any(c.like_num for c in t.subtree)]
    assert refugees, "the sample's refugee figure was not found"
    assert size_of(doc, refugees[0].i).displaced == 200000
