"""The profile `communique`'s recall steps inside a clause's composition (compose.py), each behind a switch
of `profiles.py` and grounded in the CAMEO manual; `Composer` calls them where PETRARCH-2 loses an event:

* `complement_actors` (`_uncoded_content`): a coded speech act over an uncoded complement keeps its code, the
  complement's actors as target; agreeing to an uncoded act is an intent (030);
* `raising_passives` (`_raised`): a passive with no agent over an infinitive codes the infinitive with the
  passive's subject ("Xland is expected to visit Yland");
* `nominal_events` (`_nominal`): an uncoded light verb over an event noun is coded as the noun's verb;
* `deontic_requests` (`_requested`, `_deontic`): "Xland said Yland must withdraw" is a demand to Yland;
* `object_senses`, `silent_verbs`, `named_senses`, `act_nouns`, `agreed_objects`: the sense tables a clause no
  pattern matched is read by, the base class `SenseTableSteps` (sense_tables.py);
* `agentless_passives` (`_undergoer_pps`, and the step `AGENTLESS_STEP` the adapter reads): a passive with no
  agent keeps its code, its subject the target, its source unidentified ("Xland has been accused of
  espionage": 112); where the pattern took the subject as the verb's object ("sanctions were imposed on
  Yland": `- * SANCTIONS [163]`), the target is read from the verb's other PPs, as an active's lower set;
* `object_passives` (`_object_subject`): a passive whose subject is that pattern noun is read as its active
  ("a curfew was imposed in Kisumu by the police" as "the police imposed a curfew in Kisumu"): its source
  is the by-agent alone, its target the actors of its other PPs (FROM included; IN, the place, last), else
  the subject's own actors ("the curfew in Cairo was lifted"), else none: kept with its source alone;
* `uncombined_acts` (`_kept_act`, `_negated_code`): where PETRARCH-2's code arithmetic gives no CAMEO code, a
  verbal act or a pattern's act keeps its own code over its content ("threatened to deliver blows": 130),
  and "not" over a code with no negation is the act's refusal ("will not accept refugees": 120).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..data_files import upper_words
from .nouns.acts import act_noun_code
from .nouns.noun_tables import episode_nouns
from .additions import deontic_codes, mood_code, nominal_verbs, partitive_heads
from .cameo_roots import SPEECH_ACT_ROOTS
from .codes import NEGATE, to_cameo, to_internal
from .phenomena.considered_options import considered_code, considered_material_act
from .phenomena.figurative_criticism import figurative_predicate
from .phenomena.light_verbs import is_light, light_verb_nouns, patient_preposition
from .phenomena.negated_facts import reports_no_act
from .phenomena.predicate_relatives import predicate_relatives
from .phenomena.reported_refusals import REFUSAL_STEP, reported_refusal
from .phenomena.stopped_acts import STOPPED_STEP, stopped_code
from .code_tokens import pp_object_tokens, tagged
from .resolve import PASSIVE, RAISED_STEP
from .unread_subjects import UNREAD_SUBJECT_STEP, unread_subject
from .sense_tables import SenseTableSteps

UNCODED_CONTENT_STEP = "addition: uncoded complement"  # a governing act's code kept over a content with no code
KEPT_ACT_STEP_END = " has no code, the governing act kept"  # ... over a content combine() gives no code for
AGREED_UNCODED_STEP = "addition: agreed to an uncoded act, an intent (030)"  # "agreed to postpone the talks"
CLAUSE_STOPPED_STEP = "addition: an act stopped by its verb's complement is no act of it (stopped_acts)"

STATEMENT_ROOT = "01"  # make a public statement: what it says another must do is a request
AGREEING_ROOT, INTENT = "05", 0x3000  # CAMEO 030 "offer, promise, agree to ... cooperate"
# `offered_deployments`: the blocks of CAMEO.2.0.txt whose verbs commit their speaker to another party (OFFER:
# offer, proffer, volunteer; PLEDGE; PROMISE: promise, assure, guarantee, ...; VOW, coded 030 by the blocks
# table), the CAMEO manual's 03 "offer, promise"; not INTEND (intend, mean, plan), whose plans of force the
# dictionary codes as threats; their deployment of forces (15x) offered is CAMEO 0332
COMMISSIVE_BLOCKS = frozenset({"OFFER", "PLEDGE", "PROMISE", "VOW"})
INTENT_ROOT, MOBILIZATION_ROOT, OFFERED_FORCES = "03", "15", to_internal("0332")
# `talks_between_others`: CAMEO 036 "Express intent to meet or negotiate" and 026 "Appeal to others to meet or
# negotiate" (CAMEO.2.0.txt's own CALL "- * (FOR &NEGOTIATION) [026]" beside "- * (FOR TALKS) [036]")
INTENT_TO_MEET, APPEAL_TO_MEET = to_internal("036"), to_internal("026")
# `addressed_protests`: CAMEO.2.0.txt's block VERBAL_CONFLICT [110], where PROTEST has its own code 140 (a
# demonstration) and its patterns code the verbal protest ("- * (OVER ATTACK) [111]", "- * (AGAINST MOVE) [110]")
VERBAL_CONFLICT_BLOCK, PROTEST_ROOT_CODE, DISAPPROVAL = "VERBAL_CONFLICT", "14", to_internal("110")
ASKING_ROOTS = frozenset({"02", "10"})  # appeal, demand: what "X was asked/urged to do" is not done
# the step an agentless passive's event carries: the adapter gives it an unidentified source (profile switch
# `agentless_passives`), at the lower confidence of an unidentified actor
AGENTLESS_STEP = "addition: agentless passive, source unidentified"
# the CAMEO roots an agentless passive is kept with: acts done to its subject, material cooperation (06-08),
# verbal conflict (09-13: "was accused", "was threatened", "was sanctioned"), material conflict (14-20); not a
# statement, appeal, intent, meeting or diplomatic cooperation (01-05), whose news is who speaks or meets
AGENTLESS_ROOTS = frozenset(f"{n:02d}" for n in range(6, 21))


# the step a reciprocal event carries (profile switch `reciprocal_actor_lists`, coder/sentence.py): several
# sources that met or cooperated with no target named are one actor list with no recipient (PLOVER manual,
# "Compound and Reciprocal Actors"); the adapter scores it as an event with both sides named, and the
# pipeline reads no recipient from its place
RECIPROCAL_STEP = "addition: reciprocal event, every participant an actor, no recipient"


def _of_object(np):
    """The object of a noun phrase's first OF phrase ("dozens OF ARRESTS"), None where it has none."""
    return next((pp.obj for pp in np.pps if pp.text == "OF" and pp.obj is not None), None)


