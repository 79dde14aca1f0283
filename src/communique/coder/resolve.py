"""RESOLVE (spec §4.5-4.8): what a verb-phrase level makes of the items below it, and the events' own form.

`Event(sources, target, code)`: `sources` a tuple of actor codes, `target` an actor code, "" (none),
PASSIVE (a passive target still to be filled from above) or a nested Event; `code` an internal hex code
(`codes.py`). Actor codes are `Code` strings that remember their NP's tokens (code_tokens.py). A
`Level` is what one VP level of a clause (compose.py) holds: its upper, its code, its pattern.

`Resolver` (mixed into `compose.Composer`) assembles a level: each lower item RESOLVEd against the level's
upper and code (rules 0/A/P/N/F; a must/should statement is a request with `deontic_requests`), the
complement clauses consulted only when the level has no other events, then the transformation rules and
the default rule on every event (§4.8). The code of a governing verb over an inner one is PETRARCH's
`combine`, or with `additions` the composition table of `additions.py`, and with `protest_purposes` a
protest keeps its own code over the demand it is staged for. With `own_act_reports`, the default rule over a
content whose actor is the speaker itself gives no event from the speaker to itself (`_own_act_report`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .actors.arithmetic import COUNTRYLESS
from .actors.qualified_agents import GROUPS
from .additions import composed_code
from .cameo_roots import FORCE_ROOTS, MATERIAL_ROOTS
from .codes import cameo_of, combine, to_cameo
from .verb_patterns import names_object
from .code_tokens import Heads, np_tokens
from .phrases import Clause
from .transform import default_applies, match_rule
from .phenomena.spoken_participles import SPOKEN_PARTICIPLE_STEP, spoken_act, spoken_participle, statement_code
from .phenomena.helped_clauses import HELPED_STEP, HELPED_TAGS, helps
from .phenomena.stance_grounds import GROUNDS_STEP, grounds_participle, kept_stance
from .phenomena.reported_attacks import REPORTED_STEP, reports_attack
from .phenomena.reported_passives import REPORTED_PASSIVE_STEP, own_act_of_content, own_subject_elsewhere
from .phenomena.written_codes import as_written
from .phenomena.stated_contents import FLATTENED_STEP, UNTRANSFORMED_STEP, flattens_statement, keeps_statement
from .unread_subjects import UNREAD_SUBJECT_STEP, unread_subject

# switch force_tolls: a participle of force under an act of force tells the act's toll ("unleashed sarin on the
# town, killing 80"), where PETRARCH's combine adds the two codes (2041's 0xB0 + KILL's 0xA0 = 0x150, 166 "Expel");
# only where the sum leaves the force roots: a combination that stays force ("battled to retake": 192) is kept
TOLL_STEP = "addition: a participle of force under an act of force is its toll"

PASSIVE = "passive"
PASSIVE_SOURCES = frozenset({"BY", "FROM", "IN"})
PASSIVE_TARGETS = frozenset({"AT", "AGAINST", "INTO", "TOWARDS"})


@dataclass(frozen=True)
class Event:
    sources: tuple[str, ...]
    target: "str | Event"
    code: int
    verb: int
    pattern: str | None = None
    steps: tuple[str, ...] = ()
    source_hint: Heads = ()
    target_hint: Heads = ()


@dataclass
class Level:
    """What RESOLVE needs of one VP level."""
    clause: Clause
    up: list[str]
    up_heads: Heads
    code: int
    passive_code: int = 0
    pattern: str | None = None
    step: str = ""
    lower_heads: Heads = ()
    steps: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        self.steps = (self.step,) + ((f"pattern: {self.pattern}",) if self.pattern else ())


def _own_code(verbs, form: str) -> bool:
    """Whether the dictionary line of verb `form` gives it a code of its own ("RESIGN [083]"), not only its
    block's ("TAKE" in the block APPREHEND [171])."""
    entry = verbs.lookup(form, ())
    return entry is not None and entry.own_code


