"""Which CAMEO event code a trigger word carries: verb and noun patterns, matched on a parsed token.

The patterns come from TSV files (`data/verb_patterns*.tsv`, `data/noun_patterns.tsv`, a user's file),
read by `pattern_files.py`, whose docstring gives the format. A pattern names a trigger lemma, any
particles, and context groups of words to find in the trigger's complement.

The complement of a trigger is its dependency subtree without its active subject (a passive subject stays:
it is what the verb acts on) and without clauses that are separate events (coordinated verbs, adverbial
and relative clauses, parataxis).
A noun trigger that a verb's pattern used as its context ("agreed to a ceasefire", "lifted the curfew") is
coded through that verb, not as an event of its own. A verb whose lemma the tagger got wrong ("staged" ->
"stag") is looked up under its regular base form as well.
The most specific matching pattern wins (context groups + particles); at equal specificity a user's
pattern beats the curated file, which beats the file converted from PETRARCH-2.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Token

from communique.nlp import doc_tokens, doc_tree
from communique.quotes import reporting_verbs

ORIGIN_RANK = {"petrarch": 0, "curated": 1, "user": 2}
# The active subject (and a passive's "by" agent) is the source, not the complement; a passive subject
# ("the hostages were released") is what the verb acts on, so it stays in the complement.
SUBJECT_DEPS = {"nsubj", "csubj", "expl", "agent"}
SEPARATE_CLAUSE_DEPS = {"advcl", "parataxis", "relcl"}
# Verbs that carry little meaning of their own: "hold talks", "carry out airstrikes", "stage a protest".
LIGHT_VERBS = {"hold", "have", "launch", "carry", "stage", "make", "take", "conduct", "give", "mount",
               "wage", "begin", "start", "resume", "open", "continue", "undertake", "perform", "organise",
               "organize", "lead", "unleash", "step", "intensify", "escalate", "announce", "order"}
LIGHT_OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
# From a noun trigger up to the verb whose object (or prepositional object) it is.
GOVERNED_NOUN_DEPS = {"dobj", "pobj", "prep", "nsubjpass", "attr", "oprd", "compound", "amod", "conj", "appos"}
# PETRARCH matched its patterns on the words that follow the verb in its phrase: its context words are looked
# for no deeper than the object's prepositional phrase ("talks on the crisis"), not in far-off phrases
# ("made remarks at the start of a trip" is no trip made).
PETRARCH_DEPTH = 3
INFLECTION_ENDINGS = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                      ("es", ""), ("s", ""), ("d", ""))
QUANTITY_NOUNS = {"round", "series", "wave", "number", "set", "couple", "spate", "string", "day", "week"}


@dataclass(frozen=True)
class ContextGroup:
    alternatives: tuple[tuple[str, ...], ...]  # each alternative: the words of a phrase
    negated: bool = False
    in_subject: bool = False  # looked for in the trigger's subject, not its complement


@dataclass(frozen=True)
class Pattern:
    trigger: str
    pos: str
    groups: tuple[ContextGroup, ...]
    code: str | None  # None: "not an event" (`---`)
    origin: str
    note: str
    order: int

    @cached_property
    def lemma(self) -> str:
        return self.trigger.split()[0]

    @cached_property
    def particles(self) -> tuple[str, ...]:
        return tuple(self.trigger.split()[1:])

    @cached_property
    def specificity(self) -> int:
        return len(self.particles) + sum(1 for g in self.groups if not g.negated)

    @cached_property
    def first_words(self) -> tuple[frozenset[str], ...]:
        """For each required complement group, the words one of its alternatives must start with."""
        return tuple(frozenset(w for alt in g.alternatives for w in (alt[0], alt[0].split("-")[0]))
                     for g in self.groups if not g.negated and not g.in_subject)

    def rank(self) -> tuple:
        negatives = sum(1 for g in self.groups if g.negated)
        return (self.specificity, ORIGIN_RANK[self.origin], negatives, -self.order)


@dataclass(frozen=True)
class PatternMatch:
    """A pattern that matched a token. `code` None means the pattern says "do not code this"."""
    code: str | None
    trigger: str
    context_tokens: tuple[int, ...]
    specificity: int
    origin: str
    note: str = ""
    object_token: int | None = None  # for a light verb ("hold talks"): the noun that gave the code


class PatternSet:
    """Patterns indexed by (pos, trigger lemma); matching never reads files."""

    def __init__(self, patterns: list[Pattern]):
        self.patterns = tuple(patterns)
        index: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in patterns:
            index.setdefault((pattern.pos, pattern.lemma), []).append(pattern)
        self._index = index
        self._ranked: dict[tuple, tuple[Pattern, ...]] = {}  # candidate lists, best first, built once
        self._words = frozenset(lemma for _, lemma in index) | LIGHT_VERBS  # the words a code can start from
        self._may_code: dict[tuple[str, str], bool] = {}  # may_code's answers, per word form

    def __len__(self) -> int:
        return len(self.patterns)

    def with_patterns(self, patterns: list[Pattern]) -> PatternSet:
        return PatternSet(list(self.patterns) + patterns)

    def may_code(self, lemma: str, lower: str) -> bool:
        """A cheap first test: could any pattern match a token with this lemma and lowercase form?
        (Most words cannot; `match` then returns None for them.)"""
        known = self._may_code.get((lemma, lower))
        if known is None:
            words = self._words
            known = lemma in words or lower in words or any(base in words for base in _regular_bases(lower))
            self._may_code[(lemma, lower)] = known  # a fact about the patterns, not about a document
        return known

    def match(self, token: Token, memo: dict[int, PatternMatch | None] | None = None) -> PatternMatch | None:
        """The best pattern for this trigger token, a light verb's object included; None if none match.

        `memo`, a dict the caller keeps for one document, saves matching a token twice."""
        if memo is None:
            memo = {}
        if token.i not in memo:
            memo[token.i] = self._match(token, memo)
        return memo[token.i]

    def _match(self, token: Token, memo: dict[int, PatternMatch | None]) -> PatternMatch | None:
        pos = self._table_for(token)
        if pos is None:
            return None
        best = self._best(token, pos)
        if pos == "VERB":
            light = self.match_light_verb(token)
            if light is not None and (best is None or _match_rank(light) > _match_rank(best)):
                return light
        elif best is not None and best.code is not None and self._coded_by_governing_verb(token, memo):
            return PatternMatch(None, best.trigger, (), best.specificity, best.origin,
                                "coded through the verb whose pattern it completes")
        return best

    def _coded_by_governing_verb(self, noun: Token, memo: dict[int, PatternMatch | None]) -> bool:
        """Does the verb governing this noun ("lifted the curfew") code an event with the noun as context?"""
        verb = noun
        while verb.dep_ in GOVERNED_NOUN_DEPS and verb.head.i != verb.i:
            verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                break
        if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in reporting_verbs():
            return False
        found = self.match(verb, memo)
        return found is not None and found.code is not None and noun.i in found.context_tokens

    def match_light_verb(self, token: Token) -> PatternMatch | None:
        """For "hold talks", "carried out airstrikes", "staged a protest": the object noun's pattern."""
        if not LIGHT_VERBS.intersection(_lemma_keys(token)):
            return None
        best = None
        for noun in _light_objects(token):
            found = self._best(noun, "NOUN")
            if found is not None and (best is None or _match_rank(found) > _match_rank(best[1])):
                best = (noun.i, found)
        if best is None:
            return None
        noun_index, match = best
        return PatternMatch(match.code, match.trigger, (noun_index,) + match.context_tokens,
                            match.specificity + 1, match.origin, match.note, object_token=noun_index)

    def _table_for(self, token: Token) -> str | None:
        if token.pos_ in ("VERB", "AUX"):
            return None if _participle_as_modifier_or_noun(token) else "VERB"
        if token.pos_ in ("NOUN", "PROPN"):
            if self._candidates(token, "NOUN"):
                return "NOUN"
            # a verb the tagger took for a noun ("Israel strikes Gaza")
            if any(child.dep_ in ("nsubj", "dobj") for child in token.children):
                return "VERB"
        return None

    def _candidates(self, token: Token, pos: str) -> list[Pattern]:
        found = [p for key in _lemma_keys(token) for p in self._index.get((pos, key), ())]
        if found or pos != "VERB":
            return found
        # a verb the lemmatiser got wrong ("staged" -> "stag"): try its regular base forms
        return [p for key in _regular_bases(token.lower_) for p in self._index.get((pos, key), ())]

    def _ranked_candidates(self, token: Token, pos: str) -> tuple[Pattern, ...]:
        key = (pos, *_lemma_keys(token))  # the candidates depend on these forms alone
        ranked = self._ranked.get(key)
        if ranked is None:
            ranked = self._ranked[key] = tuple(sorted(self._candidates(token, pos), key=Pattern.rank, reverse=True))
        return ranked

    def is_event_noun(self, lemma: str) -> bool:
        """Does a noun pattern start from this lemma ("talks", "attack")?"""
        return ("NOUN", lemma) in self._index

    def match_as_verb(self, token: Token, complement: list[int]) -> PatternMatch | None:
        """The best verb pattern for a token the tagger did not take for a verb, read against the
        complement the caller found for it (see `misparsed.py`)."""
        return self._best(token, "VERB", complement)

    def _best(self, token: Token, pos: str, complement: list[int] | None = None) -> PatternMatch | None:
        candidates = self._ranked_candidates(token, pos)
        if not candidates:
            return None
        complement = _complement(token) if complement is None else complement
        words = _ComplementWords(token, complement)
        lazy: dict[str, _ComplementWords] = {}  # built only when a pattern needs them

        def own_clause() -> _ComplementWords:
            # PETRARCH patterns read the words of the verb's own clause, not a reported one ("received
            # reports that weapons were found" is no weapons received)
            if "own" not in lazy:
                tree = doc_tree(token.doc)
                reported = {t for c in token.children if c.dep_ == "ccomp" for t in tree.members(token.doc, c.i)}
                near = _within_depth(token, PETRARCH_DEPTH)
                lazy["own"] = _ComplementWords(token, [i for i in complement if i not in reported and i in near])
            return lazy["own"]

        def subject() -> _ComplementWords:
            if "subject" not in lazy:
                lazy["subject"] = _ComplementWords(token, [t.i for t in _subject(token)])
            return lazy["subject"]

        present = words.present
        for pattern in candidates:
            gates = pattern.first_words
            if gates and (gates[0].isdisjoint(present) or any(g.isdisjoint(present) for g in gates[1:])):
                continue  # a context word it needs is nowhere in the complement
            context = own_clause() if pattern.origin == "petrarch" and pattern.groups else words
            needs_subject = any(g.in_subject for g in pattern.groups)
            used = _match_pattern(pattern, token, context, subject() if needs_subject else words)
            if used is not None:
                return PatternMatch(pattern.code, pattern.trigger, tuple(dict.fromkeys(used)),
                                    pattern.specificity, pattern.origin, pattern.note)
        return None


