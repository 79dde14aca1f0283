"""PPs that name where, when or with whose help an act happened, not whom it is directed at (profile switches
`place_pps` and `helper_pps`, coder/place_pps.py): "a rebel stronghold on the Yland border" is no Yland rebels'
stronghold, "following the fighting in Zland" is another event's place, "with Zland's help" names a helper.
PETRARCH-2 reads the actors of a clause's PPs, and of an actorless noun phrase's PPs, whatever they name
(spec §3.6, §4.5). Sentences written here and in tests/fixtures/place_pps.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without, fixture_rows


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("place_pps.tsv")  # type: ignore[return-value]


def _targets(document) -> str:
    codes = {a.code for e in document.events for a in e.target} | {"-" for e in document.events if not e.target}
    return ",".join(sorted(codes)) or "(no event)"


def test_the_table(nlp):
    rows = table_rows()
    assert len(rows) >= 15
    wrong = [f"{text}: {_targets(d)}" for (text, on, _), d in coded_rows(rows) if _targets(d) != on]
    assert not wrong, "\n".join(wrong)


def test_with_the_switches_off_each_row_is_coded_as_its_last_column(nlp, monkeypatch):
    rows = table_rows()
    assert sum(on != off for _, on, off in rows) >= 10  # rows the switches change; the others are controls
    communique_without(monkeypatch, "place_pps", "helper_pps")
    wrong = [f"{text}: {_targets(d)}" for (text, _, off), d in coded_rows(rows) if _targets(d) != off]
    assert not wrong, "\n".join(wrong)


def test_petrarch2_reads_the_border_as_its_country(nlp):
    text = "Sudanese troops captured a rebel stronghold on the Chadian border."
    (_, document), = coded_rows([(text,)], profile="petrarch2")
    assert _targets(document) == "TCDREB"  # faithful (spec §3.6): the PP's actor fills an actorless phrase
