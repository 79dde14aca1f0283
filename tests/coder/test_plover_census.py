"""The PLOVER census (tests/fixtures/plover_census.tsv, scored by tools/plover_census.py): sentences written from
the PLOVER manual with the type and actors of their one event. A gate on its type and triple F1 under the
default settings, all rows and the held-out third apart, so that a change that loses PLOVER types or actors on
text no mechanism was written on fails here; and a check that the census is the table it says it is, scored as
`communique eval` scores a PLOVER gold record."""
from __future__ import annotations

from collections import Counter

import pytest

from fixture_tables import (PLOVER_TYPES, assert_census_part_above, assert_census_parts_add_up,
                            assert_census_rows_well_formed, project_tool)

# Measured on branch plovercensus (session 12), default settings (classifier events). Before any change (the fresh
# figure): all 0.780 / 0.562, held out 0.773 / 0.602 (type / triple F1); after the branch's mechanisms: all 0.859 /
# 0.627, held out 0.846 / 0.686 (docs/evaluation.md, "The PLOVER census (session 12)"). Raise the floors when the
# census improves; a fall below them is a loss of PLOVER types or actors.
FLOORS = {"all": {"type": 0.84, "triple": 0.61}, "held out": {"type": 0.83, "triple": 0.67}}


def tool(name: str = "plover_census"):
    return project_tool(name)


def test_the_census_covers_every_type_of_the_manual_and_sentences_with_no_event():
    census = tool()
    rows = census.census_rows()
    assert len(rows) >= 200 and len({r[3] for r in rows}) == len(rows)
    per_type = Counter(r[0] for r in rows)
    assert set(per_type) == PLOVER_TYPES | {census.NONE}, per_type
    assert min(per_type.values()) >= 10, per_type
    assert_census_rows_well_formed(rows, census.NONE)


def test_the_held_out_third_is_the_wire_census_rule():
    census, wire = tool(), tool("wire_census")
    rows = census.census_rows()
    assert all(census.held_out(r[3]) == wire.held_out(r[3]) for r in rows)
    share = sum(census.held_out(r[3]) for r in rows) / len(rows)
    assert 0.25 < share < 0.42


def test_a_row_is_scored_as_the_plover_scorer_scores_a_gold_record():
    from communique.evaluate import plover
    from communique.records import Document

    census = tool()
    row = ("SANCTION", "USAGOV,GBRGOV", "---", "Xland and Yland cut ties.", "test")
    record = census.gold_record(row, 7)
    assert record.gold["type"] == "SANCTION"
    assert set(record.gold["triples"]) == {("USA", None, "SANCTION"), ("GBR", None, "SANCTION")}
    empty = Document(id="d", text=row[3])
    assert census.CensusFormat.judge(record, empty).counts == plover.judge(record, empty).counts
    none = census.gold_record(("none", "---", "---", "Oil prices rose.", "test"), 8)
    judged = census.CensusFormat.judge(none, empty)
    assert judged.values["gold_type"] is None and judged.counts["type"].fn == 0 and not judged.findings


@pytest.fixture(scope="module")
def parts(nlp):
    return tool().report()["parts"]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_the_census_stays_above_its_floors(parts, part):
    assert_census_part_above(parts[part], FLOORS[part])


def test_the_parts_add_up(parts):
    assert_census_parts_add_up(parts)
