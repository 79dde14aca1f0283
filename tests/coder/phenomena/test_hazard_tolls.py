"""The toll of an accident or a hazard told beside the harm is no event of force (switch `hazard_tolls`,
coder/phenomena/hazard_tolls.py). The sweep tests/fixtures/hazard_tolls.tsv (written and labelled before running,
session 44) holds disasters told by a WHEN or AFTER clause, an IN phrase, a verb of accident, a headline's fire,
with controls of force (arson, bombs, an airstrike, police firing, an ambush) and of relief. Each half (by SHA-1
parity) is held at a floor just below what the coder reaches with the switch on; with it off fewer rows are right,
and no control changes."""
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


def sweep() -> dict[str, list[bool]]:
    """For each part (all, built, measured, and each kind), whether each row's main event has its labelled class."""
    parts: dict[str, list[bool]] = {}
    for row, document in coded_rows(fixture_rows("hazard_tolls.tsv")):
        hit = main_class(document) == row[1]
        for part in ("all", "built" if built_on(row[0]) else "measured", row[3]):
            parts.setdefault(part, []).append(hit)
    return parts


@pytest.mark.model
def test_a_hazard_s_toll_is_no_act_of_force(nlp):
    parts = sweep()
    assert len(parts["all"]) >= 40
    assert sum(parts["built"]) >= FLOORS["built"] and sum(parts["measured"]) >= FLOORS["measured"], \
        {part: (sum(hits), len(hits)) for part, hits in parts.items()}
    assert sum(parts["control"]) >= FLOORS["control"], "a control of force lost its class"


@pytest.mark.model
def test_with_the_switch_off_fewer_tolls_are_read(nlp, monkeypatch):
    on = sweep()
    communique_without(monkeypatch, "hazard_tolls")
    off = sweep()
    assert sum(off["hazard"]) + CHANGED <= sum(on["hazard"])
    assert off["control"] == on["control"]


def test_the_verbs_of_accident_take_a_fire_as_their_only_object():
    from communique.coder.phenomena.natural_causes import accident_verbs

    assert {"OVERTURNED", "CAVED", "TOPPLED", "CAUGHT"} <= accident_verbs()
    assert not {"EXPLODED", "SET", "SHOT"} & accident_verbs()


# session 44 reached 15 of 19 built on, 15 of 25 measured only, 10 of 11 controls ("Gunmen set fire to houses,
# killing 17" is read as a threat, 1384, with the switch on or off); with the switch off 12 and 11
FLOORS = {"built": 14, "measured": 14, "control": 10}
CHANGED = 6  # hazards read right: 15 of 25 with the switch on, 8 with it off
