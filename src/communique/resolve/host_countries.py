"""A side of a visit named by its role alone is not of the host's country (profile `communique`, under
`context_country`; data/resolve_host_codes.tsv).

resolve/event_countries.py gives a sector actor with no country named the country of the event's place, else of
the state it deals with, else of the document. For a visit or a meeting whose other side is a country named by
itself ("The prime minister will visit Japan": the target JPN), the place is the host's and, in a short text, so
is the context: the visitor came out as the host's government (JPNGOV visiting JPN). One does not visit,
travel to or host one's own state, so for the codes of data/resolve_host_codes.tsv the host's country is
passed over and the next country found is taken, or none ("---GOV")."""
from __future__ import annotations

from functools import lru_cache

from ..codes import is_valid_code
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from ..records import ActorRef, EventMention

HOST_FILE = "resolve_host_codes.tsv"


@lru_cache(maxsize=1)
def host_codes() -> frozenset[str]:
    """The CAMEO codes of visits and meetings, from data/resolve_host_codes.tsv."""
    path = data_path(HOST_FILE)
    codes = set()
    for n, parts in tsv_rows(path, "the resolver's host codes"):
        if len(parts) != 2 or not is_valid_code(parts[0]):
            raise DataFileError(f"{path} line {n}: expected 'CAMEO code<TAB>name'.")
        codes.add(parts[0])
    return frozenset(codes)


def hosts(event: EventMention, other: list[ActorRef]) -> frozenset[str]:
    """The countries a side of `event` may not take: those the other side names as a state by itself ("Japan"),
    where the event is a visit or a meeting; none for other acts."""
    if event.cameo.get("code") not in host_codes():
        return frozenset()
    return frozenset(r.country for r in other if r.country and r.code == r.country)
