"""Contract dicts <-> table rows: flattening a document for the store and rebuilding it on the way out.

Every function here works on the contract dicts of ../shared/CONTRACT.md (`Document.to_dict()`), so a
document read back from the store is the same dict that went in. Keys the store has no column for are
kept verbatim in an `extra_json` column, so a field added to the contract later survives a round trip.
"""
from __future__ import annotations

import json
from json.encoder import c_make_encoder, encode_basestring
from typing import Any, Callable

EVENT_COLUMNS = (
    "id", "document_id", "position", "sentence", "start", "end", "evidence",
    "source_json", "target_json", "source_code", "source_country", "target_code", "target_country",
    "source_countries", "target_countries", "source_codes", "target_codes", "actor_names",
    "cameo_code", "cameo_root", "cameo_name", "plover_type", "plover_mode", "plover_context",
    "quad_class", "goldstein", "date_value", "date_precision", "date_text",
    "has_deadline", "deadline_value", "deadline_text",
    "location_text", "location_name", "location_country", "location_lat", "location_lon",
    "location_geonameid", "location_feature", "location_start", "location_end",
    "modality", "size_dead", "size_injured", "size_arrested", "size_displaced",
    "acled_event_type", "acled_sub_event_type", "confidence", "story_id", "trigger", "speaker_json",
    "extra_json",
)
ACTOR_COLUMNS = ("document_id", "position", "name", "country", "sector", "code", "role", "mentions_json")
PLACE_COLUMNS = ("document_id", "position", "text", "name", "country", "lat", "lon", "geonameid",
                 "feature", "start", "end")
QUOTE_COLUMNS = ("document_id", "position", "text", "kind", "speaker_json", "start", "end", "cue", "speakers_json")
DATE_COLUMNS = ("document_id", "position", "text", "value", "precision", "start", "end", "extra_json")
STORY_COLUMNS = ("id", "cameo_json", "plover_json", "source_json", "target_json", "date_json",
                 "location_json", "deadline_json", "cameo_root", "source_country", "target_country",
                 "actor_names", "date_value", "mentions", "documents", "first_seen", "last_seen",
                 "reasons_json")

# Event keys stored in their own columns; nested dicts list the sub-keys that have columns.
_EVENT_FLAT_KEYS = {"id", "sentence", "start", "end", "evidence", "source", "target", "quad_class",
                    "goldstein", "modality", "confidence", "story", "trigger", "speaker"}
_EVENT_NESTED_KEYS = {
    "cameo": ("code", "root", "name"), "plover": ("type", "mode", "context"),
    "date": ("value", "precision", "text"), "deadline": ("value", "text"),
    "location": ("text", "name", "country", "lat", "lon", "geonameid", "feature", "start", "end"),
    "size": ("dead", "injured", "arrested", "displaced"), "acled": ("event_type", "sub_event_type"),
}
_PLACE_KEYS = ("text", "name", "country", "lat", "lon", "geonameid", "feature", "start", "end")
_DATE_KEYS = ("text", "value", "precision", "start", "end")
_EVENT_KNOWN_KEYS = _EVENT_FLAT_KEYS | set(_EVENT_NESTED_KEYS)
_EVENT_NESTED_KEY_SETS = {key: frozenset(known) for key, known in _EVENT_NESTED_KEYS.items()}
_NONE: dict[str, Any] = {}  # stands for a missing nested dict; never written to


def dumps(value: Any) -> str | None:
    """`json.dumps(value, ensure_ascii=False)`, through one encoder made once (the same text, faster)."""
    return None if value is None else _ENCODE(value)


def _json_encoder() -> Callable[[Any], str]:
    """What `json.dumps(value, ensure_ascii=False)` does, without building a new encoder on every call:
    json's own C encoder made once, with the arguments `JSONEncoder.iterencode` gives it (no check for
    circular data, which rows never hold)."""
    plain = json.JSONEncoder(ensure_ascii=False)
    if c_make_encoder is None:  # a Python without json's C speedups
        return plain.encode
    encode = c_make_encoder(None, plain.default, encode_basestring, plain.indent, plain.key_separator,
                            plain.item_separator, plain.sort_keys, plain.skipkeys, plain.allow_nan)
    return lambda value: "".join(encode(value, 0))


