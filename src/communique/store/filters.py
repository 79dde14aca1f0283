"""The WHERE clauses of the store's event and story queries, built from the filters the CLI offers
(actor, country, dyad, CAMEO root, date range, story id, modality), with their parameters.

Dates: an event dated to a month ("2019-04") or a year ("2019") stands for the whole period, and a week
for its seven days: `--since`/`--until` keep an event whose period overlaps the range, so a year-dated
event is found by any range that contains it (comparing the strings would put "2019" before
"2019-01-01" and lose it from every range).
"""
from __future__ import annotations

import re

from ..errors import BadInput

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")
HAPPENED = ("asserted", "historical")  # what event-data exports hold unless asked for more


def period_start(value: str) -> str:
    """SQL for the first day (YYYY-MM-DD) of the period an ISO date string of any precision names."""
    return (f"CASE length({value}) WHEN 4 THEN {value} || '-01-01' WHEN 7 THEN {value} || '-01' "
            f"ELSE substr({value}, 1, 10) END")


def period_end(value: str, precision: str) -> str:
    """SQL for the last day (YYYY-MM-DD) of that period: a year's 31 December, a month's last day, a
    week's Sunday (a week is stored as its Monday), else the day itself."""
    month_end = f"strftime(last_day(try_cast({value} || '-01' AS DATE)), '%Y-%m-%d')"
    week_end = f"strftime(try_cast(substr({value}, 1, 10) AS DATE) + 6, '%Y-%m-%d')"
    return (f"CASE WHEN length({value}) = 4 THEN {value} || '-12-31' "
            f"WHEN length({value}) = 7 THEN coalesce({month_end}, {value} || '-31') "
            f"WHEN {precision} = 'week' THEN coalesce({week_end}, substr({value}, 1, 10)) "
            f"ELSE substr({value}, 1, 10) END")


def event_filters(actor, country, dyad, root, since, until, story, modality=None) -> tuple[str, list]:
    clauses, params = [], []
    if actor:
        clauses.append("contains(e.actor_names, ?)")
        params.append(actor.lower())
    if country:
        clauses.append("(list_contains(e.source_countries, ?) OR list_contains(e.target_countries, ?))")
        params += [country.upper()] * 2
    if dyad:
        source, target = (part.strip().upper() for part in dyad)
        clauses.append("(list_contains(e.source_countries, ?) OR list_contains(e.source_codes, ?)) AND "
                       "(list_contains(e.target_countries, ?) OR list_contains(e.target_codes, ?))")
        params += [source, source, target, target]
    if root:
        clauses.append("e.cameo_root = ?")
        params.append(normalise_root(root))
    _period_and_story(clauses, params, "coalesce(e.date_value, d.published)",
                      "CASE WHEN e.date_value IS NULL THEN 'day' ELSE e.date_precision END", "e.story_id",
                      since, until, story)
    wanted = modalities(modality)
    if wanted is not None:
        clauses.append("list_contains(?, coalesce(e.modality, 'asserted'))")
        params.append(wanted)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def story_filters(actor, country, dyad, root, since, until, story, modality=None) -> tuple[str, list]:
    clauses, params = [], []
    mention_filter, mention_params = event_filters(actor, country, dyad, None, None, None, None, modality)
    if mention_filter:  # a story matches an actor or modality filter where any of its mentions does
        clauses.append("s.id IN (SELECT e.story_id FROM event_mentions e JOIN documents d "
                       f"ON d.id = e.document_id{mention_filter})")
        params += mention_params
    if root:
        clauses.append("s.cameo_root = ?")
        params.append(normalise_root(root))
    _period_and_story(clauses, params, "s.date_value", "json_extract_string(s.date_json, '$.precision')", "s.id",
                      since, until, story)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _period_and_story(clauses: list[str], params: list, value: str, precision: str, story_column: str,
                      since, until, story) -> None:
    """Add the clauses of `since` and `until` (the period of the date `value` at `precision` overlaps the
    range, inclusive) and of `story` (the id in `story_column` or its first characters, as the tables show it)."""
    if since:
        clauses.append(f"{period_end(value, precision)} >= ?")
        params.append(check_day(since, "since"))
    if until:
        clauses.append(f"{period_start(value)} <= ?")
        params.append(check_day(until, "until"))
    if story:
        clauses.append(f"starts_with({story_column}, ?)")
        params.append(story)


def modalities(value: str | list[str] | tuple[str, ...] | None) -> list[str] | None:
    """The modalities a `--modality` value asks for ("negated", "asserted,historical", "all"), or None
    for no filter (None or "all")."""
    if value is None:
        return None
    names = [v.strip().lower() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]
    if "all" in names:
        return None
    unknown = [n for n in names if n not in MODALITIES]
    if unknown or not names:
        raise BadInput(f"Modality {unknown[0] if unknown else value!r} is not one of "
                       f"{', '.join(MODALITIES)} or all.")
    return names


def normalise_root(root: str) -> str:
    root = root.strip()
    if not root.isdecimal() or not 1 <= int(root) <= 20:
        raise BadInput(f"CAMEO root {root!r} is not a root code; give a number from 01 to 20.")
    return f"{int(root):02d}"


def check_day(value: str, name: str) -> str:
    if not _ISO_DAY.match(value):
        raise BadInput(f"The {name} date {value!r} is not a date; give it as YYYY-MM-DD.")
    return value


def check_limit(limit: int | None) -> int | None:
    """A row limit: None for no limit, 0 for no rows; a negative limit is refused."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise BadInput(f"--limit {limit!r} is not a number of rows; give 0 or more (0 gives no rows).")
    return limit


def limit_clause(limit: int | None) -> str:
    limit = check_limit(limit)
    return "" if limit is None else f" LIMIT {int(limit)}"
