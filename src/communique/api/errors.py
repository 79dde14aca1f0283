"""The API's one error shape: `{"error": {"status": N, "message": "one sentence"}}`, for every error the
app answers (bad filters, unknown ids, validation, size limits, authentication, and the unexpected)."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import CommuniqueError

log = logging.getLogger("communique.api")


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "The request cannot be answered."
        if exc.status_code == 404 and message == "Not Found":  # no route: Starlette's own answer
            message = f"There is nothing at {request.url.path}; the API's paths are listed at /openapi.json."
        elif exc.status_code == 405:
            message = f"The method {request.method} is not allowed on {request.url.path}."
        elif not message.endswith("."):
            message += "."
        return error_response(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body"))
        return error_response(422, f"The parameter {where or 'given'} is not valid: {first.get('msg', 'invalid')}.")

    @app.exception_handler(CommuniqueError)
    async def bad_input(request: Request, exc: CommuniqueError):
        return error_response(400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(500, "The server failed on this request; the error is in its log.")
