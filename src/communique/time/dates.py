"""Time expressions, event dates and deadlines.

`find_dates(doc, published)` finds every time expression and resolves it against the publication
date, pointing back or forward as the tense of its governing verb says. `date_for_event` and
`deadline_for_event` pick, for one event trigger, the expression that dates it and the deadline it
sets, following the dependency parse.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..nlp import doc_entities, doc_text, sentence_bounds
from ..records import DateMention
from .fallback import parse_numeric_date
from .resolve import resolve
from .scan import Expression, scan
from .tense import NNPS, NNS, DepTree, Tense, verb_above, dep_tree, tense_at
from .words import time_words

DATE = get_string_id("DATE")  # the entity label, as the string id spaCy stores
WEAK_DEADLINE_CUES = {"by", "before", "until", "till"}
DEADLINE_NOUN_AFTER = r"\s*(?:'s\s+|’s\s+)?(?:{nouns})\b"
SPANS_KEY = "communique.time.spans"  # doc.user_data: (start char, end char) -> expression tokens
PATHS_KEY = "communique.time.paths"  # doc.user_data: expression tokens -> attachment path


def find_dates(doc: Doc, published: dt.date | None) -> list[DateMention]:
    """Every time expression in `doc`, in text order, resolved against `published`."""
    found: list[DateMention] = []
    text = doc_text(doc)
    for expr in scan(text):
        mention = _mention(doc, text, expr, published)
        if mention is not None:
            found.append(mention)
    found.extend(_numeric_entities(doc, found, published))
    return sorted(found, key=lambda m: m.start)


def _mention(doc: Doc, text: str, expr: Expression, published: dt.date | None) -> DateMention | None:
    bounds = _expression_tokens(doc, expr.start, expr.end)
    if bounds is None:
        return None
    if _is_a_count(doc, bounds, expr):
        return None
    tense = tense_at(doc, bounds[2], bounds[:2])
    within = expr.atom("within")
    if within and within.parts["prep"].lower() == "in" and tense.direction == "past":
        return None  # "the first time in ten years" measures a stretch, it is not a point
    deadline = bool(within and within.parts["prep"].lower() == "within") or _has_deadline_cue(text, expr, tense)
    direction = _direction(tense, deadline, expr)
    result = resolve(expr, published, direction)
    if result is None:
        return None
    return DateMention(text=text[expr.start:expr.end], value=result.value, precision=result.precision,
                       start=expr.start, end=expr.end, end_value=result.end_value, relative=result.relative,
                       resolved=result.value is not None, deadline=deadline)


def _is_a_count(doc: Doc, bounds: tuple[int, int, int], expr: Expression) -> bool:
    """"some 2000 troops" counts troops; "the 2020 elections" is a year."""
    if [a.kind for a in expr.atoms] != ["year"] or "season" in expr.atoms[0].parts:
        return False
    tree = dep_tree(doc)
    start, _, root = bounds
    dep = tree.words.dep
    determined = start > 0 and dep[start - 1] in ("det", "poss", "case")
    return dep[root] == "nummod" and tree.tag[tree.head[root]] in (NNS, NNPS) and not determined


def _direction(tense: Tense, deadline: bool, expr: Expression) -> str:
    """A deadline is mostly set ahead of time: a bare deadline date points forward, as does a goal's ("raised
    output to fill the bags by Thursday"), and a past-tense one ("set a Jan. 12 deadline") to the nearest
    such date rather than the one a year back."""
    if not deadline:
        return tense.direction
    if tense.sets_deadline or tense.purpose:
        return "future"
    if tense.direction == "nearest":
        return "future"
    if tense.direction == "past" and not (expr.atom("weekday") or expr.atom("relday")):
        return "nearest"
    return tense.direction


def _has_deadline_cue(text: str, expr: Expression, tense: Tense) -> bool:
    words = re.findall(r"[\w']+", text[max(0, expr.start - 40):expr.start].lower())
    cue = _longest_cue_ending(words)
    if cue is not None:
        return tense.sets_deadline or not (cue in WEAK_DEADLINE_CUES and tense.finite_past)
    return bool(_deadline_noun_after().match(text[expr.end:expr.end + 20]))


def _longest_cue_ending(words: list[str]) -> str | None:
    """The longest deadline cue the words end with, whole words only ("no later than", "by")."""
    cues = _deadline_cues()
    if not words:
        return "" if "" in cues else None
    for first in range(len(words)):
        ending = " ".join(words[first:])
        if ending in cues:
            return ending
    return None


@lru_cache(maxsize=1)
def _deadline_cues() -> frozenset[str]:
    return frozenset(time_words().get("deadline_cue"))


@lru_cache(maxsize=1)
def _deadline_noun_after() -> re.Pattern[str]:
    """"Friday's deadline", "a Jan. 12 deadline": a deadline noun right after the expression."""
    nouns = "|".join(re.escape(n) for n in time_words().get("deadline_after"))
    return re.compile(DEADLINE_NOUN_AFTER.format(nouns=nouns), re.IGNORECASE)


def _numeric_entities(doc: Doc, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """spaCy DATE entities the patterns did not cover that dateparser reads as numeric dates."""
    extra = []
    text = doc_text(doc)
    for start_char, end_char in _date_entities(doc):
        if any(m.start < end_char and start_char < m.end for m in found):
            continue
        parsed = parse_numeric_date(text[start_char:end_char], published)
        if parsed is None:
            continue
        value, relative = parsed
        extra.append(DateMention(text=text[start_char:end_char], value=value, precision="day", start=start_char,
                                 end=end_char, relative=relative, resolved=value is not None))
    return extra


def _date_entities(doc: Doc) -> list[tuple[int, int]]:
    """(start char, end char) of each DATE entity, from the document's entities listed once (`doc_entities`,
    which the places stage reads too)."""
    return [(ent.start_char, ent.end_char) for ent in doc_entities(doc) if ent.label == DATE]


def date_for_event(doc: Doc, trigger_index: int, dates: list[DateMention], published: dt.date | None) -> dict:
    """The contract's event `date`: the expression that governs the trigger, else the publication date."""
    best: tuple[float, int, DateMention] | None = None
    for mention, bounds in _in_sentence(doc, trigger_index, dates):
        score = _date_score(doc, bounds, trigger_index, mention.deadline)
        if score <= 0:
            continue
        key = (score, -_distance(bounds, trigger_index), mention)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        value = published.isoformat() if published else None
        if isinstance(published, dt.datetime):
            value = published.date().isoformat()
        return {"value": value, "precision": "day", "text": None}
    mention = best[2]
    return {"value": mention.value, "precision": mention.precision, "text": mention.text}


