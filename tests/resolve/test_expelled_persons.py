"""The switch `expelled_persons` (resolve/expelled_persons.py): the persons a state expels or deports are not its own
organs or people. Sentences written for this test (tests/fixtures/expelled_persons.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder import Profile
from communique.records import ActorRef, EventMention
from communique.resolve.expelled_persons import not_of_the_expelling_state


def test_the_expelled_are_not_the_expelling_state_s(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("expelled_persons.tsv"), code_actors, ("expelled_persons",),
                            at_least=11, changed_at_least=5)


def _ref(code: str, text: str) -> ActorRef:
    return ActorRef(text=text, name=text, country=code[:3], sector=code[3:6] or None, code=code)


def test_only_an_expulsion_s_target_named_by_no_country_word():
    def targets(code: str, target: ActorRef) -> list[str]:
        event = EventMention.__new__(EventMention)
        event.cameo, event.source, event.target = {"code": code}, [_ref("MLI", "Mali")], [target]
        event.trigger = "expelled"
        not_of_the_expelling_state(event)
        return [r.code for r in event.target]
    assert targets("174", _ref("MLIGOV", "the ambassador")) == ["---GOV"]
    assert targets("174", _ref("MLIGOV", "the Malian opposition leader")) == ["MLIGOV"]  # named by its own words
    assert targets("173", _ref("MLIGOV", "the ambassador")) == ["MLIGOV"]  # an arrest: the domestic reading stands


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").expelled_persons and not Profile.named("petrarch2").expelled_persons
