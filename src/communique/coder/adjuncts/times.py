"""`time_pps` (profile communique): a prepositional phrase that names a time fills no preposition of a pattern;
`figure_pps`: nor one whose object is a bare number, a tally's second term ("by seven votes to two").

CAMEO.2.0.txt has some thirty patterns whose last element is a bare preposition ("- * (ON) [020] # CALL" for
"called on Yland to ...", "- * (FOR) [111] # ATTACK" for "attacked Yland for its policy", "- * (AT) [036] #
MEET", "- * (BY) [051] # STAND"); PETRARCH-2 (spec §4.3) lets any PP with that preposition fill it, so a
time adjunct does: "telephoned the Yland president on Friday" is an appeal (020), "attacked the town for
three days" a criticism (111). No pattern of the dictionary names a time in its PP, so a PP whose object is
headed by a word of time (a weekday, a month, a part of the day, a unit of time, a day relative to today:
data/time_words.tsv; or a year) is left out of the pattern match; it is still read for actors (none).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...time.words import time_words
from ..phrases import Clause, PrepPhrase, SentenceView

TIME_CATEGORIES = ("weekday", "month", "part_of_day", "unit", "relative_day")
YEAR = re.compile(r"(1[89]|20)\d\d")


@lru_cache(maxsize=1)
def time_heads() -> frozenset[str]:
    """The upper-case one-word heads of time expressions in data/time_words.tsv."""
    words = time_words()
    return frozenset(phrase.upper() for category in TIME_CATEGORIES for phrase in words.get(category)
                     if " " not in phrase)


def is_time_pp(pp: PrepPhrase, view: SentenceView) -> bool:
    """Whether the PP's object is headed by a word of time ("on Friday", "for three days", "in 2003")."""
    if pp.obj is None:
        return False
    word = view.words[pp.obj.head]
    return word in time_heads() or bool(YEAR.fullmatch(word))


def without_time_pps(match):
    """`match` (match.match_verb, or a partial of it) run on the clause without its time PPs."""
    return _without_pps(match, is_time_pp)


def is_figure_pp(pp: PrepPhrase, view: SentenceView) -> bool:
    """Whether the PP's object is a bare number (switch `figure_pps`): the second term of a tally or a score ("ruled
    by seven votes TO TWO", "voted 52 TO 48", "by a majority of four judges TO ONE"), which names no place, recipient
    or counterpart: HEAD's `- * (TO) [042:043]` (travel to) met RULED's "to two" and made a ruling a visit."""
    return pp.obj is not None and view.tags[pp.obj.head] == "CD" and not pp.obj.modifiers


def without_figure_pps(match):
    """`match` run on the clause without its PPs whose object is a bare number (`is_figure_pp`)."""
    return _without_pps(match, is_figure_pp)


def _without_pps(match, left_out):
    """`match` run on the clause without the PPs for which `left_out(pp, view)` holds."""
    def matched(clause: Clause, view: SentenceView, verbs, **options):
        pps = [pp for pp in clause.pps if not left_out(pp, view)]
        if len(pps) != len(clause.pps):
            clause = replace(clause, pps=pps)
        return match(clause, view, verbs, **options)
    return matched
