"""Acts told by a verb and a place phrase (data/coder_additions.txt, switch `additions`): a strike told as staying
or walking off the job or work, CAMEO manual 143 "Conduct strike or boycott" (blocks STAY and WALK;
tests/fixtures/job_strikes.tsv), and people escorted to a border, 174 "Expel or deport individuals" (block
COMMUNIQUE_ESCORT; tests/fixtures/escorted_expulsions.tsv). Sentences written for these tests, read with the switch
on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows


def test_staying_or_walking_off_the_job_is_a_strike_and_a_meeting_left_is_not(nlp, monkeypatch):
    rows = fixture_rows("job_strikes.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("additions",), at_least=14, changed_at_least=5)
    assert all(not on.startswith("143") for text, on, _ in rows if "off the job" not in text and "off work" not in
               text and "from work" not in text and "off their jobs" not in text)


def test_people_escorted_to_a_border_are_expelled_and_a_convoy_escorted_is_no_event(nlp, monkeypatch):
    """data/coder_additions.txt block COMMUNIQUE_ESCORT (CAMEO 174); tests/fixtures/escorted_expulsions.tsv."""
    rows = fixture_rows("escorted_expulsions.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("additions",), at_least=14, changed_at_least=8)
    assert all(on == "none" for text, on, _ in rows if "border" not in text and "expelled" not in text)
