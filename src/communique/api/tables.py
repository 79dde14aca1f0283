"""CSV for `?format=csv`: each item one row, nested values as JSON text, columns in first-seen order."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from fastapi.responses import Response


def flat(item: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in item.items()}


def csv_response(items: list[dict[str, Any]], name: str) -> Response:
    rows = [flat(i) for i in items]
    columns = list(dict.fromkeys(k for r in rows for k in r)) or ["id"]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
