"""The real article the project was founded on (../shared/samples, published 2020-01-08), coded end to end.

Skipped with a reason where ../shared/samples is absent: its text is never committed here.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def sample(sample_article_text, nlp, model_settings):
    from communique.pipeline import extract_text

    return extract_text(sample_article_text, "2020-01-08", model_settings)


def countries(refs):
    return {r.country for r in refs}


def test_people_resolve_to_country_and_government(sample):
    by_surname = {a.name.split()[-1].lower(): a for a in sample.actors if a.kind == "person"}
    expected = {"erdogan": "TUR", "putin": "RUS", "cavusoglu": "TUR", "lavrov": "RUS", "kalin": "TUR",
                "al-assad": "SYR"}
    for surname, country in expected.items():
        actor = by_surname.get(surname) or next(
            (a for a in sample.actors if surname.replace("al-", "") in a.name.lower()), None)
        assert actor is not None, f"{surname} not found among {[a.name for a in sample.actors]}"
        assert actor.country == country and actor.sector == "GOV", actor


def test_ceasefire_appeal_to_libya(sample):
    appeals = [e for e in sample.events if e.cameo["root"] == "02" and "LBY" in countries(e.target)]
    assert appeals, [(e.cameo, e.source, e.target) for e in sample.events]
    assert any(countries(e.source) >= {"TUR", "RUS"} for e in appeals)
    assert any(e.cameo["code"] == "0256" for e in appeals)


def test_libya_is_never_the_source_of_the_appeal(sample):
    assert not [e for e in sample.events if e.cameo["root"] == "02" and "LBY" in countries(e.source)]


def test_turkey_russia_meeting(sample):
    meetings = [e for e in sample.events if e.cameo["root"] in ("03", "04")
                and countries(e.source) | countries(e.target) >= {"TUR", "RUS"}]
    assert meetings


def test_appeal_to_usa_and_iran_to_deescalate(sample):
    appeals = [e for e in sample.events if e.cameo["root"] == "02" and countries(e.target) >= {"USA", "IRN"}]
    assert appeals
    assert countries(appeals[0].source) & {"TUR", "RUS"}


def test_turkey_offers_to_mediate(sample):
    offers = [e for e in sample.events if e.cameo["code"] in ("039", "045", "036")
              and "TUR" in countries(e.source) and countries(e.target) & {"USA", "IRN"}]
    assert offers


def test_cavusoglu_visit_to_iraq_is_future(sample):
    visits = [e for e in sample.events if e.cameo["root"] == "04" and "IRQ" in countries(e.target)]
    assert visits
    assert visits[0].source[0].country == "TUR"
    assert visits[0].modality == "future"
    assert visits[0].date["value"] == "2020-01-09"


def test_appeal_carries_its_deadline_and_date(sample):
    appeal = next(e for e in sample.events if e.cameo["code"] == "0256" and "LBY" in countries(e.target))
    assert appeal.deadline is not None and appeal.deadline["value"] == "2020-01-12T00:00"
    assert appeal.date["value"] == "2020-01-08"


def test_meeting_is_located_in_istanbul(sample):
    meetings = [e for e in sample.events if (e.cameo["root"] == "04" or e.cameo["code"] == "036")
                and e.location is not None]
    assert any(e.location.name == "Istanbul" and e.location.country == "TUR" for e in meetings)


def quotes_near(sample, name: str, before: bool):
    """Direct quotes that end just before `name` ("..., Kalin said") or start just after it (Erdogan told
    reporters "..."). Found by position, so that no words of the article are written here."""
    text = sample.text
    spots = [i for i in range(len(text)) if text.startswith(name, i)]
    if before:
        return [q for q in sample.quotes if q.kind == "direct" and any(0 <= i - q.end <= 60 for i in spots)]
    return [q for q in sample.quotes if q.kind == "direct" and any(0 <= q.start - i <= 60 for i in spots)]


def test_quotes_are_attributed(sample):
    joint = min((q for q in sample.quotes if q.kind == "direct"), key=lambda q: q.start)
    assert {"Recep Tayyip Erdogan", "Vladimir Putin"} <= {s.name for s in joint.speakers}
    for name, before in (("Kalin", True), ("Cavusoglu", True), ("Erdogan told", False)):
        quotes = quotes_near(sample, name, before)
        assert quotes, name
        surname = name.split()[0]
        assert all(any(surname in s.name for s in q.speakers) for q in quotes), (name, quotes)


def piece_starts(text: str) -> list[int]:
    """Where each of the article's pieces starts: at a headline, a paragraph with no closing stop."""
    starts, offset = [], 0
    for paragraph in text.split("\n"):
        if paragraph.strip() and paragraph.rstrip()[-1] not in ".”\"":
            starts.append(offset)
        offset += len(paragraph) + 1
    return starts


def test_the_second_pieces_appeal_is_coded_as_the_appeal(sample):
    """The second piece's headline-style quotation, whose verb the small model reads as a modifier of its
    object, gives the appeal of its two subjects (coder/repairs), not the ceasefire itself."""
    starts = piece_starts(sample.text)
    second = [e for e in sample.events if starts[1] <= e.start < starts[2]]
    assert any(e.cameo["code"] == "0256" and countries(e.source) >= {"TUR", "RUS"} for e in second), \
        [(e.cameo["code"], countries(e.source)) for e in second]


def test_the_appeal_told_in_two_pieces_is_one_story(sample):
    from communique.resolve.stories import build_stories

    starts = piece_starts(sample.text)
    assert len(starts) == 3, starts  # the article is three short pieces
    by_id = {e.id: e for e in sample.events}
    appeals = [s for s in build_stories([sample]) if s.cameo["code"] == "0256"
               and "LBY" in {t["country"] for t in s.target}]
    assert len(appeals) == 1, appeals
    pieces = {sum(by_id[m].start >= s for s in starts) for m in appeals[0].mention_ids}
    assert {1, 2} <= pieces, appeals[0].reasons
