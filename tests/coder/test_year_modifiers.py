"""The switch `year_modifiers` (coder/sentence.py): a discard year that dates a noun, not the clause, does not
discard the sentence; sentences written for this test (tests/fixtures/year_modifiers.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, fixture_rows


def events(document) -> str:
    """The document's events as "code source countries>target countries"; "none" where it has none."""
    def countries(refs) -> str:
        return "+".join(sorted({r.code[:3] for r in refs if r.code}))
    return "; ".join(f"{e.cameo['code']} {countries(e.source)}>{countries(e.target)}" for e in document.events) \
        or "none"


def test_a_year_that_dates_a_noun_does_not_discard_the_news(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, fixture_rows("year_modifiers.tsv"), events, ("year_modifiers",),
                            at_least=15, changed_at_least=9)
