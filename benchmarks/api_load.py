"""Load on `communique serve`: 50 concurrent clients on loopback against a store of >= 100,000 events,
asking /api/events with a dyad and a date filter. Prints p50, p90, p99 latency, throughput and errors.

The store: the 10 sample articles coded by the real pipeline, then their documents and event mentions
repeated with new ids, each copy's dates moved on by one day (so a date window selects a slice), until
there are at least --events mentions. The server runs as `communique serve` in its own process; the
clients are asyncio tasks, each on one kept-alive HTTP/1.1 connection spoken directly over a socket (no
HTTP library: on 2 cores the load generator competes with the server, so it is kept lean, and its own CPU
time is printed). Each request draws a dyad and a date window at random. Loopback only; bounded in count.

    python benchmarks/api_load.py [--events 100000] [--clients 50] [--requests 3000] [--db FILE]
                                  [--passes N] [--no-cache] [--port PORT]
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
from urllib.parse import urlencode

import duckdb

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


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, target: str) -> tuple[int, bytes]:
    """One GET on a kept-alive HTTP/1.1 connection: the status and the body (Content-Length or chunked)."""
    writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode("ascii"))
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    body = bytearray()
    while True:  # chunked
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        body += await reader.readexactly(size + 2)
        if size == 0:
            return status, bytes(body)


def draw_queries(requests: int, seed: int) -> list[str]:
    """`requests` request targets: a dyad and a date window of 7, 30 or 90 days drawn at random."""
    rng = random.Random(seed)
    targets = []
    for _ in range(requests):
        start = 18_260 + rng.randrange(0, 1500)  # a day number: 2020-01-01 plus up to ~4 years
        since = time.strftime("%Y-%m-%d", time.gmtime(start * 86400))
        until = time.strftime("%Y-%m-%d", time.gmtime((start + rng.choice((7, 30, 90))) * 86400))
        targets.append("/api/events?" + urlencode({"dyad": rng.choice(DYADS), "since": since, "until": until,
                                                    "limit": 100}))
    return targets


async def run_clients(port: int, clients: int, targets: list[str]) -> tuple[list[float], int, list[int]]:
    """`clients` tasks, each on one kept-alive connection, take the next target until none is left (a
    closed loop: each client sends its next request as soon as the last is answered)."""
    pending = iter(targets)
    latencies: list[float] = []
    totals: list[int] = []
    kinds: dict[str, int] = {}

    async def client() -> None:
        connection = None
        for target in pending:
            began = time.perf_counter()
            try:
                if connection is None:
                    connection = await asyncio.open_connection("127.0.0.1", port)
                status, body = await _get(*connection, target)
                if status == 200:  # the total is the envelope's second-last key: read without parsing the items
                    at = body.rindex(b'"total":') + 8
                    totals.append(int(body[at:body.index(b",", at)]))
                else:
                    kinds[f"HTTP {status}: {body[:120]!r}"] = kinds.get(f"HTTP {status}: {body[:120]!r}", 0) + 1
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
                if connection is not None:
                    connection[1].close()
                connection = None
            latencies.append(time.perf_counter() - began)
        if connection is not None:
            connection[1].close()

    await asyncio.gather(*(client() for _ in range(clients)))
    for kind, n in kinds.items():
        print(f"error x{n}: {kind}")
    return latencies, sum(kinds.values()), totals


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def measure(port: int, server_pid: int | None, args) -> None:
    asyncio.run(run_clients(port, 5, draw_queries(50, seed=1)))  # warm-up: other queries than the run's
    for run in range(args.passes):  # each pass draws its own queries; later passes find more events held
        targets = draw_queries(args.requests, seed=args.seed + run)
        load_before = os.getloadavg()[0]
        server_cpu = cpu_seconds(server_pid) if server_pid else 0.0
        began, cpu = time.perf_counter(), time.process_time()
        latencies, errors, totals = asyncio.run(run_clients(port, args.clients, targets))
        wall, cpu = time.perf_counter() - began, time.process_time() - cpu
        server_cpu = cpu_seconds(server_pid) - server_cpu if server_pid else float("nan")
        ms = sorted(x * 1000 for x in latencies)
        q = statistics.quantiles(ms, n=100)
        print(f"pass {run + 1}: {args.clients} clients, {len(ms)} requests ({len(set(targets))} distinct) of "
              f"/api/events?dyad=..&since=..&until=..&limit=100 in {wall:.1f} s ({len(ms) / wall:.0f} requests/s); "
              f"matching events per request: median {statistics.median(totals) if totals else 0:.0f}")
        print(f"latency ms: p50 {q[49]:.1f}  p90 {q[89]:.1f}  p99 {q[98]:.1f}  max {ms[-1]:.1f}   errors: {errors}")
        print(f"CPU: load generator {cpu:.1f} s ({cpu / wall:.0%} of one core), server {server_cpu:.1f} s "
              f"({server_cpu / wall:.0%}, {server_cpu / len(ms) * 1000:.1f} ms a request); "
              f"load average {load_before:.2f} -> {os.getloadavg()[0]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--passes", type=int, default=1, help="runs of --requests each on the same server")
    parser.add_argument("--db", help="reuse this store instead of building one")
    parser.add_argument("--port", type=int, help="load a server already running on this loopback port "
                                                 "(e.g. under a profiler) instead of starting one")
    parser.add_argument("--no-cache", action="store_true", help="start the server keeping no event's JSON "
                                                                "(COMMUNIQUE_API_CACHE=0)")
    args = parser.parse_args()
    if args.port:
        wait_for(args.port)
        measure(args.port, None, args)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "load.duckdb"
        if not args.db:
            began = time.perf_counter()
            total = build_store(db, args.events)
            print(f"store: {total} event mentions, built in {time.perf_counter() - began:.1f} s")
        port = free_port()
        env = {**os.environ, "COMMUNIQUE_TOKEN": "", "COMMUNIQUE_API_STATS": "1"}
        if args.no_cache:
            env["COMMUNIQUE_API_CACHE"] = "0"
        server = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(db), "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_for(port)
            measure(port, server.pid, args)
        finally:
            server.terminate()
            _, err = server.communicate(timeout=30)
        for line in err.splitlines():
            if "cache" in line:
                print("server:", line.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
