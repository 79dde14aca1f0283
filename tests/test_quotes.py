"""Quotes and reported speech, with speakers found through a stand-in actor lookup."""
from __future__ import annotations

import re

import pytest

from communique.errors import DataFileError
from communique.quotes import (cue_verbs, direct_quote_spans, find_quotes, read_quote_cues,
                                       reporting_verbs)
from communique.records import ActorRef, Quote


def _ref(name: str, code: str) -> ActorRef:
    return ActorRef(text=name, name=name, country=code[:3], sector=code[3:] or None, code=code)


def lookup(text: str, names: dict[str, ActorRef]):
    """Test scaffolding for the actor resolver: a token inside any occurrence of a name is that actor."""
    spans = [(m.start(), m.end(), ref) for name, ref in names.items() for m in re.finditer(re.escape(name), text)]

    def speaker_at(token):
        return next((ref for start, end, ref in spans if start <= token.idx < end), None)
    return speaker_at


def _quotes(nlp, text: str, names: dict[str, ActorRef]) -> list[Quote]:
    return find_quotes(nlp(text), lookup(text, names))


def test_direct_quote_spans_cover_curly_straight_and_unclosed_quotes():
    text = 'He said: "We stay." Then “we go, and soon,” she added.\n\n“An open quote\n\nNext.'
    spans = [text[s:e] for s, e in direct_quote_spans(text)]
    assert spans == ["We stay.", "we go, and soon", "An open quote"]


def test_an_inch_mark_does_not_open_a_quote():
    text = 'a 12" pipe and "the whole thing here"'
    assert [text[s:e] for s, e in direct_quote_spans(text)] == ["the whole thing here"]


def test_reporting_verbs_are_the_pure_speech_verbs():
    assert {"say", "tell", "add"} <= reporting_verbs()
    assert "urge" not in reporting_verbs() and "urge" in cue_verbs()


def test_a_broken_cue_file_is_reported(tmp_path):
    bad = tmp_path / "cues.tsv"
    bad.write_text("say\tsentence\tyes\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1"):
        read_quote_cues(bad)


MINISTER = _ref("Anna Berg", "SWEGOV")
MAYOR = _ref("Omar Haddad", "LBNGOV")
GOVERNMENTS = _ref("the two governments", "IGOGOV")
NAMES = {"Anna Berg": MINISTER, "Berg": MINISTER, "Haddad": MAYOR, "two governments": GOVERNMENTS,
         "statement": _ref("the statement", "IGO")}


@pytest.mark.model
def test_an_interrupted_quote_keeps_its_speaker(nlp):
    text = ("“We will not accept any delay,” Foreign Minister Anna Berg said on Monday. "
            "“The talks must go on.”")
    quotes = _quotes(nlp, text, NAMES)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("direct", "We will not accept any delay", MINISTER),
        ("direct", "The talks must go on.", MINISTER)]
    assert quotes[0].cue == "said"
    assert text[quotes[1].start:quotes[1].end] == quotes[1].text


@pytest.mark.model
def test_reported_speech_in_its_common_shapes(nlp):
    text = ("Berg said that the embassy would reopen next month. "
            "The border will stay closed until March, Haddad said Wednesday. "
            "According to Haddad, the convoy was attacked near the bridge. "
            "Berg told reporters the sanctions remain in force.")
    quotes = _quotes(nlp, text, NAMES)
    assert [(q.kind, q.cue, q.speaker, q.text) for q in quotes] == [
        ("indirect", "said", MINISTER, "the embassy would reopen next month"),
        ("indirect", "said", MAYOR, "The border will stay closed until March"),
        ("indirect", "according to", MAYOR, "the convoy was attacked near the bridge"),
        ("indirect", "told", MINISTER, "the sanctions remain in force")]


@pytest.mark.model
def test_a_statement_speaks_for_those_who_issued_it(nlp):
    text = "A joint statement issued by the two governments said the ceasefire would hold from Sunday."
    [quote] = _quotes(nlp, text, NAMES)
    assert quote.speaker == GOVERNMENTS and quote.text == "the ceasefire would hold from Sunday"


@pytest.mark.model
def test_quote_with_its_cue_in_the_next_sentence_and_scare_quotes(nlp):
    text = 'Haddad rejected the so-called “peace plan”.\n\n"Our water will last a week." Haddad said.'
    quotes = _quotes(nlp, text, NAMES)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("direct", "Our water will last a week.", MAYOR)]


@pytest.mark.model
def test_unknown_speakers_stay_none(nlp):
    [quote] = _quotes(nlp, "“Nobody told us anything about the curfew,” a resident said.", NAMES)
    assert quote.speaker is None and quote.cue == "said"


SAMPLE_NAMES = {
    "Erdogan": _ref("Recep Tayyip Erdogan", "TURGOV"),
    "Putin": _ref("Vladimir Putin", "RUSGOV"),
    "Cavusoglu": _ref("Mevlut Cavusoglu", "TURGOV"),
    "Kalin": _ref("Ibrahim Kalin", "TURGOV"),
    "Lavrov": _ref("Sergei Lavrov", "RUSGOV"),
    "two leaders": _ref("Recep Tayyip Erdogan and Vladimir Putin", "IGOGOV"),
    "joint statement": _ref("joint statement", "IGO"),
}


@pytest.mark.model
def test_sample_quotes_are_attributed_to_their_speakers(nlp, sample_article_text):
    quotes = _quotes(nlp, sample_article_text, SAMPLE_NAMES)
    direct = [q for q in quotes if q.kind == "direct"]
    speakers = [(q.speaker.name if q.speaker else None, q.cue) for q in direct]
    # the first quote is the leaders' joint statement, issued by the two of them
    assert speakers[0] == ("Recep Tayyip Erdogan and Vladimir Putin", "said")
    assert ("Mevlut Cavusoglu", "said") in speakers
    kalin = speakers.index(("Ibrahim Kalin", "told"))
    erdogan = speakers.index(("Recep Tayyip Erdogan", "told"))
    assert kalin < erdogan
    assert "." in direct[erdogan].text.rstrip(".")  # the quote runs on over two sentences
    for quote in quotes:
        assert sample_article_text[quote.start:quote.end] == quote.text
    reported = {(q.speaker.name, q.cue) for q in quotes if q.kind == "indirect" and q.speaker}
    assert ("Sergei Lavrov", "added") in reported
