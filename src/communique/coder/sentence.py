"""The sentence level (spec §5): discards, the top-level clauses, the output filter and the cooperation
expansion, turning a sentence's internal events into `CodedEvent` records.

Profile switches read here (`profiles.py`):
* `require_both_actors` on (petrarch2): a record needs a source and a target (§5.3); off: an event with
  a source and no target is kept with target "" (a statement, a protest);
* with `require_both_actors` off, a record may also have no source ("") when the source NP is known
  (its tokens in `source_tokens`) or the code is material conflict (14-20): the adapter fills such a side
  from the document's own actor knowledge, or keeps an unidentified source, or drops it;
* `reported_targets` on: a speech act other than a statement (a demand, threat, accusation) over a reported
  event no rule resolves is addressed to that event's source ("demanded that Yland hold elections": 100 to
  Yland) instead of being dropped;
* `main_clause_only` off: besides the top-level clauses, every other clause the phrase view holds outside
  their reach (a PP's clausal object, for one) is coded as a clause of its own;
* `background_clauses` on (with `main_clause_only` off): an adverbial clause of time ("after", "before", "until",
  data/coder_background_marks.tsv) is not coded on its own where the top-level clauses coded an event: it is
  the background of the news (coder/contents.py);
* `relative_discards`, `year_modifiers` on: a discard phrase that only describes a noun (a relative clause's
  "months ago", "the 2013 sit-in") does not discard the sentence (`_without_descriptions`);
* `hazard_discards` on: a discard phrase that names a disease or a natural hazard ("Ebola", "typhoon") does not
  discard the sentence; `natural_causes` keeps the harm itself from being coded as force (`_without_natural_causes`);
* `fix_quirks` on: the spec's named Quirks are fixed — in compose (a fronted bare NP is no upper, an
  OR/BUT coordination is not coded as its last verb), in the matcher (`match.py`) and in the actor reader
  (`CoderKnowledge.load`: the last record of an actor file is kept, a bare date means "from").
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from functools import partial

from spacy.tokens import Span

from ..nlp import doc_text, doc_tokens
from .cameo_roots import COOPERATION_EXPANSION_ROOTS, MATERIAL_CONFLICT_ROOTS
from .codes import to_cameo
from .compose import PASSIVE, Composer, Event
from .contents import background_clause
from .corrections import CORRECTIONS, DISASTER_DROPS, CorrectionContext
from .nouns.events import causing_subjects, event_noun_heads, idiom_role, noun_events
from .nouns.noun_tables import episode_nouns, sentence_lemmas
from .nouns.coded_supports import idiom_coded_verbs, without_idiom_events
from .actors.noun_phrases import NounReader
from .actors.person_names import reader_words
from .actors.common_words import common_marked
from .actors.arithmetic import printed_code
from .phrases import Clause, SentenceView, phrase_view
from .adjuncts.times import without_figure_pps, without_time_pps
from .recall import RECIPROCAL_STEP
from .phenomena.refused_comments import refused_comments
from .phenomena.written_codes import written_code, written_of
from .phenomena.reported_passives import doers_kept
from .phenomena.stated_contents import kept_statement
from .phenomena.attributions import attribution_statement, quoted_statement, silent_saying_statement
from .phenomena.natural_causes import cause_nouns
from .phenomena.dated_clauses import dates_a_lower_clause

STATEMENT_ROOT = "01"
EVENT_SUBJECT_STEP = "addition: the subject is an event noun, no actor (subject_event_nouns)"
# `own_act_reports` with `reported_targets`: a speech act over the speaker's own act that no rule resolved ("Xland
# warned that it would take measures against Yland": WARN over a coercion, both speech-act codes) is addressed to
# the act's target, not to its actor, the speaker itself
OWN_REPORT_STEP = "addition: a speech act over the speaker's own act, addressed to the act's target (own_act_reports)"
# a speech act over a report no rule resolved, addressed to the report's actor
UNRESOLVED_REPORT_STEP = "addition: a speech act over an unresolved report, addressed to its actor"


@dataclass(frozen=True)
class CodedEvent:
    """One output record: (source, target, CAMEO code), with where it came from."""
    source: str
    target: str
    code: str
    verb: int
    source_tokens: tuple[int, ...] = ()
    target_tokens: tuple[int, ...] = ()
    pattern: str | None = None
    steps: tuple[str, ...] = field(default=(), compare=False)


def sentence_text(sent: Span) -> str:
    doc = sent.doc
    return doc_text(doc)[sent.start_char:sent.end_char]


def code_view(sent: Span, view: SentenceView, date: datetime.date | None, knowledge, profile,
              match, trace: list | None = None) -> list[CodedEvent]:
    """The records of one sentence whose phrase view is `view` (discards already checked). Events the
    output filter drops are appended to `trace` (when given) with a `drop:` step saying why."""
    reader = NounReader(view, knowledge.actors, date, conjuncts_apart=profile.conjunct_actors,
                         one_actor_named=profile.appositive_actors,
                         relations_apart=profile.appositive_relations,
                         leaders_apart=profile.leader_compounds, places_apart=profile.place_pps,
                         helpers_apart=profile.helper_pps, causes_apart=profile.adjunct_pps,
                         lists_mended=profile.broken_lists,
                         speakers_read=profile.quoted_speakers, names_whole=profile.whole_names,
                         reflexives_apart=profile.reflexive_objects, qualifiers_apart=profile.act_qualifiers,
                         collectives_read=profile.collective_states, ranks_read=profile.rank_titles,
                         plurals_read=profile.nationality_plurals, qualified_read=profile.qualified_agents,
                         participles_read=profile.participle_agents, members_read=profile.armed_group_members,
                         owned_roles_read=profile.owned_roles, states_apart=profile.hyphenated_states,
                         possessors_read=profile.possessive_antecedents,
                         frameworks_apart=profile.framework_names)
    if profile.person_names:  # "Chad Smith criticised Yland": no TCD from a person's name (actors/person_names.py)
        reader.named_words = reader_words(sent, view, knowledge.actors, date)
    if profile.common_words:  # "fired at marches": no ITA from a word in lower case (actors/common_words.py)
        reader.named_words = common_marked(sent, reader.named_words or view.words, view.tags,
                                           knowledge.actors) or reader.named_words
    if profile.pattern_noun_numbers:  # a pattern noun met in its other number (match.py `other_numbers`)
        match = partial(match, other_numbers=True)
    if profile.particle_patterns:  # a verb's particle as its object's modifier (match.py `particle_modifiers`)
        match = partial(match, particle_modifiers=True)
    match = partial(match, object_patterns_first=True) if profile.object_patterns_first else match  # match.py
    match = partial(match, preverbal_words=True) if profile.preverbal_words else match  # "verbally attacked"
    match = partial(match, object_of_phrases=True) if profile.object_of_phrases else match  # "accused X of torture"
    match = partial(match, inner_prep_phrases=True) if profile.inner_prep_phrases else match  # "pulled out of"
    if profile.time_pps:  # "telephoned the Yland president on Friday" is no CALL ON (adjuncts/times.py)
        match = without_time_pps(match)
    if profile.figure_pps:  # "ruled by seven votes to two" is no HEAD TO, a visit (adjuncts/times.py)
        match = without_figure_pps(match)
    composer = Composer(view, knowledge.verbs, reader, match, **profile.switches_for(Composer))
    events: list = []
    for clause in view.top:
        events.extend(composer.clause_events(clause))
    if not profile.main_clause_only:
        news = profile.background_clauses and any(isinstance(e, Event) and e.code for e in events)
        for clause in _other_clauses(view):
            if news and background_clause(view, clause):  # "..., after rebels attacked the town" (contents.py)
                continue
            if clause.verb in composer.ordered_verbs:  # "ordered the leader detained": coded as the order's act
                continue
            events.extend(composer.clause_events(clause))
    if profile.event_nouns:  # events told by nouns, where no pattern coded the clause (nouns/events.py)
        lemmas = sentence_lemmas(sent)
        heads = event_noun_heads(view, lemmas)  # the nouns both steps read, found once
        causes = causing_subjects(view, composer.reader.consumed, events, lemmas, heads) \
            if profile.subject_event_nouns else {}  # "the killing of civilians sparked protests": the killing
        events = _without_event_subjects(events, causes)
        idioms = idiom_coded_verbs(view, events, lambda cl: bool(idiom_role(view, cl, lemmas)))  # coded_supports.py
        nouns = noun_events(view, composer, [e for e in events if not (isinstance(e, Event) and e.verb in idioms)],
                            lemmas, episode_nouns() if profile.episode_nouns else frozenset(), causes, heads)
        events = without_idiom_events(events, idioms, nouns) + nouns
    attributed = attribution_statement(view, reader) if profile.attributed_statements else None  # attributions.py
    if attributed is None and profile.silent_saying:  # "..., the minister added": ADD is null (attributions.py)
        attributed = silent_saying_statement(view, reader, knowledge.verbs, doc_tokens(sent.doc).lemma)
    if attributed is None and profile.quoted_as_saying:  # "X was quoted by Y as saying": X's (attributions.py)
        quoted = quoted_statement(view, reader, doc_tokens(sent.doc).lemma)
        if quoted is not None:
            attributed = quoted[0]
            events = [e for e in events if not (isinstance(e, Event) and e.verb == quoted[1])]
    reader.theme = None  # the reader's link back to the composer: unlinked, both and their memos are freed here
    if profile.refused_comments:  # "did not respond to a request for comment": 011 (refused_comments.py)
        events = refused_comments(events, sent)
    if profile.passive_doers:  # "the boat was rammed by a Chinese ship": the doer's act (reported_passives.py)
        events = doers_kept(events, view)
    records: list[CodedEvent] = []
    traced = len(trace) if trace is not None else 0
    for event in events:
        if isinstance(event, Event):
            records.extend(_records(event, profile, trace))
    context = CorrectionContext(sent, reader=reader)
    for switch, correction in CORRECTIONS:  # the records' corrections, in order (corrections.py)
        if getattr(profile, switch):
            before, records = records, correction(records, view, context)
            if trace is not None and switch in DISASTER_DROPS:  # the ruling, for classify/ (corrections.py)
                kept = {id(r) for r in records}
                trace.extend(replace(r, steps=r.steps + (DISASTER_DROPS[switch],)) for r in before if id(r) not in kept)
    if attributed is not None:  # "turnout was 40 percent, according to the commission": 010, kept by the adapter
        records = records + _records(attributed, profile, trace)  # only where the sentence keeps no other event
    if view.repairs:  # the parse repairs the sentence needed (coder/repairs) head every record's steps
        repaired = tuple(f"parse: {name}" for name in view.repairs)
        records = [replace(r, steps=repaired + r.steps) for r in records]
        if trace is not None:
            trace[traced:] = [replace(r, steps=repaired + r.steps) for r in trace[traced:]]
    return records


def _other_clauses(view: SentenceView) -> list[Clause]:
    """The clauses coded besides the top-level ones when `main_clause_only` is off: every complement with
    a subject of its own (also coded through its governor: "..., as they urged both countries to ..."),
    and the clause verbs outside the top-level clauses' reach (a PP's clausal object...)."""
    covered: set[int] = set()
    own: list[Clause] = []
    stack = list(view.top)
    while stack:
        cl = stack.pop()
        if cl.verb in covered:
            continue
        covered.add(cl.verb)
        if cl.subjects and cl not in view.top and cl.dep in ("ccomp", "advcl", "xcomp", "conj"):
            own.append(cl)
        stack.extend(cl.complements + cl.conjuncts + cl.coordinated)
    outside = [cl for v, cl in view.clauses.items() if v not in covered and cl.dep != "acl"]
    found = {id(cl): cl for cl in own + outside}
    return sorted(found.values(), key=lambda cl: cl.verb)


def _without_event_subjects(events: list, causes: dict[int, int]) -> list:
    """The events, those of a clause whose subject is an event noun that causes what it tells (`causes`: clause
    verb -> noun head) without the sources read from that subject."""
    if not causes:
        return events
    out = []
    for e in events:
        if isinstance(e, Event) and causes.get(e.verb) in e.source_hint:
            e = replace(e, sources=(), source_hint=(), steps=e.steps + (EVENT_SUBJECT_STEP,))
        out.append(e)
    return out


def _records(event: Event, profile, trace: list | None) -> list[CodedEvent]:
    """§5.3: string targets only; each source gives a record; `~` printed `---`; cooperation pairs.
    Without `require_both_actors`, a record may have one side empty ("") with that side's NP tokens."""
    target = event.target
    sources = [s for s in event.sources if s]
    cameo = (profile.written_codes and (written_code(event.code, event.pattern) or written_of(event.code))) \
        or to_cameo(event.code)
    if isinstance(target, Event) and profile.reported_targets and cameo and not cameo.startswith(STATEMENT_ROOT):
        about = [s for s in target.sources if s]
        if about and profile.own_act_reports and set(about) <= set(sources) and isinstance(target.target, str) \
                and target.target and target.target != PASSIVE:  # "Xland warned that it would take measures
            steps = event.steps + (OWN_REPORT_STEP,)              # against Yland": addressed to Yland
            return _records(Event(event.sources, target.target, event.code, event.verb, event.pattern, steps,
                                  event.source_hint, target.target_hint), profile, trace)
        if about:  # "Xland demanded that Yland hold elections": a demand addressed to Yland
            steps = event.steps + (UNRESOLVED_REPORT_STEP,)
            return [r for a in about for r in _records(Event(event.sources, a, event.code, event.verb, event.pattern,
                                                             steps, event.source_hint, target.source_hint),
                                                       profile, trace)]
    if profile.stated_contents and (kept := kept_statement(event, cameo)) is not None:
        return _records(kept, profile, trace)  # "said X had not discussed Y": the statement, no target
    reason = None
    if not isinstance(target, str):
        reason = "drop: the target is a reported event no rule resolved"
    elif target == PASSIVE:
        reason = "drop: a passive with no subject"
    elif cameo is None:
        reason = f"drop: code {event.code:X} has no CAMEO equivalent"
    if reason is not None:
        if trace is not None:
            trace.append(_dropped(event, sources, target if isinstance(target, str) else "", reason))
        return []
    out: list[CodedEvent] = []
    if sources and target:
        out.extend(_record(s, target, cameo, event) for s in sources)
    elif not target and len(sources) >= 2 and cameo.startswith(COOPERATION_EXPANSION_ROOTS):
        if profile.reciprocal_actor_lists:  # PLOVER: one actor list, no recipient (not A->B and B->A)
            joint = replace(event, steps=event.steps + (RECIPROCAL_STEP,))
            out.extend(_record(s, "", cameo, joint) for s in sources)
        else:
            out.extend(_record(s, t, cameo, event) for s in sources for t in sources if s != t)
    elif profile.require_both_actors:
        if trace is not None:
            trace.append(_dropped(event, sources, target, "drop: no source" if not sources else "drop: no target"))
    elif sources:
        out.extend(_record(s, "", cameo, event) for s in sources)
    elif target or event.source_hint or (event.target_hint and cameo.startswith(MATERIAL_CONFLICT_ROOTS)):
        out.append(_record("", target, cameo, event))
    elif trace is not None:
        trace.append(_dropped(event, sources, target, "drop: neither side names an actor"))
    return out


