"""The switch `announced_intents` (coder/phenomena/announced_intents.py): a speaker's word that its own side will do an
act whose verb CAMEO.2.0.txt gives no code ("said it would cut export taxes", "said it would work with China") is the
intent to do it (03x, PLOVER AGREE), not the bare statement of saying (010). The sweep tests/fixtures/intent_sweep46.tsv
(written and labelled before running, session 46) holds intents announced, pledged and offered in many phrasings, and
controls that must stay: forecasts, schedules, outcomes, announcements to come, comments and threats. Each half (by
SHA-1 parity) is held at a floor just below what the coder reaches with the switch on; with it off fewer of the rows
of silent verbs are right, and no control changes."""
from __future__ import annotations

import hashlib

import pytest

from fixture_tables import coded_rows, communique_without, fixture_rows

CONTROLS = ("forecast", "position", "hostile", "foretold")


def main_class(document) -> str:
    from communique.evaluate.main_class import NO_EVENT, event_class, main_event

    chosen = main_event(document.events)
    return event_class(chosen) if chosen else NO_EVENT


def built_on(sentence: str) -> bool:
    return int(hashlib.sha1(sentence.encode("utf-8")).hexdigest(), 16) % 2 == 0


def sweep() -> dict[str, list[bool]]:
    """For each part (all, built, measured, control and each kind), whether each row's main event has its class."""
    parts: dict[str, list[bool]] = {}
    rows = [row for row in fixture_rows("intent_sweep46.tsv") if row[0] != "sentence"]  # not the header
    for row, document in coded_rows(rows):
        hit = main_class(document) == row[1]
        kinds = (row[6], "control") if row[6] in CONTROLS else (row[6],)
        for part in ("all", "built" if built_on(row[0]) else "measured", *kinds):
            parts.setdefault(part, []).append(hit)
    return parts


# session 46 reached 22 of 29 built on and 22 of 25 measured only (before: 18 and 19), 13 of 19 controls (before: 13);
# the rows of silent verbs 9 of 10 on, 3 off
FLOORS = {"built": 21, "measured": 21, "control": 13}
CHANGED = 5


@pytest.mark.model
def test_an_act_announced_by_its_doer_is_the_intent(nlp):
    parts = sweep()
    assert len(parts["all"]) >= 54
    assert sum(parts["built"]) >= FLOORS["built"] and sum(parts["measured"]) >= FLOORS["measured"], \
        {part: (sum(hits), len(hits)) for part, hits in parts.items()}
    assert sum(parts["control"]) >= FLOORS["control"], "a control was changed"


@pytest.mark.model
def test_with_the_switch_off_the_silent_acts_are_statements(nlp, monkeypatch):
    on = sweep()
    communique_without(monkeypatch, "announced_intents")
    off = sweep()
    assert sum(off["silent"]) + CHANGED <= sum(on["silent"])
    assert off["control"] == on["control"]


def test_an_intent_with_a_partner_on_and_a_statement_off(nlp, monkeypatch):
    rows = [("Peru said on Monday it would work with Chile to map the shared aquifer beneath their border.",),
            ("The state oil company said it would phase in the new fuel prices over three months.",),
            ("The finance minister said inflation would fall below 4 percent by June.",),  # a forecast: left
            ("The ministry said the government would review the findings before taking a decision.",)]  # weighing
    (_, partner), (_, policy), (_, forecast), (_, review) = coded_rows(rows)
    announced = [[e for e in d.events if "announced_intents" in " ".join(e.steps)] for d in (partner, policy)]
    assert [[e.cameo["code"] for e in found] for found in announced] == [["030"], ["030"]]
    assert [r.code for r in announced[0][0].target] == ["CHL"]
    assert not any("announced_intents" in " ".join(e.steps) for d in (forecast, review) for e in d.events)
    communique_without(monkeypatch, "announced_intents")
    (_, off), _, _, _ = coded_rows(rows)
    assert not any(e.cameo["code"].startswith("03") for e in off.events)


def test_the_table_names_each_kind():
    from communique.coder.phenomena.announced_intents import KINDS, announced_words

    words = announced_words()
    assert set(words) == set(KINDS) and all(words[kind] for kind in KINDS)
    assert {"WILL", "WOULD"} <= words["future"] and not {"COULD", "MAY", "MIGHT"} & words["future"]
    assert {"STUDY", "CONSIDER"} <= words["deliberation"] and {"ANNOUNCE"} <= words["telling"]
