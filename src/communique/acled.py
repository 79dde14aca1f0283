"""ACLED event type and sub-event type for an event mention.

The rules are data (data/acled_mapping.tsv, documented in its header): each row names CAMEO code
prefixes and conditions on the PLOVER type/mode, the actors' sectors, the evidence words and the
size; the first matching row wins. Events outside ACLED's scope (statements, consultations, appeals...)
get None, and so do events that did not take place (negated, hypothetical, future). Two communique extensions that ACLED does not code, diplomatic events and claims of
responsibility, come out as ACLED's "Strategic developments" / "Other" with a `communique_type` key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data_files import data_path, tsv_rows
from .errors import DataFileError
from .records import ActorRef, EventMention

MAPPING_FILE = "acled_mapping.tsv"
CONDITION_KEYS = {"words", "nowords", "source", "target", "mode", "plover", "size", "pair", "unpolitical",
                  "sentence", "nosentence"}
UNIDENTIFIED_NAME = "unidentified"  # coder.adapter.UNIDENTIFIED: a perpetrator no one named (it may take the place's country)
OUT_OF_SCOPE = "-"  # a row whose event type is "-" says the event is out of ACLED's scope: no ACLED type
# actors ACLED codes as political (ACLED Codebook, actor types 1-4 and 8: state forces, rebels, political
# militias, identity militias, external forces) or whose acts are political (parties, opposition,
# legislators, officials, courts); an unidentified actor, people, civilians, businesses, workers, media,
# criminals... are not. A country with no sector is its state.
POLITICAL_SECTORS = {"GOV", "LEG", "ELI", "DIP", "MIL", "COP", "JUD", "SPY", "REB", "INS", "SEP", "IMG", "UAF",
                     "RAD", "OPP", "PTY", "MOD", "ACT", "IGO"}
STATE_SECTORS = {"GOV", "LEG", "MIL", "ELI", "DIP"}
NOT_TAKEN_PLACE = {"negated", "hypothetical", "future"}  # modalities ACLED does not code
WORD_WINDOW = 100  # evidence words are read this many characters either side of the trigger
GROUP_COUNTRY_CODES = {"IGO"}
WORD_KEYS = {"words", "nowords", "sentence", "nosentence"}  # conditions that read the text: tested last


@dataclass(frozen=True)
class Condition:
    key: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class MappingRule:
    prefixes: tuple[str, ...]  # CAMEO code prefixes; "*" = any
    conditions: tuple[Condition, ...]
    event_type: str
    sub_event_type: str
    extension: str | None
    line: int


def acled_for(event: EventMention) -> dict[str, str] | None:
    """`{event_type, sub_event_type}` (plus `communique_type` for an extension), or None out of scope."""
    rule = deciding_rule(event)
    if rule is None or rule.event_type == OUT_OF_SCOPE:
        return None
    result = {"event_type": rule.event_type, "sub_event_type": rule.sub_event_type}
    if rule.extension:
        result["communique_type"] = rule.extension
    return result


def deciding_rule(event: EventMention) -> MappingRule | None:
    """The row of data/acled_mapping.tsv that gives the event its ACLED type, or None out of scope."""
    code = str(event.cameo.get("code") or "")
    if not code:
        return None
    plover = event.plover
    words = None
    for rule, conditions in _rules_for(code, str(plover.get("mode") or ""), str(plover.get("type") or "")):
        if conditions:
            if words is None:
                words = _event_words(event)
            if not _all_hold(conditions, event, words):
                continue
        if not rule.extension and event.modality in NOT_TAKEN_PLACE:
            return None
        return rule
    return None


def _all_hold(conditions: tuple[Condition, ...], event: EventMention, words: str) -> bool:
    for condition in conditions:
        if not _holds(condition, event, words):
            return False
    return True


@lru_cache(maxsize=1)
def mapping_rules() -> tuple[MappingRule, ...]:
    """The rows of data/acled_mapping.tsv, in order."""
    rows = tsv_rows(data_path(MAPPING_FILE), "the ACLED mapping", 5, header=True)
    return tuple(_parse_rule(fields, number) for number, fields in rows)


def _parse_rule(fields: list[str], number: int) -> MappingRule:
    prefixes, when, event_type, sub_event_type, extension = (f.strip() for f in fields)
    conditions = []
    for part in ([] if when == "-" else when.split(";")):
        key, sep, values = part.partition("=")
        if not sep or key not in CONDITION_KEYS or not values:
            raise DataFileError(f"{MAPPING_FILE} line {number}: bad condition {part!r}.")
        conditions.append(Condition(key, tuple(v.strip() for v in values.split("|"))))
    return MappingRule(tuple(prefixes.split("|")), tuple(conditions), event_type, sub_event_type,
                       None if extension == "-" else extension, number)


@lru_cache(maxsize=2048)
def _rules_for_code(code: str) -> tuple[tuple[MappingRule, tuple[Condition, ...]], ...]:
    """The rules whose CAMEO prefixes take `code`, in order, each with its conditions in the order to
    test them: word searches last, as every condition must hold and the others are cheaper. The prefix
    test is a pure function of the code and the mapping file: done once per code, not once per event."""
    return tuple((rule, tuple(sorted(rule.conditions, key=lambda c: c.key in WORD_KEYS)))
                 for rule in mapping_rules() if _code_matches(code, rule.prefixes))


@lru_cache(maxsize=4096)
def _rules_for(code: str, mode: str, plover_type: str) -> tuple[tuple[MappingRule, tuple[Condition, ...]], ...]:
    """`_rules_for_code` for an event whose PLOVER mode and type are `mode` and `plover_type`: the rules
    whose mode and type conditions fail are dropped, and those conditions, which hold, left out of the
    rest (a pure function of its arguments, worked out once per combination)."""
    settled = {"mode": mode, "plover": plover_type}
    kept = []
    for rule, conditions in _rules_for_code(code):
        if all(settled[c.key] in c.values for c in conditions if c.key in settled):
            kept.append((rule, tuple(c for c in conditions if c.key not in settled)))
    return tuple(kept)


def _code_matches(code: str, prefixes: tuple[str, ...]) -> bool:
    return any(p == "*" or code.startswith(p) for p in prefixes)


def _holds(condition: Condition, event: EventMention, words: str) -> bool:
    """Whether the condition holds for the event; `words` is `_event_words(event)`, read once per event."""
    key, values = condition.key, condition.values
    if key == "words":  # a stem that is not in the text at all cannot start one of its words
        return any(stem in words for stem in values) and _words_pattern(values).search(words) is not None
    if key in ("sentence", "nosentence"):
        sentence = f"{event.evidence or ''} {event.trigger or ''}".lower()
        found = any(stem in sentence for stem in values) and _words_pattern(values).search(sentence) is not None
        return found == (key == "sentence")
    if key == "nowords":
        return not any(stem in words for stem in values) or _words_pattern(values).search(words) is None
    if key == "unpolitical":
        sides = {"source": event.source, "target": event.target}
        return not any(is_political(actor) for side in values for actor in sides.get(side, ()))
    if key == "source":
        return any(_actor_is(actor, values) for actor in event.source)
    if key == "target":
        return any(_actor_is(actor, values) for actor in event.target)
    if key == "mode":
        return str(event.plover.get("mode") or "") in values
    if key == "plover":
        return str(event.plover.get("type") or "") in values
    if key == "size":
        return any((getattr(event.size, name, None) or 0) > 0 for name in values)
    return bool(event.source and event.target) and all(
        _is_state(actor) for actor in [*event.source, *event.target])


def _event_words(event: EventMention) -> str:
    """The evidence near the trigger (the whole evidence where the trigger's offset is unknown)."""
    evidence = event.evidence or ""
    if event.trigger_start is not None and event.start <= event.trigger_start <= event.start + len(evidence):
        at = event.trigger_start - event.start
        evidence = evidence[max(0, at - WORD_WINDOW):at + WORD_WINDOW]
    return f"{evidence} {event.trigger or ''}".lower()


@lru_cache(maxsize=256)
def _words_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")")


def _actor_is(actor: ActorRef, codes: tuple[str, ...]) -> bool:
    return actor.sector in codes or actor.country in codes or actor.code[3:6] in codes


def is_political(actor: ActorRef) -> bool:
    """A state (a country with no sector, an IGO), a state agent, an armed group or a political actor;
    not an unidentified perpetrator, even where it took the country of the place it struck."""
    if actor.name == UNIDENTIFIED_NAME and not actor.text:
        return False
    if actor.country in GROUP_COUNTRY_CODES or actor.code.startswith("IGO"):
        return True
    sector = actor.sector or actor.code[3:6] or None
    if sector is None:
        return actor.country is not None
    return sector in POLITICAL_SECTORS or (actor.code[6:9] or "") in POLITICAL_SECTORS


def _is_state(actor: ActorRef) -> bool:
    """A country, its government or military, or an intergovernmental organisation."""
    if actor.country in GROUP_COUNTRY_CODES or actor.code.startswith("IGO"):
        return True
    return actor.country is not None and (not actor.sector or actor.sector in STATE_SECTORS)
