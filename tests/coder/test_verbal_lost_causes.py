"""Three general causes of the verbal census's lost rows (issue 10, branch verbal2): talks called for between others
(switch `talks_between_others`), denials with no addressee (`targetless_denials`) and protests addressed to an actor
(`addressed_protests`), each an on/off table of verbal_lost_causes.tsv: the rows the switch changes, and controls it
must leave alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from fixture_tables import assert_the_on_off_table, coded_rows, padded_rows

HERE = Path(__file__).resolve().parent


def rows_of(switch: str) -> list[tuple[str, str, str]]:
    rows = padded_rows(HERE / "verbal_lost_causes.tsv", 4)
    return [(text, on, off) for text, on, off, name in rows if name == switch]


def reading(document) -> str:
    return "; ".join(sorted({f"{e.plover['type']} {e.cameo['code']}" for e in document.events if e.plover["type"]}))


# `targetless_statements` (branch news) also keeps a statement addressed to no one, a denial among them, where it is
# the sentence's only event: both must be off for a denial to be dropped.
OVERLAPPING = {"targetless_denials": ("targetless_statements",)}


@pytest.mark.parametrize("switch", ["talks_between_others", "targetless_denials", "addressed_protests"])
def test_the_switch_on_and_off(nlp, monkeypatch, switch):
    assert_the_on_off_table(monkeypatch, rows_of(switch), reading, (switch, *OVERLAPPING.get(switch, ())),
                            at_least=10, changed_at_least=5)


def test_petrarch2_keeps_the_callers_intent_the_demonstration_and_drops_the_denial(nlp):
    texts = ["Egypt called for talks between Israel and the Palestinians.", "Russia denied the accusations.",
             "China protested to Japan over the visit."]
    got = [reading(d) for _, d in coded_rows([(t,) for t in texts], profile="petrarch2")]
    assert got == ["AGREE 036", "", "PROTEST 140"]