def _dropped(event: Event, sources: list[str], target: str, reason: str) -> CodedEvent:
    cameo = to_cameo(event.code) or ""
    record = _record(sources[0] if sources else "", target, cameo, event)
    return CodedEvent(record.source, record.target, record.code, record.verb, record.source_tokens,
                      record.target_tokens, record.pattern, record.steps + (reason,))


def _record(source: str, target: str, cameo: str, event: Event) -> CodedEvent:
    source_tokens = getattr(source, "tokens", ()) or event.source_hint
    target_tokens = getattr(target, "tokens", ()) or event.target_hint
    return CodedEvent(printed_code(source), printed_code(target), cameo, event.verb, tuple(source_tokens),
                      tuple(target_tokens), event.pattern, event.steps)


def code_sentence_with(sent: Span, date: datetime.date | None, knowledge, profile, match,
                       trace: list | None = None, story_clear: bool = False) -> list[CodedEvent]:
    """Discards (§2.5), then the phrase view, then the records. `story_clear`: the discards' check
    (`Discards.check`, without PETRARCH's quirks) found no phrase anywhere in the document's text; a
    sentence whose words are whole words of that text then holds none either (a phrase is consecutive
    whole words), and is not checked again."""
    discards = getattr(knowledge, "discards", None)
    if discards is not None and not (story_clear and _whole_words(sent)) \
            and discards.sentence_discarded(sentence_text(sent)) \
            and not ((profile.relative_discards or profile.year_modifiers)
                     and not discards.sentence_discarded(_without_descriptions(sent, profile))) \
            and not (profile.hazard_discards and not discards.sentence_discarded(_without_natural_causes(sent))):
        return []
    return code_view(sent, phrase_view(sent), date, knowledge, profile, match, trace)