def deadline_for_event(doc: Doc, trigger_index: int, dates: list[DateMention]) -> dict | None:
    """The contract's event `deadline`: a deadline expression in the trigger's clause, else its sentence."""
    deadlines = [d for d in dates if d.deadline]
    if not deadlines:
        return None
    best: tuple[float, int, DateMention] | None = None
    for mention, bounds in _in_sentence(doc, trigger_index, deadlines):
        score = _deadline_score(doc, bounds, trigger_index)
        key = (score, -_distance(bounds, trigger_index), mention)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    return {"value": best[2].value, "text": best[2].text}


def _in_sentence(doc: Doc, trigger_index: int, dates: list[DateMention]):
    """The mentions in the trigger's sentence, each with its token bounds and root (`_expression_tokens`)."""
    if not dates:
        return
    _, _, first_char, end_char = sentence_bounds(doc, trigger_index)
    for mention in dates:
        if first_char <= mention.start < end_char:
            bounds = _expression_tokens(doc, mention.start, mention.end)
            if bounds is not None:
                yield mention, bounds


def _expression_tokens(doc: Doc, start: int, end: int) -> tuple[int, int, int] | None:
    """(first token, end token, root token) of the characters [start, end) expanded to whole tokens,
    None where they cover no token; kept per document, as every event of a sentence asks for the same
    expressions."""
    spans = doc.user_data.setdefault(SPANS_KEY, {})
    if (start, end) not in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        spans[(start, end)] = (span.start, span.end, span.root.i) if span is not None and len(span) else None
    return spans[(start, end)]


def _distance(bounds: tuple[int, int, int], trigger: int) -> int:
    return min(abs(bounds[0] - trigger), abs(bounds[1] - 1 - trigger))


def _attachment_path(doc: Doc, bounds: tuple[int, int, int]) -> list[int]:
    """The tokens from the expression's head up to the first verb above it ("by", "reaching"); kept per
    expression, as every event of its sentence asks for it."""
    paths = doc.user_data.setdefault(PATHS_KEY, {})
    path = paths.get(bounds)
    if path is None:
        tree = dep_tree(doc)
        head, pos = tree.head, tree.words.pos
        path = paths[bounds] = []
        token = bounds[2]
        while head[token] != token and len(path) < 12:
            token = head[token]
            if bounds[0] <= token < bounds[1]:
                continue
            path.append(token)
            if pos[token] in ("VERB", "AUX"):
                break
    return path


