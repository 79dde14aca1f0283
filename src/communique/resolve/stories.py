"""Stories: the same real-world event merged across mentions, documents and sources.

`StoryIndex` takes documents one at a time and puts each event mention into an existing story or a
new one, saying why (resolve/story_match.py holds the rules). It can be resumed from the stories and
mentions a database holds, so that articles read next week join the stories of this week. A story's
id is a hash of its first mention's id, so it stays the same however the index is rebuilt.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable

from ..records import Document, Story
from .story_match import (Match, MentionView, StoryRules, compare, dates_compatible,
                          load_story_rules, match_rank, mention_view)


@dataclass(frozen=True)
class StoryAssignment:
    """Where one mention went, and why."""
    mention_id: str
    story_id: str
    reason: str
    new: bool


@dataclass
class _StoryState:
    id: str
    members: list[MentionView] = field(default_factory=list)
    flipped: list[bool] = field(default_factory=list)  # the member's source is the story's target
    reasons: list[str] = field(default_factory=list)


def story_id_for(mention_id: str) -> str:
    return "s" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:15]


class StoryIndex:
    """Event mentions grouped into stories, built up one document at a time."""

    def __init__(self, rules: StoryRules | None = None):
        self._rules = rules or load_story_rules()
        self._stories: dict[str, _StoryState] = {}
        self._story_of: dict[str, str] = {}  # mention id -> story id
        self._created: dict[str, int] = {}  # story id -> order of creation
        # code key (root or group) and actor key -> day (an ordinal; None for coarse and missing dates)
        # -> story ids
        self._by_key: dict[str, dict[int | None, set[str]]] = {}
        self._code_facts: dict[str, tuple[frozenset[str], bool]] = {}  # code -> groups, symmetric
        self._window = int(max(self._rules.setting(name) for name in
                               ("exact_window_days", "fallback_window_days", "deadline_window_days")))

    @classmethod
    def from_stories(cls, stories: list[Story], mentions: list[dict[str, Any]],
                     rules: StoryRules | None = None) -> "StoryIndex":
        """An index holding what a database stored: its stories, and their mentions as contract event
        dicts with `document_id` and `published` added (each with its `story` set)."""
        index = cls(rules)
        by_id = {str(m["id"]): m for m in mentions}
        for story in stories:
            state = index._open(story.id)
            for mention_id in story.mention_ids:
                if mention_id in by_id and mention_id not in index._story_of:
                    index._restore(state, index._view(by_id[mention_id]))
            state.reasons = list(story.reasons)
        for mention in mentions:  # mentions that no story record lists, in the order given
            if str(mention["id"]) not in index._story_of:
                story_id = mention.get("story") or story_id_for(str(mention["id"]))
                index._restore(index._stories.get(story_id) or index._open(story_id), index._view(mention))
        return index

    def add(self, document: Document,
            event_dicts: list[dict[str, Any]] | None = None) -> list[StoryAssignment]:
        """Assign every event of `document` to a story (setting `event.story`), in text order.

        `event_dicts` are the events' contract dicts where the caller has made them already (the
        store does): the index keeps them for the story records and reads no "story" key from them."""
        if event_dicts is None:
            event_dicts = [event.to_dict() for event in document.events]
        assignments = self.add_mentions(event_dicts, document.id, document.published)
        for event, assignment in zip(document.events, assignments):
            event.story = assignment.story_id
        return assignments

    def add_mentions(self, event_dicts: list[dict[str, Any]], document_id: str | None,
                     published: str | None) -> list[StoryAssignment]:
        """`add` for one document's events given as contract dicts only (ids as the dicts say), in
        text order: what the Spark story stage calls, mention by mention, in input order."""
        assignments = []
        for event_dict in event_dicts:
            mention_id = str(event_dict["id"])
            if mention_id in self._story_of:  # the same document read again
                assignments.append(StoryAssignment(mention_id, self._story_of[mention_id],
                                                   "already in this story", False))
                continue
            assignments.append(self._assign(self._view(event_dict, document_id, published)))
        return assignments

    @property
    def window_days(self) -> int:
        """How many days apart two dated mentions may lie and still be compared at all."""
        return self._window

    def blocking(self, event: dict[str, Any], document_id: str | None,
                 published: str | None) -> tuple[list[str], int | None]:
        """The keys under which a mention is indexed and its day (an ordinal; None where it is
        compared with every day: no date, or a coarse one). Two mentions can only ever be compared
        where they share a key and their days lie within `window_days` (or either has no day), so
        groups of mentions linked that way can be merged into stories apart from each other."""
        view = self._view(event, document_id, published)
        day = view.day.toordinal() if view.day and view.date_kind != "coarse" else None
        return self._index_keys(view), day

    def story_of(self, mention_id: str) -> str | None:
        return self._story_of.get(mention_id)

    def stories(self) -> list[Story]:
        """Every story, in the order they were first seen."""
        return [_story_record(state) for state in self._stories.values()]

    def story(self, story_id: str) -> Story | None:
        """One story, or None where the index has no story of that id."""
        state = self._stories.get(story_id)
        return _story_record(state) if state is not None else None

    def _view(self, event: dict[str, Any], document_id: str | None = None,
              published: str | None = None) -> MentionView:
        document_id = event.get("document_id", document_id)
        published = event.get("published", published)
        return mention_view(event, document_id, published, _stop_words(), self._rules, self._code_facts)

    def _assign(self, view: MentionView) -> StoryAssignment:
        best: tuple[tuple[int, float], _StoryState, MentionView, bool] | None = None
        keys = self._index_keys(view)
        for story_id in self._candidates(view, keys):
            state = self._stories[story_id]
            if not all(dates_compatible(view, member, self._rules) for member in state.members):
                continue  # every mention of a story keeps within the date window: no drifting chains
            found = self._best_member(state, view)
            if found and (best is None or found[0] < best[0]):
                best = (found[0], state, found[1], found[2])
        if best is None:
            state = self._open(story_id_for(view.id))
            reason = "new story: no earlier mention with compatible actors, code and date"
            self._place(state, view, flipped=False, reason=reason, keys=keys)
            return StoryAssignment(view.id, state.id, reason, True)
        _, state, member, flipped = best
        match: Match = compare(view, member, self._rules)  # described only for the mention chosen
        self._place(state, view, flipped=flipped, reason=match.reason, keys=keys)
        return StoryAssignment(view.id, state.id, match.reason, False)

    def _best_member(self, state: _StoryState,
                     view: MentionView) -> tuple[tuple[int, float], MentionView, bool] | None:
        """The closest match of `view` among a story's mentions: (rank, that mention, whether `view` is
        flipped against the story's dyad), or None where it matches none of them."""
        best = None
        rules = self._rules
        for member, member_flipped in zip(state.members, state.flipped):
            ranked = match_rank(view, member, rules)
            if ranked is None:
                continue
            doubts, jaccard, swapped = ranked
            rank = (doubts, -jaccard)
            if best is None or rank < best[0]:
                best = (rank, member, member_flipped != swapped)
        return best

    def _restore(self, state: _StoryState, view: MentionView) -> None:
        """Put a stored mention back into its story, oriented as it was when it joined."""
        found = self._best_member(state, view)
        self._place(state, view, flipped=found[2] if found else False)

    def _candidates(self, view: MentionView, keys: list[str]) -> list[str]:
        """Stories with a mention of a compatible code near the date of `view`, oldest story first
        (`keys` are the index keys of `view`)."""
        found: set[str] = set()
        any_day = view.day is None or view.date_kind == "coarse"
        centre = 0 if any_day else view.day.toordinal()
        first, last = centre - self._window, centre + self._window
        for key in keys:
            days = self._by_key.get(key)
            if not days:
                continue
            if any_day:
                found.update(*days.values())
            elif len(days) <= last - first + 2:  # fewer days stored than the window holds
                for day, story_ids in days.items():
                    if day is None or first <= day <= last:
                        found.update(story_ids)
            else:
                for day in (None, *range(first, last + 1)):
                    found.update(days.get(day, ()))
        return sorted(found, key=self._created.__getitem__)

    def _index_keys(self, view: MentionView) -> list[str]:
        """Two mentions that can match share a key: a code key (the root, or a declared group: two codes
        that can be compatible share one) and an actor on either side (a match needs one side to
        tie, straight or swapped: resolve/story_actors.py)."""
        actors = sorted(view.actor_keys)
        code_keys = ["root:" + view.code[:2]] + ["group:" + name for name in sorted(view.groups)]
        return [f"{code_key}|{actor}" for code_key in code_keys for actor in actors]

    def _open(self, story_id: str) -> _StoryState:
        state = _StoryState(story_id)
        self._stories[story_id] = state
        self._created[story_id] = len(self._created)
        return state

    def _place(self, state: _StoryState, view: MentionView, flipped: bool, reason: str | None = None,
               keys: list[str] | None = None) -> None:
        state.members.append(view)
        state.flipped.append(flipped)
        if reason:
            state.reasons.append(f"{view.id}: {reason}")
        self._story_of[view.id] = state.id
        day = view.day.toordinal() if view.day and view.date_kind != "coarse" else None
        for key in keys if keys is not None else self._index_keys(view):
            self._by_key.setdefault(key, {}).setdefault(day, set()).add(state.id)


