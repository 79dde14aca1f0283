"""resolve/host_countries.py: a side of a visit or a meeting named by its role alone does not take the country
of the state the other side names ("The prime minister will visit Japan": no JPNGOV visiting JPN). Sentences
written for this test (tests/fixtures/host_countries.tsv), read with and without data/resolve_host_codes.tsv."""
from __future__ import annotations

from fixture_tables import code_dyads, coded_rows, fixture_rows


def test_a_visitor_named_by_role_is_not_of_the_host_state(nlp, monkeypatch):
    from communique.resolve import host_countries

    rows = fixture_rows("host_countries.tsv")
    assert len(rows) >= 10 and sum(on != off for _, on, off in rows) >= 3
    wrong = [f"{text}: {code_dyads(d)}" for (text, on, _), d in coded_rows(rows) if code_dyads(d) != on]
    assert not wrong, "\n".join(wrong)
    monkeypatch.setattr(host_countries, "host_codes", lambda: frozenset())
    wrong = [f"{text}: {code_dyads(d)}" for (text, _, off), d in coded_rows(rows) if code_dyads(d) != off]
    assert not wrong, "without the host codes:\n" + "\n".join(wrong)


def test_the_host_codes_are_codes_of_visits_and_meetings():
    from communique.resolve.host_countries import host_codes

    assert host_codes() and all(code[:2] in ("03", "04") for code in host_codes())
