"""The switch `message_participles` (coder/phenomena/message_participles.py): an act done in a message is the act, not
the message ("wrote to the prime minister asking him to ...": an appeal, 020, to the addressee). The sweep
tests/fixtures/drop_sweep45.tsv (written and labelled before running, session 45) holds acts in words done by letter,
message or cable in many phrasings, removals of officials (subordinate_sanctions' RELIEVE row) and controls whose drop
is right (a negated meeting, a denied attack, a hypothetical threat, a quake's toll, a sports result, writing with no
act). Each half (by SHA-1 parity) is held at a floor just below what the coder reaches with the switch on; with it off
fewer message rows are right, and no control changes."""
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
    """A row's main event has its labelled class; a control's coded events (not the learned classes') hold no event
    of the root whose drop is right."""
    if row[6] != "control":
        return main_class(document) == row[1]
    own = [e for e in document.events if not any(step.startswith("learned") for step in e.steps or ())]
    return not any((e.cameo.get("code") or "")[:2] == row[2][:2] for e in own)


def sweep() -> dict[str, list[bool]]:
    """For each part (all, built, measured, and each kind), whether each row is right."""
    parts: dict[str, list[bool]] = {}
    for row, document in coded_rows(fixture_rows("drop_sweep45.tsv")):
        hit = right(row, document)
        for part in ("all", "built" if built_on(row[0]) else "measured", row[6]):
            parts.setdefault(part, []).append(hit)
    return parts


@pytest.mark.model
def test_an_act_done_in_a_message_is_the_act(nlp):
    parts = sweep()
    assert len(parts["all"]) >= 36
    assert sum(parts["built"]) >= FLOORS["built"] and sum(parts["measured"]) >= FLOORS["measured"], \
        {part: (sum(hits), len(hits)) for part, hits in parts.items()}
    assert sum(parts["control"]) >= FLOORS["control"], "a control's drop was undone"


@pytest.mark.model
def test_with_the_switch_off_fewer_messages_are_read(nlp, monkeypatch):
    on = sweep()
    communique_without(monkeypatch, "message_participles")
    off = sweep()
    assert sum(off["message"]) + CHANGED <= sum(on["message"])
    assert off["control"] == on["control"]


def test_an_appeal_by_letter_on_and_nothing_off(nlp, monkeypatch):
    rows = [("The Kurdish regional president wrote to the Iraqi prime minister on Sunday asking him to release the "
             "region's share of the budget.",),  # an appeal (02x)
            ("The former minister wrote a long article about the border talks.",)]
    (_, letter), (_, article) = coded_rows(rows)
    assert [e.cameo["code"][:2] for e in letter.events if "message_participles" in " ".join(e.steps)] == ["02"]
    assert not any("message_participles" in " ".join(e.steps) for e in article.events)
    communique_without(monkeypatch, "message_participles")
    (_, off), _ = coded_rows(rows)
    assert not any("message_participles" in " ".join(e.steps) for e in off.events)


def test_the_table_names_verbs_of_writing_sending_and_messages():
    from communique.coder.phenomena.message_participles import message_words

    words = message_words()
    assert {"WROTE", "WRITES", "PENNED", "CABLED"} <= words["writing"]
    assert {"SENT", "SENDS"} <= words["sending"] and {"LETTER", "LETTERS"} <= words["message"]
    assert not {"SAID", "TOLD"} & words["writing"]


# session 45 reached 15 of 21 built on, 12 of 15 measured only, 9 of 9 controls; messages 13 of 22 on, 2 off
FLOORS = {"built": 14, "measured": 11, "control": 9}
CHANGED = 9


def test_a_signed_petition_or_letter_carries_its_appeal(nlp, monkeypatch):
    rows = [("More than 200,000 Hungarians signed a petition asking parliament to scrap the overtime law.",),
            ("Forty lawmakers signed a letter urging the foreign minister to expel the Russian ambassador.",),
            ("The two sides signed a letter of intent on Monday to build a gas pipeline.",)]  # no participle: as before
    (_, petition), (_, letter), (_, intent) = coded_rows(rows)
    assert [e.cameo["code"] for e in petition.events] == ["020"]
    assert [e.cameo["code"] for e in letter.events] == ["020"]
    assert not any("message_participles" in " ".join(e.steps) for e in intent.events)
    communique_without(monkeypatch, "message_participles")
    (_, off), _, _ = coded_rows(rows)
    assert not off.events
