"""The switch `headline_futures` (modality/headlines.py): a headline's "to" + verb, a "to"-infinitive with a subject of
its own standing as a main clause ("Xland to send troops to Yland", "Xland is to expel diplomats"), is the act
announced for later, read as "will" is: cooperation an intent (03x), force a threat (13x). The sweep
tests/fixtures/headline_sweep46.tsv (written and labelled before running, session 46) holds wire headlines of every
kind the register has (present tense, dropped BE, "to" + verb, colon attributions), "to"-infinitives that are purposes
or governed by a verb, which must not change, and controls with no political event. Each half (by SHA-1 parity) is
held at a floor just below what the coder reaches with the switch on; with it off fewer "to" rows are right, and no
other row changes."""
from __future__ import annotations

import hashlib

import pytest

from fixture_tables import coded_rows, communique_without, fixture_rows


def main_class(document) -> str:
    from communique.evaluate.main_class import NO_EVENT, event_class, main_event

    chosen = main_event(document.events)
    return event_class(chosen) if chosen else NO_EVENT


def built_on(sentence: str) -> bool:
    return int(hashlib.sha1(sentence.encode("utf-8")).hexdigest(), 16) % 2 == 0


def right(row, document) -> bool:
    """A row's main event has its labelled class; a control has no event of the coder's own."""
    if row[6] != "control":
        return main_class(document) == row[1]
    return not any(not any(step.startswith("learned") for step in e.steps or ()) for e in document.events)


def sweep() -> dict[str, list[bool]]:
    """For each part (all, built, measured, and each kind), whether each row is right."""
    parts: dict[str, list[bool]] = {}
    for row, document in coded_rows(fixture_rows("headline_sweep46.tsv")[1:]):
        hit = right(row, document)
        for part in ("all", "built" if built_on(row[0]) else "measured", row[6]):
            parts.setdefault(part, []).append(hit)
    return parts


# session 46 reached 17 of 23 built on (12 off), 25 of 29 measured only (20 off), 3 of 4 to-controls (3 off);
# "to" rows 12 of 13 on, 2 off
FLOORS = {"built": 16, "measured": 24, "to-control": 3}
CHANGED = 9


@pytest.mark.model
def test_a_headline_to_infinitive_is_the_act_announced(nlp):
    parts = sweep()
    assert len(parts["all"]) >= 50
    assert sum(parts["built"]) >= FLOORS["built"] and sum(parts["measured"]) >= FLOORS["measured"], \
        {part: (sum(hits), len(hits)) for part, hits in parts.items()}
    assert sum(parts["to-control"]) >= FLOORS["to-control"], "a purpose or a governed infinitive changed"


@pytest.mark.model
def test_with_the_switch_off_fewer_announcements_are_read(nlp, monkeypatch):
    on = sweep()
    communique_without(monkeypatch, "headline_futures")
    off = sweep()
    assert sum(off["to"]) + CHANGED <= sum(on["to"])
    for kind in ("present", "passive", "colon", "to-control", "control"):
        assert off[kind] == on[kind], kind


def test_the_form_not_the_words_makes_the_future(nlp):
    from communique.modality.headlines import headline_future

    def first_verb(text):
        doc = nlp(text)
        return doc, next(t.i for t in doc if t.pos_ == "VERB")

    for text in ("Xland to send troops to Yland", "Rebels to free 30 hostages, spokesman says"):
        doc, i = first_verb(text)
        assert headline_future(doc, i), text
    for text in ("Donors pledged $2 billion to rebuild the city", "The minister urged Yland to free the hostages",
                 "Xland sent troops to Yland"):
        doc, i = first_verb(text)
        assert not headline_future(doc, i), text


def test_an_intent_on_and_the_act_off(nlp, monkeypatch):
    rows = [("Japan to resume aid to Myanmar",)]
    (_, on), = coded_rows(rows)
    assert [e.cameo["code"][:2] for e in on.events] == ["03"]
    communique_without(monkeypatch, "headline_futures")
    (_, off), = coded_rows(rows)
    assert [e.cameo["code"][:2] for e in off.events] == ["07"]
