"""Support verbs the dictionary codes without telling the event their noun names (profile `communique`, switch
`event_nouns`): a speech act restated (`restated`: "reiterated its demand that ...", coded as a bare statement) and
a support idiom coded by its own noun only (`idiom_coded_verbs`; session 32, branch sweep32).

CAMEO.2.0.txt codes "take part" by a pattern that names the idiom's own noun and nothing else ("- * PART [030] #
TAKE", 030 "Express intent to cooperate"), beside patterns that name the event taken part in ("- * PART (IN SUMMIT)
[046]", "- * PART (IN PROTEST) [141]", "- * PART (IN {NAVAL EXERCISE}) [062:062]"): taking part in an event is
that event, and the dictionary names a few. Where only the bare idiom pattern matched, the clause is coded, so an
event noun in the idiom's preposition ("took part in joint exercises", "took part in protests": nouns/events.py's
place "object of the support verb's preposition") was never read and the clause kept the idiom's 030. Here the
clause whose every code comes from such a pattern counts as uncoded for the event nouns, and where an event noun
codes it, the idiom's records are dropped: the noun's event stands in their place, as the dictionary's own
(IN ...) patterns code it.
"""
from __future__ import annotations

from typing import Callable

from ..cameo_roots import SPEECH_ACT_ROOTS
from ..compose import Event
from ..phrases import Clause, SentenceView

STATEMENT_ROOT = "01"


def restated(place, entry, coded: dict[int, set[str]]) -> bool:
    """A speech act named by the object of a support verb the dictionary codes as a bare statement (010:
    "reiterated its demand that ...", "repeated its offer to ..."): the statement repeats the act the noun
    names, which is the news, not the saying. `place` and `entry` are nouns/events.py's Place and EventNoun."""
    cl = place.clause
    return cl is not None and place.kind == "object" and place.verb_role == "support" and \
        entry.code[:2] in SPEECH_ACT_ROOTS and coded.get(cl.verb) == {STATEMENT_ROOT}


def idiom_coded_verbs(view: SentenceView, events: list, idiom: Callable[[Clause], bool]) -> set[int]:
    """The clause verbs whose every coded event comes from a pattern naming only the verb's own object ("- * PART"),
    that object being the clause's and the clause a support idiom (`idiom`: nouns/events.py's `idiom_role`, by
    data/event_noun_verbs.tsv: TAKE PART), not a verb and object that name an act ("drew criticism": 111). The
    clause has a subject of its own, the event's doer: a gerund ("jailed for taking part in protests") names the
    grounds of another act, no event told, and keeps the idiom's code as before."""
    found: dict[int, bool] = {}
    for e in events:
        if not isinstance(e, Event) or not e.code:
            continue
        cl = view.clauses.get(e.verb)
        words = _object_words(e.pattern)
        bare = cl is not None and bool(cl.subjects) and len(words) == 1 and idiom(cl) \
            and any(view.words[np.head] == words[0] for np in cl.objects)
        found[e.verb] = found.get(e.verb, True) and bare
    return {verb for verb, bare in found.items() if bare}


def without_idiom_events(events: list, idioms: set[int], nouns: list) -> list:
    """`events` less the idiom-coded events of each verb of `idioms` an event noun of `nouns` codes."""
    told = {e.verb for e in nouns if isinstance(e, Event) and e.code} & idioms
    return [e for e in events if not (isinstance(e, Event) and e.verb in told)]


def _object_words(pattern: str | None) -> list[str]:
    """The words of a verb pattern after its verb and before its code ("- * PART  [030]  # TAKE": ["PART"])."""
    if not pattern or "*" not in pattern:
        return []
    return pattern.split("*", 1)[1].split("[", 1)[0].split()
