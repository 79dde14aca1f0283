"""Step 3 of a Spark run: event mentions merged into stories by the single-machine rules.

`ingest` gives every mention, in input order, to one `resolve.stories.StoryIndex`. The index only ever
compares a mention with stories that have a member under one of its index keys (the code's root or group
with an actor) dated within the index's window (or undated). So mentions fall into groups that never meet:
link two mentions when they share a key and their days lie within the window (or one has no day), and take
the connected groups. Each group is then run through its own StoryIndex, in input order, which gives the
very stories `ingest` gives. The groups are spread over partitions by date window (ordered by their first
day); a group that crosses a window's edge is kept whole, so no story is ever split.

The links are found with Spark (a sort per key); the connected groups on the driver (components.py), from
one pair of integers per link.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import numpy

from ..resolve.stories import StoryIndex
from ..store import rows
from ..store.database import Store
from .code_partitions import STORY_TABLES
from .components import Grouping, connected_groups, mention_number, spread

MENTION_SCHEMA = "number long, document_id string, published string, day int, keys array<string>, event string"
ASSIGNMENT_SCHEMA = "mention_id string, story_id string, reason string, mention_order long"


@dataclass(frozen=True)
class StoryRun:
    """What the story stage made: DataFrames of assignments and of both story tables, and its groups."""
    assignments: Any
    stories: Any
    story_rows: Any
    mentions: int
    groups: int


def merge_stories(spark, coded, partitions: int, columns: dict[str, list[tuple[str, str]]]) -> StoryRun:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from .code_partitions import struct_type

    documents = coded.where(F.col("error").isNull()).select("seq", "id", "published", "events_json")
    mentions = spark.createDataFrame(documents.rdd.mapPartitions(mention_rows), MENTION_SCHEMA)
    mentions = mentions.persist(StorageLevel.MEMORY_AND_DISK)
    window = StoryIndex().window_days
    grouping = _grouping(mentions, window, partitions)
    shared = spark.sparkContext.broadcast(grouping)
    by_partition = (mentions.select("number", "document_id", "published", "event").rdd
                    .map(lambda row: (shared.value.lookup(row["number"])[1], tuple(row)))
                    .partitionBy(partitions, lambda key: key))
    made = by_partition.mapPartitions(lambda pairs: run_groups((p[1] for p in pairs), shared.value))
    made = made.persist(StorageLevel.MEMORY_AND_DISK)
    made.count()  # the stories, made once here; the three tables below read them
    assignments = spark.createDataFrame(made.filter(lambda t: t[0] == "a").map(lambda t: t[1]),
                                        ASSIGNMENT_SCHEMA)
    stories = spark.createDataFrame(made.filter(lambda t: t[0] == "stories").map(lambda t: t[1]),
                                    struct_type(columns["stories"]))
    story_rows = spark.createDataFrame(made.filter(lambda t: t[0] == "story_rows").map(lambda t: t[1]),
                                       struct_type(columns["story_rows"]))
    return StoryRun(assignments, stories, story_rows, len(grouping.ids), grouping.groups)


def mention_rows(documents: Iterable[Any]) -> Iterator[tuple]:
    """MENTION_SCHEMA rows: each event with its number, its day and its index keys."""
    index = StoryIndex()
    for document in documents:
        events = json.loads(document["events_json"] or "[]")
        for position, event in enumerate(events):
            keys, day = index.blocking(event, document["id"], document["published"])
            yield (mention_number(document["seq"], position), document["id"], document["published"], day,
                   keys, rows.dumps(event))


def _grouping(mentions, window: int, partitions: int) -> Grouping:
    """Link mentions that share a key within the window, and spread the connected groups."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    keyed = mentions.select("number", "day", F.explode("keys").alias("key"))
    dated = keyed.where(F.col("day").isNotNull())
    by_day = Window.partitionBy("key").orderBy("day", "number")
    dated = (dated.withColumn("prev_day", F.lag("day").over(by_day))
             .withColumn("prev", F.lag("number").over(by_day)))
    joined = F.col("prev_day").isNotNull() & (F.col("day") - F.col("prev_day") <= window)
    chain = dated.where(joined).select(F.col("number").alias("a"), F.col("prev").alias("b"))
    run_starts = dated.where(~joined).select("key", F.col("number").alias("start"))
    undated = keyed.where(F.col("day").isNull()).withColumn(
        "first", F.min("number").over(Window.partitionBy("key")))
    to_first = undated.where(F.col("number") != F.col("first")).select(
        F.col("number").alias("a"), F.col("first").alias("b"))
    to_runs = undated.where(F.col("number") == F.col("first")).join(run_starts, "key").select(
        F.col("number").alias("a"), F.col("start").alias("b"))
    links = chain.unionByName(to_first).unionByName(to_runs).distinct().collect()
    numbered = mentions.select("number", "day").orderBy("number").collect()
    ids = numpy.fromiter((r[0] for r in numbered), dtype=numpy.int64, count=len(numbered))
    days = numpy.fromiter((-1 if r[1] is None else r[1] for r in numbered), dtype=numpy.int64,
                          count=len(numbered))
    a = numpy.fromiter((r[0] for r in links), dtype=numpy.int64, count=len(links))
    b = numpy.fromiter((r[1] for r in links), dtype=numpy.int64, count=len(links))
    return spread(ids, connected_groups(ids, a, b), days, partitions)


def run_groups(mentions: Iterable[tuple], grouping: Grouping) -> Iterator[tuple]:
    """Each group of this partition through its own StoryIndex, mentions in input order. Yields
    ("a", assignment row) per mention, then ("stories", flat row) and ("story_rows", store row) per story."""
    groups: dict[int, list[tuple]] = {}
    for mention in mentions:
        groups.setdefault(grouping.lookup(mention[0])[0], []).append(mention)
    stories, modalities = [], {}
    for group in sorted(groups):
        index = StoryIndex()
        for number, document_id, published, event in sorted(groups[group]):
            mention = json.loads(event)
            for found in index.add_mentions([mention], document_id, published):
                modalities.setdefault(found.story_id, set()).add(mention.get("modality") or "asserted")
                yield "a", (found.mention_id, found.story_id, found.reason, number)
        stories += index.stories()
    if not stories:
        return
    with Store(":memory:") as store:
        names = rows.sql_columns(rows.STORY_COLUMNS)
        marks = ", ".join("?" for _ in rows.STORY_COLUMNS)
        store.db.executemany(f"INSERT INTO stories ({names}) VALUES ({marks})",
                             [list(rows.story_row(vars(story))) for story in stories])
        for table, sql in STORY_TABLES.items():
            cursor = store.query(sql)
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                if "modalities" in names:  # the store's query reads them from event_mentions, not held here
                    row = _with_modalities(row, names.index("modalities"), modalities)
                yield table, row


def _with_modalities(row: tuple, at: int, modalities: dict[str, set[str]]) -> tuple:
    """The flat story row with its mentions' modalities, as the export's query joins them (";"-separated)."""
    found = modalities.get(row[0])
    return row[:at] + (";".join(sorted(found)) if found else None,) + row[at + 1:]
