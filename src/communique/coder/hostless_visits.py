"""A visit names its host (profile `communique`, switch `hostless_visits`; session 14, the wire census's "a
statement and its content mixed up").

CAMEO 042 "Make a visit" and 043 "Host a visit" are acts between a visitor and a host (PLOVER's CONSULT mode
"visit": the actor visits, the recipient hosts). CAMEO.2.0.txt codes a journey as a visit by its preposition
alone (HEAD "- * (FOR) [042:043]", "- * (TO)"), and its own exceptions list a few nouns that are no destination
(HEAD "(FOR CRISIS)", "(FOR CLIMAX)", "(FOR HOME)"). PETRARCH-2 needs a target for every event, so a journey to
no actor was dropped; the profile `communique` keeps events with a source alone, and "'We are heading for a
difficult winter,' the minister said" became a visit by the minister, over the statement. A record of a visit
whose target names no actor is dropped again; the codes are data (data/coder_hostless_visits.tsv)."""
from __future__ import annotations

from functools import lru_cache

from ..codes import is_valid_code
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError

HOSTLESS_VISITS_FILE = "coder_hostless_visits.tsv"
HOSTLESS_DROP = "drop: a visit with no host (hostless_visits)"


@lru_cache(maxsize=1)
def visit_codes() -> frozenset[str]:
    """The CAMEO codes of data/coder_hostless_visits.tsv: a visit, which needs a host."""
    path = data_path(HOSTLESS_VISITS_FILE)
    codes: set[str] = set()
    for n, parts in tsv_rows(path, "the coder's visit codes"):
        if len(parts) != 2 or not is_valid_code(parts[0]):
            raise DataFileError(f"{path} line {n}: expected 'CAMEO code<TAB>name'.")
        codes.add(parts[0])
    return frozenset(codes)


def hostless_visit(code: str, target: list) -> bool:
    """Whether a record of CAMEO `code` with the resolved `target` is a visit with no host."""
    return not target and code in visit_codes()
