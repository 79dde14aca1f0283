"""The FastAPI app: the store opened once (the server is its one writer), the read routes under /api/,
POST /api/articles behind a bearer token, one JSON error shape, and the dashboard's static files."""
from __future__ import annotations

import os
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
from ..store.database import Store
from . import errors, reads, writes

MAX_BODY_BYTES = 2_000_000  # POST /api/articles: about 400 articles of average length per request
TOKEN_ENV = "COMMUNIQUE_TOKEN"
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


def web_root() -> Path:
    return Path(str(resources.files("communique").joinpath("web")))


def create_app(db: str | Path, token: str | None = None, max_body: int = MAX_BODY_BYTES) -> FastAPI:
    """The app over the store at `db` (which must exist). `token`: the bearer token POST needs (default:
    the COMMUNIQUE_TOKEN environment variable; with none, POST is refused)."""
    if not Path(db).exists():
        raise BadInput(f"The database {db} does not exist; run `communique ingest` first or give the right "
                       "file with --db.")
    desk = Desk(store=Store(db), token=token if token is not None else os.environ.get(TOKEN_ENV) or None,
                max_body=max_body)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        desk.store.close()

    app = FastAPI(lifespan=lifespan, title="communique", version="1", description="Coded political events from news: events, "
                  "stories, documents, actors, deadlines, quotes and daily counts, read from a communique store.")
    app.state.desk = desk
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