PREDICATE_STEP = "addition: an infinitive relative on the predicate noun of rank, the subject's act (predicate_relatives):"


@lru_cache(maxsize=1)
def raising_adjectives() -> frozenset[str]:
    """The adjectives of schedule and likelihood that raise their infinitive's subject
    (data/coder_raising_adjectives.tsv)."""
    return upper_words("coder_raising_adjectives.tsv", "the raising adjectives")


class RecallSteps(SenseTableSteps):
    """Mixed into `compose.Composer` (which holds view, verbs, reader, match, fix_quirks and the switches); the
    sense tables of a clause no pattern matched are its base class's (sense_tables.py)."""

    def _raised(self, cl, up: list[str], up_heads: tuple[int, ...]) -> list:
        """A passive with no agent over a subjectless infinitive says what its subject is to do ("Xland is
        expected to visit Yland", "troops were forced to withdraw"): the infinitive is coded with that
        subject as its own (English raising and object control), its events kept where one has a code. Not
        for an appeal or demand ("was urged to withdraw"): what it asks for is not an act."""
        out: list = []
        for comp in cl.complements:
            if comp.dep == "xcomp" and not comp.subjects:
                found = self._aux_level(comp, 0, lambda: (up, up_heads))
                out.extend(replace(e, steps=e.steps + (f"{RAISED_STEP} {cl.form}",))
                           for e in found if isinstance(e, _compose.Event) and e.code)
        return out

    def _raised_adjective(self, cl, up: list[str], up_heads: tuple[int, ...]) -> list:
        """`raising_adjectives`: a copula whose adjective complement of schedule or likelihood
        (data/coder_raising_adjectives.tsv: "due", "about", "likely", "poised") governs a subjectless infinitive
        says what its subject is to do ("Xland is due to sign the deal with Yland"): the infinitive is coded with
        that subject as its own, as `_raised` codes one under a passive, its subject's tokens kept for the
        document's actors where PETRARCH reads none (unread_subjects.py). The phrase view builds no clause under an
        adjective, so the infinitive's is built here (as nouns/intents.py builds one under "ready")."""
        from .phrase_builder import Builder

        view, out = self.view, []
        for adjective in view.children[cl.verb]:
            if view.deps[adjective] != "acomp" or view.words[adjective] not in raising_adjectives():
                continue
            for verb in view.children[adjective]:
                if view.deps[verb] != "xcomp" or view.pos[verb] not in ("VERB", "AUX"):
                    continue
                comp = Builder(view).clause(verb, "xcomp", governor=cl.verb)
                if comp.subjects:
                    continue
                out += self._raised_infinitive(comp, up, up_heads, f"{RAISED_STEP} adjective {view.words[adjective]}")
        return out

    def _raised_infinitive(self, comp, up: list[str], up_heads: tuple[int, ...], step: str) -> list:
        """The coded events of infinitive clause `comp` with the raising clause's subject (`up`, `up_heads`) as its
        own, each marked with `step`; where PETRARCH reads no actor in that subject, its tokens kept for the
        document's actors (unread_subjects.py)."""
        out = []
        for e in self._aux_level(comp, 0, lambda: (up, up_heads)):
            if not (isinstance(e, _compose.Event) and e.code):
                continue
            if e.target == PASSIVE:  # "the motion is due to be debated": the raised subject is the
                e = replace(e, target=up[0] if up else "")  # passive's undergoer, filled here, not above
            if not e.sources and not e.source_hint and up_heads and unread_subject(self.view, up_heads):
                e = replace(e, source_hint=up_heads, steps=e.steps + (UNREAD_SUBJECT_STEP,))
            out.append(replace(e, steps=e.steps + (step,)))
        return out

    def _raised_predicate(self, cl, up: list[str], up_heads: tuple[int, ...]) -> list:
        """`predicate_relatives`: a copula whose predicate noun of rank carries a subjectless infinitive relative
        ("Xland became the first country to recognise Yland"): the infinitive is coded with the copula's subject as
        its own (coder/phenomena/predicate_relatives.py), its clause built here as `_raised_adjective` builds one."""
        from .phrase_builder import Builder

        view, out = self.view, []
        for noun, verb in predicate_relatives(view, cl):
            comp = Builder(view).clause(verb, "xcomp", governor=cl.verb)
            out += self._raised_infinitive(comp, up, up_heads, f"{PREDICATE_STEP} {view.words[noun]}")
        return out

    def _nominal(self, cl, light: bool = False, accept=None):
        """A verb with no code over an event noun ("completed their withdrawal from Xland"): the clause as
        if its verb were the one the noun names, the noun's prepositional phrases its own; None if that
        verb has no code either. `light`: read the light verbs' nouns too, as for a light verb; `accept`: a test
        of the code found (ordered_acts.py `ordered_noun_act`)."""
        table = nominal_verbs()
        if self.light_verbs and (light or is_light(cl.form)):  # "issued a denial" (light_verbs.py)
            table = {**light_verb_nouns(), **table}
        for np in cl.objects:
            verb = table.get(self.view.words[np.head])
            noun = np
            if verb is None and self.light_verbs and self.view.words[np.head] in partitive_heads() \
                    and self.view.words[np.head] not in episode_nouns() \
                    and (of := _of_object(np)) is not None:  # "made dozens of arrests" (light_verbs.py)
                noun, verb = of, table.get(self.view.words[of.head])
            if verb is None:
                continue
            objects, pps = [o for o in cl.objects if o is not np], list(cl.pps) + list(noun.pps)
            if self.light_verbs:  # the noun's OF object is its verb's ("the release of prisoners": released prisoners)
                prep = patient_preposition(self.view.words[noun.head])  # or its TO, ON: "a halt to aid"
                of = next((pp for pp in noun.pps if pp.text == prep and pp.obj is not None), None)
                if of is not None:
                    objects, pps = objects + [of.obj], [pp for pp in pps if pp is not of]
            as_verb = replace(cl, form=verb, particles=[], objects=objects, pps=pps)
            m = self.matched_clause(as_verb)
            if m.code and accept is not None and not accept(m.code):
                continue
            if m.code and self.stopped_acts and (stopped := self._stopped(cl, m.code)) is not None:
                if not stopped:  # "averted a strike": no act of the noun (phenomena/stopped_acts.py)
                    continue
                m = replace(m, code=stopped)  # "halted its offensive": 087, not 190
                return as_verb, m, f"verb: {cl.form} over {self.view.words[noun.head]}, {STOPPED_STEP[10:]}"
            if m.code and self.figurative_criticism and figurative_predicate(self.view, cl, m.code):
                continue  # "the new law was an attack on freedom": no force (phenomena/figurative_criticism.py)
            if m.code:
                self.reader.consumed.update(m.consumed)
                self.reader.wildcard.update(m.wildcard)
                return as_verb, m, f"verb: {cl.form} over {self.view.words[noun.head]} as {verb} {m.code:X}"
        return None

    def _stopped(self, cl, act_code: int) -> int | None:
        """`stopped_acts`: the code of the clause's verb stopping or averting the act `act_code` its object noun
        names (0: no act), or None where its block is no stopping block (stopped_acts.py)."""
        entry = self.verbs.lookup(cl.form, tuple(cl.particles))
        return stopped_code(entry.meaning if entry is not None else None, act_code)

    def _uncoded_content(self, level, actors: list) -> list:
        """A coded speech act or intent over a complement the dictionary has no code for keeps its own code
        ("threatened to cut off electricity to Armenia": 130): the actors the complement names are its
        target (rule A on each), else it has none ("said it would review the decision": 010). Agreeing to an
        act with no code ("agreed to postpone the talks") is the CAMEO manual's 030, agreeing to act."""
        step = UNCODED_CONTENT_STEP
        agreed = (to_cameo(level.code) or "")[:2] == AGREEING_ROOT
        if agreed and any(c.dep == "xcomp" for c in level.clause.complements):
            level = replace(level, code=INTENT)
            step = AGREED_UNCODED_STEP
        if actors:
            out = []
            for x in actors:
                out.extend(replace(e, steps=e.steps + (step,)) for e in self._resolve(level, x))
            return out
        return [_compose.Event(tuple(level.up), "", level.code, level.clause.verb, level.pattern,
                      level.steps + (step,), level.up_heads, level.lower_heads)]

    def _kept_act(self, level, k: int, x) -> tuple[int, tuple[str, ...]] | None:
        """`uncombined_acts`: where combine() of the governing verb's code over its content's gives no CAMEO
        code ("threatened to deliver blows to Yland": 130 over DELIVER's `- * BLOW [120]`; "agreed to
        postpone the rally": 050 over DELAY's 120), the governing act is kept, as for a content with no code
        (`_uncoded_content`): its own code, agreeing to act an intent (030); None where combine has a code."""
        outer = to_cameo(level.code) if level.code else None  # a speech act's root (its own code stands for the act whatever its content's) or a pattern's own code
        if not self.uncombined_acts or not x.code or to_cameo(k) is not None or outer is None \
                or (level.pattern is None and outer[:2] not in SPEECH_ACT_ROOTS):
            return None  # a material block default over a purpose ("took steps to ...": TAKE 171) fits nothing
        if (to_cameo(level.code) or "")[:2] == AGREEING_ROOT and \
                any(c.dep == "xcomp" for c in level.clause.complements):
            return INTENT, ("addition: agreed to an act combine() has no code for, an intent (030)",)
        return level.code, (f"addition: {level.code:X} over {x.code:X}{KEPT_ACT_STEP_END}",)

    def _considered_act(self, level, x) -> tuple[int, tuple[str, ...]] | None:
        """`considered_options`: a material act in an option clause of a verb of considering whose patterns matched
        nothing ("is considering sending a frigate") is the option weighed, 014, not the act done
        (phenomena/considered_options.py); None otherwise."""
        if not self.considered_options or not x.code \
                or not considered_material_act(self.view, level.clause, level.pattern, x.code, x.verb):
            return None
        return considered_code(level.clause.form)[0], (considered_code(level.clause.form)[1],)

    def _stopped_clause(self, level, x) -> tuple[int, tuple[str, ...]] | None:
        """`stopped_acts`: a verb of stopping or averting with no code of its own over the act its gerund or
        infinitive complement names ("stopped shelling the villages", "avoided attacking Yland") does not do that
        act, which rule F's combine(0, act) passes up as done: the block's code of stopping it (087, 082, 080) or
        no act (phenomena/stopped_acts.py); None for any other verb, complement or code."""
        verb, view = level.clause.verb, self.view
        if not self.stopped_acts or level.code or not x.code or view.heads[x.verb] != verb \
                or view.deps[x.verb] != "xcomp":
            return None
        entry = self.verbs.lookup(level.clause.form, tuple(level.clause.particles))
        stopped = stopped_code(entry.meaning if entry is not None else None, x.code)
        return None if stopped is None else (stopped, (CLAUSE_STOPPED_STEP,))

    def _refused_act(self, level, x) -> tuple[int, tuple[str, ...]] | None:
        """`reported_refusals`: a rejection told by a verb of saying whose content's subject is the speaker's own
        ("said it would not accept ...", "told X his party would not attend ..."), flattened for want of an actor
        there: the rejection itself, not combine()'s 011 "Decline comment" (phenomena/reported_refusals.py)."""
        if not self.reported_refusals or not reported_refusal(self.view, level.code, x.code, x.verb):
            return None
        return x.code, (REFUSAL_STEP,)

    def _voted_act(self, level, x) -> tuple[int, tuple[str, ...]] | None:
        """`enacting_votes`: a vote to do an act ("the senate voted to impose sanctions on Yland", "parliament
        voted to lift the state of emergency") is the body's act, enacted by the vote: the act's own code, not
        PETRARCH-2's arithmetic of VOTE's intent (DECIDE block, 030) over it, which makes an intent or a
        threat of it (0351, 1312); the verb's forms from data/coder_enacting_votes.tsv. None otherwise."""
        if not self.enacting_votes or not x.code or to_cameo(x.code) is None \
                or level.clause.form not in enacting_vote_forms():
            return None
        return x.code, (f"addition: {level.clause.form} to an act, the act enacted",)

    def _offered_act(self, level, x) -> tuple[int, tuple[str, ...]] | None:
        """`offered_deployments`: an offer, pledge or promise (CAMEO.2.0.txt's blocks OFFER, PLEDGE, PROMISE,
        VOW) to send or deploy forces (15x: "offered to send troops to Yland") is the intent to provide military
        aid (0332, PLOVER AGREE), where combine() lets the mobilization win (its internal code has a
        speech-act digit); None for any other governing verb or content."""
        if not self.offered_deployments or (to_cameo(level.code) or "")[:2] != INTENT_ROOT \
                or (to_cameo(x.code) or "")[:2] != MOBILIZATION_ROOT \
                or self._verb_match(level.clause).meaning not in COMMISSIVE_BLOCKS:
            return None
        return OFFERED_FORCES, (f"addition: {level.clause.form} to deploy forces, an intent of military aid (0332)",)

    def _addressed_protest(self, cl, m, code: int) -> bool:
        """`addressed_protests`: whether a verb of CAMEO.2.0.txt's block VERBAL_CONFLICT [110] whose own code is
        a demonstration (PROTEST [140]) is addressed TO an actor ("protested to Yland over the incident"): a
        protest made to a government is the block's verbal disapproval, as the dictionary codes a protest over an
        attack (111) or lodged (LODGE "- * PROTEST" 110); one staged in the streets is addressed to no one."""
        if m.meaning != VERBAL_CONFLICT_BLOCK or (to_cameo(code) or "")[:2] != PROTEST_ROOT_CODE:
            return False
        return any(pp.text == "TO" and any(not c.startswith("~") for c in self.reader.pp_meaning(pp)) for pp in cl.pps)

    def _talks_between_others(self, cl, m) -> bool:
        """`talks_between_others`: whether the noun of talks a pattern coded as an intent to meet (036: CALL's
        `(FOR TALKS)`, RECOMMEND's `TALK`) names its parties with BETWEEN, and the clause's subject is none of
        them ("called for talks between Yland and Zland", "between the two sides"): an appeal to others to meet
        (026), as the dictionary codes a call for negotiations; "called for talks with Yland" stays 036."""
        nps = list(cl.objects) + [pp.obj for pp in cl.pps if pp.obj is not None]
        for np in nps:
            if np.head not in m.consumed:
                continue
            for pp in np.pps:
                if pp.text == "BETWEEN" and pp.obj is not None:
                    parties = {code[:3] for code in self.reader.pp_meaning(pp) if not code.startswith("~")}
                    callers = {code[:3] for code in self.upper_codes(cl.upper) if not code.startswith("~")}
                    return not parties & callers
        return False

    def _negated_code(self, code: int, auxiliary: str | None = None) -> int:
        """"not" after an auxiliary (spec §4.5: the code minus 0xFFFF); `uncombined_acts`: where that has
        no CAMEO code ("will not accept refugees": 0333), the mood table's refusal of the act (12x,
        additions.mood_code), as for "would not" and "refused to"; not, with `negated_facts`, after an
        auxiliary of the past or the perfect over a meeting ("did not visit": not done, negated_facts.py)."""
        negated = code - NEGATE
        if self.uncombined_acts and to_cameo(negated) is None and (cameo := to_cameo(code)) is not None \
                and not (self.negated_facts and reports_no_act(auxiliary, cameo)):
            refusal = mood_code(cameo, "negated")
            if refusal is not None:
                return to_internal(refusal) or negated
        return negated

    def _requested(self, level, x) -> bool:
        """Whether a statement's complement is what another actor must or should do (`deontic_requests`)."""
        return self.deontic_requests and bool(x.sources) and bool(level.up) and \
            (to_cameo(level.code) or "")[:2] == STATEMENT_ROOT and bool(self._deontic(x.verb))

    def _deontic(self, verb: int) -> int:
        """The request code of a clause whose auxiliary is a modal of obligation (MUST, SHOULD), else 0."""
        cl = self.view.clauses.get(verb)
        if cl is None or cl.dep not in ("ccomp", "ROOT", "conj"):
            return 0
        table = deontic_codes()
        return next((table[self.view.words[a]] for a in cl.auxiliaries if self.view.words[a] in table), 0)

    def _undergoer_pps(self, cl, m) -> list[str]:
        """The actors of an agentless passive's PPs other than BY / FROM / IN, where its pattern took its
        subject as the verb's object ("sanctions were imposed on Yland"): the active's lower set ("imposed
        sanctions on Yland"); [] where the subject is no pattern noun (it is then the target itself)."""
        if not self._object_subject(cl, m):
            return []
        out: list[str] = []
        for pp in cl.pps:
            if pp.text not in _compose.PASSIVE_SOURCES:
                out.extend(tagged(self.reader.pp_meaning(pp), pp_object_tokens(pp)))
        return out

    def _object_subject(self, cl, m) -> bool:
        """Whether a passive's subject is the noun its verb's pattern (or a sense or act-noun table) names as
        the verb's object ("sanctions were imposed", "the curfew was extended"): no actor, what is done."""
        return any(np.head in m.consumed or self._sensed(cl.form, self.view.words[np.head]) for np in cl.subjects) \
            or bool(self.act_nouns and act_noun_code(self.view, cl, cl.subjects))


@lru_cache(maxsize=1)
def enacting_vote_forms() -> frozenset[str]:
    """The written forms of the verbs whose content a vote enacts (`enacting_votes`)."""
    return upper_words("coder_enacting_votes.tsv", "the enacting vote verbs")


from . import compose as _compose  # noqa: E402 -- at the end: compose mixes in RecallSteps

