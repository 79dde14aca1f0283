"""A name described by an apposition (profile switch `appositive_relations`): "Pakistan, a key U.S. ally"
is Pakistan; the country the description names is its relation, not a second actor, where PETRARCH-2's
scan over the whole noun phrase (spec §3.3) reads both. A name with no actor of its own takes the
description's. Sentences written here and in tests/fixtures/appositive_relations.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, fixture_rows

from ..toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def table_rows() -> list[tuple[str, str]]:
    return fixture_rows("appositive_relations.tsv")  # type: ignore[return-value]


def sources(nlp, knowledge, text, profile):
    return sorted({s for s, _, _ in code(nlp, knowledge, text, profile)})


def test_the_description_s_country_is_no_second_actor(nlp, toy):
    text = "Xland, a Yland ally, criticized Zland."
    assert sources(nlp, toy, text, "petrarch2") == ["XLD", "YLD"]  # faithful: one scan over the NP
    assert sources(nlp, toy, text, "communique") == ["XLD"]
    # without an apposition, a coordination is two actors as before
    assert sources(nlp, toy, "Xland and Yland criticized Zland.", "communique") == ["XLD", "YLD"]


def test_the_table(nlp):
    rows = table_rows()
    assert len(rows) >= 10
    wrong = []
    for (text, expected), document in coded_rows(rows):
        got = sorted({a.code for e in document.events for a in e.source})
        if got != expected.split(","):
            wrong.append(f"{text}: {got}")
    assert not wrong, "\n".join(wrong)
