"""The second CAMEO census (tests/fixtures/cameo_census2.tsv, scored by tools/plover_census.py --census): sentences
written in session 16 in the style of a codebook's examples, about one for each code of the CAMEO codebook's twenty
roots, each with the PLOVER type and actor codes of its one event, labelled by the first CAMEO census's rules before
any output was looked at. A gate on its type and triple F1 under the default settings, all rows and the held-out
third apart, so that a change that loses types or actors on text no mechanism was written on fails here; and a check
that the census is the table it says it is."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from fixture_tables import (PLOVER_TYPES, assert_census_part_above, assert_census_parts_add_up,
                            assert_census_rows_well_formed, project_tool)

ROOT = Path(__file__).resolve().parents[2]
CENSUS = ROOT / "tests" / "fixtures" / "cameo_census2.tsv"
FIRST = ROOT / "tests" / "fixtures" / "cameo_census.tsv"
# Measured on branch cameo2 (session 16), default settings. Before any change (the fresh figure, main 845bdcc with
# the census's commit 1dfe616): all 0.642 / 0.421, held out 0.719 / 0.463 (type / triple F1); after the branch's
# mechanisms see docs/evaluation.md, "The CAMEO census, second round (session 16)". Raise the floors when the
# census improves; a fall below them is a loss of types or actors.
FLOORS = {"all": {"type": 0.62, "triple": 0.40}, "held out": {"type": 0.69, "triple": 0.44}}


def tool():
    return project_tool("plover_census")


def test_the_census_covers_the_twenty_cameo_roots_and_every_plover_type():
    census = tool()
    rows = census.census_rows(CENSUS)
    assert len(rows) >= 200 and len({r[3] for r in rows}) == len(rows)
    assert {r[0] for r in rows} == PLOVER_TYPES | {census.NONE}, Counter(r[0] for r in rows)
    roots = Counter(m.group(1)[:2] for r in rows if (m := re.match(r"(\d{3,4}) ", r[4])))
    assert set(roots) == {f"{n:02d}" for n in range(1, 21)}, roots
    assert_census_rows_well_formed(rows, census.NONE)


def test_no_sentence_is_taken_from_the_first_census():
    census = tool()
    first = {r[3] for r in census.census_rows(FIRST)}
    assert not first & {r[3] for r in census.census_rows(CENSUS)}


def test_the_held_out_third_is_the_wire_census_rule():
    census = tool()
    rows = census.census_rows(CENSUS)
    share = sum(census.held_out(r[3]) for r in rows) / len(rows)
    assert 0.25 < share < 0.42


@pytest.fixture(scope="module")
def parts(nlp):
    return tool().report(path=CENSUS)["parts"]


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_the_census_stays_above_its_floors(parts, part):
    assert_census_part_above(parts[part], FLOORS[part])


def test_the_parts_add_up(parts):
    assert_census_parts_add_up(parts)
