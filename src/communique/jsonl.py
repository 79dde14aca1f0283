"""One JSON object per line, safe for every line-splitter: `dumps_line` escapes the characters that
some readers take as line breaks (U+0085, U+2028, U+2029; json.dumps already escapes the ASCII controls),
so a record never spans two lines whichever splitter reads it. The output is still plain UTF-8 JSON."""
from __future__ import annotations

import json
from typing import Any

_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def dumps_line(value: Any) -> str:
    """`value` as one line of JSON (no trailing newline), non-ASCII text kept except the line breaks."""
    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKS)
