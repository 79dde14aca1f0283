"""Speech acts that the shape of a clause tells, whatever its verb (rules in data/speech_acts.tsv).

- A report of an obligation is a demand: "the Red Cross said US forces must ensure security" is the
  Red Cross demanding something of US forces (CAMEO 100).
- A cooperative act the text negates is a rejection: "he would not provide support to Israel" (CAMEO 12x).
- A future act on a condition is a threat: "Nigeria will withdraw its force unless ..." threatens
  that act (CAMEO 13x, chosen from the act's own code).
- A coercive or violent act announced for later, or under a word of intent, is a threat too: "Greece
  plans to impose restrictions", "NATO would tighten the blockade" (CAMEO 13x).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..codes import by_longest_prefix
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError

FUTURE_AUX = {"will", "would", "shall", "'ll"}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}


@dataclass(frozen=True)
class SpeechActRules:
    obligations: frozenset[str]
    conditions: frozenset[str]
    demand_code: str
    threat_codes: dict[str, str]
    relays: frozenset[str]
    refusal_codes: dict[str, str]
    reporters: frozenset[str]
    warnings: frozenset[str] = frozenset()
    coercive: tuple[str, ...] = ()

    def is_coercive(self, code: str) -> bool:
        """Is this a coercive or violent act, one that announced for later is a threat?"""
        return code.startswith(self.coercive) if self.coercive else False

    def refusal_code(self, code: str) -> str | None:
        """The rejection a negated cooperative act amounts to, or None if the act is not cooperative."""
        if code[:2] not in COOPERATIVE_ROOTS:
            return None
        return by_longest_prefix(code, self.refusal_codes, self.refusal_codes["-"])

    def threat_code(self, code: str) -> str:
        return by_longest_prefix(code, self.threat_codes, self.threat_codes["-"])


@lru_cache(maxsize=1)
def speech_act_rules() -> SpeechActRules:
    path = data_path("speech_acts.tsv")
    obligations, conditions, threats, demand, relays, refusals, reporters = set(), set(), {}, None, set(), {}, set()
    warnings, coercive = set(), []
    for n, parts in tsv_rows(path, "the speech-act rules"):
        if parts[0] == "obligation" and len(parts) == 2:
            obligations.add(parts[1])
        elif parts[0] == "refusal" and len(parts) == 3:
            refusals[parts[1]] = parts[2]
        elif parts[0] == "reporter" and len(parts) == 2:
            reporters.add(parts[1])
        elif parts[0] == "warning" and len(parts) == 2:
            warnings.add(parts[1])
        elif parts[0] == "coercive" and len(parts) == 2:
            coercive.append(parts[1])
        elif parts[0] == "relay" and len(parts) == 2:
            relays.add(parts[1])
        elif parts[0] == "condition" and len(parts) == 2:
            conditions.add(parts[1])
        elif parts[0] == "demand" and len(parts) == 3:
            demand = parts[2]
        elif parts[0] == "threat" and len(parts) == 3:
            threats[parts[1]] = parts[2]
        else:
            raise DataFileError(f"{path} line {n}: not a speech-act rule; see the file's header.")
    if demand is None or "-" not in threats or "-" not in refusals:
        raise DataFileError(f"{path}: needs a 'demand' line and default 'threat - CODE' and 'refusal - CODE' lines.")
    return SpeechActRules(frozenset(obligations), frozenset(conditions), demand, threats, frozenset(relays),
                          refusals, frozenset(reporters), frozenset(warnings), tuple(coercive))


def obligation_clause(report: Token) -> Token | None:
    """The reported clause of a reporting verb when it states an obligation ("Y must do Z")."""
    rules = speech_act_rules()
    for child in report.children:
        if child.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in rules.obligations
                                         for a in child.children):
            return child
    return None


def is_warning(trigger: Token, code: str) -> bool:
    """'plans to impose restrictions', 'vowed to fight': a coercive act governed by a word of intent."""
    rules = speech_act_rules()
    if not rules.is_coercive(code):
        return False
    head = trigger.head
    if trigger.dep_ in ("xcomp", "acl", "advcl", "ccomp") and head.lemma_.lower() in rules.warnings:
        return True
    return trigger.dep_ == "pobj" and head.head.lemma_.lower() in rules.warnings


def is_conditional_future(trigger: Token) -> bool:
    """'will withdraw ... unless', 'would boycott ... if': a future act hung on a condition."""
    rules = speech_act_rules()
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trigger.children)
    if not future or any(c.dep_ == "neg" for c in trigger.children):
        return False  # "will not accept ... if": a conditional refusal, coded as the refusal
    for child in trigger.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in rules.conditions
                                         for m in child.children):
            return True
    return False
