"""A visit names its host (switch `hostless_visits`, coder/hostless_visits.py). Sentences written for this test
(tests/fixtures/hostless_visits.tsv), read with the switch on and off; none from an evaluation set or a census."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, fixture_rows

from communique.coder import Profile
from communique.coder.hostless_visits import hostless_visit


def code_actors(document) -> str:
    """The document's events as "code source>target" with the full actor codes ("-" for a side with none)."""
    def side(refs) -> str:
        return "+".join(r.code for r in refs) or "-"
    return "; ".join(f"{e.cameo['code']} {side(e.source)}>{side(e.target)}" for e in document.events) or "none"


def test_a_visit_with_no_host_is_no_event(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("hostless_visits.tsv"), code_actors, ("hostless_visits",),
                            at_least=8, changed_at_least=3)


def test_only_a_visit_needs_its_host():
    assert hostless_visit("042", []) and hostless_visit("043", [])
    assert not hostless_visit("042", ["a host"]) and not hostless_visit("044", []) and not hostless_visit("040", [])
    assert Profile.named("communique").hostless_visits and not Profile.named("petrarch2").hostless_visits
