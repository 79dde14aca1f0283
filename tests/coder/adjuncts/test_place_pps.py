"""PPs that name where, when or with whose help an act happened, not whom it is directed at (profile switches
`place_pps` and `helper_pps`, coder/adjuncts/places.py): "a rebel stronghold on the Yland border" is no Yland rebels'
stronghold, "following the fighting in Zland" is another event's place, "with Zland's help" names a helper.
PETRARCH-2 reads the actors of a clause's PPs, and of an actorless noun phrase's PPs, whatever they name
(spec §3.6, §4.5). Sentences written here and in tests/fixtures/place_pps.tsv."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, coded_rows, fixture_rows


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("place_pps.tsv")  # type: ignore[return-value]


def _targets(document) -> str:
    codes = {a.code for e in document.events for a in e.target} | {"-" for e in document.events if not e.target}
    return ",".join(sorted(codes)) or "(no event)"


def test_the_table_with_the_switch_on_and_off(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, table_rows(), _targets, ("place_pps", "helper_pps"), at_least=15)


def test_petrarch2_reads_the_border_as_its_country(nlp):
    text = "Sudanese troops captured a rebel stronghold on the Chadian border."
    (_, document), = coded_rows([(text,)], profile="petrarch2")
    assert _targets(document) == "TCDREB"  # faithful (spec §3.6): the PP's actor fills an actorless phrase
