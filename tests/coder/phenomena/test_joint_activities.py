"""The switch `joint_activities` (coder/phenomena/joint_activities.py, data/coder_joint_activities.tsv): a joint,
coordinated or combined military activity carried out is military cooperation (062); sentences written for this
test (tests/fixtures/joint_activities.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_military_activity_carried_out_jointly_is_military_cooperation(nlp, monkeypatch):
    rows = fixture_rows("joint_activities.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("joint_activities",), at_least=15, changed_at_least=4)
    assert sum(on == off for _, on, off in rows) >= 10  # the dictionary's 062s, single states, suspensions, intents


def test_the_table_gives_verbs_activities_and_words_of_jointness():
    from communique.coder.phenomena.joint_activities import joint_activities_table

    table = joint_activities_table()
    assert {"STAGED", "LAUNCHED", "HELD", "BEGAN"} <= table["verb"] and "CANCELLED" not in table["verb"]
    assert {"EXERCISE", "PATROLS", "DRILLS"} <= table["activity"] and {"JOINT", "COORDINATED"} <= table["joint"]
