"""The WHERE clauses of the store's event and story queries, built from the filters the CLI offers
(actor, country, dyad, CAMEO root, date range, story id), with their parameters."""
from __future__ import annotations

import re

from ..errors import BadInput

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def event_filters(actor, country, dyad, root, since, until, story) -> tuple[str, list]:
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
    day = "substr(coalesce(e.date_value, d.published), 1, 10)"
    if since:
        clauses.append(f"{day} >= ?")
        params.append(check_day(since, "since"))
    if until:
        clauses.append(f"{day} <= ?")
        params.append(check_day(until, "until"))
    if story:  # the id or its first characters, as the tables show it
        clauses.append("starts_with(e.story_id, ?)")
        params.append(story)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def story_filters(actor, country, dyad, root, since, until, story) -> tuple[str, list]:
    clauses, params = [], []
    mention_filter, mention_params = event_filters(actor, country, dyad, None, None, None, None)
    if mention_filter:  # a story matches an actor filter where any of its mentions does
        clauses.append("s.id IN (SELECT e.story_id FROM event_mentions e JOIN documents d "
                       f"ON d.id = e.document_id{mention_filter})")
        params += mention_params
    if root:
        clauses.append("s.cameo_root = ?")
        params.append(normalise_root(root))
    if since:
        clauses.append("substr(s.date_value, 1, 10) >= ?")
        params.append(check_day(since, "since"))
    if until:
        clauses.append("substr(s.date_value, 1, 10) <= ?")
        params.append(check_day(until, "until"))
    if story:  # the id or its first characters, as the tables show it
        clauses.append("starts_with(s.id, ?)")
        params.append(story)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def normalise_root(root: str) -> str:
    root = root.strip()
    if not root.isdigit() or not 1 <= int(root) <= 20:
        raise BadInput(f"CAMEO root {root!r} is not a root code; give a number from 01 to 20.")
    return f"{int(root):02d}"


def check_day(value: str, name: str) -> str:
    if not _ISO_DAY.match(value):
        raise BadInput(f"The {name} date {value!r} is not a date; give it as YYYY-MM-DD.")
    return value


def limit_clause(limit: int | None) -> str:
    return f" LIMIT {int(limit)}" if limit else ""
