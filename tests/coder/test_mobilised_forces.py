"""The forces an actor mobilises are its own, not its recipient (profile switch `mobilised_forces`,
resolve/mobilised_forces.py): the PLOVER manual's MOBILIZE recipient is whom the actor mobilises against. Sentences
written here, none from an evaluation set or from the PLOVER census."""
from __future__ import annotations

import pytest

from fixture_tables import coded_rows, communique_without

from communique.records import ActorRef, EventMention
from communique.resolve.home_acts import HOME_STEP
from communique.resolve.mobilised_forces import own_forces_not_recipient

OWN_FORCES = [
    ("Poland called up 20,000 reservists on Friday.", "POL"),
    ("The Egyptian army sent two more brigades to the Sinai peninsula.", "EGY"),
    ("Brazil deployed soldiers in the streets of Rio de Janeiro.", "BRA"),
    ("Pakistani troops were massed along the frontier.", "PAK"),
    ("Colombia mobilised its army along the Venezuelan border.", "COL"),
]


def _mobilisations(document):
    return [e for e in document.events if e.plover.get("type") == "MOBILIZE"]


def test_a_mobilisation_has_its_actor_and_not_its_own_forces_as_recipient(nlp):
    wrong = []
    for (text, country), document in coded_rows(OWN_FORCES):
        events = _mobilisations(document)
        if not events or any(a.country != country for e in events for a in e.source) \
                or any(a.country == country and HOME_STEP not in e.steps for e in events for a in e.target):
            # the home state of a deployment at home is no forces of its own (home_deployments, session 42)
            wrong.append(f"{text}: " + "; ".join(f"{[a.code for a in e.source]} -> {[a.code for a in e.target]}"
                                                 for e in document.events))
    assert not wrong, "\n".join(wrong)


def test_without_the_switch_the_forces_moved_are_the_recipient_or_the_actor_is_missing(nlp, monkeypatch):
    communique_without(monkeypatch, "mobilised_forces")
    lost = 0
    for (text, country), document in coded_rows(OWN_FORCES):
        events = _mobilisations(document)
        lost += any(not e.source or any(a.country == country for a in e.target) for e in events)
    assert lost >= 3


def test_an_enemy_of_the_same_country_stays_the_recipient(nlp):
    (_, document), = coded_rows([("Nigeria deployed troops against Boko Haram militants.",)])
    assert any(a.country == "NGA" and a.sector != "MIL" for e in _mobilisations(document) for a in e.target)


def test_civilians_who_rally_protest(nlp):
    (_, document), = coded_rows([("Opposition supporters rallied in Nairobi on Sunday.",)])
    assert [e.plover["type"] for e in document.events] == ["PROTEST"]


def _event(source: list[ActorRef], target: list[ActorRef], plover_type: str = "MOBILIZE") -> EventMention:
    return EventMention(id="e", sentence=0, start=0, end=0, evidence="", source=source, target=target,
                        cameo={"code": "154", "root": "15", "name": ""}, plover={"type": plover_type, "context": []},
                        quad_class=4, goldstein=-7.2, date={})


def _ref(code: str, country: str | None, sector: str | None) -> ActorRef:
    return ActorRef(text=code, name=code, country=country, sector=sector, code=code)


@pytest.mark.parametrize("source, target, kept", [
    ([_ref("XLD", "XLD", None)], [_ref("XLDMIL", "XLD", "MIL")], []),  # a state's own military
    ([_ref("XLDGOV", "XLD", "GOV")], [_ref("XLDCOP", "XLD", "COP")], []),  # its own police
    ([_ref("XLDMIL", "XLD", "MIL")], [_ref("XLD", "XLD", None)], []),  # the country itself: the place at home
    ([_ref("XLDUAFMIL", "XLD", "MIL")], [_ref("XLDUAF", "XLD", "UAF")], []),  # the source's own group
    ([_ref("XLD", "XLD", None)], [_ref("XLDREB", "XLD", "REB")], ["XLDREB"]),  # rebels at home: the enemy
    ([_ref("XLD", "XLD", None)], [_ref("YLD", "YLD", None)], ["YLD"]),  # another country: the enemy
    ([_ref("XLDREB", "XLD", "REB")], [_ref("XLDMIL", "XLD", "MIL")], ["XLDMIL"]),  # rebels against the army
])
def test_which_targets_are_the_forces_moved(source, target, kept):
    event = _event(source, target)
    own_forces_not_recipient(event)
    assert [r.code for r in event.target] == kept and event.source == source


def test_a_sourceless_mobilisation_takes_its_forces_as_actor_and_other_types_are_left():
    troops = [_ref("XLDMIL", "XLD", "MIL")]
    event = _event([_ref("---", None, None)], troops)
    own_forces_not_recipient(event)
    assert event.source == troops and event.target == []
    other = _event([_ref("XLD", "XLD", None)], troops, "ASSAULT")
    own_forces_not_recipient(other)
    assert other.target == troops
