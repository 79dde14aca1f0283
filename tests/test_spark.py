"""`communique spark` in local[2] against `communique ingest` on the same input: the same documents, events
and stories, the same export columns, the same rejects; loading the run twice adds nothing."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from communique.cli import main
from communique.store.database import Store
from communique.store.export import EVENTS_FLAT_SQL, STORIES_FLAT_SQL
from spark_corpus import write_corpus

pytest.importorskip("pyspark")
pytestmark = [pytest.mark.spark, pytest.mark.model]

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"


@pytest.fixture(scope="module")
def runs(tmp_path_factory, nlp):
    """(corpus records, ingest's store, ingest's printout, Spark's OUTPUT, its printout, the loaded store)."""
    root = tmp_path_factory.mktemp("spark")
    corpus = root / "articles.jsonl"
    records = write_corpus(corpus, SAMPLES)
    import io
    from contextlib import redirect_stdout

    def cli(*args: str) -> str:
        out = io.StringIO()
        with redirect_stdout(out):
            assert main(list(args)) == 0
        return out.getvalue()

    ingested = cli("ingest", str(corpus), "--db", str(root / "ingest.duckdb"))
    sparked = cli("spark", str(corpus), str(root / "out"), "--master", "local[2]", "--partitions", "3")
    loaded = cli("ingest", "--from-parquet", str(root / "out"), "--db", str(root / "spark.duckdb"))
    again = cli("ingest", "--from-parquet", str(root / "out"), "--db", str(root / "spark.duckdb"))
    return dict(records=records, ingest_db=root / "ingest.duckdb", ingested=ingested, out=root / "out",
                sparked=sparked, spark_db=root / "spark.duckdb", loaded=loaded, again=again)


def _skips(printout: str) -> dict[str, int]:
    return {reason: int(n) for n, reason in re.findall(r"^skipped (\d+): (.+)$", printout, re.M)}


def _parquet(folder: Path, sql_columns: str = "*", tail: str = "") -> tuple[list[str], list[tuple]]:
    cursor = duckdb.connect().execute(
        f"SELECT {sql_columns} FROM read_parquet('{folder}/**/*.parquet', hive_partitioning = false) {tail}")
    return [d[0] for d in cursor.description], cursor.fetchall()


def test_spark_stores_exactly_what_ingest_stores(runs):
    with Store(runs["ingest_db"], read_only=True) as single, Store(runs["spark_db"], read_only=True) as spark:
        assert single.counts()["documents"] > 200 and single.counts()["event_mentions"] > 300
        assert spark.counts() == single.counts()
        assert spark.events() == single.events()
        assert spark.stories() == single.stories()
        assert spark.document_ids() == single.document_ids()
        for doc_id in single.document_ids()[::17]:
            assert spark.document(doc_id) == single.document(doc_id)
        stories = single.stories()
    # the input makes stories across documents and days, so the story stage had work to do
    multi = [s for s in stories if s["documents"] >= 2 and s["first_seen"] != s["last_seen"]]
    assert len(multi) >= 20


def test_parquet_tables_have_the_export_columns(runs, tmp_path):
    with Store(runs["ingest_db"], read_only=True) as single:
        for table, sql in (("events", EVENTS_FLAT_SQL), ("stories", STORIES_FLAT_SQL)):
            cursor = single.query(sql)
            expected_columns = [d[0] for d in cursor.description]
            expected_rows = cursor.fetchall()
            columns, found = _parquet(runs["out"] / table)
            assert columns == expected_columns
            assert sorted(found, key=repr) == sorted(expected_rows, key=repr)
    # partitioned by publication date: every event sits under its document's day
    days = {p.name for p in (runs["out"] / "events").iterdir() if p.is_dir()}
    published = {r["published"] for r in runs["records"]}
    assert days and days <= {f"published_day={d}" for d in published}


def test_rejects_are_counted_per_reason_as_ingest_counts_them(runs):
    skipped = _skips(runs["ingested"])
    assert skipped == {"bad JSON line": 1, "bad field": 1, "empty": 1, "not English": 1}
    assert _skips(runs["sparked"]) == skipped
    duplicates = int(re.search(r"; (\d+) already stored", runs["ingested"]).group(1))
    assert duplicates >= 2  # the two written in, and any repeat of a template
    assert re.search(r"; %d duplicates" % duplicates, runs["sparked"])
    columns, rows = _parquet(runs["out"] / "rejects", "reason, count(*)", "GROUP BY reason")
    assert dict(rows) == {**skipped, "duplicate": duplicates}


def test_loading_a_run_twice_adds_nothing(runs):
    stored = int(re.search(r"stored (\d+)", runs["loaded"]).group(1))
    assert stored > 200
    assert re.search(r"stored 0 \(0 event mentions\).*; %d already stored" % stored, runs["again"])


def test_the_spark_command_passes_profile_and_model_to_the_run(monkeypatch, tmp_path, capsys):
    """`--profile` and `--model` reach the settings every executor codes with, as they do for ingest."""
    from communique.spark import job

    seen = {}

    class Summary:
        read = stored = 1

        def describe(self, output):
            return f"wrote {output}"

    def run(inputs, output, master=None, settings=None, partitions=None, fmt=None):
        seen["settings"] = settings
        return Summary()

    monkeypatch.setattr(job, "run", run)
    for key in ("COMMUNIQUE_PROFILE", "COMMUNIQUE_MODEL"):
        monkeypatch.delenv(key, raising=False)
    assert job.main([str(tmp_path / "in.jsonl"), str(tmp_path / "out"), "--profile", "petrarch2",
                     "--model", "md"]) == 0
    assert (seen["settings"].profile, seen["settings"].model) == ("petrarch2", "md")
    assert job.main([str(tmp_path / "in.jsonl"), str(tmp_path / "out")]) == 0
    assert (seen["settings"].profile, seen["settings"].model) == ("communique", "sm")
