"""Places told by a compound or directional preposition with OF locate the event (profile switch
`compound_locatives`, places/locate.py): "a roadside bomb killed five soldiers north of <city>" happened in that
city's country, which then goes to the attacker and the soldiers the text leaves without one, as it does for
"in" or "outside <city>". Without it the place reader stops at "north" or "outside" and finds no place.
Sentences written here and in tests/fixtures/compound_locatives.tsv."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, coded_rows, fixture_rows


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("compound_locatives.tsv")  # type: ignore[return-value]


def _read(document) -> str:
    return " ".join(sorted(
        f"{','.join(a.code for a in e.source) or '-'}>{','.join(a.code for a in e.target) or '-'}"
        f"@{(e.location.country if e.location else None) or '-'}" for e in document.events)) or "(no event)"


def test_the_table_with_the_switch_on_and_off(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, table_rows(), _read, ("compound_locatives",), at_least=10)


def test_petrarch2_places_are_unchanged(nlp):
    text = "Kenyan troops killed five Somali rebels north of Mogadishu."
    (_, faithful), = coded_rows([(text,)], profile="petrarch2")
    (_, default), = coded_rows([(text,)], profile="communique")
    assert _read(default) == "KENMIL>SOMREB@SOM"
    assert _read(faithful) == "KENMIL>SOMREB@-"  # the faithful profile's place reader as it was
