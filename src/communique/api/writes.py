"""POST /api/articles: code a JSON list of articles (the JSONL form) and store them. It needs
`Authorization: Bearer <token>` with the token from COMMUNIQUE_TOKEN, and is refused when none is set.
The body is read up to the size limit; the store is written under the app's one writer lock."""
from __future__ import annotations

import hmac
import json

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from ..records import Article

router = APIRouter(prefix="/api")


class ArticleIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    text: str = Field(min_length=1)
    id: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    title: str | None = None
    url: str | None = None
    source: str | None = None


class Stored(BaseModel):
    stored: int
    duplicates: int
    events: int
    skipped: dict[str, int]


def check_token(request: Request) -> None:
    expected = request.app.state.desk.token
    if not expected:
        raise HTTPException(403, "Writing is disabled: the server was started without COMMUNIQUE_TOKEN.")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), expected.encode()):
        raise HTTPException(401, "A valid token is needed: send Authorization: Bearer <COMMUNIQUE_TOKEN>.",
                            headers={"WWW-Authenticate": "Bearer"})


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdecimal() and int(declared) > limit:
        raise HTTPException(413, f"The request body is over the limit of {limit} bytes; send fewer articles.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"The request body is over the limit of {limit} bytes; send fewer articles.")
    return bytes(body)


@router.post("/articles", summary="Code and store articles (bearer token)", response_model=Stored,
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                 "type": "array", "items": ArticleIn.model_json_schema(), "maxItems": 1000}}}}})
async def post_articles(request: Request):
    desk = request.app.state.desk
    check_token(request)
    body = await read_body(request, desk.max_body)
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, "The body is not JSON; send a list of articles as JSON.") from None
    if not isinstance(raw, list):
        raise HTTPException(400, "The body must be a JSON list of articles.")
    try:
        articles = [Article(**ArticleIn.model_validate(item).model_dump()) for item in raw]
    except ValidationError as exc:
        first = exc.errors()[0]
        raise HTTPException(422, f"An article is not valid at {'.'.join(map(str, first['loc']))}: {first['msg']}.")
    return await run_in_threadpool(_store_articles, desk, articles)


def _store_articles(desk, articles: list[Article]) -> dict:
    from ..pipeline import extract_articles
    from ..store.add_counts import AddCounts

    counts = AddCounts()
    with desk.write_lock:
        store = desk.store
        new = list(store.new_articles(articles, counts))
        if new:
            store.add_documents(extract_articles(new, desk.settings), store.story_index(), counts)
        desk.forget()
    return {"stored": counts.stored, "duplicates": counts.duplicates, "events": counts.events,
            "skipped": dict(counts.skipped)}
