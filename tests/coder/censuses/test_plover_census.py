"""The twenty-two PLOVER censuses (tests/fixtures/plover_census.tsv, session 12, plover_census2.tsv, session 15,
plover_census3.tsv, session 22, plover_census4.tsv, session 28, plover_census5.tsv, session 29,
plover_census6.tsv, session 30, plover_census7.tsv, session 31, plover_census8.tsv, session 32,
plover_census9.tsv, session 33, plover_census10.tsv, session 34, plover_census11.tsv, session 35,
plover_census12.tsv, session 36, plover_census13.tsv, session 37, plover_census14.tsv, session 38, and
plover_census15.tsv, session 39, plover_census16.tsv, session 40, plover_census17.tsv, session 41, and
plover_census18.tsv, session 42, plover_census19.tsv, session 43, plover_census20.tsv, session 44,
plover_census21.tsv, session 45, and plover_census22.tsv, session 46; scored by tools/plover_census.py --census):
sentences written from the PLOVER manual with the type and actors of their one event, the second to twenty-second in the
register of news body text, each written after the ones before had been fixed against. Their floors on each one's type
and triple F1 under the default settings, all rows and the held-out third apart (gated in test_census_gates.py, so that
a change that loses PLOVER types or actors on text no mechanism was written on fails; a census is gated once the lead
has measured it and set its floors); a check that each census is the table it says it is; and that a row is scored as
`communique eval` scores a PLOVER gold record."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from fixture_tables import PLOVER_TYPES, assert_census_rows_well_formed, project_tool

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FIRST, SECOND, THIRD, FOURTH = "plover_census.tsv", "plover_census2.tsv", "plover_census3.tsv", "plover_census4.tsv"
FIFTH, SIXTH, SEVENTH = "plover_census5.tsv", "plover_census6.tsv", "plover_census7.tsv"
EIGHTH, NINTH, TENTH = "plover_census8.tsv", "plover_census9.tsv", "plover_census10.tsv"
ELEVENTH, TWELFTH, THIRTEENTH = "plover_census11.tsv", "plover_census12.tsv", "plover_census13.tsv"
FOURTEENTH, FIFTEENTH, SIXTEENTH = "plover_census14.tsv", "plover_census15.tsv", "plover_census16.tsv"
SEVENTEENTH, EIGHTEENTH, NINETEENTH = "plover_census17.tsv", "plover_census18.tsv", "plover_census19.tsv"
TWENTIETH, TWENTY_FIRST, TWENTY_SECOND = "plover_census20.tsv", "plover_census21.tsv", "plover_census22.tsv"
# Default settings (classifier events). Census 1, measured on branch plovercensus (session 12): before any change
# (the fresh figure) all 0.780 / 0.562, held out 0.773 / 0.602 (type / triple F1); after the branch's mechanisms:
# all 0.859 / 0.627, held out 0.846 / 0.686 (docs/evaluation.md, "The PLOVER census (session 12)"). Census 2,
# measured on branch plover2 (session 15): before any change (the fresh figure) all 0.777 / 0.579, held out 0.819 /
# 0.615; after the branch: all 0.785 / 0.586, held out 0.819 / 0.615 (docs/evaluation.md, "The PLOVER census, second
# round (session 15)"). Raise the floors when a census improves; a fall below them is a loss of PLOVER types or
# actors.
FLOORS = {
    FIRST: {"all": {"type": 0.84, "triple": 0.61}, "held out": {"type": 0.83, "triple": 0.67}},
    SECOND: {"all": {"type": 0.76, "triple": 0.56}, "held out": {"type": 0.79, "triple": 0.59}},
    # measured fresh by the lead at session 22's end, every branch merged: all 0.740 / 0.532, held out 0.701 / 0.509
    # session 28: its dev rows read (p3read28); main at session 28's end all 0.767 / 0.611, held out 0.729 / 0.566
    THIRD: {"all": {"type": 0.74, "triple": 0.58}, "held out": {"type": 0.70, "triple": 0.54}},
    # measured fresh by the lead at session 28's end, every branch merged: all 0.755 / 0.520, held out 0.701 / 0.385;
    # the session's starting code, after the fact: all 0.751 / 0.509, held out 0.701 / 0.404
    # session 29: its dev rows read (p4read29); main at session 29's end all 0.758 / 0.528, held out 0.701 / 0.385
    FOURTH: {"all": {"type": 0.73, "triple": 0.50}, "held out": {"type": 0.68, "triple": 0.36}},
    # measured fresh by the lead at session 29's end, every branch merged: all 0.804 / 0.633, held out 0.851 / 0.649;
    # the session's starting code, after the fact: all 0.797 / 0.633, held out 0.851 / 0.649
    FIFTH: {"all": {"type": 0.78, "triple": 0.61}, "held out": {"type": 0.82, "triple": 0.62}},
    # measured fresh by the lead at session 30's end, every branch merged: all 0.745 / 0.506, held out 0.739 / 0.602,
    # below issue 10's bars; the session's starting code, after the fact: all 0.742 / 0.503, held out 0.732 / 0.592
    SIXTH: {"all": {"type": 0.72, "triple": 0.48}, "held out": {"type": 0.71, "triple": 0.57}},
    # measured fresh by the lead at session 31's end, every branch merged: all 0.676 / 0.468, held out 0.727 / 0.477,
    # below issue 10's bars; the session's starting code, after the fact: all 0.676 / 0.474, held out 0.727 / 0.500
    SEVENTH: {"all": {"type": 0.65, "triple": 0.44}, "held out": {"type": 0.70, "triple": 0.45}},
    # measured fresh by the lead at session 32's end, every branch merged: all 0.688 / 0.479, held out 0.742 / 0.580,
    # below issue 10's bars; the session's starting code, after the fact: the same
    EIGHTH: {"all": {"type": 0.66, "triple": 0.45}, "held out": {"type": 0.71, "triple": 0.55}},
    # measured fresh by the lead at session 33's end, every branch merged: all 0.729 / 0.536, held out 0.637 / 0.388
    # (the draw put 8 of its 9 ASSAULT rows in the held-out third), below issue 10's bars; the session's starting code,
    # after the fact: all 0.715 / 0.523, held out 0.637 / 0.388
    NINTH: {"all": {"type": 0.70, "triple": 0.51}, "held out": {"type": 0.61, "triple": 0.36}},
    # measured fresh by the lead at session 34's end, every branch merged: all 0.715 / 0.512, held out 0.703 / 0.538,
    # below issue 10's bars; the session's starting code, after the fact: all 0.708 / 0.503, held out 0.696 / 0.519
    TENTH: {"all": {"type": 0.69, "triple": 0.49}, "held out": {"type": 0.68, "triple": 0.51}},
    # measured fresh by the lead at session 35's end, every branch merged: all 0.713 / 0.520, held out 0.686 / 0.556,
    # below issue 10's bars; the session's starting code, after the fact: all 0.706 / 0.514, held out the same
    ELEVENTH: {"all": {"type": 0.69, "triple": 0.50}, "held out": {"type": 0.66, "triple": 0.53}},
    # measured fresh by the lead at session 36's end, every branch merged: all 0.730 / 0.521, held out 0.804 / 0.591
    # (dev rows 0.685 / 0.480), below issue 10's bars; the session's starting code, after the fact: all 0.718 / 0.510,
    # held out 0.785 / 0.574
    TWELFTH: {"all": {"type": 0.71, "triple": 0.50}, "held out": {"type": 0.78, "triple": 0.56}},
    # measured fresh by the lead at session 37's end, every branch merged: all 0.626 / 0.497, held out 0.574 / 0.462
    # (dev rows 0.659 / 0.518), far below issue 10's bars, the lowest fresh PLOVER type F1; the session's starting
    # code, after the fact: the same
    THIRTEENTH: {"all": {"type": 0.60, "triple": 0.47}, "held out": {"type": 0.55, "triple": 0.44}},
    # measured fresh by the lead at session 38's end, every branch merged: all 0.769 / 0.597, held out 0.808 / 0.707
    # (dev rows 0.746 / 0.531), above issue 10's bars (its held-out third holds no CONCEDE row); the session's
    # starting code, after the fact: the same
    FOURTEENTH: {"all": {"type": 0.74, "triple": 0.57}, "held out": {"type": 0.78, "triple": 0.68}},
    # measured fresh by the lead at session 39's end, every branch merged: all 0.750 / 0.543, held out 0.782 / 0.479
    # (dev rows 0.729 / 0.583), the type F1 at issue 10's bar and the triple F1 just under it; the session's starting
    # code, after the fact: all 0.746 / 0.540 (one SUPPORT row of the dev rows less), held out the same
    FIFTEENTH: {"all": {"type": 0.72, "triple": 0.51}, "held out": {"type": 0.75, "triple": 0.45}},
    # measured fresh by the lead at session 40's end, every branch merged: all 0.767 / 0.571, held out 0.731 / 0.515
    # (dev rows 0.783 / 0.596), above issue 10's bars on all rows, under them on the held-out third (which holds no
    # ACCUSE row); the session's starting code, after the fact: the same
    SIXTEENTH: {"all": {"type": 0.74, "triple": 0.54}, "held out": {"type": 0.70, "triple": 0.48}},
    # measured fresh by the lead at session 41's end, every branch merged: all 0.817 / 0.656, held out 0.750 / 0.586
    # (dev rows 0.853 / 0.689), above issue 10's bars on all rows and on the held-out third; the session's starting
    # code, after the fact: the same
    SEVENTEENTH: {"all": {"type": 0.79, "triple": 0.63}, "held out": {"type": 0.72, "triple": 0.56}},
    # measured fresh by the lead at session 42's end, every branch merged: all 0.696 / 0.529, held out 0.765 / 0.615
    # (dev rows 0.655 / 0.485), under issue 10's bars on all rows (AGREE, AID and COOPERATE weak), above them on the
    # held-out third; the session's starting code, after the fact: all 0.696 / 0.510 (home42's home-state targets)
    EIGHTEENTH: {"all": {"type": 0.67, "triple": 0.50}, "held out": {"type": 0.74, "triple": 0.59}},
    # measured fresh by the lead at session 43's end, every branch merged: all 0.799 / 0.669, held out 0.808 / 0.620
    # (dev rows 0.794 / 0.696), above issue 10's bars on all rows and on the held-out third; the session's starting
    # code, after the fact: all 0.790 / 0.652, held out 0.796 / 0.595 (COOPERATE 0.59 -> 0.74: plover43's joint_acts)
    NINETEENTH: {"all": {"type": 0.77, "triple": 0.64}, "held out": {"type": 0.78, "triple": 0.59}},
    # measured fresh by the lead at session 44's end, every branch merged: all 0.800 / 0.644, held out 0.761 / 0.590
    # (dev rows 0.824 / 0.677), above issue 10's bars on all rows and on the held-out third (COOPERATE 0.57 and
    # SUPPORT 0.67 the weakest types); the session's starting code, after the fact: the same
    TWENTIETH: {"all": {"type": 0.78, "triple": 0.62}, "held out": {"type": 0.74, "triple": 0.57}},
    # measured fresh by the lead at session 45's end, every branch merged: all 0.790 / 0.643, held out 0.800 / 0.598
    # (dev rows 0.785 / 0.667), above issue 10's bars on all rows and on the held-out third (COOPERATE 0.50 and AGREE
    # 0.56 the weakest types); the session's starting code, after the fact: all 0.782 / 0.635, held out 0.787 / 0.585
    TWENTY_FIRST: {"all": {"type": 0.77, "triple": 0.62}, "held out": {"type": 0.78, "triple": 0.57}},
    # measured fresh by the lead at session 46's end, every branch merged: all 0.846 / 0.696, held out 0.822 / 0.706
    # (dev rows 0.857 / 0.691), above issue 10's bars on all rows and on the held-out third (AGREE 0.47 and
    # COOPERATE 0.67 the weakest types); the session's starting code, after the fact: the same
    TWENTY_SECOND: {"all": {"type": 0.83, "triple": 0.68}, "held out": {"type": 0.80, "triple": 0.69}},
}
# What each census is: its least number of rows, the rows of each type (least, most), the rows with no event
# (least), and the words of a sentence (least, most) where the census holds its sentences to a length.
SHAPES = {
    FIRST: {"rows": 200, "per_type": (10, None), "no_event": 10, "words": None},
    SECOND: {"rows": 130, "per_type": (7, 9), "no_event": 8, "words": (20, 40)},
    THIRD: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    FOURTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    FIFTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    SIXTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    SEVENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    EIGHTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    NINTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    TENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    ELEVENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    TWELFTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    THIRTEENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    FOURTEENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    FIFTEENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    SIXTEENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    SEVENTEENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    EIGHTEENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    NINETEENTH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    TWENTIETH: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    TWENTY_FIRST: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
    TWENTY_SECOND: {"rows": 150, "per_type": (8, 10), "no_event": 12, "words": (18, 40)},
}
# Census 3 (session 22) was written fresh and kept unmeasured until the lead ran it once at the session's end; its floors
# are set just below that measure. A census with no floors is skipped by the floor gate (test_census_gates.py, which
# gates only the censuses FLOORS names). Census 4 (session 28) was written fresh and measured once by the lead at
# the session's end; its floors are set just below that measure. Census 5 (session 29) was written fresh at the
# session's start and measured once by the lead at the session's end; its floors are set just below that measure.
# Census 6 (session 30) was written fresh at the session's start and measured once by the lead at the session's end;
# its floors are set just below that measure. Census 7 (session 31) was written fresh at the session's start and
# measured once by the lead at the session's end; its floors are set just below that measure. Census 8 (session 32)
# was written fresh at the session's start and measured once by the lead at the session's end; its floors are set just
# below that measure. Census 9 (session 33) was written fresh at the session's start and measured once by the lead at
# the session's end; its floors are set just below that measure. Census 10 (session 34) was written fresh at the
# session's start and measured once by the lead at the session's end; its floors are set just below that measure.
# Census 11 (session 35) was written fresh at the session's start and measured once by the lead at the session's end;
# its floors are set just below that measure. Census 12 (session 36) was written fresh at the session's start and
# measured once by the lead at the session's end; its floors are set just below that measure. Census 13 (session 37)
# was written fresh at the session's start and measured once by the lead at the session's end; its floors are set just
# below that measure. Census 14 (session 38) was written fresh at the session's start and measured once by the lead at
# the session's end; its floors are set just below that measure. Census 15 (session 39) was written fresh at the
# session's start and measured once by the lead at the session's end; its floors are set just below that measure.
# Census 16 (session 40) was written fresh at the session's start and measured once by the lead at the session's end;
# its floors are set just below that measure. Census 17 (session 41) was written fresh at the session's start, under
# the corrected ruling on the home state as target, and measured once by the lead at the session's end; its floors are
# set just below that measure. Census 18 (session 42) was written fresh at the session's start, under the same
# ruling, and measured once by the lead at the session's end; its floors are set just below that measure. Census 19
# (session 43) was written fresh at the session's start, under the same ruling, and measured once by the lead at the
# session's end; its floors are set just below that measure. Census 20 (session 44) was written fresh at the session's
# start, under the same ruling, and measured once by the lead at the session's end; its floors are set just below that
# measure. Census 21 (session 45) was written fresh at the session's start, under the same ruling, and measured once by
# the lead at the session's end; its floors are set just below that measure. Census 22 (session 46) was written fresh
# at the session's start, under the same ruling, and measured once by the lead at the session's end; its floors are
# set just below that measure.
CENSUSES = sorted(SHAPES)


def tool(name: str = "plover_census"):
    return project_tool(name)


@pytest.mark.parametrize("name", CENSUSES)
def test_the_census_covers_every_type_of_the_manual_and_sentences_with_no_event(name):
    census, shape = tool(), SHAPES[name]
    rows = census.census_rows(FIXTURES / name)
    assert len(rows) >= shape["rows"] and len({r[3] for r in rows}) == len(rows)
    per_type = Counter(r[0] for r in rows)
    assert set(per_type) == PLOVER_TYPES | {census.NONE}, per_type
    least, most = shape["per_type"]
    assert all(least <= n <= (most or n) for t, n in per_type.items() if t != census.NONE), per_type
    assert per_type[census.NONE] >= shape["no_event"], per_type
    if shape["words"]:
        least, most = shape["words"]
        assert all(least <= len(r[3].split()) <= most for r in rows), \
            [r[3] for r in rows if not least <= len(r[3].split()) <= most]
    assert_census_rows_well_formed(rows, census.NONE)


def test_no_sentence_of_a_census_is_one_of_another():
    census = tool()
    names = (FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH, ELEVENTH, TWELFTH,
             THIRTEENTH, FOURTEENTH, FIFTEENTH, SIXTEENTH, SEVENTEENTH, EIGHTEENTH, NINETEENTH, TWENTIETH,
             TWENTY_FIRST, TWENTY_SECOND)
    sentences = [{r[3] for r in census.census_rows(FIXTURES / name)} for name in names]
    assert all(not sentences[i] & sentences[j] for i in range(len(names)) for j in range(i + 1, len(names)))


@pytest.mark.parametrize("name", CENSUSES)
def test_the_held_out_third_is_the_wire_census_rule(name):
    census, wire = tool(), tool("wire_census")
    rows = census.census_rows(FIXTURES / name)
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
