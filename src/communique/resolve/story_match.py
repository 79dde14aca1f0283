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

The steps live beside this module: the rules read from their file (`story_rules.py`), the view of one mention
(`mention_views.py`), the codes' relation (`story_codes.py`), the actors' (`story_actors.py`) and the dates'
(`story_dates.py`); here they are put together, with the places and the wording, into one match and its reason.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .mention_views import MentionView, content_words, mention_view
from .story_actors import DyadFit, describe_dyad, dyad_fit
from .story_codes import code_doubts as _code_doubts, code_groups, code_relation, is_symmetric
from .story_dates import DATE_DOUBTS, date_fit, date_relation, dates_compatible
from .story_rules import RULES_FILE, StoryRules, load_story_rules

__all__ = ["RULES_FILE", "Match", "MentionView", "StoryRules", "actor_relation", "code_groups", "code_relation",
           "compare", "content_words", "date_relation", "dates_compatible", "is_symmetric", "load_story_rules",
           "match_rank", "mention_view", "place_relation"]


@dataclass(frozen=True)
class Match:
    doubts: float
    jaccard: float
    swapped: bool
    reason: str


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
    date_doubts = DATE_DOUBTS.get(date_fit(new, old, rules))
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


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0
