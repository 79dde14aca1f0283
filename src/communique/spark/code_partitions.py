"""Step 2 of a Spark run: code the articles of each partition, and turn each document into table rows.

The coding is `pipeline.extract_articles`, run by `mapPartitions`: the spaCy model and communique's
tables are loaded once per executor's Python process (Spark reuses its Python workers between tasks) and
kept there. The rows are made by the store itself: each batch of coded documents is added to an in-memory
`store.database.Store` (`add_documents`, with `store.rows` building every row) and read back with the same
SQL as `communique export --format parquet` (`store.export.EVENTS_FLAT_SQL`) and plain `SELECT *` for the
other tables. So a column the store gains is carried into the Spark output without a change here.

Each document becomes one row of CODED: its place in the input, id, publication date, error (where its
extraction failed), its events as contract JSON (for the story stage) and one list of rows per table.
"""
from __future__ import annotations

from collections import deque
from typing import Any, Iterable, Iterator

from ..pipeline import extract_articles
from ..records import Article, Document
from ..settings import Settings
from ..store import rows
from ..store.add_counts import AddCounts
from ..store.database import Store
from ..store.export import EVENTS_FLAT_SQL, STORIES_FLAT_SQL

# table -> the SQL that reads its rows from a store; `events` and `stories` are the export's flat tables,
# the others the store's own tables (what `ingest --from-parquet` loads back).
DOCUMENT_TABLES = {
    "documents": "SELECT * FROM documents",
    "events": EVENTS_FLAT_SQL,
    "event_mentions": "SELECT * FROM event_mentions",
    "actors": "SELECT * FROM actors",
    "places": "SELECT * FROM places",
    "quotes": "SELECT * FROM quotes",
    "dates": "SELECT * FROM dates",
}
STORY_TABLES = {"stories": STORIES_FLAT_SQL, "story_rows": "SELECT * FROM stories"}
HEAD_COLUMNS = (("seq", "BIGINT"), ("id", "VARCHAR"), ("published", "VARCHAR"), ("error", "VARCHAR"),
                ("events_json", "VARCHAR"))


def table_columns(queries: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """(name, DuckDB type) of every column each query gives, read from an empty in-memory store."""
    with Store(":memory:") as store:
        return {table: [(r[0], r[1]) for r in store.query(f"DESCRIBE {sql}").fetchall()]
                for table, sql in queries.items()}


def coded_schema(columns: dict[str, list[tuple[str, str]]]):
    """The Spark schema of CODED: the head columns, the documents row, then a list of rows per table."""
    from pyspark.sql.types import ArrayType, StructField, StructType

    fields = [StructField(name, spark_type(kind)) for name, kind in HEAD_COLUMNS]
    for table, table_cols in columns.items():
        row_type = struct_type(table_cols)
        fields.append(StructField(table, row_type if table == "documents" else ArrayType(row_type, False)))
    return StructType(fields)


def struct_type(columns: list[tuple[str, str]]):
    from pyspark.sql.types import StructField, StructType

    return StructType([StructField(name, spark_type(kind)) for name, kind in columns])


def spark_type(duckdb_type: str):
    """The Spark type of a DuckDB column type, as the store's schema uses them."""
    from pyspark.sql import types as T

    if duckdb_type.endswith("[]"):
        return T.ArrayType(spark_type(duckdb_type[:-2]))
    simple = {"VARCHAR": T.StringType, "INTEGER": T.IntegerType, "BIGINT": T.LongType,
              "SMALLINT": T.ShortType, "TINYINT": T.ByteType, "DOUBLE": T.DoubleType, "FLOAT": T.FloatType,
              "BOOLEAN": T.BooleanType, "TIMESTAMP": T.TimestampNTZType, "DATE": T.DateType}
    if duckdb_type not in simple:
        raise TypeError(f"The store has a column of type {duckdb_type}, which the Spark output cannot hold yet.")
    return simple[duckdb_type]()


def code_partition(items: Iterable[Any], settings: Settings, batch: int = 128) -> Iterator[tuple]:
    """CODED rows for the articles of one partition (rows of read_input.ITEM_SCHEMA), in their order."""
    pending: deque = deque()

    def articles() -> Iterator[Article]:
        for item in items:
            pending.append(item)
            yield Article(text=item["text"], id=item["id"], title=item["title"], published=item["published"],
                          url=item["url"], source=item["source"], path=item["name"])

    coded: list[tuple[Any, Document]] = []
    # overlap=False: an executor runs one task per core, so a second thread for the encoder would only take a
    # core from another task (classify/overlap.py pays where a core is idle)
    for document in extract_articles(articles(), settings, overlap=False):
        coded.append((pending.popleft(), document))
        if len(coded) >= batch:
            yield from document_rows(coded)
            coded = []
    if coded:
        yield from document_rows(coded)


def document_rows(coded: list[tuple[Any, Document]]) -> Iterator[tuple]:
    """One CODED row per (item, document), the tables' rows made by an in-memory store."""
    with Store(":memory:") as store:
        store.add_documents([document for _, document in coded], None, AddCounts(), batch_size=len(coded))
        by_table = {table: _rows_by_document(store, sql, "id" if table == "documents" else "document_id")
                    for table, sql in DOCUMENT_TABLES.items()}
    for item, document in coded:
        stored = by_table["documents"].get(document.id)
        if document.error or not stored:
            yield (item["seq"], document.id, document.published, document.error or "not stored",
                   None, None, *([] for _ in list(DOCUMENT_TABLES)[1:]))
            continue
        events_json = rows.dumps([event.to_dict() for event in document.events])
        yield (item["seq"], document.id, document.published, None, events_json, stored[0],
               *(by_table[table].get(document.id, []) for table in list(DOCUMENT_TABLES)[1:]))


def _rows_by_document(store: Store, sql: str, key: str) -> dict[str, list[tuple]]:
    cursor = store.query(sql)
    at = [d[0] for d in cursor.description].index(key)
    grouped: dict[str, list[tuple]] = {}
    for row in cursor.fetchall():
        grouped.setdefault(row[at], []).append(row)
    return grouped
