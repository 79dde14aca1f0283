"""The Spark run's plain parts, without Spark: settling duplicates, grouping mentions, spreading groups."""
from __future__ import annotations

import datetime as dt

import numpy

from communique.resolve.stories import StoryIndex
from communique.spark.components import connected_groups, mention_number, spread
from communique.spark.read_input import later_duplicates


def test_only_kept_articles_keys_make_later_ones_duplicates():
    # 2 repeats 1's URL and is dropped; 3 shares an id only with the dropped 2, so it is kept (as the store does)
    keys = {1: {"id:a", "url:u"}, 2: {"id:b", "url:u"}, 3: {"id:b", "url:v"}, 4: {"text:t", "id:c"},
            5: {"text:t", "id:d"}}
    assert later_duplicates(keys) == {2, 5}


def test_connected_groups_follow_chains_and_keep_strangers_apart():
    ids = numpy.array([10, 20, 30, 40, 50, 60])
    groups = connected_groups(ids, numpy.array([60, 30, 50]), numpy.array([30, 20, 40]))
    assert groups.tolist() == [10, 20, 20, 40, 40, 20]
    assert connected_groups(ids, numpy.array([], dtype=int), numpy.array([], dtype=int)).tolist() == ids.tolist()


def test_groups_are_spread_by_first_day_and_never_split():
    ids = numpy.arange(8)
    group = numpy.array([0, 0, 0, 0, 4, 4, 6, 6])  # a large group across days 1-30, two small ones
    days = numpy.array([1, 10, 20, 30, 2, -1, 25, 26])
    grouping = spread(ids, group, days, partitions=2)
    parts = grouping.partition.tolist()
    assert parts[:4] == [parts[0]] * 4 and parts[4:6] == [parts[4]] * 2 and parts[6:] == [parts[6]] * 2
    assert parts[0] == 0 and parts[6] == 1  # the earliest group first, the latest last
    assert grouping.lookup(5) == (4, parts[4])


def _event(event_id, code, source, target, day, text="on Monday"):
    ref = lambda c: {"text": c, "name": c, "country": c, "sector": None, "code": c}  # noqa: E731
    return {"id": event_id, "cameo": {"code": code, "root": code[:2], "name": ""}, "source": [ref(source)],
            "target": [ref(target)] if target else [], "evidence": f"{source} and {target}",
            "date": {"value": day, "precision": "day", "text": text}}


def test_blocking_keys_and_days_cover_every_pair_the_index_can_merge():
    index = StoryIndex()
    keys_a, day_a = index.blocking(_event("a", "111", "EGY", "ETH", "2021-03-01"), "d1", "2021-03-01")
    keys_b, day_b = index.blocking(_event("b", "112", "EGY", "SDN", "2021-03-02"), "d2", "2021-03-02")
    assert set(keys_a) & set(keys_b) and abs(day_a - day_b) <= index.window_days
    assert day_a == dt.date(2021, 3, 1).toordinal()
    # a month-precise date is compared with every day: no day
    coarse = dict(_event("c", "111", "EGY", "ETH", "2021-03-01"), date={"value": "2021-03", "precision": "month",
                                                                        "text": "in March"})
    assert index.blocking(coarse, "d3", "2021-03-05")[1] is None
    assert mention_number(3, 2) < mention_number(3, 3) < mention_number(4, 0)


def test_parquet_rows_are_checked_as_jsonl_lines_are():
    from communique.spark.read_input import parse_records

    columns = ["id", "text", "published", "url"]
    text = "Egypt condemned Ethiopia over the dam on Monday, the foreign ministry in Cairo said."
    rows = [({"_file": "f.parquet", "id": "a1", "text": text, "published": dt.date(2021, 3, 2), "url": None}, 7),
            ({"_file": "f.parquet", "id": "a2", "text": None, "published": None, "url": None}, 8),
            ({"_file": "f.parquet", "id": "a3", "text": "  ", "published": None, "url": None}, 9)]
    items = list(parse_records(rows, "parquet", {"f.parquet": 7}, columns))
    assert [item[0] for item in items] == [7, 8, 9]
    seq, name, doc_id, found_text, published = items[0][:5]
    assert (name, doc_id, found_text, published, items[0][-2]) == ("f.parquet row 1", "a1", text, "2021-03-02", None)
    assert [item[-2] for item in items[1:]] == ["bad field", "empty"]


def test_loading_a_folder_that_is_no_spark_output_says_so(tmp_path):
    import pytest

    from communique.errors import BadInput
    from communique.store.database import Store
    from communique.store.from_parquet import load_spark_output

    with Store(tmp_path / "s.duckdb") as store, pytest.raises(BadInput, match="holds no output of"):
        load_spark_output(store, tmp_path / "nothing")
