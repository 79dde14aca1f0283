"""Whether two event mentions report the same real-world event, and why.

A mention is compared in the plain shape the contract gives it (the event dict plus `document_id`
and `published`), so mentions from a fresh extraction and mentions read back from a database go
through the same rules. The rules and their numbers live in data/story_rules.tsv.

Hard rules (any one fails: not the same event): the codes are compatible (same code, one the parent
of the other within a root, or both in one declared group); the actors are compatible (equal, or
one naming the other more precisely, with at least one side naming the same state or body in both:
resolve/story_actors.py; a swapped dyad counts only for symmetric codes such as meetings and fights);
the dates fall within a window. Soft doubts (a parent or group code, a side named at another precision
(half a doubt), a side naming no one in one mention, a date that is only the publication date, a coarse
date, a location conflict) are counted, and past a small number the wording of the evidence must agree.
Within one article, a later side that names no country is read as the one the article named earlier
(anaphora: "urged the parties" after "urged all parties in Libya"), at half a doubt. A statement addressed
to no one ("X said on Tuesday that ...") is about what its words say: it joins a story only where the wording
agrees closely (`unaddressed_statement_jaccard`), whatever the doubts.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from .story_actors import ActorSpec, DyadFit, SideCosts, actor_specs, blocking_keys, describe_dyad, dyad_fit

RULES_FILE = "story_rules.tsv"
EXACT_PRECISIONS = frozenset({"day", "hour", "minute"})
STATEMENT_ROOT = "01"  # CAMEO's public statements
_WORD = re.compile(r"[a-z]{3,}")  # whole runs of letters: shorter runs never match


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


@dataclass(frozen=True)
class MentionView:
    """What the rules look at in one event mention."""
    id: str
    document_id: str | None
    published: str | None
    code: str
    source: tuple[ActorSpec, ...]
    target: tuple[ActorSpec, ...]
    day: dt.date | None  # event date, or the publication date where the text gives none
    date_kind: str  # exact | coarse | fallback | none
    precision: str | None
    deadline: dt.date | None
    place: tuple[str, str | None] | None  # (name, country)
    words: frozenset[str]
    groups: frozenset[str]  # the declared code groups `code` belongs to
    symmetric: bool  # `code` allows a swapped dyad
    event: dict[str, Any]  # the contract dict, for building the story record
    start: int | None = None  # where the mention starts in its document's text

    @property
    def dyad(self) -> tuple[tuple[ActorSpec, ...], tuple[ActorSpec, ...]]:
        return self.source, self.target

    @property
    def actor_keys(self) -> set[str]:
        """The blocking keys of both sides: two mentions whose actors can match share one."""
        return blocking_keys(self.source) | blocking_keys(self.target)

    @property
    def unaddressed_statement(self) -> bool:
        """A statement (CAMEO 01) addressed to no one: "X said on Tuesday that ..." (no target)."""
        return self.code[:2] == STATEMENT_ROOT and not self.target

    @property
    def seen(self) -> str | None:
        """When this mention was seen: its publication date, else its event date."""
        return self.published or (self.day.isoformat() if self.day else None)


@dataclass(frozen=True)
class Match:
    doubts: float
    jaccard: float
    swapped: bool
    reason: str


def mention_view(event: dict[str, Any], document_id: str | None, published: str | None,
                 stop_words: frozenset[str], rules: StoryRules,
                 code_facts: dict[str, tuple[frozenset[str], bool]] | None = None) -> MentionView:
    """The view of one mention. `code_facts` is a dict the caller keeps (code -> its groups and
    whether it is symmetric), filled here as codes are met, so each code is worked out once."""
    date = event.get("date") or {}
    day = _day(date.get("value")) or _day(published)
    precision = date.get("precision")
    if day is None:
        kind = "none"
    elif not date.get("text") or not date.get("value"):
        kind = "fallback"
    else:
        kind = "exact" if precision in EXACT_PRECISIONS else "coarse"
    location = event.get("location")
    place = (str(location.get("name") or location.get("text") or "").lower(), location.get("country")) \
        if location else None
    deadline = event.get("deadline") or {}
    code = str((event.get("cameo") or {}).get("code") or "")
    facts = code_facts.get(code) if code_facts is not None else None
    if facts is None:
        facts = code_groups(code, rules), is_symmetric(code, rules)
        if code_facts is not None:
            code_facts[code] = facts
    return MentionView(
        id=str(event["id"]), document_id=document_id, published=published, code=code,
        source=actor_specs(event.get("source") or [], rules.nonstate, rules.unknown, rules.generic_roles),
        target=actor_specs(event.get("target") or [], rules.nonstate, rules.unknown, rules.generic_roles),
        day=day, date_kind=kind, precision=precision, deadline=_day(deadline.get("value")),
        place=place, words=_wording(event, stop_words), groups=facts[0], symmetric=facts[1], event=event,
        start=event.get("start") if isinstance(event.get("start"), int) else None)


def _wording(event: dict[str, Any], stop_words: frozenset[str]) -> frozenset[str]:
    """The content words of the evidence other than the actors' own names: the actors are compared
    already, and shared names would make any two sentences about them look alike."""
    names = " ".join(f"{ref.get('text') or ''} {ref.get('name') or ''}"
                     for ref in (event.get("source") or []) + (event.get("target") or []))
    return content_words(event.get("evidence") or "", stop_words) - content_words(names, stop_words)


def content_words(text: str, stop_words: frozenset[str]) -> frozenset[str]:
    """Words of three letters or more, not stop words, with a plural "s" dropped (not from "ss")."""
    words = set(_WORD.findall(text.lower()))  # each distinct word once; _WORD takes 3 letters or more
    words.difference_update(stop_words)
    return frozenset(word[:-1] if len(word) > 4 and word[-1] == "s" and word[-2] != "s" else word
                     for word in words)


def compare(new: MentionView, old: MentionView, rules: StoryRules) -> Match | None:
    """How `new` matches `old`, or None where they cannot be the same event."""
    ranked = match_rank(new, old, rules)
    if ranked is None:
        return None
    doubts, jaccard, swapped = ranked
    codes = code_relation(new.code, old.code, rules, new.groups, old.groups)
    actors = actor_relation(new, old, rules)
    dates = date_relation(new, old, rules)
    places = place_relation(new, old)
    parts = [actors[0], codes[0], dates[0]] + ([places[0]] if places[0] else [])
    reason = ", ".join(parts) + f", Jaccard {jaccard:.2f}" + (f", {doubts:g} doubt(s)" if doubts else "")
    return Match(doubts, jaccard, swapped, reason)


def match_rank(new: MentionView, old: MentionView, rules: StoryRules) -> tuple[float, float, bool] | None:
    """(doubts, Jaccard, swapped) of `compare(new, old)` without writing its reason (the index
    compares many mentions and describes only the one it picks); None where `compare` gives None."""
    code_doubts = _code_doubts(new.code, old.code, rules, new.groups, old.groups)
    if code_doubts is None:
        return None
    actors = _actor_fit(new, old, rules)
    if actors is None:
        return None
    date_doubts = _DATE_DOUBTS.get(_date_fit(new, old, rules))
    if date_doubts is None:
        return None
    doubts = code_doubts + actors.doubts + date_doubts + _place_doubts(new.place, old.place)
    jaccard = _jaccard(new.words, old.words)
    if (new.unaddressed_statement or old.unaddressed_statement) \
            and jaccard < rules.setting("unaddressed_statement_jaccard"):
        return None  # only its words say what a statement to no one is about (data/story_rules.tsv)
    free = rules.setting("max_free_doubts")
    if doubts > free:
        needed = rules.setting("borderline_jaccard") + \
            rules.setting("jaccard_per_extra_doubt") * (math.ceil(doubts - free) - 1)
        if jaccard < needed:
            return None
    return doubts, jaccard, actors.swapped


def code_relation(a: str, b: str, rules: StoryRules, groups_a: frozenset[str] | None = None,
                  groups_b: frozenset[str] | None = None) -> tuple[str, int] | None:
    """(description, doubts) where the codes can describe one event, else None. `groups_a` and
    `groups_b` are `code_groups` of the codes, where the caller has them already."""
    doubts = _code_doubts(a, b, rules, groups_a, groups_b)
    if doubts is None:
        return None
    if doubts == 0:
        return f"codes {a}={b}", 0
    ga, gb = _general(a), _general(b)
    if ga[:2] == gb[:2] and (ga.startswith(gb) or gb.startswith(ga)):
        return f"codes {a}~{b}", 1
    groups_a = code_groups(a, rules) if groups_a is None else groups_a
    groups_b = code_groups(b, rules) if groups_b is None else groups_b
    shared = sorted(groups_a & groups_b)
    return f"codes {a}~{b} ({shared[0]})", 1


def _code_doubts(a: str, b: str, rules: StoryRules, groups_a: frozenset[str] | None = None,
                 groups_b: frozenset[str] | None = None) -> int | None:
    """The doubts `code_relation` counts (0 for the same code, 1 for a parent or group), or None."""
    if not a or not b:
        return None
    if a == b:
        return 0
    ga, gb = _general(a), _general(b)
    if ga[:2] == gb[:2] and (ga.startswith(gb) or gb.startswith(ga)):
        return 1
    if groups_a is None:
        groups_a = code_groups(a, rules)
    if groups_b is None:
        groups_b = code_groups(b, rules)
    return 1 if not groups_a.isdisjoint(groups_b) else None


def code_groups(code: str, rules: StoryRules) -> frozenset[str]:
    """The declared groups a code belongs to (a member's children belong too)."""
    return frozenset(name for name, codes in rules.groups.items() if _in(code, codes))


def is_symmetric(code: str, rules: StoryRules) -> bool:
    return any(code.startswith(prefix) for prefix in rules.symmetric)


def actor_relation(new: MentionView, old: MentionView, rules: StoryRules) -> tuple[str, float, bool] | None:
    """(description, doubts, swapped) where the actors can be the same, else None."""
    fit = _actor_fit(new, old, rules)
    if fit is None:
        return None
    notes = describe_dyad(fit, new.dyad, old.dyad)
    notes = f" ({notes})" if notes else ""
    if fit.swapped:
        return f"swapped dyad {_dyad(new)} / {_dyad(old)} (symmetric code){notes}", fit.doubts, True
    if not fit.doubts:
        return f"same dyad {_dyad(new)}{notes}", 0, False
    return f"compatible dyad {_dyad(new)} / {_dyad(old)}{notes}", fit.doubts, False


def _actor_fit(new: MentionView, old: MentionView, rules: StoryRules) -> DyadFit | None:
    """The fit `actor_relation` describes; None where it gives None. An unnamed side of `new` may be
    anaphoric where `new` comes later than `old` in the same article."""
    later_in_article = new.document_id is not None and new.document_id == old.document_id and \
        (new.start is None or old.start is None or new.start > old.start)
    return dyad_fit(new.dyad, old.dyad, new.symmetric and old.symmetric, later_in_article, rules.side_costs)


def date_relation(new: MentionView, old: MentionView, rules: StoryRules) -> tuple[str, int] | None:
    """(description, doubts) where the dates allow one event, else None."""
    fit = _date_fit(new, old, rules)
    if fit is None:
        return None
    if fit == "no date":
        return "no date", 1
    label = f"dates {new.day.isoformat()}/{old.day.isoformat()}"
    if fit == "same deadline":
        return label + f" (same deadline {new.deadline.isoformat()})", 0
    if fit == "coarse":
        return label + " (coarse)", 1
    if fit == "exact":
        return label, 0
    return label + " (publication date)", 1


_DATE_DOUBTS = {"no date": 1, "same deadline": 0, "coarse": 1, "exact": 0, "publication": 1}  # by _date_fit


def dates_compatible(new: MentionView, old: MentionView, rules: StoryRules) -> bool:
    """Whether `date_relation` allows one event (without describing how)."""
    return _date_fit(new, old, rules) is not None


def _date_fit(new: MentionView, old: MentionView, rules: StoryRules) -> str | None:
    """How the dates allow one event: no date, same deadline, coarse, exact or publication; else None."""
    if new.day is None or old.day is None:
        return "no date"
    gap = abs((new.day - old.day).days)
    if new.deadline and new.deadline == old.deadline and gap <= rules.setting("deadline_window_days"):
        return "same deadline"
    if new.date_kind == "coarse" or old.date_kind == "coarse":
        coarse = new if new.date_kind == "coarse" else old
        other = old if coarse is new else new
        return "coarse" if _within_period(other.day, coarse.day, coarse.precision) else None
    if new.date_kind == "exact" and old.date_kind == "exact":
        return "exact" if gap <= rules.setting("exact_window_days") else None
    if gap <= rules.setting("fallback_window_days"):
        return "publication"
    return None


def _place_doubts(new: tuple[str, str | None] | None, old: tuple[str, str | None] | None) -> int:
    """The doubts `place_relation` counts for two places: 2 where they differ, else 0."""
    if new is None or old is None or (new[0] and new[0] == old[0]) or (new[1] and new[1] == old[1]):
        return 0
    return 2


def place_relation(new: MentionView, old: MentionView) -> tuple[str, int]:
    if new.place is None or old.place is None:
        return "", 0
    if new.place[0] and new.place[0] == old.place[0]:
        return f"at {new.place[0].title()}", 0
    if new.place[1] and new.place[1] == old.place[1]:
        return f"in {new.place[1]}", 0
    return f"places {new.place[0].title()}/{old.place[0].title()} differ", 2


def _dyad(m: MentionView) -> str:
    def label(event_side: list[dict[str, Any]]) -> str:
        names = []
        for ref in event_side:
            name = ref.get("country") or ref.get("code") or "?"
            if name not in names:
                names.append(name)
        return "+".join(names) or "-"
    return f"{label(m.event.get('source') or [])}>{label(m.event.get('target') or [])}"


def _general(code: str) -> str:
    """A code with its 'not specified below' digit dropped: "020" -> "02", "0256" stays."""
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def _in(code: str, codes: frozenset[str]) -> bool:
    return any(code.startswith(member) for member in codes)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _within_period(day: dt.date, anchor: dt.date, precision: str | None) -> bool:
    if precision == "week":
        return abs((day - anchor).days) <= 7
    if precision == "month":
        return (day.year, day.month) == (anchor.year, anchor.month)
    if precision == "year":
        return day.year == anchor.year
    return abs((day - anchor).days) <= 3


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
