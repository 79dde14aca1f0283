"""Places told by a compound or directional preposition with OF locate the event (profile switch
`compound_locatives`, places/locate.py): "a roadside bomb killed five soldiers north of <city>" happened in that
city's country, which then goes to the attacker and the soldiers the text leaves without one, as it does for
"in" or "outside <city>". Without it the place reader stops at "north" or "outside" and finds no place.
Sentences written here and in tests/fixtures/compound_locatives.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without, fixture_rows


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("compound_locatives.tsv")  # type: ignore[return-value]


def _read(document) -> str:
    return " ".join(sorted(
        f"{','.join(a.code for a in e.source) or '-'}>{','.join(a.code for a in e.target) or '-'}"
        f"@{(e.location.country if e.location else None) or '-'}" for e in document.events)) or "(no event)"


def test_the_table(nlp):
    rows = table_rows()
    assert len(rows) >= 10
    wrong = [f"{text}: {_read(d)}" for (text, on, _), d in coded_rows(rows) if _read(d) != on]
    assert not wrong, "\n".join(wrong)


def test_with_the_switch_off_each_row_is_coded_as_its_last_column(nlp, monkeypatch):
    rows = table_rows()
    assert sum(on != off for _, on, off in rows) >= 10  # rows the switch changes; the others are controls
    communique_without(monkeypatch, "compound_locatives")
    wrong = [f"{text}: {_read(d)}" for (text, _, off), d in coded_rows(rows) if _read(d) != off]
    assert not wrong, "\n".join(wrong)


def test_petrarch2_places_are_unchanged(nlp):
    text = "Kenyan troops killed five Somali rebels north of Mogadishu."
    (_, faithful), = coded_rows([(text,)], profile="petrarch2")
    (_, default), = coded_rows([(text,)], profile="communique")
    assert _read(default) == "KENMIL>SOMREB@SOM"
    assert _read(faithful) == "KENMIL>SOMREB@-"  # the faithful profile's place reader as it was
