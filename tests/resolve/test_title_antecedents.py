"""The switch `title_antecedents` (resolve/title_antecedents.py): a bare definite title ("the minister") is the official
named before it by the same title ("the Xland foreign minister"), not an organ of the state named last. Texts written
for this test (tests/fixtures/title_antecedents.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder import Profile


def test_a_bare_title_is_the_official_named_before_it(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("title_antecedents.tsv"), code_actors, ("title_antecedents",),
                            at_least=12, changed_at_least=7)


def test_the_switch_is_the_communique_profile_s_only():
    assert Profile.named("communique").title_antecedents and not Profile.named("petrarch2").title_antecedents
