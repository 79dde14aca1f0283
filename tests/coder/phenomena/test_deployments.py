"""Armed forces or weapons sent or deployed are a mobilisation, and forces sent to help are aid (switch
`deployed_forces`, coder/phenomena/deployments.py, data/coder_deployments.tsv). Sentences written here, none from an
evaluation set or from the PLOVER census."""
from __future__ import annotations

import pytest

from fixture_tables import coded_rows, communique_without

ROWS = [
    ("The Kenyan government sent 300 police officers to the coast.", "MOBILIZE"),
    ("Japan sent two destroyers to the disputed islands.", "MOBILIZE"),
    ("The Algerian navy deployed a fleet of warships off the coast.", "MOBILIZE"),
    ("Kenya sent 300 police officers to Haiti to assist the local police.", "AID"),
]


@pytest.fixture(scope="module")
def coded(nlp):
    return [(text, kind, {e.plover.get("type") for e in d.events}) for (text, kind), d in coded_rows(ROWS)]


def test_forces_and_weapons_moved_are_a_mobilisation_and_forces_sent_to_help_aid(coded):
    assert [text for text, kind, types in coded if types != {kind}] == []


def test_without_the_switch_they_are_lost(nlp, monkeypatch):
    communique_without(monkeypatch, "deployed_forces")
    lost = [text for (text, kind), d in coded_rows(ROWS) if kind not in {e.plover.get("type") for e in d.events}]
    assert len(lost) >= 3


def test_other_things_sent_are_no_mobilisation(nlp):
    rows = [("Britain sent a letter to the European Union.",), ("Greece sent a delegation of diplomats to Ankara.",),
            ("The company moved its headquarters to Dublin.",)]
    assert all("MOBILIZE" not in {e.plover.get("type") for e in d.events} for _, d in coded_rows(rows))


def test_the_table_reads():
    from communique.coder.phenomena.deployments import deployment_tables

    verbs, weapons, collectives, helps = deployment_tables()
    assert {"DEPLOYED", "SENT", "DISPATCHED"} <= verbs and ("FIGHTER", "JET") in weapons
    assert "FLEET" in collectives and "HELP" in helps


def test_launchers_vehicles_armed_persons_and_members_moved_by_a_force_are_a_mobilisation(nlp, monkeypatch):
    """Session 32 (tests/fixtures/deployed_forces.tsv): weapons named armed or military, launchers, armed persons
    named by a noun of their own, and members moved by the police (153) or an armed force (154); controls kept."""
    from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows

    rows = fixture_rows("deployed_forces.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("deployed_forces",), at_least=14, changed_at_least=6)
    assert all(on.split()[0] in ("153", "154") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 8  # a ministry's or a commission's officers, an embassy, ...


def test_the_personnel_tables_read():
    from communique.coder.phenomena.deployments import personnel_tables

    forces, members = personnel_tables()
    assert ("FIGHTER",) in forces and ("RESERVIST",) in forces and ("OFFICER",) in members
