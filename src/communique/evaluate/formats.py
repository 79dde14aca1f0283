"""Gold files: reading them, telling their format apart, and the code tables shared by the formats."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from ..codes import UnknownCameoCode, normalise_code
from ..errors import BadInput
from ..data_files import table_rows
from .judgement import GoldRecord

LEGACY_COUNTRIES_FILE = "eval_legacy_countries.tsv"


def format_modules() -> tuple[ModuleType, ...]:
    """The gold formats known, each a module with NAME, matches(), read(), judge() and figures()."""
    from . import case2021, geo, petr2, plover

    return (plover, petr2, case2021, geo)


def read_gold(path: Path, limit: int | None = None) -> tuple[ModuleType, list[GoldRecord]]:
    """The format of the gold file at `path` and its first `limit` records (all where None)."""
    raw = _read_jsonl(Path(path), limit)
    if not raw:
        raise BadInput(f"{path} holds no gold records.")
    gold_format = detect_format(raw[0], path)
    records = []
    for number, record in enumerate(raw, start=1):
        if not gold_format.matches(record):
            raise BadInput(f"{path} record {number} is not a {gold_format.NAME} record like the first one.")
        records.append(gold_format.read(record, number))
    return gold_format, records


def detect_format(record: dict, path: Path | str = "gold file") -> ModuleType:
    for module in format_modules():
        if module.matches(record):
            return module
    names = ", ".join(m.NAME for m in format_modules())
    raise BadInput(f"{path}: the first record is in none of the known gold formats ({names}).")


def _read_jsonl(path: Path, limit: int | None) -> list[dict]:
    if not path.is_file():
        raise BadInput(f"Gold file {path} does not exist.")
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if limit is not None and len(records) >= limit:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise BadInput(f"{path} line {number} is not JSON: {err.msg}.") from err
            if not isinstance(record, dict):
                raise BadInput(f"{path} line {number} is not a JSON object.")
            records.append(record)
    return records


def iso_date(value: object) -> str | None:
    """A gold date ("20080806" or "2008-08-06") as ISO YYYY-MM-DD; None where there is none."""
    text = str(value or "").strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return text[:10]
    return None


def country_code(code: str | None) -> str | None:
    """The ISO alpha-3 (or group code) for a CAMEO actor code's country part; None for none or '---'."""
    if not code:
        return None
    prefix = code.strip()[:3].upper()
    if not prefix or prefix == "---":
        return None
    return legacy_countries().get(prefix, prefix)


def cameo_event_code(code: object) -> str:
    """A CAMEO event code as a 3- or 4-digit string: "40" -> "040"; a bare root "19" -> "190"."""
    text = str(code).strip()
    try:
        text = normalise_code(text)
    except UnknownCameoCode:
        return text
    return text + "0" if len(text) == 2 else text


@lru_cache(maxsize=1)
def legacy_countries() -> dict[str, str]:
    """Legacy CAMEO country code -> ISO alpha-3, from data/eval_legacy_countries.tsv."""
    return dict(table_rows(LEGACY_COUNTRIES_FILE, 2))
