"""What the story rules look at in one event mention (`story_match.py`): its code and the code's groups, its
actors as specs (`story_actors.py`), its day and how that day was known (exact, coarse, the publication date's
fallback, none), its deadline, place and the content words of its evidence. A mention is read from the plain
shape the contract gives it (the event dict plus `document_id` and `published`), so mentions from a fresh
extraction and mentions read back from a database are read alike."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .story_actors import ActorSpec, actor_specs, blocking_keys
from .story_codes import code_groups, is_symmetric
from .story_rules import StoryRules

EXACT_PRECISIONS = frozenset({"day", "hour", "minute"})
STATEMENT_ROOT = "01"  # CAMEO's public statements
_WORD = re.compile(r"[a-z]{3,}")  # whole runs of letters: shorter runs never match


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


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
