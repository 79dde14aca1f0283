"""The switch `foreign_parties` (resolve/foreign_parties.py): a role noun qualified by an adjective of origin elsewhere
("foreign investors", "the international community") keeps its role and no country, not the country context gave it.
Sentences written for this test (tests/fixtures/foreign_parties.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder import Profile
from communique.records import ActorRef
from communique.resolve.foreign_parties import _unplaced


def test_a_party_told_as_foreign_is_not_of_the_act_s_country(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("foreign_parties.tsv"), code_actors, ("foreign_parties",),
                            at_least=18, changed_at_least=7)


def test_the_role_is_kept_and_the_country_taken_away():
    ref = ActorRef(text="investors", name="investors", country="PER", sector="BUS", code="PERBUS")
    assert _unplaced(ref).code == "---BUS" and _unplaced(ref).country is None


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").foreign_parties and not Profile.named("petrarch2").foreign_parties
