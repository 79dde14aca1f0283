"""The deadline board: every commitment in a store with its follow-up status, filtered for a reader.

Derived from the stored events on every read, so it is recomputed as soon as new articles are stored.
"""
from __future__ import annotations

from typing import Any

from ..errors import BadInput
from ..store.database import Store
from ..store.desk import followup_inputs
from ..store.filters import check_day
from .commitments import find_commitments, load_kinds
from .deadlines import STATUSES, Followup, assess_all


def deadline_board(store: Store, actor: str | None = None, country: str | None = None,
                   status: str | None = None, since: str | None = None, until: str | None = None,
                   as_of: str | None = None) -> list[Followup]:
    """Commitments (in date order) with their status. `actor`: part of a name or code of who promised or
    who is bound; `country`: their country; `since`/`until`: on the commitment's date; `as_of`: the day
    to judge deadlines against (default: the store's latest publication date)."""
    if status and status not in STATUSES:
        raise BadInput(f"Status {status!r} is not one of {', '.join(STATUSES)}.")
    for name, value in (("since", since), ("until", until), ("as-of", as_of)):
        if value:
            check_day(value, name)
    kinds = load_kinds()
    prefixes = [p for k in kinds for p in (*k.met, *k.broken)]
    promises, later, store_day = followup_inputs(store, prefixes)
    commitments = find_commitments(promises, kinds)
    found = assess_all(commitments, later, as_of or store_day, kinds)
    return [f for f in found if _keep(f, actor, country, status, since, until)]


def _keep(f: Followup, actor, country, status, since, until) -> bool:
    c = f.commitment
    people = c.promised_by + c.bound
    if actor and not any(actor.lower() in str(a.get(k) or "").lower()
                         for a in people for k in ("name", "text", "code")):
        return False
    if country and country.upper() not in {a.get("country") for a in people}:
        return False
    if status and f.status != status:
        return False
    if since and c.date < since:
        return False
    return not (until and c.date > until)


def board_items(found: list[Followup]) -> list[dict[str, Any]]:
    return [f.to_dict() for f in found]
