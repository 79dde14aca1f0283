"""The switch `home_deployments` (resolve/home_acts.py `deployed_at_home`): a state's troops or police deployed at home
are directed at the home state. Sentences written for this test (tests/fixtures/home_deployments.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder import Profile


def test_a_deployment_at_home_is_directed_at_the_home_state(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("home_deployments.tsv"), code_actors, ("home_deployments",),
                            at_least=12, changed_at_least=4)


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").home_deployments and not Profile.named("petrarch2").home_deployments