_ENCODE = _json_encoder()


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def sql_columns(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def event_row(event: dict[str, Any], document_id: str, position: int) -> tuple:
    """One event_mentions row from a contract event dict, its values in EVENT_COLUMNS order."""
    get = event.get
    source, target = get("source") or [], get("target") or []
    cameo, plover, date = get("cameo") or _NONE, get("plover") or _NONE, get("date") or _NONE
    deadline, location, size = get("deadline") or _NONE, get("location") or _NONE, get("size") or _NONE
    acled = get("acled") or _NONE
    first_source, first_target = (source[0] if source else _NONE), (target[0] if target else _NONE)
    return (
        event["id"], document_id, position, get("sentence"), get("start"), get("end"), get("evidence"),
        dumps(source), dumps(target), first_source.get("code"), first_source.get("country"),
        first_target.get("code"), first_target.get("country"),
        [a["country"] for a in source if a.get("country")], [a["country"] for a in target if a.get("country")],
        [a["code"] for a in source if a.get("code")], [a["code"] for a in target if a.get("code")],
        actor_search_text(source + target),
        cameo.get("code"), cameo.get("root"), cameo.get("name"),
        plover.get("type"), plover.get("mode"), dumps(plover.get("context")),
        get("quad_class"), get("goldstein"), date.get("value"), date.get("precision"), date.get("text"),
        get("deadline") is not None, deadline.get("value"), deadline.get("text"),
        *[location.get(key) for key in _EVENT_NESTED_KEYS["location"]],
        get("modality"), *[size.get(key) for key in _EVENT_NESTED_KEYS["size"]],
        acled.get("event_type"), acled.get("sub_event_type"), get("confidence"), get("story"), get("trigger"),
        dumps(get("speaker")), dumps(_event_extras(event)),
    )


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The contract event dict from an event_mentions row (as a column -> value dict)."""
    extras = loads(row["extra_json"]) or {}
    nested_extras = extras.pop("nested", {})
    event = {
        "id": row["id"], "sentence": row["sentence"], "start": row["start"], "end": row["end"],
        "evidence": row["evidence"], "source": loads(row["source_json"]) or [],
        "target": loads(row["target_json"]) or [],
        "cameo": {"code": row["cameo_code"], "root": row["cameo_root"], "name": row["cameo_name"]},
        "plover": {"type": row["plover_type"], "mode": row["plover_mode"],
                   "context": loads(row["plover_context"])},
        "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "date": {"value": row["date_value"], "precision": row["date_precision"], "text": row["date_text"]},
        "deadline": ({"value": row["deadline_value"], "text": row["deadline_text"]}
                     if row["has_deadline"] else None),
        "location": _prefixed(row, "location_", _EVENT_NESTED_KEYS["location"]),
        "modality": row["modality"],
        "size": {key: row[f"size_{key}"] for key in _EVENT_NESTED_KEYS["size"]},
        "acled": ({"event_type": row["acled_event_type"], "sub_event_type": row["acled_sub_event_type"]}
                  if row["acled_event_type"] is not None or "acled" in nested_extras else None),
        "confidence": row["confidence"], "story": row["story_id"], "trigger": row["trigger"],
        "speaker": loads(row["speaker_json"]),
    }
    if event["location"] is not None and event["location"].get("geonameid") is None:
        event["location"].pop("geonameid")
    _restore_nested(event, nested_extras)
    event.update(extras)
    return event


def _event_extras(event: dict[str, Any]) -> dict[str, Any] | None:
    """Keys of the event dict that have no column: top-level ones, and nested ones under "nested"."""
    extras = ({} if _EVENT_KNOWN_KEYS.issuperset(event)
              else {k: v for k, v in event.items() if k not in _EVENT_KNOWN_KEYS})
    nested = {}
    for key, known in _EVENT_NESTED_KEYS.items():
        value = event.get(key)
        if isinstance(value, dict):
            if value.keys() == _EVENT_NESTED_KEY_SETS[key] and key != "acled":
                continue  # exactly the keys that have columns: nothing to keep
            leftover = {k: v for k, v in value.items() if k not in known}
            missing = [k for k in known if k not in value and key not in ("location", "size")]
            empty_acled = key == "acled" and value.get("event_type") is None
            if leftover or missing or empty_acled:
                nested[key] = {"extra": leftover, "missing": missing}
    if nested:
        extras["nested"] = nested
    return extras or None


def _restore_nested(event: dict[str, Any], nested_extras: dict[str, Any]) -> None:
    for key, info in nested_extras.items():
        if key == "acled" and event["acled"] is None:
            event["acled"] = {"event_type": None, "sub_event_type": None}
        target = event.get(key)
        if isinstance(target, dict):
            target.update(info.get("extra", {}))
            for missing in info.get("missing", []):
                target.pop(missing, None)


def actor_search_text(actors: list[dict[str, Any]]) -> str:
    """Lowercased names, texts and codes of actors, one per line, for substring filters."""
    words = {str(a.get(k)).lower() for a in actors for k in ("name", "text", "code") if a.get(k)}
    return "\n".join(sorted(words))


def actor_row(actor: dict[str, Any], document_id: str, position: int) -> tuple:
    return (document_id, position, actor.get("name"), actor.get("country"), actor.get("sector"),
            actor.get("code"), actor.get("role"), dumps(actor.get("mentions", [])))


def actor_dict(row: dict[str, Any]) -> dict[str, Any]:
    actor = {"name": row["name"], "country": row["country"], "sector": row["sector"], "code": row["code"],
             "mentions": loads(row["mentions_json"]) or []}
    if row["role"]:
        actor["role"] = row["role"]
    return actor


def place_row(place: dict[str, Any], document_id: str, position: int) -> tuple:
    return (document_id, position, *(place.get(k) for k in _PLACE_KEYS))


def place_dict(row: dict[str, Any]) -> dict[str, Any]:
    place = {k: row[k] for k in _PLACE_KEYS}
    if place["geonameid"] is None:
        del place["geonameid"]
    return place


def quote_row(quote: dict[str, Any], document_id: str, position: int) -> tuple:
    return (document_id, position, quote.get("text"), quote.get("kind"), dumps(quote.get("speaker")),
            quote.get("start"), quote.get("end"), quote.get("cue"), dumps(quote.get("speakers", [])))


def quote_dict(row: dict[str, Any]) -> dict[str, Any]:
    quote = {"text": row["text"], "kind": row["kind"], "speaker": loads(row["speaker_json"]),
             "speakers": loads(row["speakers_json"]) or [], "start": row["start"], "end": row["end"]}
    if row["cue"]:
        quote["cue"] = row["cue"]
    return quote


def date_row(date: dict[str, Any], document_id: str, position: int) -> tuple:
    extra = {k: v for k, v in date.items() if k not in _DATE_KEYS}
    return (document_id, position, *(date.get(k) for k in _DATE_KEYS), dumps(extra or None))


def date_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {**{k: row[k] for k in _DATE_KEYS}, **(loads(row["extra_json"]) or {})}


def story_row(story: dict[str, Any]) -> tuple:
    """One stories row from a story dict (contract fields plus `reasons`), in STORY_COLUMNS order."""
    get = story.get
    source, target = get("source") or [], get("target") or []
    cameo, date = get("cameo"), get("date")
    return (
        story["id"], dumps(cameo), dumps(get("plover")), dumps(source), dumps(target), dumps(date),
        dumps(get("location")), dumps(get("deadline")), (cameo or _NONE).get("root"),
        source[0].get("country") if source else None, target[0].get("country") if target else None,
        actor_search_text(source + target), (date or _NONE).get("value"),
        get("mentions"), get("documents"), get("first_seen"), get("last_seen"),
        dumps(get("reasons") or []),
    )


def story_dict(row: dict[str, Any], mention_ids: list[str] | None = None) -> dict[str, Any]:
    """The contract story dict, with `mention_ids` and `reasons` as the Story dataclass has them."""
    return {
        "id": row["id"], "cameo": loads(row["cameo_json"]), "plover": loads(row["plover_json"]),
        "source": loads(row["source_json"]) or [], "target": loads(row["target_json"]) or [],
        "date": loads(row["date_json"]), "location": loads(row["location_json"]),
        "deadline": loads(row["deadline_json"]), "mentions": row["mentions"],
        "documents": row["documents"], "first_seen": row["first_seen"], "last_seen": row["last_seen"],
        "mention_ids": mention_ids or [], "reasons": loads(row["reasons_json"]) or [],
    }


def _prefixed(row: dict[str, Any], prefix: str, keys: tuple[str, ...]) -> dict[str, Any] | None:
    values = {key: row[prefix + key] for key in keys}
    if all(v is None for v in values.values()):
        return None
    return values