RELATIVE_DEPS = frozenset({"relcl", "acl"})  # a clause that describes a noun: "the curfew (that was) imposed ..."
YEAR_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod", "appos"})  # "the 2013 sit-in"
NOUNS = frozenset({"NOUN", "PROPN"})
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _without_descriptions(sent: Span, profile) -> str:
    """The sentence's text without what only describes a noun, so that a discard phrase of PETRARCH-2's that
    dates the past ("MONTHS AGO", a year) there does not discard the news; whitespace is kept as written, so
    the discards' whole-token matching is unchanged:
    - (switch `relative_discards`) relative and other noun-modifying clauses: "lifted the curfew that was
      imposed six months ago" is read as "lifted the curfew";
    - (switch `year_modifiers`) a year that modifies a noun ("sentenced 75 people over the 2013 sit-in",
      "arrested a suspect in the 2005 killing of ...") or is the object of a preposition on a noun ("the war
      of 1967"), except in the subject of the sentence's main verb ("The 2011 uprising toppled ..." tells
      the past); a year on a verb ("ousted the president in 2013") still dates the event, and discards it."""
    dropped: set[int] = set()
    for token in sent:
        if token.i in dropped:
            continue
        if profile.relative_discards and token.dep_ in RELATIVE_DEPS:
            dropped.update(t.i for t in token.subtree)
        elif profile.year_modifiers and (_dates_a_noun(token) or dates_a_lower_clause(token, _is_year)):
            dropped.update(t.i for t in token.subtree)
    return "".join(t.text_with_ws for t in sent if t.i not in dropped)


