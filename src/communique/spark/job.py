"""A Spark run from start to end, and its command line (`communique spark`, `python -m communique.spark`).

`run(inputs, output, ...)` reads the articles, codes them, merges their mentions into stories and writes
the tables (see write_tables.py for what lands under OUTPUT), and returns a `RunSummary`: what was read,
stored and skipped, counted as `ingest` counts it.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..cli.coding_options import add_coding_options
from ..errors import BadInput, CommuniqueError
from ..settings import Settings
from ..store.database import EXTRACTION_FAILED
from .read_input import DUPLICATE, input_format, read_items, split_duplicates

REJECT_SCHEMA = "seq long, name string, id string, reason string, detail string"


@dataclass(frozen=True)
class RunSummary:
    read: int  # input records (non-blank lines or rows)
    stored: int  # articles coded and written
    events: int
    duplicates: int
    stories: int
    groups: int  # independent groups of mentions the story stage ran apart
    partitions: int
    seconds: float
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count, as `ingest` counts them
    phases: dict[str, float] = field(default_factory=dict)  # step -> wall-clock seconds
    master: str = ""  # the master the run used

    def describe(self, output: str) -> str:
        lines = [f"read {self.read} records; stored {self.stored} ({self.events} event mentions) in {output}; "
                 f"{self.duplicates} duplicates",
                 f"{self.stories} stories, merged in {self.groups} independent groups of mentions over "
                 f"{self.partitions} partitions; {self.seconds:.1f} s ("
                 + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in self.phases.items()) + ")"]
        for reason, n in sorted(self.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"skipped {n}: {reason}")
        return "\n".join(lines)


def run(inputs: list[str], output: str, master: str | None = None, settings: Settings | None = None,
        partitions: int | None = None, fmt: str | None = None, spark=None) -> RunSummary:
    """Code `inputs` (JSONL or Parquet paths or URIs) on Spark and write the tables under `output`.
    Uses the given or current SparkSession, else starts one on `master` and stops it at the end."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from .code_partitions import DOCUMENT_TABLES, STORY_TABLES, code_partition, coded_schema, table_columns
    from .merge_stories import merge_stories
    from .write_tables import write_tables

    settings = settings or Settings()
    fmt = input_format(inputs, fmt)
    started = time.monotonic()
    phases: dict[str, float] = {}

    def lap(name: str) -> None:
        phases[name] = time.monotonic() - started - sum(phases.values())

    own = spark is None
    spark = spark or session(master)
    lap("session")
    try:
        parts = partitions or 2 * spark.sparkContext.defaultParallelism
        if parts < 1:
            raise BadInput(f"--partitions {parts} must be at least 1.")
        spark.conf.set("spark.sql.shuffle.partitions", str(parts))
        document_columns, story_columns = table_columns(DOCUMENT_TABLES), table_columns(STORY_TABLES)
        items = read_items(spark, inputs, fmt).persist(StorageLevel.MEMORY_AND_DISK)
        articles, duplicates = split_duplicates(spark, items)
        lap("read")
        coded_rows = articles.repartition(parts).rdd.mapPartitions(lambda it: code_partition(it, settings))
        coded = spark.createDataFrame(coded_rows, coded_schema(document_columns))
        coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
        coded.count()  # the coding, done once here; the stages below read the cached rows
        lap("code")
        stories = merge_stories(spark, coded, parts, story_columns)
        lap("stories")
        rejects = (items.where(F.col("reason").isNotNull()).select("seq", "name", "id", "reason", "detail")
                   .unionByName(duplicates.select("seq", "name", "id", F.lit(DUPLICATE).alias("reason"),
                                                  F.lit(None).cast("string").alias("detail")))
                   .unionByName(coded.where(F.col("error").isNotNull()).join(
                       items.select("seq", "name"), "seq").select(
                       "seq", "name", "id", F.lit(EXTRACTION_FAILED).alias("reason"),
                       F.col("error").alias("detail"))))
        write_tables(coded, stories, rejects, output, document_columns | story_columns)
        lap("write")
        skipped = {r["reason"]: r["count"] for r in rejects.groupBy("reason").count().collect()}
        totals = coded.where(F.col("error").isNull()).agg(
            F.count("*").alias("stored"), F.sum(F.size("event_mentions")).alias("events")).collect()[0]
        return RunSummary(read=items.count(), stored=totals["stored"], events=totals["events"] or 0,
                          duplicates=skipped.pop(DUPLICATE, 0), stories=stories.story_rows.count(),
                          groups=stories.groups, partitions=parts, seconds=time.monotonic() - started,
                          skipped=skipped, phases=phases, master=spark.sparkContext.master)
    finally:
        if own:
            spark.stop()


def session(master: str | None = None):
    """The current SparkSession (under spark-submit), else a new one on `master` (default local[*])."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("communique")
    if master:
        builder = builder.master(master)
    if (master or "local").startswith("local"):
        # local executors run this very Python (the venv communique is installed in): PySpark reads the
        # variable when the context starts, and falls back to `python3` on the PATH
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                   .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT",
                        help="JSONL or Parquet articles: a file, folder or glob, local or any Hadoop URI")
    parser.add_argument("output", metavar="OUTPUT", help="folder (or URI) to write the Parquet tables to")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, help="partitions to code and merge in "
                        "(default: twice the default parallelism)")
    parser.add_argument("--input-format", choices=("jsonl", "parquet"),
                        help="format of INPUT (default: parquet where INPUT ends in .parquet, else jsonl)")
    add_coding_options(parser)


def run_command(args) -> int:
    settings = Settings.build(file=Path(args.config) if args.config else None, actors_file=args.actors,
                              gazetteer_file=args.gazetteer, verbs_file=args.verbs, profile=args.profile,
                              model=args.model)
    summary = run([args.input], args.output, master=args.master, settings=settings,
                  partitions=args.partitions, fmt=args.input_format)
    print(summary.describe(args.output))
    return 1 if summary.read and not summary.stored else 0


def main(argv: list[str] | None = None) -> int:
    """`python -m communique.spark INPUT OUTPUT [options]` (the spark-submit entry point)."""
    parser = argparse.ArgumentParser(prog="python -m communique.spark",
                                     description="Code articles on Spark into Parquet tables.")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run_command(args)
    except CommuniqueError as exc:
        print(f"communique: {exc}", file=sys.stderr)
        return 2
