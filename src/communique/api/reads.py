"""The read endpoints under /api/: each parses its query, calls one function of `store.desk` (or the
deadline board) and answers `{"items", "total", "limit", "offset"}`, or CSV with `?format=csv`."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..followup.board import deadline_board
from ..store import desk as queries, key_index
from ..store.query_filters import EventQuery
from . import geo
from .tables import csv_response

router = APIRouter(prefix="/api")
MAX_LIMIT = 1000
Format = Literal["json", "csv"]


async def event_query(
    actor: str | None = Query(None, max_length=200, description="part of an actor's name or its CAMEO code"),
    country: str | None = Query(None, max_length=8, description="a source or target country code, e.g. TUR"),
    dyad: str | None = Query(None, max_length=40, description="directed dyad SRC,TGT of country or actor codes"),
    pair: str | None = Query(None, max_length=40, description="undirected dyad A,B: either side acts on the other"),
    root: str | None = Query(None, max_length=4, description="CAMEO root, e.g. 19"),
    cameo: str | None = Query(None, max_length=4, description="CAMEO code or its first digits, e.g. 0256"),
    plover: str | None = Query(None, max_length=40, description="PLOVER type, e.g. ASSAULT"),
    quad_class: int | None = Query(None, ge=1, le=4, description="QuadClass 1..4"),
    modality: Literal["asserted", "negated", "future", "hypothetical", "historical"] | None = Query(None),
    since: str | None = Query(None, max_length=10, description="on or after YYYY-MM-DD (event date)"),
    until: str | None = Query(None, max_length=10, description="on or before YYYY-MM-DD (event date)"),
    place: str | None = Query(None, max_length=200, description="part of the location's name, or its country code"),
    story: str | None = Query(None, max_length=64, description="a story id or its first characters"),
    min_confidence: float | None = Query(None, ge=0.0, le=1.0, description="only mentions at least this confident"),
) -> EventQuery:
    return EventQuery(actor=actor, country=country, dyad=dyad, pair=pair, root=root, cameo=cameo, plover=plover,
                      quad_class=quad_class, modality=modality, since=since, until=until, place=place,
                      story=story, min_confidence=min_confidence)


async def paging(limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=10_000_000)) -> tuple[int, int]:
    return limit, offset


def _answer(items: list[dict[str, Any]], total: int, page: tuple[int, int], fmt: str, name: str):
    if fmt == "csv":
        return csv_response(items, name)
    # the dicts are JSON already: FastAPI's jsonable_encoder would walk them again (~70 ms for 100 events)
    return JSONResponse({"items": items, "total": total, "limit": page[0], "offset": page[1]})


def _store(request: Request):
    return request.app.state.desk.store


@router.get("/events", summary="Event mentions, filtered, in date order")
async def events(request: Request, q: EventQuery = Depends(event_query), page=Depends(paging),
                 format: Format = "json"):
    pages = request.app.state.desk.pages
    if format == "json":  # a page held in memory is answered here, without a hop to a worker thread
        body = pages.page_json(q, *page, read=False)
        if body is not None:
            return Response(body, media_type="application/json")
    return await run_in_threadpool(_events, request, q, page, format)


def _events(request: Request, q: EventQuery, page: tuple[int, int], fmt: str):
    pages = request.app.state.desk.pages
    if fmt == "json":  # keyed filters: the events' JSON joined, the same bytes as below
        body = pages.page_json(q, *page)
        if body is not None:
            return Response(body, media_type="application/json")
    index = pages.index() if key_index.answers(q) else None
    items, total = queries.events_page(_store(request), q, *page, index=index)
    return _answer(items, total, page, fmt, "events")


@router.get("/stories", summary="Stories (events merged across articles) with a mention that matches")
def stories(request: Request, q: EventQuery = Depends(event_query), page=Depends(paging), format: Format = "json"):
    items, total = queries.stories_page(_store(request), q, *page)
    return _answer(items, total, page, format, "stories")


@router.get("/stories/{story_id}", summary="One story with its mentions and their documents")
def story(request: Request, story_id: str):
    found = queries.story_detail(_store(request), story_id)
    if found is None:
        raise HTTPException(404, f"No story {story_id!r} is stored.")
    return JSONResponse(found)


@router.get("/documents/{document_id}", summary="One document as `communique extract --json` gives it")
def document(request: Request, document_id: str):
    found = _store(request).document(document_id)
    if found is None:
        raise HTTPException(404, f"No document {document_id!r} is stored.")
    return JSONResponse(found)


@router.get("/actors", summary="Actors of the matching events, with their counts as source and target")
def actors(request: Request, q: EventQuery = Depends(event_query), page=Depends(paging), format: Format = "json"):
    items, total = queries.actors_page(_store(request), q, *page)
    return _answer(items, total, page, format, "actors")


@router.get("/quotes", summary="Who said what, by speaker and publication date")
def quotes(request: Request, actor: str | None = Query(None, max_length=200),
           since: str | None = Query(None, max_length=10), until: str | None = Query(None, max_length=10),
           document: str | None = Query(None, max_length=200), page=Depends(paging), format: Format = "json"):
    items, total = queries.quotes_page(_store(request), actor, since, until, document, *page)
    return _answer(items, total, page, format, "quotes")


@router.get("/counts", summary="Events per day and group, split by QuadClass, with the Goldstein sum")
def counts(request: Request, q: EventQuery = Depends(event_query), page=Depends(paging),
           group: Literal["none", "dyad", "country"] = "none", per: Literal["day", "all"] = "day",
           format: Format = "json"):
    items, total = queries.counts_page(_store(request), q, group, per, *page)
    return _answer(items, total, page, format, "counts")


@router.get("/locations", summary="Located events grouped by place, with the place's precision")
def locations(request: Request, q: EventQuery = Depends(event_query), format: Format = "json"):
    items = queries.locations(_store(request), q)
    return _answer(items, len(items), (len(items), 0), format, "locations")


@router.get("/deadlines", summary="Commitments and deadlines with their status and deciding events")
def deadlines(request: Request, actor: str | None = Query(None, max_length=200),
              country: str | None = Query(None, max_length=8),
              status: Literal["pending", "met", "broken", "unclear"] | None = None,
              since: str | None = Query(None, max_length=10), until: str | None = Query(None, max_length=10),
              page=Depends(paging), format: Format = "json"):
    desk = request.app.state.desk
    key = f"deadlines:{queries.generation(desk.store)}:{actor}:{country}:{status}:{since}:{until}"
    found = desk.cached(key, lambda: [f.to_dict() for f in deadline_board(
        desk.store, actor=actor, country=country, status=status, since=since, until=until)])
    limit, offset = page
    return _answer(found[offset:offset + limit], len(found), page, format, "deadlines")


@router.get("/geo/countries", summary="Country outlines (GeoJSON, ISO alpha-3 ids) for the map")
def countries():
    return JSONResponse(geo.countries_geojson())
