"""`communique spark INPUT OUTPUT`: the pipeline on Apache Spark (needs `pip install communique[spark]`)."""
from __future__ import annotations

from ..errors import BadInput


def add_commands(subparsers) -> None:
    from ..spark.job import add_arguments

    p = subparsers.add_parser(
        "spark", help="Code JSONL or Parquet articles on Apache Spark into Parquet tables (and stories).",
        description="Read articles with Spark, code them with one spaCy model per executor, merge their "
                    "mentions into stories by the store's rules, and write Parquet tables partitioned by "
                    "publication date. Load them into a store with `communique ingest --from-parquet OUTPUT`.")
    add_arguments(p)
    p.set_defaults(run=run_spark)


def run_spark(args) -> int:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise BadInput("communique spark needs pyspark; install it with `pip install communique[spark]`.") from exc
    from ..spark.job import run_command

    return run_command(args)


def run_from_parquet(args) -> int:
    """`communique ingest --from-parquet OUTPUT`: load a Spark run's tables into the store."""
    from ..store.database import EXTRACTION_FAILED, Store
    from ..store.from_parquet import load_spark_output
    from .store_commands import _summary

    if not args.from_parquet:
        raise BadInput("Give the articles to ingest (files, folders, feeds), or --from-parquet OUTPUT.")
    if args.paths:
        raise BadInput("Give either articles to ingest or --from-parquet OUTPUT, not both.")
    with Store(args.db) as store:
        counts = load_spark_output(store, args.from_parquet)
    # as `ingest` counts: articles read (stored, duplicates, failed extractions), apart from unreadable lines
    read = counts.stored + counts.duplicates + counts.skipped["duplicate"] + counts.skipped[EXTRACTION_FAILED]
    print(_summary(read, counts, args.db))
    return 0
