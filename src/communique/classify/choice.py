"""The `acled` field with the classifier: the rule mapping where CAMEO is decisive, the classifier where the
rules give none or only a default, and the classifier's veto where the sentence is no political event.

A rule is decisive when its row of data/acled_mapping.tsv reads evidence of the event's kind in the text
(words, a casualty figure) or names full CAMEO codes; a row that takes a whole CAMEO root ("19" -> Armed
clash, "14" -> Peaceful protest, "18|19|20" with the PLOVER mode that such a code carries: CAMEO 183 is
"suicide, car, or other non-military bombing", so its mode suicide-attack does not show a suicide bomber)
is a default, and a confident classifier overrides it. A rule decisive by its code alone gives way to a
classifier whose best class scores OVERRIDE_MARGIN above the rule's; a rule reading evidence never does. `acled.by` says which decided: rules, classifier, or rules+classifier where both agree.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..acled import MappingRule, NOT_TAKEN_PLACE
from ..records import EventMention
from .labels import AcledClass, acled_class
from .scoring import SentenceScores

EVIDENCE_CONDITIONS = {"words", "sentence", "size"}  # a PLOVER mode is no evidence: it follows from the CAMEO code
TAKE = 0.35  # the classifier's score from which its class replaces a default rule or fills in a missing type
VETO = 0.5  # the summed score of the non-political classes (the best being one) from which it is no political event
FORCE_TYPES = {"ASSAULT", "COERCE", "PROTEST"}  # a violent, police or protest class fits only such an event
OVERRIDE_MARGIN = 0.25  # the classifier's best class overrides a rule decisive by its CAMEO code alone when it
# scores this much above the rule's class: fixed by tools/calibrate_override.py on held-out sentences of our
# own training file (every margin from 0 to 0.25 was right on all 7 disagreements there; the largest is kept)
VETO_CONFIDENCE_DROP = 0.2  # an event the classifier calls non-political keeps its code, with less confidence


@dataclass(frozen=True)
class Choice:
    acled: dict[str, str] | None
    by: str | None  # rules | classifier | rules+classifier; None where neither gave a type


def is_evidence_rule(rule: MappingRule) -> bool:
    """The rule reads evidence of the event's kind in the sentence (words, a casualty figure)."""
    return any(c.key in EVIDENCE_CONDITIONS for c in rule.conditions)


def is_decisive(rule: MappingRule) -> bool:
    if is_evidence_rule(rule):
        return True
    return all(p != "*" and len(p) >= 3 for p in rule.prefixes)


def fits(cls: AcledClass, event: EventMention) -> bool:
    """A violent, police or protest class fits an event of force or protest only ("met to discuss the
    fighting" is a meeting); the other classes fit any event."""
    if cls.plover in FORCE_TYPES:
        return str(event.plover.get("type") or "") in FORCE_TYPES
    return True


def choose(event: EventMention, rule: MappingRule | None, scores: SentenceScores) -> Choice:
    """The event's ACLED object and who decided it, from its rule (None: no row matched) and its sentence's scores."""
    best = scores.best_acled
    cls = acled_class(best.label)
    by_rules = event.acled
    if by_rules is not None and _same(by_rules, cls):
        return Choice(by_rules, "rules+classifier")
    vetoed = not cls.political and sum(s.score for s in scores.acled if not acled_class(s.label).political) >= VETO
    if vetoed and (by_rules is None or "communique_type" not in by_rules):
        return Choice(None, "classifier")
    taken_place = event.modality not in NOT_TAKEN_PLACE
    if rule is not None and is_decisive(rule):
        if (not is_evidence_rule(rule) and cls.political and taken_place and fits(cls, event)
                and best.score - _rule_class_score(by_rules, scores) >= OVERRIDE_MARGIN):
            return Choice(cls.acled(), "classifier")
        return Choice(by_rules, "rules")
    if cls.political and best.score >= TAKE and taken_place and fits(cls, event):
        return Choice(cls.acled(), "classifier")
    return Choice(by_rules, "rules" if by_rules is not None else None)


def _rule_class_score(acled: dict[str, str] | None, scores: SentenceScores) -> float:
    """The classifier's score for the class the rule gave (0 where no class is the rule's type)."""
    if acled is None:
        return 0.0
    return next((s.score for s in scores.acled if _same(acled, acled_class(s.label))), 0.0)


def _same(acled: dict[str, str], cls: AcledClass) -> bool:
    mine = cls.acled()
    return mine is not None and all(acled.get(k) == v for k, v in mine.items())
