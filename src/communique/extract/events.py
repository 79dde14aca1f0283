"""Events: for each clause that reports an action between actors, one coded event candidate.

A trigger (a verb, or an event noun such as "talks" or "airstrike") is coded by the pattern set
(`extract/patterns.py`, data in `data/verb_patterns*.tsv`); its source and target come from the
dependency parse (`extract/event_roles.py`). A trigger governed by a word of intent ("ready to
mediate") takes the CAMEO 03x intent code (`data/intent_codes.tsv`). Pure reporting verbs ("said")
are not events: what they report is. A sentence with no action between actors gives nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..codes import by_longest_prefix, is_valid_code
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError
from ..nlp import doc_sentences, doc_text, doc_tokens
from ..records import ActorRef
from .actors import UNKNOWN_COUNTRY, DocActors
from .event_roles import (REPORTING_HEADS, Roles, actors_of, complement_actor, context_target, noun_roles,
                          verb_roles)
from .misparsed import misparsed_verb_roles
from .riots import riot_code
from .speech_acts import is_conditional_future, is_warning, obligation_clause, speech_act_rules
from .patterns import PatternMatch, PatternSet

REPORTING_ROOT = "01"
# Appeals, demands, accusations, rejections and threats are about someone even when the text names them
# only inside the complement: "called for a ceasefire in Libya" is an appeal to Libya.
TOPIC_TARGET_ROOTS = {"02", "03", "10", "11", "12", "13"}
# Appeals, intents, demands and threats: an event in their complement is what they ask for.
CONTENT_ROOTS = {"02", "03", "10", "13"}
CONTENT_LINKS = {"xcomp", "ccomp", "dobj", "acl", "pcomp", "pobj", "prep", "aux"}
# Material conflict is news even when the text does not say who did it ("a grenade was thrown").
AGENTLESS_ROOTS = {"14", "15", "17", "18", "19", "20"}
UNIDENTIFIED = ActorRef(text="", name="unidentified", country=None, sector=None, code=UNKNOWN_COUNTRY)
# Statements that say nothing specific: coded only when addressed to someone named.
BARE_STATEMENT_CODES = {"01", "010", "011", "014", "017", "019"}


@dataclass
class EventCandidate:
    """An event found in one sentence, before dates, places and modality are attached."""
    trigger: int  # token index
    code: str
    source: list[ActorRef]
    target: list[ActorRef]
    sentence: int
    start: int  # char offsets of the evidence (the sentence)
    end: int
    evidence: str
    confidence: float
    pattern: str = ""
    context_tokens: tuple[int, ...] = field(default_factory=tuple)
    asserted: bool = False  # a speech act (threat, demand) made now, whatever its content's mood


@dataclass(frozen=True)
class IntentRules:
    cues: frozenset[str]
    codes: dict[str, str]

    def intent_code(self, code: str) -> str | None:
        return by_longest_prefix(code, self.codes)


@lru_cache(maxsize=1)
def agentless_words() -> dict[str, frozenset[str]]:
    """kind ('harm', 'occur') -> words, from data/agentless_events.tsv."""
    path = data_path("agentless_events.tsv")
    table: dict[str, set[str]] = {"harm": set(), "occur": set()}
    for n, parts in tsv_rows(path, "the agentless event words"):
        kind, word = parts[0], parts[1] if len(parts) > 1 else ""
        if kind not in table or not word:
            raise DataFileError(f"{path} line {n}: expected 'harm|occur<TAB>word'.")
        table[kind].add(word.strip())
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def intent_rules() -> IntentRules:
    path = data_path("intent_codes.tsv")
    cues, codes = set(), {}
    for n, parts in tsv_rows(path, "the intent codes"):
        if len(parts) != 3 or parts[0] not in ("cue", "code"):
            raise DataFileError(f"{path} line {n}: expected 'cue|code<TAB>key<TAB>value'.")
        if parts[0] == "cue":
            cues.add(parts[1])
        else:
            codes[parts[1]] = parts[2]
    return IntentRules(frozenset(cues), codes)


def find_events(doc: Doc, actors: DocActors, patterns: PatternSet,
                reporting_verbs: frozenset[str] = frozenset()) -> list[EventCandidate]:
    """Every coded event in the document, at most one per (trigger, dyad, root) in a sentence."""
    found: list[EventCandidate] = []
    for n, sentence in enumerate(doc_sentences(doc)):
        found.extend(_sentence_events(doc, n, sentence, actors, patterns, reporting_verbs))
    return found


def _sentence_events(doc: Doc, n: int, sentence: Span, actors: DocActors, patterns: PatternSet,
                     reporting_verbs: frozenset[str]) -> list[EventCandidate]:
    candidates: list[EventCandidate] = []
    consumed: set[int] = set()  # nouns already coded through their light verb ("held talks")
    framing: set[int] = set()  # triggers of appeals, intents, demands and threats
    evidence = None  # the sentence's text and offsets, computed at its first event
    memo: dict = {}  # pattern matches of this sentence's tokens
    words = doc_tokens(doc)
    reporters = speech_act_rules().reporters
    for i in range(sentence.start, sentence.end):
        pos = words.pos[i]
        if i in consumed or pos not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        lemma = words.lemma[i]
        repaired = None
        if pos in ("ADJ", "NOUN") and words.dep[i] in ("amod", "compound") and actors.at(i - 1) is not None \
                and patterns.may_code(lemma, words.lower[i]) and not patterns.is_event_noun(lemma):
            repaired = misparsed_verb_roles(doc[i], actors)  # "Erdogan and Putin urge/ADJ parties to ..."
        if repaired is None and pos in ("NOUN", "PROPN") and words.dep[i] == "compound":
            continue  # "a ceasefire appeal": the modifier says what the appeal is about
        reporting = lemma in reporting_verbs
        if not reporting and lemma not in reporters and not patterns.may_code(lemma, words.lower[i]):
            continue  # most words: neither reporting nor the start of any pattern
        token = doc[i]
        if reporting or lemma in reporters:
            demand = _reported_demand(doc, n, sentence, token, actors)
            if demand is not None:
                candidates.append(demand)
                continue
        if reporting and not _acts_on_an_object(token):
            continue  # "said", "told": what they report is coded by its own verbs
        if not patterns.may_code(lemma, words.lower[i]):
            continue
        match = patterns.match(token, memo) if repaired is None else patterns.match_as_verb(token, repaired[1])
        if match is None or match.code is None:
            continue
        if match.code[:2] in CONTENT_ROOTS and (match.origin != "petrarch" or match.specificity):
            framing.add(token.i)  # what it asks for is its content, even if it cannot be coded itself
        if match.object_token is not None:
            consumed.add(match.object_token)
        code = match.code
        if repaired is not None:
            roles = repaired[0]  # "Erdogan and Putin urge/ADJ parties to stop violence"
        elif token.pos_ in ("NOUN", "PROPN") and match.object_token is None:
            roles = noun_roles(token, actors)
        else:
            roles = verb_roles(token, actors)
        if not roles.source:
            if code[:2] not in AGENTLESS_ROOTS or not _is_main_predicate(token) \
                    or (token.lemma_.lower() in agentless_words()["harm"] and match.specificity == 0) \
                    or (token.pos_ in ("NOUN", "PROPN") and token.head.lemma_ not in agentless_words()["occur"]):
                continue
            roles.source = [UNIDENTIFIED]  # "a grenade was thrown at the patrol": the act is the news
        if not roles.target and repaired is None:
            roles.target = context_target(token, match.context_tokens, actors, exclude=roles.source)
        if not roles.target and code[:2] in TOPIC_TARGET_ROOTS and repaired is None:
            guess = complement_actor(token, actors, exclude=roles.source)
            own = {r.country for r in roles.source}
            roles.target = [r for r in guess if r.sector or r.country not in own]  # not "democratize Serbia"
            roles.guessed_target = bool(roles.target)
        if not _enough_support(code, roles, match):
            continue
        code = _with_intent(token, riot_code(token, code))
        threat = code[:2] != "13" and (is_conditional_future(token) or is_warning(token, code))
        if threat:
            code = speech_act_rules().threat_code(code)
        if evidence is None:
            evidence = _evidence(sentence)
        candidate = _candidate(n, evidence, token, code, roles, match)
        candidate.asserted = threat  # the threat is made now, whatever it threatens
        candidates.append(candidate)
    found = _without_content_events(doc, _without_relays(candidates), framing)
    return _best_per_dyad(_without_background(doc, found))


def _without_background(doc: Doc, candidates: list[EventCandidate]) -> list[EventCandidate]:
    """Where the sentence reports an event in its main clause, what relative and purpose clauses add
    ("whom authorities blame", "to press their demands") is background to it, not another event."""
    main = [c for c in candidates if not _in_background_clause(doc[c.trigger])]
    return main if main else candidates


def _in_background_clause(token: Token) -> bool:
    while token.head.i != token.i:
        if token.dep_ == "relcl" or (token.dep_ == "acl" and token.head.lemma_.lower() not in intent_rules().cues):
            return True  # "whom authorities blame"; but "its willingness to mediate" is the news
        if token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return True
        token = token.head
    return False


def _without_relays(candidates: list[EventCandidate]) -> list[EventCandidate]:
    """'announced that they had agreed': a verb coded only by another event's trigger relays that event."""
    triggers = {c.trigger for c in candidates}
    speech = speech_act_rules().relays
    return [c for c in candidates
            if not (c.pattern.split()[0] in speech and set(c.context_tokens) & (triggers - {c.trigger}))]