def small_clause(view, governor: Clause, comp: Clause, tags: tuple[str, ...] = ("VB",)) -> bool:
    """Whether `comp` is a bare infinitive whose subject stands right after its governing verb ("help Yland
    build a port", "let Yland decide"): the governor acts on that subject, which the parser reads as the
    complement's own. A finite complement ("said Yland would hold elections") is none. `tags`: the verb's tags
    read as a bare infinitive (after a verb of helping, which takes no finite clause, the tagger's VBP too)."""
    if comp.dep != "ccomp" or view.tags[comp.verb] not in tags or comp.auxiliaries or not comp.subjects:
        return False
    if any(view.deps[c] == "mark" for c in view.children[comp.verb]):
        return False
    first = min(min(np_tokens(np)) for np in comp.subjects)
    return governor.verb < first < comp.verb and all(
        view.deps[t] not in ("punct", "cc") for t in range(governor.verb + 1, first))


class Resolver:
    """Mixed into `compose.Composer` (which holds verbs, the switches, `sentence_clause` and the recall steps)."""

    # ---- assembly ----------------------------------------------------------------------------------
    def _assemble(self, level: Level, lower: list, complements: list[Clause]) -> list:
        events: list = []
        if lower:
            for x in lower:
                events.extend(self._resolve(level, x))
        elif not complements and (level.up or level.code):
            events.append(Event(tuple(level.up), "", level.code, level.clause.verb, level.pattern, level.steps,
                                level.up_heads, level.lower_heads))
        if not events and complements:
            actors: list = []
            helped: list = []
            bare = HELPED_TAGS if helps(level.code) else ("VB",)  # the tags read as a bare infinitive here
            composed = False  # an event from a complement other than a participle of grounds (stance_grounds)
            for comp in complements:
                n = len(events)
                for x in self.sentence_clause(comp):
                    if self.complement_actors and isinstance(x, Event) and x.sources and x.code \
                            and helps(level.code) and small_clause(self.view, level.clause, comp, bare):
                        helped.extend(x.sources)  # "helped Mali's troops retake the town": help to them
                    elif isinstance(x, Event) and (x.target or x.code or self._requested(level, x)):
                        events.extend(self._resolve(level, x))
                    elif not isinstance(x, Event):
                        actors.append(x)
                    elif self.complement_actors and x.sources and small_clause(self.view, level.clause, comp, bare):
                        actors.extend(x.sources)  # "help Yland build a port": Yland, its tokens with its codes
                composed = composed or len(events) > n and not grounds_participle(self.view, level.clause.verb, comp)
            if not events and helped:
                events.extend(replace(e, steps=e.steps + (HELPED_STEP,))
                              for x in helped for e in self._resolve(level, x))
            if not events and self.complement_actors and level.code:
                events.extend(self._uncoded_content(level, actors))
            if self.stance_grounds and not composed \
                    and kept_stance(self.view, level, complements, events, self.denied_grounds):
                # "defended the decision, saying ...": the stance kept (phenomena/stance_grounds.py)
                events.append(Event(tuple(level.up), "", level.code, level.clause.verb, level.pattern,
                                    level.steps + (GROUNDS_STEP,), level.up_heads, level.lower_heads))
        elif events and complements and self.spoken_participles and (level.up or level.up_heads) \
                and statement_code(level.code):
            events.extend(self._unread_participles(level, complements))  # "told reporters, rejecting ..."
        out: list = []
        for e in events:
            out.extend(self._transform(e) if isinstance(e, Event) else [e])
        return out

    def _resolve(self, level: Level, x) -> list:
        up, code, verb = level.up, level.code, level.clause.verb
        if not up and code == 0:
            if self.unread_subjects and isinstance(x, Event) and not x.sources and not x.source_hint \
                    and level.up_heads and x.target != PASSIVE \
                    and (not level.clause.passive or any(s.startswith(RAISED_STEP) for s in x.steps)) \
                    and unread_subject(self.view, level.up_heads):
                # "Trump will meet Putin": the subject's tokens, for document_actors (unread_subjects.py); a
                # passive's subject is its target, not its source ("until their demands are met"), save the
                # subject a raising passive gives its infinitive ("Macron is expected to visit Algeria")
                return [replace(x, source_hint=level.up_heads, steps=x.steps + (UNREAD_SUBJECT_STEP,))]
            return [x]
        if not isinstance(x, Event):
            out = [Event(tuple(up), x, code, verb, level.pattern, level.steps + ("combine: rule A",),
                         level.up_heads, getattr(x, "tokens", ()))]
            if level.passive_code:
                out.extend(Event((x,), s, level.passive_code, verb, level.pattern,
                                 level.steps + ("combine: rule A, the passive code reversed",),
                                 getattr(x, "tokens", ()), level.up_heads) for s in up)
            return out
        if x.target == PASSIVE and self.reported_passives and up \
                and own_subject_elsewhere(self.view, x.verb, verb):  # "said the election was marred by fraud"
            x = replace(x, target="", steps=x.steps + (REPORTED_PASSIVE_STEP,))
            if not x.sources and own_act_of_content(code, self._combine(code, x.code, pattern=x.pattern)[0], x.code):
                return [Event(tuple(up), "", code, verb, level.pattern, x.steps + level.steps, level.up_heads, ())]
        steps = x.steps + level.steps
        if x.target == PASSIVE:
            k, how = self._combine(code, x.code, pattern=x.pattern)
            if up:
                return [Event(x.sources, s, k, x.verb, x.pattern, steps + ("passive: rule P",) + how,
                              x.source_hint, level.up_heads) for s in up]
            return [Event(tuple(up), PASSIVE, k, x.verb, x.pattern, steps + ("passive: rule P",) + how,
                          x.source_hint, ())]
        if isinstance(x.target, str) and self._requested(level, x):
            request = self._deontic(x.verb)
            if request:
                k, how = self._combine(request, x.code, pattern=x.pattern)
                if (to_cameo(k) or "")[:2] != (to_cameo(request) or "")[:2]:
                    k, how = request, ()
                step = "addition: a must/should statement, a request"
                return [Event(tuple(up), s, k, verb, level.pattern, steps + (step,)
                              + how, level.up_heads, getattr(s, "tokens", ()) or x.source_hint) for s in x.sources]
        if x.sources:
            return [Event(tuple(up), x, code, verb, level.pattern, steps + ("nest: rule N",), level.up_heads,
                          x.source_hint)]
        if self.adverbial_acts and self._adverbial_of(level, x):
            return self._adverbial_events(level, x, steps)
        if self.spoken_participles and up and self._spoken_participle_of(level, x):  # "said ..., rejecting Yland's
            return [Event(tuple(up), x.target, x.code, x.verb, x.pattern, steps + (SPOKEN_PARTICIPLE_STEP,),
                          level.up_heads, x.target_hint)]  # proposal": 120, not SAY's 011 (spoken_participles.py)
        k, how = self._combine(code, x.code, pattern=x.pattern)
        kept = self._stopped_clause(level, x) or self._refused_act(level, x) or self._voted_act(level, x) \
            or self._kept_act(level, k, x) \
            or self._offered_act(level, x) or self._considered_act(level, x)  # `reported_refusals`, `enacting_votes`,
        if kept is not None:  # `uncombined_acts`, `offered_deployments`, `considered_options` (recall.py)
            k, how = kept[0], how + kept[1]
        if self.stated_contents and up and flattens_statement(code, k):  # "said no decision had been taken"
            return [Event(tuple(up), "", code, verb, level.pattern, steps + (FLATTENED_STEP,), level.up_heads, ())]
        if self.reported_attacks and up and reports_attack(self.view, code, k, x.verb):  # "said the blast killed 12"
            k, how = code, how + (REPORTED_STEP,)  # a report, not a claim of the act (phenomena/reported_attacks.py)
        origin = x.verb if k == x.code else verb
        return [Event(tuple(up), x.target, k, origin, x.pattern or level.pattern, steps + ("flatten: rule F",) + how,
                      level.up_heads, x.target_hint)]

    def _adverbial_of(self, level: Level, x: "Event") -> bool:
        """Whether `x` comes from an adverbial clause (spaCy `advcl`: a purpose infinitive, a participle; or an
        `xcomp` of purpose after an object the level's pattern named, `_instrument_before`) of the level's verb,
        and the level's own code is a material act (CAMEO roots 06-20; switch `adverbial_acts`) that a pattern, a
        sense table or the verb's own code gave: "resigned to allow elections", "opened fire, killing two",
        "received the observers, informing them ..."."""
        if (to_cameo(level.code) or "")[:2] not in MATERIAL_ROOTS or (level.pattern is None and not
                level.step.startswith("addition:") and not _own_code(self.verbs, level.clause.form)):
            return False  # a verb's block default ("took steps to ...": TAKE's 171) often fits nothing
        view, k = self.view, x.verb
        while 0 <= k < len(view.heads) and view.heads[k] != level.clause.verb and view.heads[k] != k:
            k = view.heads[k]
        if not (0 <= k < len(view.heads) and view.heads[k] == level.clause.verb):
            return False
        return view.deps[k] == "advcl" or (view.deps[k] == "xcomp" and self._instrument_before(level, k))

    def _spoken_participle_of(self, level: Level, x: "Event") -> bool:
        """Whether `x`, an event with no actor of its own, is an act in words told by a detached participle of the
        level's verb of saying or of the clause it reports (phenomena/spoken_participles.py)."""
        return statement_code(level.code) and spoken_act(x.code) \
            and spoken_participle(self.view, level.clause.verb, x.verb)

    def _unread_participles(self, level: Level, complements: list[Clause]) -> list:
        """The speaker's acts in words told by detached participles of a verb of saying whose object gave its
        events, so that PETRARCH-2 reads no complement ("told reporters, rejecting Yland's proposal"): each with
        its own code and target, the level's upper its source (phenomena/spoken_participles.py)."""
        clauses = list(complements) + [c for comp in complements if comp.dep in ("ccomp", "parataxis")
                                       for c in comp.complements]
        found = []
        for comp in clauses:
            for x in self.sentence_clause(comp):
                if isinstance(x, Event) and not x.sources and self._spoken_participle_of(level, x):
                    found.append(Event(tuple(level.up), x.target, x.code, x.verb, x.pattern,
                                       x.steps + level.steps + (SPOKEN_PARTICIPLE_STEP,), level.up_heads,
                                       x.target_hint))
        return found

    def _instrument_before(self, level: Level, k: int) -> bool:
        """Whether the infinitive k after the level's object is one of purpose, though spaCy labels it `xcomp`: the
        level's pattern named that object as the thing the act uses or moves ("used tear gas to disperse the
        protesters": `- * &WEAPON [175]`; "sent troops to protect"), not a person told or made to act ("urged
        Yland to release", "forced the rebels to withdraw": no pattern names them as a thing)."""
        view = self.view
        return level.pattern is not None and names_object(level.pattern) and view.words[k - 1] == "TO" \
            and any(view.deps[c] == "dobj" and c < k for c in view.children[level.clause.verb])

    def _adverbial_events(self, level: Level, x: "Event", steps: tuple[str, ...]) -> list:
        """PETRARCH's flattened event where its combined code is a material act too ("began an operation,
        removing ...": 174; "..., arresting 12": 173); else, where the combination drops the act (no CAMEO code:
        "resigned to allow ...") or makes a statement of it ("..., informing them": 010; "to disperse":
        DISPERSE's 010), the material act with its own code, its target the adverbial's."""
        k, how = self._combine(level.code, x.code, pattern=x.pattern)
        if self.force_tolls and all((cameo_of(c) or "")[:2] in FORCE_ROOTS for c in (level.code, x.code)) \
                and (to_cameo(k) or "")[:2] not in FORCE_ROOTS:  # "battled to retake the town" keeps 192
            k, how = level.code, (TOLL_STEP,)  # "used sarin on the town, killing 80": B0 + A0 made 166
        if (to_cameo(k) or "")[:2] in MATERIAL_ROOTS:
            origin = x.verb if k == x.code else level.clause.verb
            return [Event(tuple(level.up), x.target, k, origin, x.pattern or level.pattern,
                          steps + ("flatten: rule F",) + how, level.up_heads, x.target_hint)]
        step = ("addition: an adverbial clause does not combine with a material act",)
        if isinstance(x.target, Event) and x.target.sources:  # "sent planes to help Greece fight the fires": the
            step += ("addition: the adverbial's act is its actor's, who is the target",)  # one helped is the target
            return [Event(tuple(level.up), b, level.code, level.clause.verb, level.pattern, level.steps + step,
                          level.up_heads, x.target.source_hint) for b in x.target.sources]
        return [Event(tuple(level.up), x.target, level.code, level.clause.verb, level.pattern,
                      level.steps + step, level.up_heads, x.target_hint)]

    def _combine(self, upper: int, lower: int, swapped: bool = False,
                 pattern: str | None = None) -> tuple[int, tuple[str, ...]]:
        """combine(upper, lower); with `additions`, the composition table's code of the governing code over
        the inner one where communique has one (additions.composed_code), whether or not combine has a code
        (`swapped`: the default rule's combine(inner, outer)); with `written_codes`, the inner code read as the
        inner event's matched `pattern` writes it (written_codes.as_written: CANCEL's RALLY 082, not 0842)."""
        k = combine(upper, lower)
        if self.protest_purposes and not swapped and _protest_for_demand(upper, lower):
            return upper, (f"addition: protest {upper:X} for its demand {lower:X}",)
        if self.additions and upper and lower:
            outer, inner = (lower, upper) if swapped else (upper, lower)
            if self.written_codes and not swapped:
                inner = as_written(inner, pattern)
            found = composed_code(outer, inner)
            if found is not None:
                return found, (f"addition: composed {outer:X} over {inner:X}",)
        return k, ()

    # ---- transformations (§4.8) --------------------------------------------------------------------
    def _transform(self, e: Event) -> list:
        inner = e.target
        if not isinstance(inner, Event):
            return [e]
        table = getattr(self.verbs, "transformations", None) or {}
        found = match_rule(table, e.code, tuple(e.sources), inner.code, tuple(inner.sources), inner.target)
        if found is not None:
            sources, target, code, line = found
            if self.stated_contents and keeps_statement(e.code, code, inner.code):  # "said it had not received"
                return [replace(e, steps=e.steps + (UNTRANSFORMED_STEP,))]        # (phenomena/stated_contents.py)
            steps = e.steps + (f"transform: rule line {line}",)
            verb, pattern = e.verb, e.pattern
            if code == inner.code:  # "a says it did Q to b" (rule a (a b Q) SAY): the act itself, told by
                verb = inner.verb   # its own actor -- its verb, not the verb of saying, carries its mood and date
                steps += (REPORTED_ACT,)
                if self.written_codes and inner.pattern is not None:  # and its pattern its written code ("said
                    pattern = inner.pattern                            # it would resume talks": 046, not 044)
            targets = target if isinstance(target, tuple) else (target,)
            return [Event(sources, t, code, verb, pattern, steps, e.source_hint, inner.source_hint)
                    for t in targets]
        if default_applies(e.sources, e.code, inner.sources, inner.code):
            if self.own_act_reports and speakers_own(e.sources, inner.sources):
                if self.stated_contents and keeps_statement(e.code, inner.code, inner.code):  # "said his country
                    return [replace(e, steps=e.steps + (UNTRANSFORMED_STEP,))]  # would not renegotiate the deal"
                return [self._own_act_report(e, inner)]  # "announced it would free ...": no A -> A event
            k, how = self._combine(inner.code, e.code, swapped=True)
            return [Event(e.sources, b, k, e.verb, e.pattern, e.steps + ("transform: default rule",) + how,
                          e.source_hint, getattr(b, "tokens", ()) or inner.source_hint) for b in inner.sources]
        return [e]

    def _own_act_report(self, e: Event, inner: Event) -> Event:
        """`own_act_reports`: a speech act over a content whose actor is the speaker itself, where no rule
        matched ("Xland announced it would free the prisoners", "promised that it would release them"): PETRARCH's
        default rule directs it at the inner source, the speaker itself (A -> A). A statement (01) is the act
        it reports, told by its own actor, as the rule `a (a b Q) SAY` reads it where the act names a target;
        another speech act keeps its composed code, directed at the act's target. The actor is the speaker's
        own state too (`speakers_own`: "Yland's minister said Yland would ..."), who is then the act's actor."""
        if (to_cameo(e.code) or "").startswith(STATEMENT_ROOT):
            actors = e.sources if set(inner.sources) == set(e.sources) else inner.sources
            return Event(actors, inner.target, inner.code, inner.verb, inner.pattern or e.pattern,
                         e.steps + (OWN_ACT_STEP, REPORTED_ACT), e.source_hint, inner.target_hint)
        k, how = self._combine(inner.code, e.code, swapped=True)
        return Event(e.sources, inner.target, k, e.verb, e.pattern, e.steps + (OWN_ACT_STEP,) + how,
                     e.source_hint, inner.target_hint)


