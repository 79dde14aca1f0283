"""Hand-built Documents for the store, export and ingest tests (no spaCy model needed)."""
from __future__ import annotations

from communique.records import (Actor, ActorRef, DateMention, Document, EventMention, Place, Quote, Size,
                                Story)

TURKEY_GOV = ActorRef(text="Turkish officials", name="Turkey", country="TUR", sector="GOV", code="TURGOV")
LIBYA_GOV = ActorRef(text="Libyan delegation", name="Libya", country="LBY", sector="GOV", code="LBYGOV")
GREECE = ActorRef(text="Greece", name="Greece", country="GRC", sector=None, code="GRC")
ANKARA = Place(text="Ankara", name="Ankara", country="TUR", lat=39.92, lon=32.85, feature="city",
               start=52, end=58, geonameid=323786)

MEETING_TEXT = ("Turkish officials met a Libyan delegation on Tuesday in Ankara to discuss a maritime deal. "
                "Greece accused both governments of ignoring its claims.")


def meeting_document(doc_id: str = "ledger-001", url: str | None = "https://ledger.example/ankara",
                     text: str = MEETING_TEXT, published: str = "2024-03-06") -> Document:
    """A document with a consultation (TUR -> LBY, 2024-03-05, Ankara) and an accusation (GRC -> TUR)."""
    meet = EventMention(
        id=f"{doc_id}-meet", sentence=0, start=0, end=58, evidence=text[:58],
        source=[TURKEY_GOV], target=[LIBYA_GOV],
        cameo={"code": "040", "root": "04", "name": "Consult"},
        plover={"type": "CONSULT", "mode": "visit", "context": ["diplomatic", "territory"]},
        quad_class=1, goldstein=1.0, date={"value": "2024-03-05", "precision": "day", "text": "Tuesday"},
        location=ANKARA, confidence=0.8, trigger="met", trigger_start=18)
    accuse = EventMention(
        id=f"{doc_id}-accuse", sentence=1, start=91, end=144, evidence=text[91:144],
        source=[GREECE], target=[TURKEY_GOV, LIBYA_GOV],
        cameo={"code": "112", "root": "11", "name": "Accuse, not specified below"},
        plover={"type": "ACCUSE", "mode": "", "context": []},
        quad_class=3, goldstein=-2.0, date={"value": "2024-03-06", "precision": "day", "text": None},
        deadline={"value": "2024-04-30", "text": "by the end of April"}, modality="asserted",
        size=Size(dead=None, injured=2), acled={"event_type": "Strategic developments",
                                                "sub_event_type": "Other"},
        confidence=0.6, speaker=GREECE)
    return Document(
        id=doc_id, text=text, title="Ankara talks", published=published, url=url, source="Harbour Ledger",
        events=[meet, accuse],
        actors=[Actor("Turkey", "TUR", "GOV", "TURGOV", [(0, 17)], role="officials", kind="state"),
                Actor("Libya", "LBY", "GOV", "LBYGOV", [(24, 41)]),
                Actor("Greece", "GRC", None, "GRC", [(91, 97)])],
        places=[ANKARA],
        quotes=[Quote(text="ignoring its claims", kind="indirect", speaker=GREECE, start=124, end=143,
                      cue="accused")],
        dates=[DateMention("Tuesday", "2024-03-05", "day", 44, 51, relative=True),
               DateMention("last week", "2024-02-26", "week", 0, 0, end_value="2024-03-03")])


def protest_document(doc_id: str = "ledger-002") -> Document:
    text = "Police in Valletta arrested two men after thousands marched on parliament on Wednesday."
    protesters = ActorRef(text="thousands", name="Protesters", country="MLT", sector="CVL", code="MLTCVL")
    police = ActorRef(text="Police", name="Malta police", country="MLT", sector="COP", code="MLTCOP")
    arrest = EventMention(
        id=f"{doc_id}-arrest", sentence=0, start=0, end=41, evidence=text[:41], source=[police],
        target=[protesters], cameo={"code": "173", "root": "17", "name": "Arrest, detain"},
        plover={"type": "COERCE", "mode": "arrest", "context": []}, quad_class=4, goldstein=-5.0,
        date={"value": "2024-03-06", "precision": "day", "text": "Wednesday"},
        size=Size(arrested=2), confidence=0.7)
    return Document(id=doc_id, text=text, published="2024-03-07", url="https://ledger.example/valletta",
                    events=[arrest], actors=[], places=[], quotes=[], dates=[])


class OneStoryPerCodeIndex:
    """A stand-in for resolve.stories.StoryIndex: mentions with the same CAMEO code share a story."""

    def __init__(self, stories=()):
        self._stories = {s.id: s for s in stories}

    @classmethod
    def from_stories(cls, stories, mentions):
        return cls(stories)

    def add(self, document):
        out = []
        for event in document.events:
            story_id = f"story-{event.cameo['code']}"
            story = self._stories.get(story_id)
            if story is None:
                story = Story(id=story_id, cameo=dict(event.cameo), plover=dict(event.plover),
                              source=[a.to_dict() for a in event.source],
                              target=[a.to_dict() for a in event.target], date=dict(event.date),
                              location=event.location.to_dict() if event.location else None,
                              deadline=None, mentions=0, documents=0, first_seen=document.published,
                              last_seen=document.published)
                self._stories[story_id] = story
            story.mentions += 1
            story.documents += 1
            story.mention_ids.append(event.id)
            story.reasons.append("same CAMEO code")
            story.last_seen = document.published
            out.append((event.id, story_id, "same CAMEO code"))
        return out

    def stories(self):
        return list(self._stories.values())
