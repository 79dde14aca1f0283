"""The communique pipeline on Apache Spark: the same coding, stories and tables as `communique ingest`,
spread over a cluster's executors (needs the `spark` extra: `pip install communique[spark]`).

The steps, one module each:
- `read_input`: JSONL or Parquet articles (local paths or any Hadoop-compatible URI) in input order,
  each line checked as `ingest` checks it; duplicates (same id, URL or text) dropped as `ingest` drops them.
- `code_partitions`: one spaCy model per executor process (`mapPartitions`), the store's own row building
  (an in-memory `store.database.Store`) giving every table's rows per document.
- `merge_stories`: the story rules of `resolve.stories`, run on independent groups of mentions.
- `write_tables`: Parquet tables partitioned by publication date, and the rejects table.
- `job`: the run from start to end (`run`), and the `python -m communique.spark` entry point.
"""
