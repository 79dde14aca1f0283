"""Help sent for a purpose told by an infinitive of helping is help to the party helped (switch `helped_recipients`,
coder/phenomena/helped_recipients.py): "sent a team of doctors to help Italy fight the outbreak" is aid to Italy,
not to the doctors; a purpose naming no party, force used to help one side and praise for having helped stay as
they were. Sentences written for tests/fixtures/helped_recipients_sweep39.tsv and target_sweep39.tsv, labelled
before the coder was run; scored as tools/plover_census.py scores them."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_census_part_above, coded_rows, communique_without, project_tool

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_the_sweeps_stay_above_their_floors(nlp):
    """helped_recipients_sweep39.tsv (17 rows, 5 controls): type / triple F1 0.514 / 0.444 on main ab080d22, 0.727 /
    0.706 with the switch; target_sweep39.tsv (55 rows of target choice): 0.964 / 0.882 on main, 0.982 / 0.913 with
    the session's switches (helped_recipients, place_recipients)."""
    census = project_tool("plover_census")
    helped = census.report(path=FIXTURES / "helped_recipients_sweep39.tsv")["parts"]
    assert len(census.census_rows(FIXTURES / "helped_recipients_sweep39.tsv")) >= 15
    assert_census_part_above(helped["all"], {"type": 0.70, "triple": 0.68})
    targets = census.report(path=FIXTURES / "target_sweep39.tsv")["parts"]
    assert len(census.census_rows(FIXTURES / "target_sweep39.tsv")) >= 50
    assert_census_part_above(targets["all"], {"type": 0.97, "triple": 0.90})


def test_the_helped_party_is_the_recipient_and_the_purpose_is_no_event(nlp):
    rows = [("China sent a team of doctors to help Italy fight the coronavirus outbreak, the foreign ministry said.",)]
    (_, document), = coded_rows(rows)
    assert [(e.cameo["code"], [a.code for a in e.target]) for e in document.events] == [("073", ["ITA"])]
    (_, faithful), = coded_rows(rows, profile="petrarch2")
    assert not any([a.code for a in e.target] == ["ITA"] and e.cameo["code"] == "073" for e in faithful.events)


def test_the_switch_off_keeps_the_things_sent_as_recipient(nlp, monkeypatch):
    rows = [("Turkey dispatched a rescue team to help Albania search for survivors of the earthquake.",)]
    (_, on), = coded_rows(rows)
    assert {a.code[:3] for e in on.events for a in e.target} == {"ALB"}
    assert all(e.source and e.source[0].code.startswith("TUR") for e in on.events)  # no event of Albania's search
    # assisted_purposes (session 41) drops the purpose's acts too ("to help ... search for survivors": aid)
    communique_without(monkeypatch, "helped_recipients", "assisted_purposes")
    (_, off), = coded_rows(rows)
    assert any(e.source and e.source[0].code.startswith("ALB") for e in off.events)


def test_controls_keep_their_reading(nlp):
    rows = [("Saudi Arabia sent fuel to Yemen's government to help power its hospitals, the Saudi embassy said.",),
            ("India offered on Monday to help Sri Lanka rebuild its northern railway, the high commission said.",),
            ("Russian jets bombed rebel positions near Idlib to help Syrian troops advance on the town.",)]
    (_, fuel), (_, offer), (_, bombing) = coded_rows(rows)
    assert any([a.code[:3] for a in e.target] == ["YEM"] for e in fuel.events)
    assert all(e.plover.get("type") != "AID" for e in offer.events)
    assert any(e.plover.get("type") == "ASSAULT" and [a.code[:3] for a in e.target] == ["SYR"] for e in bombing.events)
