"""The gate on every PLOVER-style census scored by tools/plover_census.py: the PLOVER censuses
(test_plover_census.py) and the CAMEO censuses (test_cameo_census.py), each module holding its censuses' floors (type
and triple F1, all rows and the held-out third) with their history and its own checks of what the census is. A
change that loses PLOVER types or actors on text no mechanism was written on fails here."""
from __future__ import annotations

from pathlib import Path

import pytest

from fixture_tables import assert_census_part_above, assert_census_parts_add_up, project_tool

from .test_cameo_census import FLOORS as CAMEO_FLOORS
from .test_plover_census import FLOORS as PLOVER_FLOORS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FLOORS = {**PLOVER_FLOORS, **CAMEO_FLOORS}
CENSUSES = sorted(FLOORS)


@pytest.fixture(scope="module")
def reports(nlp):
    census = project_tool("plover_census")
    return {name: census.report(path=FIXTURES / name)["parts"] for name in CENSUSES}


@pytest.mark.parametrize("name,part", [(name, part) for name in CENSUSES for part in sorted(FLOORS[name])])
def test_the_census_stays_above_its_floors(reports, name, part):
    assert_census_part_above(reports[name][part], FLOORS[name][part])


@pytest.mark.parametrize("name", CENSUSES)
def test_the_parts_add_up(reports, name):
    assert_census_parts_add_up(reports[name])