def _participle_as_modifier_or_noun(token: Token) -> bool:
    """"the besieged town", "the occupied territories", "evacuated the wounded": a participle that
    describes or names people or places, not an act."""
    if token.tag_ not in ("VBN", "VBD"):
        return False
    if token.dep_ == "amod":
        return True
    return token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(
        c.dep_ == "det" for c in token.children)


def _lemma_keys(token: Token) -> tuple[str, ...]:
    words, i = doc_tokens(token.doc), token.i
    lemma, lower = words.lemma[i], words.lower[i]
    return (lemma,) if lemma == lower else (lemma, lower)


def _regular_bases(form: str) -> list[str]:
    """Base forms a regular inflection could come from: "staged" -> "stag", "stage"."""
    return [form[: -len(ending)] + base for ending, base in INFLECTION_ENDINGS
            if form.endswith(ending) and len(form) - len(ending) >= 3]


def _match_rank(match: PatternMatch) -> tuple[int, int]:
    return (match.specificity, ORIGIN_RANK[match.origin])


def _light_objects(token: Token) -> list[Token]:
    objects = []
    for child in token.children:
        if child.dep_ in LIGHT_OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN"):
            objects.append(child)
            if child.lemma_.lower() in QUANTITY_NOUNS:  # "a round of talks"
                objects += [g for p in child.children if p.lower_ == "of" for g in p.children]
            # "launched a mediation effort", "began a hunger strike campaign"
            objects += [c for c in child.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return objects


class _ComplementWords:
    """The trigger's complement as an ordered word list, with a lookup from word to positions."""

    def __init__(self, token: Token, indices: list[int]):
        self.token = token
        words = doc_tokens(token.doc)
        text, lemma, lower = words.text, words.lemma, words.lower
        self.indices = [i for i in indices if text[i] != "-"]  # "cease-fire" reads as "cease fire"
        self.positions: dict[str, list[int]] = {}
        for n, i in enumerate(self.indices):
            self.positions.setdefault(lemma[i], []).append(n)
            if lower[i] != lemma[i]:
                self.positions.setdefault(lower[i], []).append(n)
        self.present = frozenset(self.positions)  # a cheap test before a pattern's full match

    def find(self, words: tuple[str, ...]) -> list[int] | None:
        """Doc indices of the first occurrence of the phrase `words`, or None."""
        for start in self.positions.get(words[0], ()):
            end = start + len(words)
            if end <= len(self.indices) and all(
                    n in self.positions.get(w, ()) for n, w in zip(range(start + 1, end), words[1:])):
                return self.indices[start:end]
        return None


def _complement(token: Token) -> list[int]:
    """The indices of the trigger's complement, in text order (see the module docstring)."""
    doc, tree, words = token.doc, doc_tree(token.doc), doc_tokens(token.doc)
    deps, pos = words.dep, words.pos
    trigger, children = token.i, tree.children[token.i]
    has_object = any(deps[c] in ("dobj", "xcomp", "ccomp") for c in children)
    # "vowed to fight on", parsed as an adverbial clause, is the vow's content when the verb has no object
    content = {c for c in children if not has_object and deps[c] == "advcl" and _is_infinitive_clause(doc[c])}
    excluded: set[int] = set()
    for child in children:
        dep = deps[child]
        if child not in content and (dep in SUBJECT_DEPS or dep in SEPARATE_CLAUSE_DEPS or dep in ("conj", "cc")):
            excluded.update(tree.members(doc, child))
    subtree = tree.members(doc, trigger)
    for i in subtree:
        if i not in excluded and i != trigger and i not in content:
            dep = deps[i]
            if dep in SEPARATE_CLAUSE_DEPS or (dep == "conj" and pos[i] in ("VERB", "AUX")):
                excluded.update(tree.members(doc, i))
    return [i for i in subtree if i not in excluded and i != trigger]


def _within_depth(head: Token, depth: int) -> set[int]:
    """Indices of the tokens at most `depth` arcs below `head`, in one walk down the tree."""
    found, layer = {head.i}, [head]
    for _ in range(depth):
        layer = [child for t in layer for child in t.children]
        found.update(t.i for t in layer)
    return found


def _subject(token: Token) -> list[Token]:
    """Who or what did it, for `subj:` groups: the active subject ("a grenade exploded", "shells landed")
    or a passive's agent ("killed by a roadside bomb")."""
    return [t for child in token.children if child.dep_ in ("nsubj", "csubj", "agent") for t in child.subtree]


def _is_infinitive_clause(token: Token) -> bool:
    """An adverbial clause that is a bare "to" infinitive ("sworn to fight", parsed as advcl)."""
    return token.dep_ == "advcl" and token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _match_pattern(pattern: Pattern, token: Token, words: _ComplementWords,
                   subject: _ComplementWords) -> list[int] | None:
    used = _find_particles(pattern.particles, token)
    if used is None:
        return None
    for group in pattern.groups:
        place = subject if group.in_subject else words
        found = next((hit for alt in group.alternatives if (hit := _find_alternative(alt, place))), None)
        if group.negated and found:
            return None
        if not group.negated:
            if not found:
                return None
            used += found
    return used


def _find_alternative(words: tuple[str, ...], complement: _ComplementWords) -> list[int] | None:
    found = complement.find(words)
    if found is None and len(words) == 1 and "-" in words[0]:
        found = complement.find(tuple(w for w in words[0].split("-") if w))
    return found


def _find_particles(particles: tuple[str, ...], token: Token) -> list[int] | None:
    used: list[int] = []
    doc = token.doc
    after = token.i + 1
    for particle in particles:
        child = next((c for c in token.children if c.dep_ not in SUBJECT_DEPS and c.i not in used
                      and particle in (c.lower_, c.lemma_.lower())), None)
        if child is None and after < len(doc) and particle in (doc[after].lower_, doc[after].lemma_.lower()):
            child = doc[after]
        if child is None:
            return None
        used.append(child.i)
        after = child.i + 1
    return used
