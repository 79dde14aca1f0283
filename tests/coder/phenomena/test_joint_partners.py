"""A show of force done alongside another side's forces is military cooperation (switch `joint_partners`,
coder/phenomena/joint_partners.py): "patrolled the Black Sea alongside Romanian frigates" is 062 with Romania's forces
as recipient; a show of force alone, a WITH phrase on a noun, an absolute clause, a partner of the same side and
fighting alongside someone stay as they were. Sentences written for tests/fixtures/joint_partners_sweep38.tsv,
labelled before the coder was run."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without, fixture_rows, labelled_hits


def test_joint_patrols_and_exercises_are_cooperation_and_the_controls_keep_their_code(nlp, monkeypatch):
    rows = fixture_rows("joint_partners_sweep38.tsv")
    assert len(rows) >= 25
    on = labelled_hits(rows, [d for _, d in coded_rows(rows)])
    assert all(hit for (_, label), hit in zip(rows, on) if label.startswith("!") or label in ("MOBILIZE", "ASSAULT"))
    assert sum(on) >= 19, sum(on)  # 20 of 25 when written
    communique_without(monkeypatch, "joint_partners")
    off = labelled_hits(rows, [d for _, d in coded_rows(rows)])
    assert sum(on) - sum(off) >= 6, (sum(on), sum(off))  # 13 of 25 with the switch off


def test_the_partner_is_the_recipient_and_its_forces_stand_for_its_state(nlp):
    rows = [("American warships patrolled the Black Sea alongside Romanian frigates on Tuesday, the US Navy said.",)]
    (_, document), = coded_rows(rows)
    joint = [e for e in document.events if e.cameo["code"] == "062"]
    assert joint and [a.code for a in joint[0].target] == ["ROUMIL"]
    (_, faithful), = coded_rows(rows, profile="petrarch2")
    assert not any(e.cameo["code"] == "062" for e in faithful.events)