def _without_content_events(doc: Doc, candidates: list[EventCandidate],
                            framing: set[int]) -> list[EventCandidate]:
    """'demanded that Russia withdraw', 'urged them to stop': what is asked, offered or threatened is
    the content of that event, not an event that happened."""
    framing = framing | {c.trigger for c in candidates if c.code[:2] in CONTENT_ROOTS}
    return [c for c in candidates if not _inside_content_of(doc[c.trigger], framing)]


def _inside_content_of(token: Token, framing: set[int]) -> bool:
    """Is the token in the complement of a framing trigger, through complement links only?"""
    while token.head.i != token.i:
        if token.dep_ not in CONTENT_LINKS:
            return False
        token = token.head
        if token.i in framing:
            return True
    return False


def _is_main_predicate(token: Token) -> bool:
    """The sentence's own predicate (or what a reporting verb reports), not a circumstance in a phrase."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass"):
        token = token.head  # "clashes erupted", "an explosion killed"
    while token.dep_ != "ROOT":
        if token.dep_ == "conj" or (token.dep_ == "ccomp" and token.head.lemma_ in REPORTING_HEADS):
            token = token.head
            continue
        return False
    return True


def _enough_support(code: str, roles: Roles, match: PatternMatch) -> bool:
    """A generic verb with no context, or a bare statement, is an event only with a full, direct dyad."""
    direct_dyad = bool(roles.target) and not roles.inherited and not roles.guessed_target
    if match.origin == "petrarch" and match.specificity == 0:
        return direct_dyad
    if code in BARE_STATEMENT_CODES:
        return direct_dyad
    return True


def _acts_on_an_object(token: Token) -> bool:
    """'claimed responsibility': a verb of saying with an object and no reported clause is an act."""
    deps = {c.dep_ for c in token.children}
    return "dobj" in deps and not deps & {"ccomp", "xcomp", "parataxis"}


def _reported_demand(doc: Doc, n: int, sentence: Span, report: Token,
                     actors: DocActors) -> EventCandidate | None:
    """'X said Y must do Z': X demands of Y (CAMEO 100)."""
    clause = obligation_clause(report)
    if clause is None:
        return None
    source = next((actors_of(c, actors) for c in report.children if c.dep_ in ("nsubj", "nsubjpass")), [])
    target = next((actors_of(c, actors) for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), [])
    if not source or not target:
        return None
    roles = Roles(source, target)
    match = PatternMatch(speech_act_rules().demand_code, "(obligation)", (clause.i,), 1, "rule")
    candidate = _candidate(n, _evidence(sentence), report, match.code, roles, match)
    candidate.asserted = True
    return candidate


def _with_intent(token: Token, code: str) -> str:
    """"ready to mediate", "plans to visit": the intent to act, CAMEO 03x."""
    rules = intent_rules()
    head = token.head
    governed = token.dep_ in ("xcomp", "acl", "advcl", "ccomp") and head.lemma_.lower() in rules.cues
    if not governed and token.dep_ == "pobj" and head.head.lemma_.lower() in rules.cues:
        governed = True
    if not governed:
        return code
    intent = rules.intent_code(code)
    return intent if intent and is_valid_code(intent) else code


def _evidence(sentence: Span) -> tuple[int, int, str]:
    """(start, end, text) of a sentence without its surrounding whitespace."""
    raw = doc_text(sentence.doc)[sentence.start_char:sentence.end_char]  # Span.text joins its tokens anew
    text = raw.strip()
    start = sentence.start_char + (len(raw) - len(raw.lstrip()))
    return start, start + len(text), text


def _candidate(n: int, evidence: tuple[int, int, str], token: Token, code: str, roles: Roles,
               match: PatternMatch) -> EventCandidate:
    start, end, text = evidence
    return EventCandidate(
        trigger=token.i, code=code, source=roles.source, target=roles.target, sentence=n,
        start=start, end=end, evidence=text, confidence=_confidence(roles, match),
        pattern=match.trigger, context_tokens=match.context_tokens)


def _confidence(roles: Roles, match: PatternMatch) -> float:
    score = 0.45
    score += 0.0 if roles.inherited else 0.15
    score += 0.15 if roles.target and not roles.guessed_target else 0.0
    score += min(match.specificity, 2) * 0.07
    score += 0.06 if match.origin in ("curated", "user") else 0.0
    return min(score, 0.98)


def _best_per_dyad(candidates: list[EventCandidate]) -> list[EventCandidate]:
    """Two triggers in one sentence coding the same source and root are one event where their targets
    agree or one has none ("stressed its willingness to mediate between X and Y"): keep the fuller one."""
    kept: list[EventCandidate] = []
    for c in sorted(candidates, key=lambda c: (bool(c.target), c.confidence, len(c.code)), reverse=True):
        if not any(_same_event(c, k) for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.trigger)


def _same_event(a: EventCandidate, b: EventCandidate) -> bool:
    if a.code[:2] != b.code[:2] or {r.code for r in a.source} != {r.code for r in b.source}:
        return False
    targets_a, targets_b = {r.code for r in a.target}, {r.code for r in b.target}
    return targets_a == targets_b or not targets_a or not targets_b
