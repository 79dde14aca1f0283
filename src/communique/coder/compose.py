"""A clause's meaning: the events PETRARCH-2 assembles bottom-up through a verb phrase (spec §4.4-4.8).

A clause is a stack of virtual VP levels (`phrases.Clause`): its auxiliaries outermost (each one level,
`to` included, "not" after the first one negating everything below it), then the coordination node when
the verb has bare conjuncts (code 0 for "and", else the last conjunct's code), then each verb. Every
level computes its code, then its upper (the subject, at the outermost level only), then its lower set,
and RESOLVEs each lower item against them (rules 0/A/P/N/F); complement clauses are consulted only when a
level has no other events; transformations and the default rule run on every event at every level.

An event is `Event(sources, target, code)`: `sources` a tuple of actor codes, `target` an actor code, ""
(none), PASSIVE (a passive target still to be filled from above) or a nested Event; `code` an internal
hex code (`codes.py`). A level's meaning is a list of Events and bare code strings (what a level with no
upper and no code passes up unchanged).

Profile: with `fix_quirks` off (petrarch2) a bare-NP `npadvmod` before the subject ("Monday, Xland ...")
is the upper, as PETRARCH-2's first NP child of S is (Fidelity, spec §4.1), and an "or"/"but"
coordination of verbs is coded as its last verb, whose code then combines with every conjunct's (Quirk,
§4.2). With `fix_quirks` on, the subject is the upper and every coordination node has code 0, so each
conjunct keeps its own code.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .codes import NEGATE, combine, to_internal
from .noun_phrases import NounReader, mix_codes, split_codes
from .phrases import Clause, NounPhrase, SentenceView

PASSIVE = "passive"
PASSIVE_SOURCES = frozenset({"BY", "FROM", "IN"})
PASSIVE_TARGETS = frozenset({"AT", "AGAINST", "INTO", "TOWARDS"})


class Code(str):
    """An actor code that remembers the tokens (NP heads) it was read from."""
    tokens: tuple[int, ...] = ()


def tagged(codes: list[str], tokens: tuple[int, ...]) -> list[str]:
    out = []
    for c in codes:
        k = Code(c)
        k.tokens = tokens
        out.append(k)
    return out


@dataclass(frozen=True)
class Event:
    sources: tuple[str, ...]
    target: "str | Event"
    code: int
    verb: int
    pattern: str | None = None
    steps: tuple[str, ...] = ()


@dataclass
class Composer:
    """Computes clause meanings for one sentence. `match` is `match.match_verb`, `verbs` the VerbDictionary."""
    view: SentenceView
    verbs: object
    reader: NounReader
    match: object
    fix_quirks: bool = False

    def __post_init__(self):
        self.reader.theme = self.theme
        self._matches: dict[int, object] = {}

    # ---- clause and levels -------------------------------------------------------------------------
    def clause_events(self, cl: Clause, upper: list[str] | None = None) -> list:
        """The events of a clause coded as an S of its own (its coordinated siblings not included)."""
        nps = cl.upper
        if not self.fix_quirks and cl.fronted is not None and cl.dep != "acl":
            nps = [cl.fronted]
        upper_source = (lambda: upper) if upper is not None else (lambda: self.upper_codes(nps))
        return self._aux_level(cl, 0, upper_source)

    def sentence_clause(self, cl: Clause) -> list:
        """An S with its coordinated sibling clauses: the concatenation of their events."""
        events = self.clause_events(cl)
        for sibling in cl.coordinated:
            events.extend(self.clause_events(sibling))
        return events

    def upper_codes(self, nps: list[NounPhrase]) -> list[str]:
        codes: list[str] = []
        for np in nps:
            codes.extend(tagged(self.reader.meaning(np), (np.head,)))
        return [] if codes in (["~"], ["~~"]) else codes

    def _aux_level(self, cl: Clause, k: int, upper_source) -> list:
        if k >= len(cl.auxiliaries):
            if cl.conjuncts:
                return self._coordination(cl, upper_source)
            return self._verb_level(cl, upper_source)
        aux = cl.auxiliaries[k]
        code = self._lookup(self.view.words[aux])
        up = upper_source()
        lower = self._aux_level(cl, k + 1, lambda: [])
        if k == 0 and cl.negated:
            lower = [replace(e, code=e.code - NEGATE, steps=e.steps + ("not",)) if isinstance(e, Event) else e
                     for e in lower]
            code = 0
        return self._assemble(cl, up, code, 0, lower, [], None, f"aux {self.view.words[aux]}")

    def _coordination(self, cl: Clause, upper_source) -> list:
        if cl.coordinator == "AND" or cl.coordinator is None or self.fix_quirks:
            code = 0  # Quirk (§4.2): PETRARCH-2 codes an OR/BUT coordination as its last verb
        else:
            code = self._verb_match(cl.conjuncts[-1]).code
        up = upper_source()
        lower = self._verb_level(cl, lambda: [])
        for conjunct in cl.conjuncts:
            lower = lower + self._aux_level(conjunct, 0, lambda: [])
        return self._assemble(cl, up, code, 0, lower, [], None, f"coordination {cl.coordinator}")

    def _verb_level(self, cl: Clause, upper_source) -> list:
        if cl.got_passive:
            return []
        m = self._verb_match(cl)
        code = m.code
        passive = cl.passive or m.forced_passive
        pattern = m.pattern.text if m.pattern is not None else None
        up = upper_source()
        reader = self.reader
        if passive:
            sources: list[str] = []
            targets: list[str] = list(up)
            for pp in cl.pps:
                if pp.text in PASSIVE_SOURCES:
                    sources.extend(tagged(reader.pp_meaning(pp), _heads(pp)))
                elif pp.text in PASSIVE_TARGETS:
                    targets.extend(tagged(reader.pp_meaning(pp), _heads(pp)))
            if sources or code:
                target = targets[0] if targets else PASSIVE
                return [Event(tuple(sources), target, code, cl.verb, pattern,
                              (f"verb {cl.form} passive",) + ((f"pattern {pattern}",) if pattern else ()))]
        lower = self._lower_codes(cl)
        return self._assemble(cl, up, code, m.passive if not passive else 0, lower, cl.complements, pattern,
                              f"verb {cl.form}")

    def _verb_match(self, cl: Clause):
        m = self._matches.get(cl.verb)
        if m is None:
            m = self._matches[cl.verb] = self.match(cl, self.view, self.verbs)
            self.reader.consumed.update(m.consumed)
            self.reader.wildcard.update(m.wildcard)
        return m

    def _lookup(self, form: str) -> int:
        entry = self.verbs.lookup(form, ())
        return entry.active if entry is not None else 0

    def _lower_codes(self, cl: Clause) -> list[str]:
        """§4.5: actors of the NP children, else of the PP children; agents likewise; mixed."""
        reader, wildcard = self.reader, self.reader.wildcard
        np_codes, np_heads = [], []
        for np in cl.objects:
            if np.head in wildcard:
                continue
            found = reader.meaning(np)
            if found:
                np_codes.extend(found)
                np_heads.append(np.head)
        pp_codes, pp_heads = [], []
        for pp in cl.pps:
            found = reader.pp_meaning(pp)
            if found:
                pp_codes.extend(found)
                pp_heads.extend(_heads(pp))
        np_actors, np_agents = split_codes(np_codes)
        pp_actors, pp_agents = split_codes(pp_codes)
        actors = np_actors or pp_actors
        agents = np_agents or pp_agents
        if not actors and not agents:
            return []
        heads = tuple(sorted(set((np_heads if np_actors else pp_heads) + (np_heads if np_agents else pp_heads))))
        return tagged(mix_codes(agents, actors), heads)

    # ---- assembly ----------------------------------------------------------------------------------
    def _assemble(self, cl: Clause, up: list[str], code: int, passive_code: int, lower: list,
                  complements: list[Clause], pattern: str | None, step: str) -> list:
        events: list = []
        if lower:
            for x in lower:
                events.extend(self._resolve(cl, x, up, code, passive_code, pattern, step))
        elif not complements and (up or code):
            events.append(Event(tuple(up), "", code, cl.verb, pattern, (step,)))
        if not events and complements:
            for comp in complements:
                for x in self.sentence_clause(comp):
                    if isinstance(x, Event) and (x.target or x.code):
                        events.extend(self._resolve(cl, x, up, code, passive_code, pattern, step))
        out: list = []
        for e in events:
            out.extend(self._transform(e) if isinstance(e, Event) else [e])
        return out

    def _resolve(self, cl: Clause, x, up: list[str], code: int, passive_code: int, pattern, step) -> list:
        verb = cl.verb
        steps = (step,) + ((f"pattern {pattern}",) if pattern else ())
        if not up and code == 0:
            return [x]
        if not isinstance(x, Event):
            out = [Event(tuple(up), x, code, verb, pattern, steps + ("rule A",))]
            if passive_code:
                out.extend(Event((x,), s, passive_code, verb, pattern, steps + ("rule A reverse",)) for s in up)
            return out
        inner_steps = x.steps + steps
        if x.target == PASSIVE:
            k = combine(code, x.code)
            if up:
                return [Event(x.sources, s, k, x.verb, x.pattern, inner_steps + ("rule P",)) for s in up]
            return [Event(tuple(up), PASSIVE, k, x.verb, x.pattern, inner_steps + ("rule P",))]
        if x.sources:
            return [Event(tuple(up), x, code, verb, pattern, inner_steps + ("rule N",))]
        k = combine(code, x.code)
        origin = x.verb if k == x.code else verb
        return [Event(tuple(up), x.target, k, origin, x.pattern or pattern, inner_steps + ("rule F",))]

    # ---- transformations (§4.8) --------------------------------------------------------------------
    def _transform(self, e: Event) -> list:
        inner = e.target
        if not isinstance(inner, Event):
            return [e]
        found = self._rule(e, inner)
        if found is not None:
            return found
        if e.sources and e.code != 0 and inner.sources and 0 <= inner.code <= 0xFFF:
            k = combine(inner.code, e.code)
            return [Event(e.sources, b, k, e.verb, e.pattern, e.steps + ("default rule",))
                    for b in inner.sources]
        return [e]

    def _rule(self, e: Event, inner: Event) -> list | None:
        table = getattr(self.verbs, "transformations", None) or {}
        q = None
        node = _code_key(table, e.code)
        if node is None and -1 in table:
            node, q = table[-1], e.code
        if node is None:
            return None
        bound: dict[str, object] = {}
        node = _bind(node, tuple(e.sources), bound)
        if node is None:
            return None
        step = _code_key(node, inner.code)
        if step is None and -1 in node:
            step, q = node[-1], inner.code
        if step is None:
            return None
        node = _bind(step, tuple(inner.sources), bound)
        if node is None:
            return None
        leaf = _bind(node, inner.target, bound)
        if leaf is None:
            return None
        answer, line = leaf
        x, y, code_text = answer
        code = q if code_text == "Q" else to_internal(code_text)
        if code is None:
            return None
        sources = bound.get(x, ())
        sources = tuple(sources) if isinstance(sources, tuple) else (sources,)
        target = bound.get(y, "")
        steps = e.steps + (f"transformation line {line}",)
        if isinstance(target, tuple):
            return [Event(sources, t, code, e.verb, e.pattern, steps) for t in target]
        return [Event(sources, target, code, e.verb, e.pattern, steps)]

    # ---- participle theme (§3.4) -------------------------------------------------------------------
    def theme(self, cl: Clause, upper: list[str]) -> list[str]:
        events = self.clause_events(cl, upper=[c for c in upper if c not in ("~", "~~")])
        if not events:
            return []
        first = events[0]
        if not isinstance(first, Event):
            return [first]
        if not isinstance(first.target, str):
            return []
        if first.target == PASSIVE:
            return list(first.sources)
        return [first.target] if first.target else []


def _heads(pp) -> tuple[int, ...]:
    return (pp.obj.head,) if pp.obj is not None else (pp.prep,)


def _code_key(node: dict, code: int):
    """The child of the first key among code, and code with its last 1, 2, 3 hex digits zeroed."""
    if code in node:
        return node[code]
    if code > 0:
        for mask in (0xFFF0, 0xFF00, 0xF000):
            if code & mask in node:
                return node[code & mask]
    return None


def _bind(node: dict, value, bound: dict):
    """Follow the variable bound to `value`, `_` for no actor, else bind the first unbound variable in
    reverse sorted order, else follow `.`; no backtracking."""
    for var, val in bound.items():
        if val == value:
            return node.get(var)
    if value in ((), "", None):
        return node.get("_")
    for var in sorted((k for k in node if isinstance(k, str) and k not in (".", "_")), reverse=True):
        if var not in bound:
            bound[var] = value
            return node[var]
    return node.get(".")