REPORTED_ACT = "reported act: the inner clause's own code and verb"


def speakers_own(speakers, actors) -> bool:
    """Whether the actors of a reported act are the speakers themselves, or (an official speaking for a state)
    the speakers' one country and nothing more: "Yland's minister (YLDGOV) said Yland (YLD) would ..."."""
    if set(actors) == set(speakers):
        return True
    said, done = {str(s) for s in speakers if s}, {str(a) for a in actors if a}
    return bool(said) and bool(done) and done == {s[:3] for s in said} \
        and all(len(a) == 3 and not a.startswith(COUNTRYLESS) and a not in GROUPS for a in done)
OWN_ACT_STEP = "addition: the speaker's own act, no A -> A event (own_act_reports)"
RAISED_STEP = "addition: raised through passive"  # recall.py `_raised`: followed by the passive's verb
STATEMENT_ROOT = "01"


# what a protest is staged for: a demand or an appeal (02, 10), and (session 12) a condemnation or a rejection
# (11, 12: "took to the streets to denounce the price rises", "marched to reject the new law"); the PLOVER manual,
# PROTEST: "the topic of the protest ... is not coded as a separate event"
PROTEST_ROOT, DEMAND_ROOTS = "14", frozenset({"02", "10", "11", "12"})


def _protest_for_demand(upper: int, lower: int) -> bool:
    """Whether a protest governs the appeal or demand it is staged for ("marched to demand elections"):
    the CAMEO manual codes that as the protest, its demand its issue (141 "demonstrate or rally", 1411-1414
    "... for leadership change, policy change, rights, institutional change"; 142 hunger strike likewise),
    where combine() lets the inner speech act win (`protest_purposes`)."""
    outer, inner = to_cameo(upper), to_cameo(lower)
    return outer is not None and inner is not None and outer[:2] == PROTEST_ROOT and inner[:2] in DEMAND_ROOTS