def build_stories(documents: Iterable[Document]) -> list[Story]:
    """The stories of a batch of documents (setting each event's `story`), for `extract --json`."""
    index = StoryIndex()
    for document in documents:
        index.add(document)
    return index.stories()


def _story_record(state: _StoryState) -> Story:
    members = state.members
    main = _main_member(members)
    sources, targets = [], []
    for member, flipped in zip(members, state.flipped):
        own_source, own_target = member.event.get("source") or [], member.event.get("target") or []
        _merge_actors(sources, own_target if flipped else own_source)
        _merge_actors(targets, own_source if flipped else own_target)
    seen = sorted(m.seen for m in members if m.seen)
    return Story(
        id=state.id, cameo=dict(main.event.get("cameo") or {}), plover=dict(main.event.get("plover") or {}),
        source=sources, target=targets, date=_story_date(members), location=_most_common(members, "location"),
        deadline=_most_common(members, "deadline"), mentions=len(members),
        documents=len({m.document_id for m in members}),
        first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None,
        mention_ids=[m.id for m in members], reasons=list(state.reasons))


def _main_member(members: list[MentionView]) -> MentionView:
    """The mention whose code the story takes: the commonest code, then the most specific."""
    if len(members) == 1:
        return members[0]
    counts = Counter(m.code for m in members)
    return min(members, key=lambda m: (-counts[m.code], -len(m.code)))  # min keeps the first of a tie


