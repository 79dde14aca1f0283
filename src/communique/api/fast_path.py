"""GET /api/events answered before FastAPI's per-request work (resolving 17 query parameters through
dependency injection and pydantic costs about twice what a page held in memory does), where the
request is one whose answer is already certain: only the keyed filters (dyad, pair, country, since,
until) with plain values well inside their limits, `limit`/`offset` as plain numbers in range, no
parameter twice, and a page found wholly in memory (`EventPages.page_json(read=False)`). Everything
else — another filter, an odd value, an error to report, a page to read from the store — goes on to
the route as before, which answers the same bytes (tests/test_event_pages.py compares them).
"""
from __future__ import annotations

import re

from starlette.datastructures import QueryParams
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import CommuniqueError
from ..store.query_filters import EventQuery

_TEXT = {"dyad": 40, "pair": 40, "country": 8, "since": 10, "until": 10}  # the route's max_length of each
_LIMIT = re.compile(r"[1-9][0-9]{0,2}|1000")  # 1..1000, as the route's Query(ge=1, le=MAX_LIMIT)
_OFFSET = re.compile(r"0|[1-9][0-9]{0,6}")  # 0..9,999,999, inside the route's le=10_000_000


class EventsFastPath:
    """ASGI middleware: a page of /api/events held in memory, sent at once; anything else passed on."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == "/api/events":
            body = self._held_page(scope)
            if body is not None:
                await Response(body, media_type="application/json")(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _held_page(self, scope: Scope) -> bytes | None:
        params = QueryParams(scope["query_string"])
        items = params.multi_items()
        if len(items) != len(params):  # a parameter given twice: the route decides which counts
            return None
        filters, limit, offset = {}, 100, 0
        for name, value in items:
            if name in _TEXT and 0 < len(value) <= _TEXT[name] and value.isprintable():
                filters[name] = value
            elif name == "limit" and _LIMIT.fullmatch(value):
                limit = int(value)
            elif name == "offset" and _OFFSET.fullmatch(value):
                offset = int(value)
            elif not (name == "format" and value == "json"):
                return None
        try:
            return scope["app"].state.desk.pages.page_json(EventQuery(**filters), limit, offset, read=False)
        except CommuniqueError:  # a bad date or dyad: the route answers it in the API's error shape
            return None
