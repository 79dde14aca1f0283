"""The story rules (data/story_rules.tsv): which codes describe the same act (declared groups, codes whose
dyad may be swapped), which actor "countries" name no state or no one, which roles say nothing of who, and
the windows, thresholds and doubt costs the matching of two mentions (`story_match.py`) reads."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from .story_actors import SideCosts

RULES_FILE = "story_rules.tsv"


@dataclass(frozen=True)
class StoryRules:
    groups: dict[str, frozenset[str]]  # group name -> codes (a code's children belong too)
    symmetric: frozenset[str]  # code prefixes where source and target may be swapped
    nonstate: frozenset[str]  # actor "countries" that are CAMEO group codes, not states
    settings: dict[str, float]
    unknown: frozenset[str] = frozenset()  # actor "countries" that name no one (UIS, XXX)
    generic_roles: frozenset[str] = frozenset()  # roles that say nothing of who (UAF, UNK)

    @cached_property
    def side_costs(self) -> SideCosts:
        return SideCosts(self.setting("refined_side_doubts"), self.setting("unnamed_side_doubts"),
                         self.setting("anaphoric_side_doubts"))

    def setting(self, name: str) -> float:
        if name not in self.settings:
            raise DataFileError(f"{RULES_FILE} has no setting {name!r}.")
        return self.settings[name]


@lru_cache(maxsize=1)
def load_story_rules() -> StoryRules:
    groups: dict[str, frozenset[str]] = {}
    symmetric: set[str] = set()
    nonstate: set[str] = set()
    unknown: set[str] = set()
    generic_roles: set[str] = set()
    settings: dict[str, float] = {}
    for number, fields in tsv_rows(data_path(RULES_FILE), "the story rules"):
        kind, name, *values = [f.strip() for f in fields if f.strip()]
        if not values:
            raise DataFileError(f"{RULES_FILE} line {number}: {kind} {name!r} has no values.")
        if kind == "group":
            groups[name] = frozenset(values)
        elif kind == "symmetric":
            symmetric.update(values)
        elif kind == "group_code":
            nonstate.update(values)
            if name == "unknown":
                unknown.update(values)
        elif kind == "generic_role":
            generic_roles.update(values)
        elif kind == "setting":
            try:
                settings[name] = float(values[0])
            except ValueError as err:
                raise DataFileError(f"{RULES_FILE} line {number}: {err}.") from err
        else:
            raise DataFileError(f"{RULES_FILE} line {number}: unknown kind {kind!r}.")
    return StoryRules(groups, frozenset(symmetric), frozenset(nonstate), settings, frozenset(unknown),
                      frozenset(generic_roles))
