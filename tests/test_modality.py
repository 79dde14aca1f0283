"""Event modality: asserted, negated, future, hypothetical, historical."""
from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from communique.errors import DataFileError
from communique.modality import modality_of, read_modality_cues

PUBLISHED = date(2020, 1, 8)


def _plain_doc() -> Doc:
    """ "Rebels seized the town": no cue in the words, so only the date can speak."""
    return Doc(Vocab(), words=["Rebels", "seized", "the", "town"], heads=[1, 1, 3, 1],
               deps=["nsubj", "ROOT", "det", "dobj"], pos=["NOUN", "VERB", "DET", "NOUN"])


@pytest.mark.parametrize("value, expected", [
    (None, "asserted"),
    ("2020-01-08", "asserted"),
    ("2020-01-09", "future"),
    ("2020-02", "future"),
    ("2019-11-01", "asserted"),
    ("2019-09-30", "historical"),
    ("2003", "historical"),
    ("2019", "asserted"),  # its last day is within the 90 days
    ("2020-01-12T00:00", "future"),
])
def test_the_event_date_against_publication(value, expected):
    assert modality_of(_plain_doc(), 1, value, PUBLISHED) == expected


def test_no_publication_date_leaves_dates_alone():
    assert modality_of(_plain_doc(), 1, "1990-05-01", None) == "asserted"


def test_a_broken_cue_file_is_reported(tmp_path):
    bad = tmp_path / "cues.tsv"
    bad.write_text("maybe\taux\tcould\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1"):
        read_modality_cues(bad)


@pytest.mark.model
@pytest.mark.parametrize("sentence, trigger, expected", [
    ("The army did not shell the village.", "shell", "negated"),
    ("The ministry denied bombing the hospital.", "bombing", "negated"),
    ("The opposition refused to join the cabinet.", "join", "negated"),
    ("No agreement was signed at the summit.", "signed", "negated"),
    ("The government has never recognised the council.", "recognised", "negated"),
    ("The two presidents will meet in Sochi.", "meet", "future"),
    ("The envoy is expected to travel to Cairo on Friday.", "travel", "future"),
    ("The minister plans to visit Baghdad next month.", "visit", "future"),
    ("The talks are set to resume in Geneva.", "resume", "future"),
    ("The rebels are going to withdraw from the port.", "withdraw", "future"),
    ("Dock workers went on strike to protest against the new rules.", "protest", "asserted"),  # purpose
    ("Farmers went to the capital to demand higher prices.", "demand", "asserted"),  # not "be going to"
    ("The dispute could lead to a wider war.", "lead", "hypothetical"),
    ("Sanctions might hurt the economy.", "hurt", "hypothetical"),
    ("Kenya said it would retaliate.", "retaliate", "future"),  # reported "would" = "will"
    ("Kenya would retaliate if attacked.", "retaliate", "hypothetical"),
    ("The militia threatened to attack the airport.", "threatened", "asserted"),
    ("The militia threatened to attack the airport.", "attack", "asserted"),
    ("Rebels captured the city in 2003.", "captured", "historical"),
    ("Rebels captured the city decades ago.", "captured", "historical"),
    ("Police arrested ten protesters on Tuesday.", "arrested", "asserted"),
    ("The two sides will meet and sign a truce.", "sign", "future"),
    ("The planned visit was postponed.", "visit", "future"),
    ("The troops left without firing a shot.", "firing", "negated"),
])
def test_modality_from_the_words(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    index = next(t.i for t in doc if t.text == trigger)
    assert modality_of(doc, index, None, PUBLISHED) == expected


@pytest.mark.model
def test_sample_future_trip_and_hypothetical_consequence(nlp, sample_article_text):
    doc = nlp(sample_article_text)
    head = next(t for t in doc if t.lemma_ == "head" and t.head.lemma_ == "expect")
    lead = next(t for t in doc if t.lemma_ == "lead" and any(c.lower_ == "could" for c in t.children))
    assert modality_of(doc, head.i, None, PUBLISHED) == "future"
    assert modality_of(doc, lead.i, None, PUBLISHED) == "hypothetical"