def _without_natural_causes(sent: Span) -> str:
    """(switch `hazard_discards`) The sentence's text without the nouns of a disease, a natural hazard or an
    accident (data/coder_natural_causes.tsv): PETRARCH-2's discard list drops every sentence that names Ebola, polio,
    a typhoon, a tsunami or a landslide, so that the harm they do is not coded as force; communique's
    `natural_causes` already keeps that harm from being force, and what actors do about them is news the codebook
    codes ("Cuba sent 160 doctors and nurses to Liberia to help fight the Ebola outbreak": 073; "China sent rescue
    teams and tents to the Philippines after a typhoon killed more than 200 people": 073). A noun goes with its own
    space, so no two words run together and the whole-token matching holds."""
    causes = cause_nouns()
    return "".join("" if t.text.upper() in causes else t.text_with_ws for t in sent)


def _is_year(token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("18", "19", "20")


def _dates_a_noun(token) -> bool:
    """A year modifying a noun, or a preposition on a noun whose object is a year, outside the main subject."""
    if token.head.i == token.i or token.head.pos_ not in NOUNS:
        return False
    if _is_year(token) and token.dep_ in YEAR_MODIFIER_DEPS:
        pass
    elif not (token.dep_ == "prep" and any(_is_year(c) for c in token.children if c.dep_ == "pobj")):
        return False
    for above in token.ancestors:  # the noun phrase's place: not the subject of the sentence's main verb
        if above.dep_ in CLAUSE_SUBJECTS and above.head.dep_ == "ROOT":
            return False
        if above.pos_ in ("VERB", "AUX"):
            return True
    return True


def _whole_words(sent: Span) -> bool:
    """Whether the sentence starts and ends at whitespace of the document's text (or at its ends): its
    whitespace-separated words are then words of the document's text too."""
    text = doc_text(sent.doc)
    start, end = sent.start_char, sent.end_char
    return (start == 0 or text[start - 1].isspace()) and (end >= len(text) or text[end].isspace())
