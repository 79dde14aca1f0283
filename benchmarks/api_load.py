"""Load on `communique serve`: 50 concurrent clients on loopback against a store of >= 100,000 events,
asking /api/events with a dyad and a date filter. Prints p50, p90, p99 latency, throughput and errors.

The store: the 10 sample articles coded by the real pipeline, then their documents and event mentions
repeated with new ids, each copy's dates moved on by one day (so a date window selects a slice), until
there are at least --events mentions. The server runs as `communique serve` in its own process; the
clients are asyncio tasks over keep-alive HTTP connections (httpx). Loopback only; bounded in count.

    python benchmarks/api_load.py [--events 100000] [--clients 50] [--requests 3000]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import httpx

ROOT = Path(__file__).resolve().parents[1]
DYADS = ["IRQ,IRQ", "TUR,LBY", "YEM,YEM", "SAU,YEM", "EGY,SDN", "LBY,TUR"]


def build_store(path: Path, events: int) -> int:
    subprocess.run([sys.executable, "-m", "communique", "ingest", str(ROOT / "samples" / "articles.jsonl"),
                    "--db", str(path)], check=True, stdout=subprocess.DEVNULL)
    db = duckdb.connect(str(path))
    per_copy = db.execute("SELECT count(*) FROM event_mentions").fetchall()[0][0]
    copies = -(-events // per_copy) - 1
    shift = ("CASE WHEN length({c}) >= 10 THEN strftime(CAST(substr({c}, 1, 10) AS DATE) + CAST(i AS INTEGER), "
             "'%Y-%m-%d') || substr({c}, 11) ELSE {c} END")
    db.execute("BEGIN")
    db.execute(f"""INSERT INTO documents SELECT documents.* REPLACE (id || '~' || i AS id, url || '~' || i AS url,
               text_hash || '~' || i AS text_hash, {shift.format(c='published')} AS published, seq + i * 1000 AS seq)
               FROM documents, range(1, {copies + 1}) t(i)""")
    db.execute(f"""INSERT INTO event_mentions SELECT event_mentions.* REPLACE (id || '~' || i AS id,
               document_id || '~' || i AS document_id, {shift.format(c='date_value')} AS date_value,
               NULL AS story_id) FROM event_mentions, range(1, {copies + 1}) t(i)""")
    db.execute("COMMIT")
    total = db.execute("SELECT count(*) FROM event_mentions").fetchall()[0][0]
    db.close()
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def run_clients(base: str, clients: int, requests: int, seed: int = 7) -> tuple[list[float], int, list[int]]:
    rng = random.Random(seed)
    queue: asyncio.Queue = asyncio.Queue()
    for _ in range(requests):
        start = 18_260 + rng.randrange(0, 1500)  # a day number: 2020-01-01 plus up to ~4 years
        since = time.strftime("%Y-%m-%d", time.gmtime(start * 86400))
        until = time.strftime("%Y-%m-%d", time.gmtime((start + rng.choice((7, 30, 90))) * 86400))
        queue.put_nowait({"dyad": rng.choice(DYADS), "since": since, "until": until, "limit": 100})
    latencies: list[float] = []
    totals: list[int] = []
    errors = 0
    kinds: dict[str, int] = {}

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            params = queue.get_nowait()
            began = time.perf_counter()
            try:
                response = await http.get("/api/events", params=params)
                ok = response.status_code == 200
                if ok:
                    totals.append(response.json()["total"])
                else:
                    kinds[f"HTTP {response.status_code}: {response.text[:120]}"] = kinds.get(f"HTTP {response.status_code}: {response.text[:120]}", 0) + 1
            except httpx.HTTPError as exc:
                ok = False
                kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
            latencies.append(time.perf_counter() - began)
            errors += 0 if ok else 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))
    for kind, n in kinds.items():
        print(f"error x{n}: {kind}")
    return latencies, errors, totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--db", help="reuse this store instead of building one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.duckdb"
        if not args.db:
            began = time.perf_counter()
            total = build_store(db, args.events)
            print(f"store: {total} event mentions, built in {time.perf_counter() - began:.1f} s")
        port = free_port()
        env = {**os.environ, "COMMUNIQUE_TOKEN": ""}
        server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(db), "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(base + "/api/events?limit=1", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            asyncio.run(run_clients(base, 5, 50, seed=1))  # warm-up
            began = time.perf_counter()
            latencies, errors, totals = asyncio.run(run_clients(base, args.clients, args.requests))
            wall = time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=20)
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100)
    print(f"{args.clients} clients, {len(ms)} requests of /api/events?dyad=..&since=..&until=..&limit=100 "
          f"in {wall:.1f} s ({len(ms) / wall:.0f} requests/s); matching events per request: median "
          f"{statistics.median(totals) if totals else 0:.0f}")
    print(f"latency ms: p50 {q[49]:.1f}  p90 {q[89]:.1f}  p99 {q[98]:.1f}  max {ms[-1]:.1f}   errors: {errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
