"""A clause's meaning: the events PETRARCH-2 assembles bottom-up through a verb phrase (spec §4.4-4.8).

A clause is a stack of virtual VP levels (`phrases.Clause`): its auxiliaries outermost (each one level,
`to` included, "not" after the first one negating everything below it), then the coordination node when
the verb has bare conjuncts (code 0 for "and", else the last conjunct's code), then each verb. Every
level computes its code, then its upper (the subject, at the outermost level only), then its lower set,
and RESOLVEs each lower item against them (rules 0/A/P/N/F); complement clauses are consulted only when a
level has no other events; transformations and the default rule run on every event at every level.
This module builds the levels; `resolve.py` holds the events' form (`Event`, `Code`) and the assembly of a
level (RESOLVE, combine, the transformations), mixed in as `Resolver`; `lower_sets.py` a clause's lower set,
mixed in as `LowerSets`; `verb_matches.py` a clause's verb matched against the dictionary, mixed in as
`VerbMatches`.

A level's meaning is a list of Events and bare code strings (what a level with no
upper and no code passes up unchanged). Actor codes are `Code` strings that remember their NP's tokens;
an event also keeps `source_hint`/`target_hint`, the tokens of the NPs its sides came (or would have
come) from, for a profile that fills a side the dictionaries cannot read. `steps` is a short trace whose items
start with verb:, pattern:, negate:, combine:, passive:, nest:, flatten:, transform: or addition:.

Profile: with `fix_quirks` off (petrarch2) a bare-NP `npadvmod` before the subject ("Monday, Xland ...")
is the upper, as PETRARCH-2's first NP child of S is (Fidelity, spec §4.1), and an "or"/"but"
coordination of verbs is coded as its last verb, whose code then combines with every conjunct's (Quirk,
§4.2). With `fix_quirks` on, the subject is the upper and every coordination node has code 0, so each
conjunct keeps its own code. With `additions` on, a combined code with no CAMEO equivalent is looked up
in the composition table of `additions.py` (the manual's parallel of appeals/intents/demands to yield).
The profile's other recall steps (`complement_actors`, `raising_passives`, `nominal_events`,
`deontic_requests`) are the methods of `recall.RecallSteps`, which `Composer` calls where PETRARCH loses an event.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .additions import block_codes
from .composer_switches import ComposerSwitches
from .coordinated_subjects import with_shared_subject
from .codes import to_cameo
from .negative_words import negating_word
from .actors.noun_phrases import NounReader
from .phrases import Clause, NounPhrase, SentenceView
from .recall import AGENTLESS_STEP, APPEAL_TO_MEET, ASKING_ROOTS, DISAPPROVAL, INTENT, INTENT_TO_MEET, RecallSteps
from .lower_sets import LowerSets
from .verb_matches import VerbMatches
# the events' form and RESOLVE live in resolve.py (an actor code's tokens in code_tokens.py); these names are read from
# here by sentence.py, recall.py, nouns/events.py and nouns/event_roles.py
from .code_tokens import phrase_tokens, pp_object_tokens, tagged
from .resolve import PASSIVE, PASSIVE_SOURCES, PASSIVE_TARGETS, Event, Level, Resolver
from .phenomena.state_phrases import over_trip, phrase_code
from .phenomena.expelled_envoys import expelled_envoy
from .phenomena.recalled_envoys import recalled_envoy
from .phenomena.reported_imperatives import reported_imperative_code
from .phenomena.finite_relatives import finite_relative
from .phenomena.faced_things import STEP as FACED_STEP, faced_thing
from .phenomena.effort_verbs import STEP as EFFORT_STEP, effort_infinitive
from .phenomena.spoken_acts import spoken_act_code
from .phenomena.outlook_warnings import PESSIMISTIC, outlook_warning
from .adjuncts.clauses import CIRCUMSTANCE_STEP, circumstance_governor, content_complements, without_circumstances
from .phenomena.ultimatums import ultimatum_code
from .phenomena.peacekeeping_destinations import peacekeeping_code
from .phenomena.returned_objects import returned_code
from .phenomena.borrowed_patterns import borrowed_pattern_code
from .phenomena.held_meetings import held_meeting_code
from .phenomena.received_guests import STEP as GUEST_STEP, guest_pps, received_guest
from .phenomena.travelled_visits import travelled_visit
from .phenomena.visiting_calls import visiting_call
from .phenomena.considered_options import considered_code, option_clauses
from .phenomena.address_participles import without_address_participles
from .phenomena.message_participles import message_acts
from .phenomena.figurative_criticism import criticism_code
from .phenomena.begun_events import BEGUN_STEP, begun_event, held_exercises, joint_exercises
from .phenomena.joint_acts import LINKED_STEP, joint_act_code, linked_code, linked_parties
from .phenomena.light_verbs import is_light, ordered_noun
from .phenomena.ordered_acts import ordered_acts, ordered_noun_act
from .phenomena.commanded_acts import commanded_noun, declared_relief, enacted_acts
from .phenomena.subordinate_sanctions import instructed_bodies, sanction_code

# `agreed_objects`: the end of the step of an agreement to a thing no pattern names ("agreed to the plan": 030)
AGREED_OBJECT_STEP_END = " to a thing no pattern names, an agreement (030)"
OBJECT_PASSIVE_SOURCES = frozenset({"BY"})  # `object_passives`: the subject is the pattern's noun, BY the doer


@dataclass
class Composer(RecallSteps, LowerSets, VerbMatches, Resolver, ComposerSwitches):
    """Computes clause meanings for one sentence. `match` is `match.match_verb`, `verbs` the VerbDictionary; the
    profile's switches it reads are the fields of `ComposerSwitches` (composer_switches.py), given by keyword."""
    view: SentenceView
    verbs: object
    reader: NounReader
    match: object

    def __post_init__(self):
        self.reader.theme = self.theme
        self._matches: dict[int, object] = {}
        self._clause_memo: dict[Clause, tuple[list, tuple[int, ...]]] = {}
        self.ordered_verbs: set[int] = set()  # `ordered_acts`: the verbs of acts read as an order's (ordered_acts.py)

    # ---- clause and levels -------------------------------------------------------------------------
    def clause_events(self, cl: Clause, upper: list[str] | None = None) -> list:
        """The events of a clause coded as an S of its own (its coordinated siblings not included).

        A clause is often coded twice (through its governor, then as a clause of its own, `main_clause_only`
        off): its events are kept and given again while that is provably what coding it anew would give.
        Coding a clause reads three growing states: the memos of verb matches and NP meanings (a value
        computed once, then kept) and the `^`-covered heads, asked directly (`_lower_codes`, passive PPs)
        outside NP meanings; so a recoding follows the same path, asks the same questions and gets the same
        events, as long as no head it found uncovered has been covered since (`reader.wildcard_misses`).
        Within an NP's meaning (which may code a participle's clause) the clause is coded afresh."""
        if upper is not None:
            return self._aux_level(cl, 0, lambda: (upper, ()))
        reader = self.reader
        if reader.reading:
            return self._clause_events(cl)
        misses = reader.wildcard_misses
        known = self._clause_memo.get(cl)
        if known is not None and reader.wildcard.isdisjoint(known[1]):
            misses.extend(known[1])  # what an enclosing clause's events depend on
            return list(known[0])
        start = len(misses)
        events = self._clause_events(cl)
        self._clause_memo[cl] = (list(events), tuple(misses[start:]))
        return events

    def _clause_events(self, cl: Clause) -> list:
        if self.finite_relatives and finite_relative(self.view, cl):  # "The agency called on Yland to ..."
            cl = replace(cl, passive=False)
        nps = cl.upper
        if not self.fix_quirks and cl.fronted is not None and cl.dep != "acl":
            nps = [cl.fronted]
        return self._aux_level(cl, 0, lambda: (self.upper_codes(nps), phrase_tokens(nps)))

    def sentence_clause(self, cl: Clause) -> list:
        """An S with its coordinated sibling clauses: the concatenation of their events."""
        events = self.clause_events(cl)
        for sibling in cl.coordinated:
            events.extend(self.clause_events(sibling))
        return events

    def upper_codes(self, nps: list[NounPhrase]) -> list[str]:
        codes: list[str] = []
        for np in nps:  # most subjects have no code: their tokens are not needed
            codes.extend(tagged(found, phrase_tokens([np])) if (found := self.reader.meaning(np)) else ())
        return [] if codes in (["~"], ["~~"]) else codes

    def _aux_level(self, cl: Clause, k: int, upper_source, denial_read: bool = False) -> list:
        if k == 0 and self.negative_words and not denial_read and (word := negating_word(self.view, cl)):
            # `negative_words`: "never", "neither ... nor", "no one" deny the act as "not" does (negative_words.py)
            return [replace(e, code=self._negated_code(e.code), steps=e.steps + (f"negate: {word}",))
                    if isinstance(e, Event) else e for e in self._aux_level(cl, 0, upper_source, denial_read=True)]
        if k == 0 and self.ordered_acts and not cl.negated and not cl.conjuncts \
                and self._verb_match(cl).pattern is None and (acts := ordered_acts(self, cl, upper_source)):
            return acts  # "ordered the leader detained": the detention, by the orderer (ordered_acts.py)
        if k == 0 and self.subordinate_sanctions and not cl.conjuncts \
                and (acts := instructed_bodies(self, cl, upper_source)):
            return acts  # "told the transport ministry to find out": 010 (subordinate_sanctions.py)
        if k == 0 and self.commanded_acts and not cl.negated and not cl.conjuncts \
                and (acts := enacted_acts(self, cl, upper_source)):
            return acts  # "signed a decree dismissing 120 judges": the dismissal, by the signer (commanded_acts.py)
        if k == 0 and self.joint_acts and not cl.conjuncts and (linked := linked_parties(
                self.view, cl, cl.form, self._verb_match(cl).code, self.reader)) is not None:
            return [Event(tuple(tagged(*linked)), "", linked_code(), cl.verb, None, (LINKED_STEP,), linked[1])]
        if k >= len(cl.auxiliaries):  # above: "a rail line between X and Y was opened": their 060 (joint_acts.py)
            if cl.conjuncts:
                return self._coordination(cl, upper_source)
            return self._verb_level(cl, upper_source)
        aux = cl.auxiliaries[k]
        word = self.view.words[aux]
        code = self._lookup(word)
        up, up_heads = upper_source()
        lower = self._aux_level(cl, k + 1, _nothing)
        if k == 0 and cl.negated:
            lower = [replace(e, code=self._negated_code(e.code, word), steps=e.steps + (f"negate: not after {word}",))
                     if isinstance(e, Event) else e for e in lower]
            code = 0
        return self._assemble(Level(cl, up, up_heads, code, step=f"verb: aux {word} {code:X}"), lower, [])

    def _coordination(self, cl: Clause, upper_source) -> list:
        if cl.coordinator == "AND" or cl.coordinator is None or self.fix_quirks:
            code = 0  # Quirk (§4.2): PETRARCH-2 codes an OR/BUT coordination as its last verb
        else:
            code = self._verb_match(cl.conjuncts[-1]).code
        up, up_heads = upper_source()
        lower = self._verb_level(cl, _nothing)
        for conjunct in cl.conjuncts:
            lower = lower + self._aux_level(conjunct, 0, _nothing)
        level = Level(cl, up, up_heads, code, step=f"verb: coordination {cl.coordinator} {code:X}")
        if self.coordinated_subjects and not up:  # "he accused ... and vowed ...": "he" (coordinated_subjects.py)
            return with_shared_subject(self.view, cl, self._assemble(level, lower, []), tuple(up_heads), PASSIVE)
        return self._assemble(level, lower, [])

    def _verb_level(self, cl: Clause, upper_source) -> list:
        if cl.got_passive:
            return []
        m = self._verb_match(cl)
        code = m.code
        if not code and self.additions and m.pattern is None and m.meaning:
            code = block_codes().get(m.meaning, 0)
        step = f"verb: {cl.form} {code:X}"
        # the verb's dictionary entry, looked up once where a pattern matched, for the two readings of that pattern
        entry = self.verbs.lookup(cl.form, tuple(cl.particles)) \
            if m.pattern is not None and (self.borrowed_patterns or self.held_meetings or self.travelled_visits) else None
        if self.borrowed_patterns and (own := borrowed_pattern_code(entry, cl.form, m.pattern)) is not None:
            code, step = own  # "prosecutors accused ...": ACCUSE's 112, not CHARGE's 173 (borrowed_patterns.py)
        if self.held_meetings and (held := held_meeting_code(entry, m.pattern)) is not None:
            code, step = held  # "met with Gulf leaders": MEET's 040, not its pattern's intent 036 (held_meetings.py)
        if self.travelled_visits and (trip := travelled_visit(self.view, cl, entry, m.pattern,
                                                              self.reader.meaning)) is not None:
            code, step = trip  # "flew to Ycity for talks with": a visit made, 042, not FLY's 036 (travelled_visits.py)
        if self.visiting_calls and (visit := visiting_call(self.view, cl, m.pattern, self.reader.meaning)) is not None:
            code, step = visit  # "called on the Yland president in Ycity": a visit, 042 (visiting_calls.py)
        if (aided := self._aid_over_pattern(cl, m.pattern, code)) is not None:
            code, step = aided  # "supplied Yland's army with missiles" 072, "planes dropped aid" 073 (sense_tables.py)
        if self.linking_verbs and code and m.pattern is None and not cl.objects and self._linking(cl):
            code, step = 0, f"addition: {cl.form} with an adjective complement, a linking verb: no block sense"
        if self.faced_things and code and m.pattern is None and faced_thing(self.view, cl, self.reader.meaning):
            code, step = 0, FACED_STEP  # "Kenya faces a severe drought": no meeting (faced_things.py)
        if self.effort_verbs and code and m.pattern is None and effort_infinitive(self.view, cl):
            code, step = 0, EFFORT_STEP  # "struggled to cope with": an effort, no fight (effort_verbs.py)
        if m.pattern is None and (self.object_senses or self.agreed_objects or self.silent_verbs or self.named_senses
                                  or self.act_nouns or self.deployed_forces or self.hosted_visitors or self.left_places
                                  or self.judicial_findings):
            sensed = self._object_sense(cl)
            if sensed is not None:
                code, step = sensed
            elif self.agreed_objects and self._agreed_object(cl, m):
                code, step = INTENT, f"addition: {cl.form}{AGREED_OBJECT_STEP_END}"
        if self.recalled_envoys and m.pattern is None and (own := recalled_envoy(self.view, cl)) is not None:
            self.reader.consumed.add(own[0])  # "summoned its ambassador to Washington": 161 (recalled_envoys.py)
            code, step = own[1:]
        if self.state_phrases and (m.pattern is None or over_trip(code)) and (phrased := phrase_code(self.view, cl)) \
                is not None:
            code, step = phrased  # "went on strike": 143, "came to an end": none (state_phrases.py)
        if self.ultimatums and m.pattern is None and (given := ultimatum_code(self.view, cl)) is not None:
            code, step = given  # "gave Yland ten days to withdraw": 139, not GIVE's 060 (ultimatums.py)
        if self.deontic_requests and m.pattern is None and (told := reported_imperative_code(self.view, cl)) is not None:
            code, step = told  # "told Yland to halt its tests": ORDER's 100, not SAY's 010 (reported_imperatives.py)
        if self.expelled_envoys and m.pattern is None and (sent := expelled_envoy(self.view, cl)) is not None:
            self.reader.consumed.update(sent[0])  # "declared two diplomats persona non grata": 174 (expelled_envoys.py)
            code, step = sent[1:]
        if self.figurative_criticism and m.pattern is None \
                and (criticised := criticism_code(self.view, cl, self.reader.scan)) is not None:
            code, step = criticised  # "blasted Yland over its remarks": 111, not 190 (figurative_criticism.py)
        if self.considered_options and m.pattern is None and code and self._uncoded_option(cl):
            code, step = considered_code(cl.form)  # "considering raising duties": 014 (considered_options.py)
        if self.outlook_warnings and m.pattern is None and outlook_warning(self.view, cl, self.reader.scan):
            code, step = PESSIMISTIC, "addition: a warning of an outlook, a pessimistic comment (012)"
        if self.named_senses and m.pattern is not None and code == self._own_code(cl):
            named = self._named_sense(cl)  # a pattern that restates the verb's own code ("- COURT * [173]")
            if named is not None:
                code, step = named
        if self.addressed_protests and m.pattern is None and self._addressed_protest(cl, m, code):
            code, step = DISAPPROVAL, f"addition: {cl.form} to an addressee, a verbal protest (110)"  # recall.py
        if self.talks_between_others and code == INTENT_TO_MEET and m.pattern is not None \
                and self._talks_between_others(cl, m):  # "called for talks between Yland and Zland" (recall.py)
            code, step = APPEAL_TO_MEET, f"addition: {cl.form} talks between others, an appeal to them to meet (026)"
        if self.returned_objects and not code and m.pattern is None and (back := returned_code(self.view, cl)):
            code, step = back  # "returned the remains of soldiers": 084, where RETURN's block is silent
        if self.peacekeeping_destinations and code and (kept := peacekeeping_code(self.view, cl, code)) is not None:
            code, step = kept  # "sent troops to the U.N. peacekeeping mission": 074 (peacekeeping_destinations.py)
        if self.subordinate_sanctions and (sanction := sanction_code(self, cl, m.pattern, code, upper_source)) is not None:
            code, step = sanction  # "police charged the captain with negligence": 173 (subordinate_sanctions.py)
        if not code and self.nominal_events and not cl.passive and step != FACED_STEP:
            found = self._nominal(cl)
            if found is not None:
                cl, m, step = found
                code = m.code
        elif self.light_verbs and m.pattern is None and code == m.code and not cl.passive and is_light(cl.form) \
                and (found := self._nominal(cl)) is not None:  # "gave its endorsement": ENDORSE's 051 (light_verbs.py)
            cl, m, step = found
            code = m.code
        elif self.light_verbs and m.pattern is not None and not cl.passive and is_light(cl.form) \
                and (found := ordered_noun(self, cl)) is not None:  # "issued an order for the arrest of": 173
            cl, m, step = found
            code = m.code
        elif self.ordered_acts and m.pattern is None and code == m.code and not cl.passive \
                and (found := ordered_noun_act(self, cl)) is not None:  # "ordered a halt to aid": 162 (ordered_acts.py)
            cl, m, step = found
            code = m.code
        elif self.commanded_acts and m.pattern is None and (found := commanded_noun(self, cl)) is not None:
            cl, code, step = found  # "ordered the demolition of 200 homes": 1712 (commanded_acts.py)
        if self.commanded_acts and m.pattern is None and (relief := declared_relief(self.view, cl)) is not None:
            code, step = relief  # "declared the districts a disaster zone": 073 (commanded_acts.py)
        if not code and self.begun_events and self.nominal_events and (found := begun_event(self, cl)) is not None:
            cl, m, step = found  # "began an indefinite strike": HOLD STRIKE's 143 (begun_events.py)
            code = m.code
        passive = cl.passive or m.forced_passive
        pattern = m.pattern.text if m.pattern is not None else None
        up, up_heads = upper_source()
        if self.spoken_acts and (spoken := spoken_act_code(self.view, cl, code, up)) is not None:
            code, step = spoken  # "defended the police, saying ...": 052, not DEFEND's 074 (spoken_acts.py)
        if self.begun_events and (step.startswith(BEGUN_STEP) or held_exercises(pattern)) \
                and (joint := joint_exercises(code, up)) is not None:
            code, step = joint  # "X and Y began naval exercises": 062, not one state's show of force, 150
        if self.joint_acts and not passive and (joint := joint_act_code(
                self.view, cl, cl.form, code, up or (self.upper_codes(cl.upper) if cl.auxiliaries else []))) is not None:
            return [Event(tuple(up), "", joint[0], cl.verb, pattern, (step, joint[1]), up_heads, ())]  # (joint_acts.py)
            # "X and Y jointly seized", "will jointly build" (the subject waits at its auxiliary): the parties' 06x,
            # no recipient (the manual's reciprocal events), not a place or an object named in the clause
        reader = self.reader
        if passive:
            sources: list[str] = []
            targets: list[str] = list(up)
            source_heads: list[int] = []
            own = self.object_passives and self._object_subject(cl, m)  # "a curfew was imposed in Kisumu" (recall.py)
            guest = own and self.received_guests and received_guest(self.view, cl, m.consumed)  # received_guests.py
            for pp in sorted(guest_pps(cl) if guest else cl.pps, key=lambda pp: own and pp.text == "IN"):  # place last
                if pp.text in (OBJECT_PASSIVE_SOURCES if own else PASSIVE_SOURCES):
                    sources.extend(tagged(reader.pp_meaning(pp), pp_object_tokens(pp)))
                    source_heads.extend(pp_object_tokens(pp))
                elif not guest and (own or pp.text in PASSIVE_TARGETS):  # a guest's place: only where
                    targets.extend(tagged(reader.pp_meaning(pp), pp_object_tokens(pp)))
            if not sources and self.received_givers and m.forced_passive and not cl.passive:
                for pp in (pp for np in cl.objects if np.head in m.consumed  # the pattern's noun: "the backing of"
                           for pp in np.pps if pp.text == "OF" and pp.obj is not None):
                    sources.extend(tagged(reader.pp_meaning(pp), pp_object_tokens(pp)))  # "won the backing of Yland"
                    source_heads.extend(pp_object_tokens(pp))
            if not sources and self.raising_passives and (to_cameo(code) or "")[:2] not in ASKING_ROOTS:
                raised = self._raised(cl, up, up_heads)
                if raised:
                    return raised
            if self.agentless_passives and not targets and not guest:  # "sanctions were imposed on Yland" (recall.py)
                targets = self._undergoer_pps(cl, m)
            agentless = self.agentless_passives and not sources and bool(code)
            if sources or code:
                target = targets[0] if targets else ("" if own and not guest and not self.upper_codes(cl.upper)
                                                     else PASSIVE)
                steps = (f"passive: verb {cl.form} {code:X}",) + ((f"pattern: {pattern}",) if pattern else ()) \
                    + ((AGENTLESS_STEP,) if agentless else ()) + ((step,) if step.startswith("addition:") else ()) \
                    + ((GUEST_STEP,) if guest else ())
                return [Event(tuple(sources), target, code, cl.verb, pattern, steps, tuple(source_heads), up_heads)]
        if not code and self.raising_adjectives and (raised := self._raised_adjective(cl, up, up_heads)):
            return raised  # "Xland is due to sign ...": the infinitive, the subject's act (recall.py)
        if not code and self.predicate_relatives and (raised := self._raised_predicate(cl, up, up_heads)):
            return raised  # "Xland became the first country to recognise Yland" (predicate_relatives.py)
        lower = self._lower_codes(cl, code)
        lower_heads = phrase_tokens(cl.objects) or tuple(h for pp in cl.pps for h in pp_object_tokens(pp))
        level = Level(cl, up, up_heads, code, m.passive if not passive else 0, pattern, step, lower_heads)
        complements = content_complements(self.view, cl.complements, self.time_clauses and bool(code),
                                          self.participle_adjuncts and bool(code), self.comparative_clauses)
        if self.circumstance_clauses and circumstance_governor(code):
            kept = without_circumstances(self.view, complements)
            if len(kept) < len(complements):
                complements = kept
                level.steps = level.steps + (CIRCUMSTANCE_STEP,)  # its rank kept (coder/adapter.py `_confidence`)
        if self.address_participles:  # "promised to hold a vote, addressing parliament" (address_participles.py)
            complements = without_address_participles(self.view, cl, complements)
        if self.message_participles and (carried := message_acts(self, level, lower)):
            return carried  # "wrote to the prime minister asking him to ...": an appeal (message_participles.py)
        # time_clauses: "..., after rebels attacked"; participle_adjuncts: "..., imposed after the coup";
        # comparative_clauses: "... as planned"; circumstance_clauses: "..., as rescuers reached" (adjuncts/clauses.py)
        return self._assemble(level, lower, complements)

    def _uncoded_option(self, cl: Clause) -> bool:
        """`considered_options`: the clause considers an option told by a clause that has no code of its own."""
        options = option_clauses(self.view, cl)
        return bool(options) and all(not self._verb_match(c).code for c in cl.complements if c.verb in options)

    def _linking(self, cl: Clause) -> bool:
        """`linking_verbs`: the verb has an adjective complement ("went missing", "went public", "grew tense"):
        English uses it as a linking verb (a change or state of its subject), not in its block's sense."""
        view = self.view
        return any(view.deps[c] == "acomp" and view.tags[c].startswith(("JJ", "VBG")) for c in view.children[cl.verb])

    def _lookup(self, form: str) -> int:
        entry = self.verbs.lookup(form, ())
        return entry.active if entry is not None else 0

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


def _nothing():
    return [], ()
