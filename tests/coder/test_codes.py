"""coder/codes.py: the §4.6 table in both directions, combine_code, negation, collapse of unknown codes."""
from __future__ import annotations

import pytest

from communique.coder.codes import NEGATE, code_table, combine, split_code_field, to_cameo, to_internal
from communique.data_files import data_path


def test_every_listed_code_round_trips_unless_it_loses_a_tie():
    table = code_table()
    lost_ties = {"046", "08", "082", "0841", "1323"}
    for cameo, value in table.forward.items():
        if cameo in lost_ties:
            assert to_cameo(value) != cameo
        else:
            assert to_cameo(to_internal(cameo)) == cameo, cameo


@pytest.mark.parametrize("value, cameo", [(0x200, "080"), (0x20C, "0842"), (0x6004, "137"), (0xB010, "044"),
                                          (0x30A0, "138"), (0x60A0, "138")])
def test_reverse_ties_and_the_extra_intend_fight_mapping(value, cameo):
    assert to_cameo(value) == cameo


def test_some_known_values():
    assert to_internal("010") == 0x1000
    assert to_internal("190") == 0xA0
    assert to_internal("042") == 0xB002
    assert to_internal("08") == 0x200
    assert to_internal("011") == 0x1000 - NEGATE


def test_null_code_is_zero_and_zero_converts_to_nothing():
    assert to_internal("---") == 0
    assert to_internal("") == 0
    assert to_cameo(0) is None


@pytest.mark.parametrize("unknown, collapsed", [("0874x", "080"), ("141", "140"), ("1955", "190"), ("0159", "010")])
def test_unknown_code_collapses_to_its_first_two_characters_plus_zero(unknown, collapsed):
    assert to_internal(unknown) == to_internal(collapsed)


def test_a_code_whose_collapse_is_unknown_too_is_none():
    assert to_internal("99") is None
    assert to_cameo(0xC0) is None  # Agree 80 + Aid 40: no CAMEO code


@pytest.mark.parametrize("upper, lower, result", [
    (0x1000, 0xA0, 0x10A0),          # say + fight = 015
    (0x3000, 0xA0, 0x30A0),          # intend + fight -> 138
    (0x3000, 0x40, 0x3040),          # intend + aid = 033
    (0x80, 0x80, 0x80),              # agree + cooperate: lower >= upper
    (0x80, 0x40, 0xC0),              # agree + aid: summed, no CAMEO code
    (0x1000, 0x7000, 0x7000),        # both speech acts: the nested one wins
    (0x3000, 0x250, 0x3250),         # sum when lower < upper
    (0x250, 0x3000, 0x3000),         # lower >= upper
    (0, 0x200 - NEGATE, 0x200 - NEGATE),   # negative lower: summed with upper
    (0x1000, 0xA0 - NEGATE, 0x10A0 - NEGATE),
])
def test_combine(upper, lower, result):
    assert combine(upper, lower) == result


@pytest.mark.parametrize("positive, negated", [("080", "124"), ("060", "121"), ("010", "011"), ("015", "016")])
def test_negation_survives_where_the_table_has_the_negated_value(positive, negated):
    assert to_cameo(to_internal(positive) - NEGATE) == negated


@pytest.mark.parametrize("value, negated", [(0x10, "125"), (0x20, "127"), (0x30, "126"), (0x1, "129"), (0x2, "128")])
def test_negated_issue_digits_convert_to_the_12x_codes(value, negated):
    assert to_cameo(value - NEGATE) == negated


def test_negation_of_other_codes_converts_to_nothing():
    assert to_cameo(to_internal("070") - NEGATE) is None   # "would not help" gives nothing
    assert to_cameo(to_internal("190") - NEGATE) is None


@pytest.mark.parametrize("field, pair", [("042:043", (0xB002, 0xB003)), (":173", (0, 0x9020)),
                                         ("---:173", (0, 0x9020)), ("190", (0xA0, 0)), ("---", (0, 0))])
def test_split_code_field(field, pair):
    assert split_code_field(field) == pair


def test_the_table_file_names_its_origin():
    head = data_path("petrarch/cameo_internal_codes.tsv").read_text(encoding="utf-8").splitlines()[:4]
    assert any("Origin" in line for line in head)
