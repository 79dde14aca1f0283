"""Whether the dates of two event mentions allow one event (`story_match.py`'s third hard rule): exact days
within a window, a coarse date's period (week, month, year) holding the other's day, a shared deadline, or
publication dates within a wider window; a coarse date, a publication date or no date is a doubt."""
from __future__ import annotations

import datetime as dt

from .mention_views import MentionView
from .story_rules import StoryRules

DATE_DOUBTS = {"no date": 1, "same deadline": 0, "coarse": 1, "exact": 0, "publication": 1}  # by date_fit


def date_relation(new: MentionView, old: MentionView, rules: StoryRules) -> tuple[str, int] | None:
    """(description, doubts) where the dates allow one event, else None."""
    fit = date_fit(new, old, rules)
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


def dates_compatible(new: MentionView, old: MentionView, rules: StoryRules) -> bool:
    """Whether `date_relation` allows one event (without describing how)."""
    return date_fit(new, old, rules) is not None


def date_fit(new: MentionView, old: MentionView, rules: StoryRules) -> str | None:
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


def _within_period(day: dt.date, anchor: dt.date, precision: str | None) -> bool:
    if precision == "week":
        return abs((day - anchor).days) <= 7
    if precision == "month":
        return (day.year, day.month) == (anchor.year, anchor.month)
    if precision == "year":
        return day.year == anchor.year
    return abs((day - anchor).days) <= 3