def _story_date(members: list[MentionView]) -> dict[str, Any] | None:
    exact = [m for m in members if m.date_kind == "exact"]
    pool = exact or [m for m in members if m.date_kind == "coarse"] or members
    if len(pool) == 1:
        chosen = pool[0]
    else:
        counts = Counter(m.day for m in pool)
        chosen = min(pool, key=lambda m: -counts[m.day])  # min keeps the first of a tie
    return dict(chosen.event["date"]) if chosen.event.get("date") else None


def _most_common(members: list[MentionView], name: str) -> dict[str, Any] | None:
    values = [m.event[name] for m in members if m.event.get(name)]
    if len(values) < 2:
        return dict(values[0]) if values else None
    def key(value: dict[str, Any]) -> str:
        return str(value.get("name") or value.get("value") or value.get("text"))
    counts = Counter(key(v) for v in values)
    return dict(min(values, key=lambda v: -counts[key(v)]))  # min keeps the first of a tie


def _merge_actors(into: list[dict[str, Any]], refs: list[dict[str, Any]]) -> None:
    known = {a.get("code") or a.get("name") for a in into}
    for ref in refs:
        key = ref.get("code") or ref.get("name")
        if key not in known:
            into.append(dict(ref))
            known.add(key)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list only: no model is loaded

    return frozenset(STOP_WORDS)