def _date_score(doc: Doc, bounds: tuple[int, int, int], trigger: int, deadline: bool) -> float:
    """3: dates the trigger itself; 2.5: its conjunct or the verb that carries a noun trigger;
    1: a verb the trigger's clause hangs from (the reporting date); 0.2: the sentence's main verb or a
    verbless fragment, where the trigger is not under it; 0: a clause of its own."""
    tree = dep_tree(doc)
    path = _attachment_path(doc, bounds)
    verb = path[-1] if path else None
    if path and trigger != path[0] and _possessed_other_event(tree, bounds, path[0]):
        return 0.0  # "expelled observers of next week's election": the time is the election's
    if trigger in path:
        score = 3.0
    elif verb is not None and (verb in _conjuncts(tree, trigger) or
                               (tree.words.pos[trigger] not in ("VERB", "AUX") and
                                verb == verb_above(tree, trigger, 40, (trigger, trigger + 1)))):
        score = 2.5
    elif verb is not None and _dominates(tree, verb, trigger, strictly=True):
        score = 1.0
    elif verb is not None and tree.words.dep[verb] != "ROOT":
        return 0.0  # dates another clause ("the movement, which began in October, ...")
    else:
        score = 0.2
    if deadline:  # a deadline dates what must happen by then, not the act of setting it
        sets_it = tree.words.lemma[trigger] in time_words().get("deadline_verb")
        return 0.5 if score >= 3 and _hangs_on(tree, path, trigger) and not sets_it else 0.0
    return score


def _possessed_other_event(tree: DepTree, bounds: tuple[int, int, int], noun: int) -> bool:
    """A time named as a possessive ("next week's election", "Sunday's vote") dates the noun it possesses. It
    dates the act above that noun only where the act takes place within the event the noun names: the noun is
    its subject ("Tuesday's blast killed 12"), or the object of a preposition or verb of taking part that
    data/time_words.tsv lists ("during Friday's clashes", "attended Sunday's rally"). Elsewhere ("ahead of
    Sunday's vote", "observers of next week's election") it names another event, whose time must not make the
    act above it future or past."""
    words = tree.words
    if words.dep[bounds[2]] != "poss":
        return False
    dep, governor = words.dep[noun], words.lemma[tree.head[noun]].lower()
    if dep in ("nsubj", "nsubjpass"):
        return False
    if dep == "pobj" and governor in time_words().get("possessed_event_preposition"):
        return False
    return not (dep == "dobj" and governor in time_words().get("possessed_event_verb"))


def _conjuncts(tree: DepTree, i: int) -> list[int]:
    """The tokens coordinated with token i, without i (`Token.conjuncts`)."""
    dep, head = tree.words.dep, tree.head
    start = i
    while head[start] != start and dep[start] == "conj":
        start = head[start]
    found = [start]
    for word in found:
        found.extend(c for c in tree.children(word) if c > word and dep[c] == "conj")
    return [w for w in found if w != i]


def _dominates(tree: DepTree, upper: int, lower: int, strictly: bool = False) -> bool:
    """Whether token `upper` is an ancestor of token `lower` (or `lower` itself, unless `strictly`):
    `upper in lower.ancestors`, `lower in upper.subtree`."""
    head = tree.head
    if lower == upper:
        return not strictly
    while head[lower] != lower:
        lower = head[lower]
        if lower == upper:
            return True
    return False


def _hangs_on(tree: DepTree, path: list[int], trigger: int) -> bool:
    """The expression reaches the trigger through prepositions only ("stop as of midnight"), not through
    a noun of its own ("set a 12 January deadline")."""
    for token in path:
        if token == trigger:
            return True
        if tree.words.pos[token] != "ADP":
            return False
    return False


def _deadline_score(doc: Doc, bounds: tuple[int, int, int], trigger: int) -> float:
    tree = dep_tree(doc)
    if _dominates(tree, trigger, bounds[2]):
        return 3.0
    pos = tree.words.pos
    verb = next((t for t in reversed(_attachment_path(doc, bounds)) if pos[t] in ("VERB", "AUX")), None)
    if verb is not None and _dominates(tree, verb, trigger):
        return 2.0
    return 1.0
