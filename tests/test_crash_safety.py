"""Crash safety: `kill -9` at several points while documents are stored loses nothing and stores nothing
twice once the run is repeated; a second writer gets a clear lock error. The writer runs in a subprocess
(tests/crash_driver.py) with hand-made documents, so no spaCy model is loaded and the test stays light."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from communique.cli import main
from communique.store.database import Store

DRIVER = Path(__file__).with_name("crash_driver.py")
N, COMMIT = 300, 16
KILL_AFTER = (20, 120, 240)  # documents handed to the store by each killed run before the kill


def _start(*args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(DRIVER.parent)}
    return subprocess.Popen([sys.executable, str(DRIVER), *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def test_kill_9_at_several_points_then_resume_loses_and_duplicates_nothing(tmp_path):
    db = tmp_path / "crash.duckdb"
    stored_before = []
    for kill_after in KILL_AFTER:
        process = _start(db, N, COMMIT)
        handed = 0
        for line in process.stdout:
            if line.startswith("doc-"):
                handed += 1
            if handed >= kill_after - sum(stored_before) or line.startswith("done"):
                break
        process.send_signal(signal.SIGKILL)
        process.communicate()
        with Store(db, read_only=True) as store:
            stored_before.append(store.counts()["documents"] - sum(stored_before))
    assert sum(stored_before) < N  # the kills did cut the runs short
    finished = _start(db, N, COMMIT)
    out, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err
    with Store(db, read_only=True) as store:
        q = lambda sql: store.query(sql).fetchall()[0]  # noqa: E731
        assert q("SELECT count(*), count(DISTINCT id), count(DISTINCT text_hash) FROM documents") == (N, N, N)
        assert q("SELECT count(*), count(DISTINCT id) FROM event_mentions") == (2 * N, 2 * N)
        assert q("SELECT count(*), count(DISTINCT mention_id) FROM story_mentions") == (2 * N, 2 * N)
        assert q("SELECT count(*) FROM event_mentions WHERE story_id IS NULL") == (0,)
        assert q("SELECT sum(mentions) FROM stories") == (2 * N,)  # no story counts a mention twice


def test_a_second_writer_gets_a_clear_lock_error(tmp_path, capsys):
    db = tmp_path / "locked.duckdb"
    holder = _start(db, "hold")
    try:
        assert holder.stdout.readline().strip() == "ready"
        article = tmp_path / "a.txt"
        article.write_text("Egypt chided Ethiopia over the dam on Monday.", encoding="utf-8")
        assert main(["ingest", str(article), "--db", str(db)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"communique: The database {db} is in use by another program")
        assert len(err.splitlines()) == 1
    finally:
        holder.kill()
        holder.communicate()
