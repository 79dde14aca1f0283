"""Run the app with uvicorn: `communique serve`."""
from __future__ import annotations

from pathlib import Path


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    from .app import create_app

    app = create_app(db)
    print(f"communique: serving {db} at http://{host}:{port}/ (API under /api/, OpenAPI at /openapi.json)")
    # keep-alive longer than uvicorn's 5 s: a dashboard or a client pool reuses its connections between requests
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)
