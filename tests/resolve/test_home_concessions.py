"""The switch `home_concessions` (resolve/event_countries.py `state_yielding_not_at_home`, narrowed in session 42): a
state's yielding that is no act at home (a resignation, a treaty ratified) is not directed at itself; a yielding at
home is, on and off (the corrected ruling on the home state as target). Sentences written for this test (tests/fixtures/home_concessions.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder import Profile


def test_a_state_s_yielding_not_at_home_has_no_recipient(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("home_concessions.tsv"), code_actors, ("home_concessions",),
                            at_least=20, changed_at_least=5)


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").home_concessions and not Profile.named("petrarch2").home_concessions
