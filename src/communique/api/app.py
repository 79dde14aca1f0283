"""The FastAPI app: the store opened once (the server is its one writer), the read routes under /api/,
POST /api/articles behind a bearer token, one JSON error shape, and the dashboard's static files."""
from __future__ import annotations

import os
import sys
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from ..errors import BadInput
from ..settings import Settings
from ..store.database import Store
from . import errors, reads, writes
from .event_pages import DEFAULT_MB, EventPages
from .fast_path import EventsFastPath

MAX_BODY_BYTES = 2_000_000  # POST /api/articles: about 400 articles of average length per request
TOKEN_ENV = "COMMUNIQUE_TOKEN"
CACHE_ENV = "COMMUNIQUE_API_CACHE"  # megabytes of events' JSON kept in memory; 0: none (see event_pages)
STATS_ENV = "COMMUNIQUE_API_STATS"  # set: the event cache's hits and misses are written to stderr at shutdown
MAX_CACHED = 64  # deadline boards kept (one per filter) until the next write
DASHBOARD_PATHS = ("/", "/stories/{story_id}", "/documents/{document_id}", "/deadlines")


@dataclass
class Desk:
    """What the app's routes share: the open store, the lock its one writer takes, the token, and
    results derived from the store, kept until the next write."""
    store: Store
    token: str | None
    max_body: int = MAX_BODY_BYTES
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    cache: dict[str, Any] = field(default_factory=dict)
    cache_lock: threading.Lock = field(default_factory=threading.Lock)
    cache_mb: int = DEFAULT_MB
    settings: Settings = field(default_factory=Settings)  # how POST /api/articles codes what it stores
    pages: EventPages = field(init=False)

    def __post_init__(self) -> None:
        self.pages = EventPages(self.store, self.cache_mb * 1_000_000)

    def cached(self, key: str, compute):
        with self.cache_lock:
            if key in self.cache:
                return self.cache[key]
        value = compute()
        with self.cache_lock:
            if len(self.cache) >= MAX_CACHED:  # many different filters: start again rather than grow
                self.cache.clear()
            self.cache[key] = value
        return value

    def forget(self) -> None:
        with self.cache_lock:
            self.cache.clear()
        self.pages.forget()


def web_root() -> Path:
    return Path(str(resources.files("communique").joinpath("web")))


def create_app(db: str | Path, token: str | None = None, max_body: int = MAX_BODY_BYTES,
               cache_mb: int | None = None, settings: Settings | None = None) -> FastAPI:
    """The app over the store at `db` (which must exist). `token`: the bearer token POST needs (default:
    the COMMUNIQUE_TOKEN environment variable; with none, POST is refused). `cache_mb`: megabytes of
    events' JSON kept in memory for /api/events (default: COMMUNIQUE_API_CACHE, else 64; 0 keeps none).
    `settings`: how POST /api/articles codes articles (default: `Settings.build()`, the package defaults
    under the COMMUNIQUE_* environment, as `communique ingest` reads them)."""
    if not Path(db).exists():
        raise BadInput(f"The database {db} does not exist; run `communique ingest` first or give the right "
                       "file with --db.")
    if cache_mb is None:
        setting = os.environ.get(CACHE_ENV, "").strip()
        if setting and not setting.isdecimal():
            raise BadInput(f"{CACHE_ENV}={setting!r} is not a whole number of megabytes.")
        cache_mb = int(setting) if setting else DEFAULT_MB
    desk = Desk(store=Store(db), token=token if token is not None else os.environ.get(TOKEN_ENV) or None,
                max_body=max_body, cache_mb=cache_mb, settings=settings or Settings.build())

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        if os.environ.get(STATS_ENV):
            print(f"communique serve: {desk.pages.stats()}", file=sys.stderr)
        desk.store.close()

    app = FastAPI(lifespan=lifespan, title="communique", version="1", description="Coded political events from news: events, "
                  "stories, documents, actors, deadlines, quotes and daily counts, read from a communique store.")
    app.state.desk = desk
    app.add_middleware(EventsFastPath)  # a page of /api/events held in memory, before FastAPI's own work
    errors.install(app)
    app.include_router(reads.router)
    app.include_router(writes.router)
    root = web_root()
    app.mount("/static", StaticFiles(directory=root), name="static")

    def page() -> FileResponse:
        return FileResponse(root / "index.html", media_type="text/html")

    for path in DASHBOARD_PATHS:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)

    return app
