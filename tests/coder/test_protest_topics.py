"""A protest staged to condemn or to reject something is the protest, its topic no event of its own (switch
`protest_purposes`, coder/resolve.py DEMAND_ROOTS; the PLOVER manual, PROTEST: "the topic of the protest ... is not
coded as a separate event"). Sentences written here, none from an evaluation set or from the PLOVER census."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without

ROWS = [("Iranians took to the streets in several cities to denounce rising prices and corruption.",),
        ("Thousands of Hungarians marched in Budapest to reject the new labour law.",),
        ("Farmers took to the streets of Lima to condemn the new tax.",)]


def _types(document) -> set:
    return {e.plover.get("type") for e in document.events}


def test_the_protest_is_the_event_not_its_topic(nlp):
    got = [(row[0], _types(d)) for row, d in coded_rows(ROWS)]
    assert all(types == {"PROTEST"} for _, types in got), got


def test_without_the_switch_the_topic_wins(nlp, monkeypatch):
    communique_without(monkeypatch, "protest_purposes")
    got = [_types(d) for _, d in coded_rows(ROWS)]
    assert sum("PROTEST" not in types for types in got) >= 1, got
