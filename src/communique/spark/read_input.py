"""Step 1 of a Spark run: articles from JSONL or Parquet, in input order, checked as `ingest` checks them.

Every record gets `seq`, its place in the input (files in path order, then line or row order), which
stands for the order `ingest` reads them in: stories depend on it. Each JSONL line goes through the same
function as `ingest` (`ingest.reading.article_from_json_line`), each Parquet row through
`article_from_record`; a line that cannot be used is kept as a reject with ingest's reason. Duplicates
(the same id, URL or normalised text as an article kept earlier in the input) are dropped exactly as
`Store.new_articles` drops them: articles whose keys are all unique pass straight through, and only the
few that share a key are settled on the driver, in input order.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Iterator

from ..errors import BadInput
from ..ingest.reading import ReadFailure, article_from_json_line, article_from_record, text_hash

FORMATS = ("jsonl", "parquet")
INPUT_COLUMNS = ("id", "text", "published", "title", "url", "source")
ITEM_SCHEMA = ("seq long, name string, id string, text string, published string, title string, "
               "url string, source string, text_hash string, reason string, detail string")
DUPLICATE = "duplicate"  # the reason a rejected duplicate is counted under


def input_format(paths: list[str], given: str | None) -> str:
    """The format asked for, else Parquet where every path ends in .parquet, else JSONL."""
    if given:
        if given not in FORMATS:
            raise BadInput(f"Unknown input format {given!r}; choose jsonl or parquet.")
        return given
    return "parquet" if all(p.rstrip("/").endswith(".parquet") for p in paths) else "jsonl"


def read_items(spark, paths: list[str], fmt: str):
    """A DataFrame (ITEM_SCHEMA) with one row per non-blank input record: an article (reason null) or
    a reject (reason and detail set)."""
    from pyspark.sql import functions as F
    from pyspark.sql.utils import AnalysisException

    try:
        frame = spark.read.text(paths) if fmt == "jsonl" else spark.read.parquet(*paths)
    except AnalysisException as exc:
        raise BadInput(f"The input {', '.join(paths)} cannot be read ({str(exc).splitlines()[0]}).") from exc
    if fmt == "parquet" and "text" not in frame.columns:
        raise BadInput(f"The Parquet input {', '.join(paths)} has no text column.")
    ordered = (frame.withColumn("_file", F.col("_metadata.file_path"))
               .withColumn("_row", F.monotonically_increasing_id()).orderBy("_file", "_row"))
    indexed = ordered.rdd.zipWithIndex()
    first = indexed.map(lambda pair: (pair[0]["_file"], pair[1])).reduceByKey(min).collectAsMap()
    columns = [c for c in INPUT_COLUMNS if c in frame.columns]
    items = indexed.mapPartitions(lambda rows: parse_records(rows, fmt, first, columns))
    return spark.createDataFrame(items, ITEM_SCHEMA)


def parse_records(rows: Iterable[tuple[Any, int]], fmt: str, first: dict[str, int],
                  columns: list[str]) -> Iterator[tuple]:
    """(row, index) pairs as ITEM_SCHEMA tuples; blank JSONL lines are skipped, as `ingest` skips them."""
    for row, index in rows:
        number = index - first[row["_file"]] + 1
        if fmt == "jsonl":
            line = row["value"].lstrip("\ufeff") if number == 1 else row["value"]
            if not line.strip():
                continue
            item = article_from_json_line(line, f"{row['_file']} line {number}")
        else:
            record = {c: _plain(row[c]) for c in columns}
            item = article_from_record(record, f"{row['_file']} row {number}")
        yield item_tuple(index, item)


def item_tuple(seq: int, item) -> tuple:
    if isinstance(item, ReadFailure):
        return (seq, item.name, item.id, None, None, None, None, None, None, item.reason, item.detail)
    return (seq, item.path, item.id, item.text, item.published, item.title, item.url, item.source,
            text_hash(item.text), None, None)


def _plain(value: Any) -> Any:
    """A Parquet date or timestamp as the ISO string a JSONL line would carry."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def split_duplicates(spark, items):
    """(articles to code, duplicates): the first article with a given id, URL or text is kept."""
    from pyspark.sql import functions as F

    articles = items.where(F.col("reason").isNull())
    keys = articles.select("seq", F.explode(F.array_compact(F.array(
        *[F.when(F.col(c) != "", F.concat(F.lit(prefix), F.col(c)))
          for c, prefix in (("id", "id:"), ("url", "url:"), ("text_hash", "text:"))]))).alias("key"))
    shared = keys.groupBy("key").count().where(F.col("count") > 1).select("key")
    contested: dict[int, set[str]] = {}
    for row in keys.join(shared, "key").select("seq", "key").collect():
        contested.setdefault(row["seq"], set()).add(row["key"])
    dropped = spark.createDataFrame([(seq,) for seq in sorted(later_duplicates(contested))], "seq long")
    return articles.join(dropped, "seq", "left_anti"), articles.join(dropped, "seq", "left_semi")


def later_duplicates(keys_by_seq: dict[int, set[str]]) -> set[int]:
    """The articles (by seq) that `Store.new_articles` skips: one sharing a key with an article kept
    before it. Only kept articles' keys count, as in the store."""
    seen: set[str] = set()
    dropped = set()
    for seq in sorted(keys_by_seq):
        keys = keys_by_seq[seq]
        if keys & seen:
            dropped.add(seq)
        else:
            seen |= keys
    return dropped
