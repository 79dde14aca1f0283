"""Stories: merging the same event across mentions and sources, and keeping different events apart.

Most tests build Documents and EventMentions by hand (no model). The last one runs the demo articles
in samples/ through the whole pipeline.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.codes import cameo_for, event_code, plover_for
from communique.records import ActorRef, Article, Document, EventMention, Place, Story
from communique.resolve.stories import StoryIndex, build_stories, story_id_for

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

TURKEY = ActorRef("Turkey", "Turkey", "TUR", None, "TUR")
ERDOGAN = ActorRef("Erdogan", "Recep Tayyip Erdogan", "TUR", "GOV", "TURGOV")
RUSSIA = ActorRef("Russia", "Russia", "RUS", None, "RUS")
PUTIN = ActorRef("Putin", "Vladimir Putin", "RUS", "GOV", "RUSGOV")
LIBYA_PARTIES = ActorRef("the warring parties in Libya", "Libya", "LBY", None, "LBY")
EGYPT_FM = ActorRef("Shoukry", "Sameh Shoukry", "EGY", "GOV", "EGYGOV")
SUDAN_FM = ActorRef("Abdalla", "Asma Abdalla", "SDN", "GOV", "SDNGOV")
IRAQ_POLICE = ActorRef("Iraqi police", "Iraq police", "IRQ", "COP", "IRQCOP")
PROTESTERS = ActorRef("protesters", "Iraq protesters", "IRQ", "OPP", "IRQOPP")
ISTANBUL = Place("Istanbul", "Istanbul", "TUR", 41.01, 28.95, "city", 0, 8)
KHARTOUM = Place("Khartoum", "Khartoum", "SDN", 15.55, 32.53, "city", 0, 8)


def mention(id_: str, code: str, source, target, day: str | None, evidence: str, *,
            date_text: str | None = "Wednesday", published: str = "2020-01-08", location=None,
            deadline: str | None = None) -> EventMention:
    entry = event_code(code)
    value = day or published
    return EventMention(
        id=id_, sentence=0, start=0, end=len(evidence), evidence=evidence, source=list(source),
        target=list(target), cameo=cameo_for(code), plover=plover_for(code), quad_class=entry.quad_class,
        goldstein=entry.goldstein, date={"value": value, "precision": "day", "text": date_text if day else None},
        deadline={"value": deadline, "text": "by midnight on Sunday"} if deadline else None,
        location=location)


def document(id_: str, published: str, *events: EventMention, source: str = "Harbour Wire") -> Document:
    return Document(id=id_, text=" ".join(e.evidence for e in events), published=published,
                    source=source, events=list(events))


def appeal_wire() -> Document:
    return document("wire", "2020-01-08", mention(
        "w1", "0256", [TURKEY, RUSSIA], [LIBYA_PARTIES], "2020-01-08",
        "Turkey and Russia on Wednesday urged the warring parties in Libya to declare a ceasefire "
        "by midnight on Sunday", location=ISTANBUL, deadline="2020-01-12"))


def appeal_dispatch() -> Document:
    return document("dispatch", "2020-01-08", mention(
        "d1", "025", [ERDOGAN, PUTIN], [LIBYA_PARTIES], "2020-01-08",
        "Both countries called on the parties in Libya to halt hostilities"), source="Capital Dispatch")


def appeal_next_day() -> Document:
    return document("meridian", "2020-01-09", mention(
        "m1", "0256", [TURKEY, RUSSIA], [LIBYA_PARTIES], "2020-01-08",
        "On Wednesday, Turkey and Russia urged the parties in Libya to declare a truce by midnight on Sunday",
        published="2020-01-09", deadline="2020-01-12"), source="Meridian News")


def by_mention(stories):
    return {m: s for s in stories for m in s.mention_ids}


def test_same_appeal_from_three_sources_is_one_story():
    docs = [appeal_wire(), appeal_dispatch(), appeal_next_day()]
    stories = build_stories(docs)
    assert len(stories) == 1
    story = stories[0]
    assert (story.mentions, story.documents) == (3, 3)
    assert (story.first_seen, story.last_seen) == ("2020-01-08", "2020-01-09")
    assert story.cameo["code"] == "0256"  # the commonest, most specific code
    assert {a["code"] for a in story.source} == {"TUR", "RUS", "TURGOV", "RUSGOV"}
    assert [a["code"] for a in story.target] == ["LBY"]
    assert story.location["name"] == "Istanbul"
    assert story.deadline["value"] == "2020-01-12"
    assert story.id == story_id_for("w1")
    assert all(e.story == story.id for d in docs for e in d.events)
    assert any("codes 025~0256" in r or "codes 0256~025" in r for r in story.reasons)
    assert "TUR+RUS>LBY" in " ".join(story.reasons)


def test_assignments_say_why():
    index = StoryIndex()
    first = index.add(appeal_wire())
    second = index.add(appeal_next_day())
    assert first[0].new and not second[0].new
    assert second[0].story_id == first[0].story_id
    reason = second[0].reason
    assert "same dyad TUR+RUS>LBY" in reason and "codes 0256=0256" in reason
    assert "dates 2020-01-08/2020-01-08" in reason and "Jaccard" in reason


def test_appeal_and_meeting_of_the_same_actors_on_the_same_day_stay_apart():
    doc = document("wire", "2020-01-08",
                   mention("a", "0256", [TURKEY], [RUSSIA], "2020-01-08", "Turkey urged Russia to cease fire"),
                   mention("b", "040", [TURKEY], [RUSSIA], "2020-01-08", "Turkey and Russia held talks",
                           location=ISTANBUL))
    stories = build_stories([doc])
    assert len(stories) == 2
    assert sorted(s.cameo["code"] for s in stories) == ["0256", "040"]


def test_same_dyad_and_code_weeks_apart_are_two_stories():
    early = document("jan", "2020-01-08", mention("a", "0256", [TURKEY], [LIBYA_PARTIES], "2020-01-08",
                                                  "Turkey urged a ceasefire in Libya"))
    late = document("feb", "2020-02-05", mention("b", "0256", [TURKEY], [LIBYA_PARTIES], "2020-02-05",
                                                 "Turkey urged a ceasefire in Libya", published="2020-02-05"))
    assert len(build_stories([early, late])) == 2


def test_publication_date_fallback_has_a_looser_window_but_still_one():
    base = document("a", "2020-01-08", mention("a1", "0256", [TURKEY], [LIBYA_PARTIES], "2020-01-08",
                                               "Turkey urged the Libyan parties to stop fighting"))
    three_days = document("b", "2020-01-11", mention("b1", "0256", [TURKEY], [LIBYA_PARTIES], None,
                                                     "Turkey urged the Libyan parties to stop fighting",
                                                     published="2020-01-11"))
    five_days = document("c", "2020-01-13", mention("c1", "0256", [TURKEY], [LIBYA_PARTIES], None,
                                                    "Turkey urged the Libyan parties to stop fighting",
                                                    published="2020-01-13"))
    stories = by_mention(build_stories([base, three_days, five_days]))
    assert stories["a1"] is stories["b1"]
    assert "(publication date)" in " ".join(stories["b1"].reasons)
    assert stories["c1"] is not stories["a1"]


def test_reversed_dyad_stays_apart_for_a_directed_code():
    arrest = document("a", "2020-01-20", mention("a1", "173", [IRAQ_POLICE], [PROTESTERS], "2020-01-20",
                                                 "Iraqi police arrested dozens of protesters"))
    reverse = document("b", "2020-01-20", mention("b1", "173", [PROTESTERS], [IRAQ_POLICE], "2020-01-20",
                                                  "protesters detained police officers"))
    # IRQCOP and IRQOPP share the country IRQ, but neither role refines the other (story_actors.py)
    egy_sdn = document("c", "2020-01-14", mention("c1", "0256", [EGYPT_FM], [SUDAN_FM], "2020-01-14",
                                                  "Egypt urged Sudan to end the fighting"))
    sdn_egy = document("d", "2020-01-14", mention("d1", "0256", [SUDAN_FM], [EGYPT_FM], "2020-01-14",
                                                  "Sudan urged Egypt to end the fighting"))
    assert len(build_stories([egy_sdn, sdn_egy])) == 2
    assert len(build_stories([arrest, reverse])) == 2  # police and protesters of one state differ


def test_reversed_dyad_merges_for_a_symmetric_code():
    visit = document("a", "2020-01-14", mention("a1", "042", [EGYPT_FM], [SUDAN_FM], "2020-01-14",
                                                "Shoukry visited Khartoum and met Abdalla", location=KHARTOUM))
    hosted = document("b", "2020-01-14", mention("b1", "043", [SUDAN_FM], [EGYPT_FM], "2020-01-14",
                                                 "Abdalla received Shoukry in Khartoum", location=KHARTOUM))
    stories = build_stories([visit, hosted])
    assert len(stories) == 1
    story = stories[0]
    assert "swapped dyad" in story.reasons[-1]
    assert [a["code"] for a in story.source] == ["EGYGOV"] and [a["code"] for a in story.target] == ["SDNGOV"]


def test_different_locations_need_similar_wording():
    here = document("a", "2020-01-08", mention("a1", "040", [ERDOGAN], [PUTIN], "2020-01-08",
                                               "Erdogan and Putin held talks on Libya", location=ISTANBUL))
    there = document("b", "2020-01-08", mention("b1", "040", [ERDOGAN], [PUTIN], "2020-01-08",
                                                "Erdogan met Putin to discuss grain exports",
                                                location=KHARTOUM))
    assert len(build_stories([here, there])) == 2


def test_actors_without_a_country_do_not_tie_events_together():
    army = ActorRef("the army", "military", None, "MIL", "MIL")
    one = document("a", "2020-01-08", mention("a1", "190", [army], [], "2020-01-08", "the army shelled a town"))
    two = document("b", "2020-01-08", mention("b1", "190", [army], [], "2020-01-08", "the army shelled a town"))
    assert len(build_stories([one, two])) == 2


def test_statements_to_no_one_are_one_story_only_where_their_words_agree():
    ministry = ActorRef("the Russian foreign ministry", "Russia ministry", "RUS", "GOV", "RUSGOV")

    def remark(id_: str, words: str) -> Document:
        return document(id_, "2020-01-08", mention(f"{id_}1", "010", [ministry], [], "2020-01-08",
                                                   f"The Russian foreign ministry said on Wednesday that {words}"))

    harvest = remark("a", "the grain harvest would be the largest in a decade")
    embassy = remark("b", "the new embassy building in the capital was nearly finished")
    retold = remark("c", "the grain harvest would be the largest in ten years")
    stories = by_mention(build_stories([harvest, embassy, retold]))
    assert stories["a1"] != stories["b1"]  # same speaker, day and code: two remarks
    assert stories["a1"] == stories["c1"]  # the same remark retold
    addressed = [document(k, "2020-01-08", mention(f"{k}1", "010", [ministry], [TURKEY], "2020-01-08",
                                                   f"The Russian foreign ministry told Turkey on Wednesday that {w}"))
                 for k, w in (("d", "the harvest was large"), ("e", "the embassy was finished"))]
    assert len(build_stories(addressed)) == 1  # addressed statements keep the dyad rules


def test_two_batches_give_the_same_stories_as_one():
    one = build_stories([appeal_wire(), appeal_dispatch(), appeal_next_day()])
    index = StoryIndex()
    index.add(appeal_wire())
    index.add(appeal_dispatch())
    index.add(appeal_next_day())
    assert [s.to_dict() for s in index.stories()] == [s.to_dict() for s in one]


def stored_mentions(docs: list[Document]) -> list[dict]:
    rows = []
    for doc in docs:
        for event in doc.events:
            rows.append(event.to_dict() | {"document_id": doc.id, "published": doc.published})
    return rows


def test_resume_from_stored_stories():
    first_batch = [appeal_wire(), appeal_dispatch()]
    index = StoryIndex()
    for doc in first_batch:
        index.add(doc)
    stored = json.loads(json.dumps([s.to_dict() for s in index.stories()]))  # as a database returns them
    resumed = StoryIndex.from_stories([Story(**s) for s in stored], stored_mentions(first_batch))
    later = appeal_next_day()
    assignment = resumed.add(later)[0]
    assert not assignment.new and assignment.story_id == stored[0]["id"]
    all_at_once = build_stories([appeal_wire(), appeal_dispatch(), appeal_next_day()])
    assert [s.to_dict() for s in resumed.stories()] == [s.to_dict() for s in all_at_once]


def test_adding_the_same_document_twice_counts_it_once():
    index = StoryIndex()
    index.add(appeal_wire())
    again = index.add(appeal_wire())
    assert again[0].reason == "already in this story" and not again[0].new
    assert index.stories()[0].mentions == 1


def test_story_json_has_the_contract_fields():
    story = build_stories([appeal_wire()])[0].to_dict()
    for key in ("id", "cameo", "plover", "source", "target", "date", "location", "deadline", "mentions",
                "documents", "first_seen", "last_seen"):
        assert key in story
    json.dumps(story)


ACTORS = [TURKEY, RUSSIA, LIBYA_PARTIES, EGYPT_FM, SUDAN_FM]
CODES = ["0256", "025", "040", "042", "043", "173", "190"]


@st.composite
def random_documents(draw):
    docs = []
    for n in range(draw(st.integers(1, 6))):
        day = f"2020-01-{draw(st.integers(1, 12)):02d}"
        events = []
        for k in range(draw(st.integers(0, 3))):
            source = draw(st.lists(st.sampled_from(ACTORS), min_size=1, max_size=2, unique=True))
            target = draw(st.lists(st.sampled_from(ACTORS), max_size=1))
            exact = draw(st.booleans())
            events.append(mention(f"e{n}.{k}", draw(st.sampled_from(CODES)), source, target,
                                  day if exact else None, draw(st.sampled_from(WORDINGS)), published=day))
        docs.append(document(f"doc{n}", day, *events))
    return docs


WORDINGS = ["urged a ceasefire", "held talks in the capital", "arrested dozens", "met to discuss the dam"]


@settings(max_examples=60, deadline=None)
@given(random_documents(), st.integers(0, 6))
def test_resuming_at_any_point_gives_the_same_stories(docs, split):
    split = min(split, len(docs))
    whole = [s.to_dict() for s in build_stories(docs)]
    first = StoryIndex()
    for doc in docs[:split]:
        first.add(doc)
    resumed = StoryIndex.from_stories([Story(**s.to_dict()) for s in first.stories()],
                                      stored_mentions(docs[:split]))
    for doc in docs[split:]:
        resumed.add(doc)
    assert [s.to_dict() for s in resumed.stories()] == whole


def demo_articles():
    lines = (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [Article(**json.loads(line)) for line in lines]


@pytest.mark.model
def test_demo_articles_make_stories(nlp):
    pipeline = pytest.importorskip("communique.pipeline")
    documents = list(pipeline.extract_articles(demo_articles()))
    stories = build_stories(documents)
    by_doc = {d.id: d for d in documents}
    assert by_doc["10_weather_harbour_wire"].events == []
    # "ISTANBUL — Turkey and Russia on Wednesday urged the warring parties ... to declare a ceasefire by
    # midnight on Sunday": the dateline is no part of the sentence, and its subject keeps the appeal
    dateline_appeals = [e for e in by_doc["01_libya_ceasefire_harbour_wire"].events
                        if e.evidence.startswith("ISTANBUL") and e.cameo["code"] == "0256"]
    assert dateline_appeals, "the dateline sentence's appeal to de-escalate was lost"
    assert {a.country for a in dateline_appeals[0].source} == {"TUR", "RUS"}
    assert (dateline_appeals[0].deadline or {}).get("value", "").startswith("2020-01-12")
    appeal = [s for s in stories if s.cameo["root"] in ("02", "10")
              and any(a.get("country") == "LBY" for a in s.target)
              and any(a.get("country") in ("TUR", "RUS") for a in s.source)]
    assert appeal, "no Turkish/Russian appeal to Libya was found"
    best = max(appeal, key=lambda s: (s.documents, s.mentions))
    assert best.mentions >= 3 and best.documents >= 2, best.reasons
    assert (best.first_seen, best.date["value"][:10]) == ("2020-01-08", "2020-01-08")
    meeting = [s for s in stories if s.cameo["root"] == "04" and s.id != best.id
               and {"TUR", "RUS"} <= {a.get("country") for a in s.source + s.target}]
    assert meeting, "the Erdogan-Putin talks in Istanbul should be a story of their own"
