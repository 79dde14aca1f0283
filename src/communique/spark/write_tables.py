"""Step 4 of a Spark run: the tables, as Parquet.

Under OUTPUT, one folder per table. The tables of documents are partitioned by publication date
(`published_day=YYYY-MM-DD`, `published_day=unknown` where an article has none); the partition column
lives in the folder names only, so the files hold exactly the table's columns:
- `events`: the columns of `communique export --format parquet` (one row per event mention);
- `documents`, `event_mentions`, `actors`, `places`, `quotes`, `dates`: the store's own tables, which
  `communique ingest --from-parquet OUTPUT` loads into a DuckDB store;
- `stories` (the columns of `export --format parquet --table stories`), `story_rows` (the store's stories
  table) and `story_mentions` (story, mention, reason, and `mention_order`, the order they joined in);
- `rejects`: every input record not stored (`seq`, `name`, `id`, `reason`, `detail`), with the reasons
  `ingest` counts (a bad JSON line, empty, not English, ..., "extraction failed") and "duplicate".
Every folder is overwritten as a whole, and Spark commits each task's files once, so a re-run or a
retried task leaves each article's rows exactly once.
"""
from __future__ import annotations

from typing import Any

PARTITION = "published_day"
UNKNOWN_DAY = "unknown"
PER_DOCUMENT = ("events", "event_mentions", "actors", "places", "quotes", "dates")
WITH_STORY = ("events", "event_mentions")  # tables whose `story_id` the story stage fills in


def table_path(output: str, table: str) -> str:
    return f"{output.rstrip('/')}/{table}"


def write_tables(coded, stories, rejects, output: str, columns: dict[str, list[tuple[str, str]]]) -> None:
    """Write every table of a run: `coded` from code_partitions, `stories` a merge_stories.StoryRun."""
    from pyspark.sql import functions as F

    stored = coded.where(F.col("error").isNull()).withColumn(
        PARTITION, F.coalesce(F.col("published"), F.lit(UNKNOWN_DAY)))
    names = [name for name, _ in columns["documents"]]
    documents = stored.select(PARTITION, *[F.col("seq") if name == "seq" else F.col(f"documents.`{name}`")
                                           for name in names])
    _write(documents, output, "documents", partitioned=True)
    story_of = stories.assignments.select(F.col("mention_id").alias("_mention"),
                                          F.col("story_id").alias("_story"))
    for table in PER_DOCUMENT:
        names = [name for name, _ in columns[table]]
        frame = stored.select(PARTITION, F.explode(table).alias("_row")).select(PARTITION, "_row.*")
        if table in WITH_STORY:
            frame = frame.join(story_of, frame["id"] == story_of["_mention"], "left")
            frame = frame.select(PARTITION, *[F.col("_story").alias(name) if name == "story_id"
                                              else F.col(f"`{name}`") for name in names])
        _write(frame, output, table, partitioned=True)
    _write(stories.stories, output, "stories")
    _write(stories.story_rows, output, "story_rows")
    _write(stories.assignments.select("story_id", "mention_id", "reason", "mention_order"), output,
           "story_mentions")
    _write(rejects, output, "rejects")


def _write(frame: Any, output: str, table: str, partitioned: bool = False) -> None:
    writer = frame.write.mode("overwrite")
    if partitioned:
        writer = writer.partitionBy(PARTITION)
    writer.parquet(table_path(output, table))
