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

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text, sentence_bounds
from ..records import DateMention
from .time_fallback import parse_numeric_date
from .time_resolve import resolve
from .time_scan import Expression, scan
from .time_tense import Tense, governing_verb, tense_of
from .time_words import time_words

WEAK_DEADLINE_CUES = {"by", "before", "until", "till"}
DEADLINE_NOUN_AFTER = r"\s*(?:'s\s+|’s\s+)?(?:{nouns})\b"
SPANS_KEY = "communique.time.spans"  # doc.user_data: (start char, end char) -> expression tokens


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
    span = doc[bounds[0]:bounds[1]]
    if _is_a_count(span, expr):
        return None
    tense = tense_of(span)
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


def _is_a_count(span: Span, expr: Expression) -> bool:
    """"some 2000 troops" counts troops; "the 2020 elections" is a year."""
    if [a.kind for a in expr.atoms] != ["year"] or "season" in expr.atoms[0].parts:
        return False
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    determined = before is not None and before.dep_ in ("det", "poss", "case")
    return root.dep_ == "nummod" and root.head.tag_ in ("NNS", "NNPS") and not determined


def _direction(tense: Tense, deadline: bool, expr: Expression) -> str:
    """A deadline is mostly set ahead of time: a bare deadline date points forward, and a past-tense one
    ("set a Jan. 12 deadline") to the nearest such date rather than the one a year back."""
    if not deadline:
        return tense.direction
    if tense.sets_deadline:
        return "future"
    if tense.direction == "nearest":
        return "future"
    if tense.direction == "past" and not (expr.atom("weekday") or expr.atom("relday")):
        return "nearest"
    return tense.direction


def _has_deadline_cue(text: str, expr: Expression, tense: Tense) -> bool:
    before = " ".join(re.findall(r"[\w']+", text[max(0, expr.start - 40):expr.start].lower()))
    for cue in _deadline_cues_longest_first():
        if before == cue or before.endswith(" " + cue):
            return tense.sets_deadline or not (cue in WEAK_DEADLINE_CUES and tense.finite_past)
    return bool(_deadline_noun_after().match(text[expr.end:expr.end + 20]))


@lru_cache(maxsize=1)
def _deadline_cues_longest_first() -> tuple[str, ...]:
    return tuple(sorted(time_words().get("deadline_cue"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _deadline_noun_after() -> re.Pattern[str]:
    """"Friday's deadline", "a Jan. 12 deadline": a deadline noun right after the expression."""
    nouns = "|".join(re.escape(n) for n in time_words().get("deadline_after"))
    return re.compile(DEADLINE_NOUN_AFTER.format(nouns=nouns), re.IGNORECASE)


def _numeric_entities(doc: Doc, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """spaCy DATE entities the patterns did not cover that dateparser reads as numeric dates."""
    extra = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(m.start < ent.end_char and ent.start_char < m.end for m in found):
            continue
        parsed = parse_numeric_date(ent.text, published)
        if parsed is None:
            continue
        value, relative = parsed
        extra.append(DateMention(text=ent.text, value=value, precision="day", start=ent.start_char,
                                 end=ent.end_char, relative=relative, resolved=value is not None))
    return extra


def date_for_event(doc: Doc, trigger_index: int, dates: list[DateMention], published: dt.date | None) -> dict:
    """The contract's event `date`: the expression that governs the trigger, else the publication date."""
    trigger = doc[trigger_index]
    best: tuple[float, int, DateMention] | None = None
    for mention, span in _in_sentence(doc, trigger_index, dates):
        score = _date_score(span, trigger, mention.deadline)
        if score <= 0:
            continue
        key = (score, -_distance(span, trigger), mention)
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
    trigger = doc[trigger_index]
    best: tuple[float, int, DateMention] | None = None
    for mention, span in _in_sentence(doc, trigger_index, deadlines):
        score = _deadline_score(span, trigger)
        key = (score, -_distance(span, trigger), mention)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    return {"value": best[2].value, "text": best[2].text}


def _in_sentence(doc: Doc, trigger_index: int, dates: list[DateMention]):
    """The mentions in the trigger's sentence, each with its tokens."""
    if not dates:
        return
    _, _, first_char, end_char = sentence_bounds(doc, trigger_index)
    for mention in dates:
        if first_char <= mention.start < end_char:
            bounds = _expression_tokens(doc, mention.start, mention.end)
            if bounds is not None:
                yield mention, doc[bounds[0]:bounds[1]]


def _expression_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token bounds of the characters [start, end) expanded to whole tokens, None where they cover no
    token; kept per document, as every event of a sentence asks for the same expressions."""
    spans = doc.user_data.setdefault(SPANS_KEY, {})
    if (start, end) not in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        spans[(start, end)] = (span.start, span.end) if span is not None and len(span) else None
    return spans[(start, end)]


def _distance(span: Span, trigger: Token) -> int:
    return min(abs(span.start - trigger.i), abs(span.end - 1 - trigger.i))


def _attachment_path(span: Span) -> list[Token]:
    """The tokens from the expression's head up to the first verb above it ("by", "reaching")."""
    path, token = [], span.root
    while token.head.i != token.i and len(path) < 12:
        token = token.head
        if span.start <= token.i < span.end:
            continue
        path.append(token)
        if token.pos_ in ("VERB", "AUX"):
            break
    return path


def _date_score(span: Span, trigger: Token, deadline: bool) -> float:
    """3: dates the trigger itself; 2.5: its conjunct or the verb that carries a noun trigger;
    1: a verb the trigger's clause hangs from (the reporting date); 0.2: the sentence's main verb or a
    verbless fragment, where the trigger is not under it; 0: a clause of its own."""
    path = _attachment_path(span)
    verb = path[-1] if path else None
    if trigger in path:
        score = 3.0
    elif verb is not None and (verb in trigger.conjuncts or
                               (trigger.pos_ not in ("VERB", "AUX") and verb == _verb_over(trigger))):
        score = 2.5
    elif verb is not None and verb in trigger.ancestors:
        score = 1.0
    elif verb is not None and verb.dep_ != "ROOT":
        return 0.0  # dates another clause ("the movement, which began in October, ...")
    else:
        score = 0.2
    if deadline:  # a deadline dates what must happen by then, not the act of setting it
        sets_it = trigger.lemma_.lower() in time_words().get("deadline_verb")
        return 0.5 if score >= 3 and _hangs_on(path, trigger) and not sets_it else 0.0
    return score


def _hangs_on(path: list[Token], trigger: Token) -> bool:
    """The expression reaches the trigger through prepositions only ("stop as of midnight"), not through
    a noun of its own ("set a 12 January deadline")."""
    for token in path:
        if token == trigger:
            return True
        if token.pos_ != "ADP":
            return False
    return False


def _verb_over(token: Token) -> Token | None:
    return governing_verb(token.doc[token.i:token.i + 1])


def _deadline_score(span: Span, trigger: Token) -> float:
    if span.root in trigger.subtree:
        return 3.0
    verb = next((t for t in reversed(_attachment_path(span)) if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and trigger in verb.subtree:
        return 2.0
    return 1.0
