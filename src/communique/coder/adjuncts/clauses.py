"""An adverbial clause of a past event is not the content of the verb it hangs on (switch `time_clauses`).

PETRARCH-2 reads a post-verbal adverbial clause as part of the verb phrase (its SBAR is inside the VP of the
Stanford parse), so the clause's event becomes the lower item of the verb above: "The minister resigned, hours
after police arrested his deputy" is an arrest by the minister, "The government denied the report, a week after
rebels accused the army" a denial of a reported accusation no rule resolves (dropped), "welcomed the deal after
U.S. negotiators accepted his proposals" a welcome addressed to the negotiators. A clause of time that tells an
event which took place before or at the main act (data/coder_time_clauses.tsv: after, since, when, whenever)
places that act in time; it is not what the act is done to, said about or aimed at (Quirk et al. 1985,
15.25-15.27). With the switch, such a clause is left out of the complements of a governor that codes an act of
its own: the governor's event is built as if the clause were not there, and the clause is coded on its own
where the main clauses code nothing (switch `background_clauses`, coder/sentence.py). A governor with no code
("the fighting came after rebels attacked the base") has no act to protect: PETRARCH-2 passes the clause's
event up through it, and so it stays. A clause of what had not happened ("until their demands are
met", "before the vote") states the act's terms and is left where PETRARCH-2 reads it.

A detached past participle after the verb (switch `participle_adjuncts`: a VBN set off by a comma, with no subject,
auxiliary or subordinator of its own: "lifted martial law on Tuesday, imposed after last year's coup"; "freed 40
protesters, detained during the sit-in") is a reduced passive relative on a noun of the clause, most often the
object the parser could not reach across the adjunct (Quirk et al. 1985, 17.100: the "supplementive" -ed clause).
It tells what had been done to that noun before, by others: background, not the verb's content. PETRARCH-2 reads
it inside the VP, so "lifted martial law, imposed after the coup" became an imposition (170) by the government
that lifted it. With the switch it is left out of the complements of a governor that codes an act of its own, as
a clause of time is. A present participle ("..., allowing aid trucks to enter", "..., accusing them of ...") is the
subject's own act and is left where PETRARCH-2 reads it.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import upper_words
from ..cameo_roots import COERCION_AND_FORCE_ROOTS
from ..codes import to_cameo
from ..phenomena.comparative_clauses import comparative_participle

TIME_CLAUSES_FILE = "coder_time_clauses.tsv"
CIRCUMSTANCE_CLAUSES_FILE = "coder_circumstance_clauses.tsv"
# the step of a verb's event whose clause of a circumstance was left out of its content: the recipient that clause
# gave it is gone by design, not for want of a reading, so its confidence keeps the two-sided rank it had
CIRCUMSTANCE_STEP = "addition: a clause of circumstance is no content (circumstance_clauses)"


@lru_cache(maxsize=1)
def past_event_marks() -> frozenset[str]:
    """The subordinators of data/coder_time_clauses.tsv."""
    return upper_words(TIME_CLAUSES_FILE, "the coder's subordinators of a past event")


def circumstance_governor(code: int) -> bool:
    """Whether a verb of internal code `code` keeps its clauses of a circumstance out of its content (switch
    `circumstance_clauses`): a verb with a code of its own that is no coercion or force (CAMEO 17-20). Force used
    "as protesters tried to storm the parliament" is aimed at those the clause names, as PETRARCH-2 reads it."""
    return bool(code) and (to_cameo(code) or "")[:2] not in COERCION_AND_FORCE_ROOTS


@lru_cache(maxsize=1)
def circumstance_marks() -> frozenset[str]:
    """The subordinators of data/coder_circumstance_clauses.tsv (switch `circumstance_clauses`)."""
    return upper_words(CIRCUMSTANCE_CLAUSES_FILE, "the coder's subordinators of a circumstance")


def content_complements(view, complements: list, time_clauses: bool = True, participles: bool = False,
                        comparatives: bool = False) -> list:
    """The complements of a verb less its adverbial clauses of a past event ("..., a day after ...", switch
    `time_clauses`), with `participles` its detached past participles ("..., imposed after the coup") and with
    `comparatives` its reduced comparative clauses ("... as planned": phenomena/comparative_clauses.py)."""
    marks = past_event_marks()
    return [c for c in complements if not (
        (time_clauses and _marked(view, c, marks))
        or (participles and detached_participle(view, c.verb))
        or (comparatives and comparative_participle(c.verb, view)))]


def without_circumstances(view, complements: list) -> list:
    """The complements less the finite clauses of a circumstance with a subject of their own ("... as rescuers
    reached the villages", "... because mobs had attacked mosques": data/coder_circumstance_clauses.tsv; switch
    `circumstance_clauses`, for a verb `circumstance_governor` allows)."""
    marks = circumstance_marks()
    return [c for c in complements if not (c.subjects and _marked(view, c, marks))]


def _marked(view, clause, marks: frozenset[str]) -> bool:
    """Whether `clause` is an adverbial clause opened by one of the subordinators `marks`: a `mark`, or a wh-adverb
    before its verb, which the parser labels `advmod` ("when police fired on the crowd", "when contacted by
    Reuters": session 34, the table's WHEN and WHENEVER had never been met as a `mark`)."""
    return clause.dep == "advcl" and any(view.words[k] in marks and (view.deps[k] == "mark" or (
        view.deps[k] == "advmod" and view.tags[k] == "WRB" and k < clause.verb)) for k in view.children[clause.verb])


# what gives a participle a clause of its own: then it is no reduced relative on a noun
OWN_CLAUSE_LINKS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark", "aux", "auxpass"})


def detached_participle(view, verb: int) -> bool:
    """Whether token `verb` is a detached past participle (switch `participle_adjuncts`): an adverbial VBN right
    after a comma, with no subject, auxiliary or subordinator of its own."""
    return (view.deps[verb] == "advcl" and view.tags[verb] == "VBN" and verb > view.start
            and view.words[verb - 1] == "," and view.heads[verb] < verb
            and not any(view.deps[k] in OWN_CLAUSE_LINKS for k in view.children[verb]))
