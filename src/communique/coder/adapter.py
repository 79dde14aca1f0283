"""From the coder's `CodedEvent`s to the pipeline's event candidates.

The engine (`coder.code_sentence`) gives PETRARCH-2's records: one (source code, target code, CAMEO code)
per pair, with the governing verb and the tokens each actor was read from. Everything downstream (dates,
places, modality, size, stories, exports) works on `EventCandidate`s: a trigger token, lists of
`ActorRef`s (name, country, sector, code), the sentence as evidence and a confidence. This module turns
the first into the second:

1. an actor code becomes an `ActorRef` (`TURGOV` -> country TUR, sector GOV; `---OPP` -> no country,
   sector OPP), named after the document's actor read at the same tokens where there is one;
2. with the profile's `document_actors`, a side PETRARCH read no actor from (an empty code, or an
   agent with no country: "the two leaders", a pronoun at the top level, a person missing from the
   2014 dictionaries) takes the document's actors at the same tokens (people, titles, coreference), except
   a target that would name only the source's own actors (a possessive: "Xland and Yland restored their
   ties", "Xland reopened its embassy": the source's own ties and embassy, no recipient);
   and a side that is a bare pronoun ("they") takes the actors the document's coreference links it to
   where they are not PETRARCH's (pronoun coreference: PETRARCH's §3.7 recipe reads "they" in "..., as
   they urged ..." as the subject of the clause the adverbial hangs on, even a non-actor whose modifier
   names other actors; the document's coreference weighs the recent actor subjects);
3. with `agentless_material_conflict`, material conflict (CAMEO 14-20) with no source gets an
   unidentified one, also where neither side names an actor ("weapons were seized"); without `require_both_actors` an event needs a source only, except a public
   statement (CAMEO 01), which is an event only when addressed to someone, or (switch `targetless_statements`)
   where it is the sentence's only event and its source is identified ("Xland denied the allegations");
4. records of one verb and code are grouped back into one candidate (event_candidates.py) per shared target (sources
   merged: "Erdogan and Putin urged"), then per shared source set (targets merged);
5. the candidates a request asks for are dropped (requested_acts.py), then comments, refusals and allegations
   take precedence over their contents, and the sentence's candidates are ranked (prominence.py).
"""
from __future__ import annotations

import datetime
from dataclasses import replace
from typing import Sequence

from spacy.tokens import Doc, Span

from ..extract.actors import UNKNOWN_COUNTRY, DocActors
from ..nlp import doc_sentences, doc_text
from ..records import ActorRef
from .alleged import without_alleged
from .comment_acts import comment_frames, with_comment_precedence, with_outlook_comments
from .view_comments import accord_frames, expectation_frames, outlook_frames
from .phenomena.refused_comments import with_refused_answers
from .content_codes import refined_by_content
from .corrections import ruled_a_disaster
from .drops import Dropped
from .phenomena.named_subjects import NAMED_STEP, named_subject
from .phenomena.blame_statements import blame_records
from .phenomena.reported_wrongs import reported_wrong_records
from .phenomena.no_reason_refusals import no_reason_records
from .phenomena.naming_statements import named_objects, naming_statements
from .phenomena.undone_force import averted_gerund, told_as_undone
from .phenomena.plain_assertions import plain_assertions
from .phenomena.judicial_findings import judicial_records
from .phenomena.relative_namings import relative_namings
from .phenomena.stance_complements import stance_records
from .nouns.intents import intent_records
from .nouns.readiness import readiness_records
from .phenomena.kind_subjects import KIND_SUBJECT_STEP, kind_subject
from .phenomena.aimed_parties import STEP as AIMED_STEP, aimed_party
from .phenomena.aimed_sides import aimed_sides
from .phenomena.joint_partners import with_joint_partners
from .phenomena.renounced_terms import renounced_term_records
from .phenomena.assisted_purposes import with_assisted_purposes
from .phenomena.delisted_parties import with_delisted_parties
from .phenomena.helped_recipients import with_helped_recipients
from .phenomena.joint_operations import with_joint_operations
from .phenomena.conceded_acts import with_conceded_acts
from .phenomena.let_go_releases import with_let_go_releases
from .background_acts import background_to
from .event_candidates import (UNIDENTIFIED, CodedEventLike, EventCandidate, Side, candidate_of, grouped_sides,
                               sentence_evidence)
from .cameo_roots import COERCION_AND_FORCE_ROOTS, MATERIAL_CONFLICT_ROOTS
from .phenomena.adverbial_background import all_adverbial
from .actors.discards import STORY
from .actors.role_heads import ROLE_HEAD_STEP, role_head_ref
from .profiles import Profile
from .prominence import ranked, statement_verbs, subordination
from .recall import AGENTLESS_ROOTS, AGENTLESS_STEP, RECIPROCAL_STEP
from .requested_acts import without_request_complements, without_requested
from .side_actors import (actor_refs, document_refs, ref_for_code, side_text,
                          without_siblings_actors)
from .unread_subjects import UNREAD_SUBJECT_STEP, named_refs
from .unnamed_violence import rescued_violence

STATEMENT_ROOT = "01"  # "X said": a statement addressed to no one is kept only by `targetless_statements`
UNADDRESSED = "addition: a statement addressed to no one, the sentence's only event (targetless_statements)"
UNADDRESSED_STEP = 0.2  # below an addressed statement's certainty: it says less
# CAMEO 016 "Deny responsibility": a rejection (PLOVER REJECT, "All rejections and refusals", "Requires recipient:
# No"), kept with no target where `targetless_denials` is on ("denied the allegations")
DENIAL = "016"
# the engine's steps (coder/compose.py) that fold a clause's negation ("not") or a governing verb of saying
# or wanting (a transformation rule: "said it attacked" 015, "wants to attack" 021) into the code


def document_candidates(doc: Doc, actors: DocActors | None, knowledge, profile: Profile,
                        published: datetime.date | None,
                        dropped: list[Dropped] | None = None,
                        disasters: set[int] | None = None) -> list[EventCandidate]:
    """Every event candidate of a parsed document: each sentence coded by the engine, then adapted.

    `knowledge` is a `coder.CoderKnowledge`; records the adapter drops are appended to `dropped`, and the index of
    each sentence whose harm the engine ruled no one's act of force (corrections.ruled_a_disaster) to `disasters`."""
    from .match import match_verb  # `coder.code_sentence` without its per-sentence imports
    from .sentence import code_sentence_with

    discards = getattr(knowledge, "discards", None)
    clear = False  # no discard phrase anywhere in the story (sentence.code_sentence_with)
    if discards is not None:
        kind = discards.check(doc_text(doc))
        if kind == STORY:
            return []  # PETRARCH's story-level discard phrases (sports, entertainment)
        clear = kind is None and not discards.petrarch_quirks
    found: list[EventCandidate] = []
    for n, sentence in enumerate(doc_sentences(doc)):
        trace: list = []
        coded = code_sentence_with(sentence, published, knowledge, profile, match_verb, trace, story_clear=clear)
        if profile.agentless_material_conflict:  # "a bomb went off near the market" (unnamed_violence.py)
            coded, trace = rescued_violence(sentence, coded, trace, profile.figurative_harm)
        if dropped is not None:
            dropped.extend((e.source, e.target, e.code, tuple(e.steps)) for e in trace)
        if disasters is not None and any(ruled_a_disaster(e) for e in trace):
            disasters.add(n)
        if profile.additions:
            coded = intent_records(sentence, coded, knowledge, published, profile.adjective_intents,
                                   profile.intent_lowers, profile.ready_to_cooperate, profile.person_names,
                                   profile.written_codes, profile.considered_options, profile.possessive_antecedents,
                                   profile.common_words)
            if profile.adjective_intents:  # "said it was ready for talks with Yland" (nouns/readiness.py)
                coded = readiness_records(sentence, coded, knowledge, published, profile.person_names,
                                          profile.common_words)
            coded = refined_by_content(sentence, coded, knowledge, published, profile.person_names,
                                       profile.written_codes, profile.common_words) if coded else coded
            if profile.naming_statements and coded:  # "described the sanctions as illegal" names them (naming_statements.py)
                coded = named_objects(sentence, coded)
            if profile.plain_assertions and coded:  # "argued that the line would create jobs" (plain_assertions.py)
                coded = plain_assertions(sentence, coded, knowledge.verbs)
            if profile.stance_complements and coded:  # "said Yland's decision was illegal" (stance_complements.py)
                coded = stance_records(sentence, coded, knowledge, published, profile.person_names,
                                       profile.common_words, profile.unnamed_doer_stances,
                                       profile.naming_judgements, profile.pejorative_words,
                                       profile.conduct_concerns)
            if profile.relative_namings:  # "closed the border, a move Xland called unacceptable" (relative_namings.py)
                coded = relative_namings(sentence, coded, knowledge, published, profile.person_names,
                                         profile.common_words, profile.pejorative_words)
            if profile.renounced_terms and coded:  # "said he would not seek another term" (renounced_terms.py)
                coded = renounced_term_records(sentence, coded)
            if profile.judicial_findings:  # "the court ruled that X was ineligible" (judicial_findings.py)
                coded = judicial_records(sentence, coded, knowledge, published, profile.person_names,
                                         profile.common_words)
            if profile.blame_statements and coded:  # "said the ELN was behind the bombing" (blame_statements.py)
                coded = blame_records(sentence, coded, knowledge, published, profile.person_names,
                                      profile.common_words)
            if profile.reported_wrongs and coded:  # "said Yland had ignored the warnings" (reported_wrongs.py)
                coded = reported_wrong_records(sentence, coded, knowledge, published, profile.person_names,
                                               profile.common_words)
            if profile.no_reason_refusals and coded:  # "said it saw no reason to apologise" (no_reason_refusals.py)
                coded = no_reason_records(sentence, coded, knowledge, published, profile.person_names,
                                          profile.common_words)
            if profile.naming_statements and coded:  # "called the situation catastrophic" (naming_statements.py)
                coded = naming_statements(sentence, coded)
        if coded:
            found.extend(sentence_candidates(doc, n, sentence, coded, actors, profile, dropped, knowledge.verbs))
    if profile.joint_partners and actors is not None:  # "patrolled ... alongside Yland's navy" (joint_partners.py)
        found = with_joint_partners(doc, found, actors.refs_at)
    if profile.helped_recipients and actors is not None:  # "sent doctors to help Italy fight ..." (helped_recipients.py)
        found = with_helped_recipients(doc, found, actors.refs_at)
    if profile.assisted_purposes:  # "deployed soldiers to help evacuate residents" (assisted_purposes.py)
        found = with_assisted_purposes(doc, found)
    if profile.delisted_parties:  # "removed Cuba from its list of state sponsors of terrorism" (delisted_parties.py)
        found = with_delisted_parties(doc, found)
    if profile.joint_operations and actors is not None:  # "arrested 14 men in a joint raid" (joint_operations.py)
        found = with_joint_operations(doc, found, actors.refs_at)
    if profile.conceded_acts and actors is not None:  # "bowing to protests, scrapped the decree" (conceded_acts.py)
        found = with_conceded_acts(doc, found, actors.refs_at)
    if profile.let_go_releases and actors is not None:  # "let the hostages go" (let_go_releases.py)
        found = with_let_go_releases(doc, found, actors.refs_at)
    return found


def sentence_candidates(doc: Doc, n: int, sentence: Span, coded: Sequence[CodedEventLike],
                        actors: DocActors | None, profile: Profile,
                        dropped: list[Dropped] | None = None, verbs=None) -> list[EventCandidate]:
    """The candidates of sentence number `n` from the engine's records for it. With the verb dictionary
    `verbs`, an act a word of requesting asks for is dropped too (switch `request_contents`, contents.py), and
    one an accusation alleges or a denial denies (switch `alleged_acts`, alleged.py)."""
    sides, unaddressed, kinds = [], [], []
    read = [(event, actor_refs(doc, event.source, event.source_tokens, actors, profile),
             actor_refs(doc, event.target, event.target_tokens, actors, profile, target=True)) for event in coded]
    read = without_siblings_actors(read, profile)
    own = _own(read)
    for event, source, target in read:
        if profile.undone_force and averted_gerund(doc, event.verb):
            continue  # "the police held back from arresting him": not done, whoever the doer (undone_force.py)
        if not event.source and UNREAD_SUBJECT_STEP in event.steps:
            source = named_refs(source)  # "Ethnic minorities will ...": "---" names no one (unread_subjects.py)
        if not event.target and target and ({r.code for r in target} <= own[(event.verb, event.code)]
                                            or _participants_own(event, target, own, profile)):
            target = []  # the document's reading of "their ties", "its embassy": the source's own, no recipient
        elif _filled_as_own_source(event, source, target):
            target = [ref_for_code(event.target, side_text(doc, event.target_tokens))]
        if not source and profile.role_heads and (role := role_head_ref(doc, event.source_tokens, event.verb)):
            source, event = [role], replace(event, steps=event.steps + (ROLE_HEAD_STEP,))  # "investigators said ..."
        if not source and profile.agentless_material_conflict and event.code[:2] in MATERIAL_CONFLICT_ROOTS \
                and not (profile.undone_force and told_as_undone(doc, event.verb)):  # "without firing a shot"
            source = [UNIDENTIFIED]  # "a roadside bomb killed three soldiers": the act is the news
        elif not source and target and profile.agentless_passives and AGENTLESS_STEP in event.steps \
                and event.code[:2] in AGENTLESS_ROOTS:
            source = [UNIDENTIFIED]  # "Xland has been accused of espionage": by someone unnamed (recall.py)
        elif not source and profile.named_subjects and event.source_tokens \
                and (named := named_subject(doc, event.source_tokens)) is not None:
            source = [named]  # "Ford accused the federal government of ...": named, not in the dictionaries
            event = replace(event, steps=event.steps + (NAMED_STEP,))  # (phenomena/named_subjects.py)
        elif not source and profile.kind_subjects and kind_subject(doc, event.code, event.source_tokens, event.verb, n):
            kinds.append((replace(event, steps=event.steps + (KIND_SUBJECT_STEP,)), [UNIDENTIFIED], target))
            continue  # "the two leaders discussed ...": kept where no other act is (phenomena/kind_subjects.py)
        if profile.mobilised_forces and (aimed := aimed_party(
                doc, event.verb, event.code, source, target, lambda tokens: document_refs(doc, tokens, actors))) \
                is not None:  # "threatened to send its troops if Yland's forces landed" (aimed_parties.py)
            target, event = aimed, replace(event, steps=event.steps + (AIMED_STEP,))
        elif (read_anew := aimed_sides(doc, event.verb, event.code, source, target, profile, (
                lambda tokens: document_refs(doc, tokens, actors)))) is not None:  # (phenomena/aimed_sides.py)
            source, target, event = read_anew[0], read_anew[1], replace(event, steps=event.steps + (read_anew[2],))
        statement = event.code[:2] == STATEMENT_ROOT and not (profile.targetless_denials and event.code == DENIAL)
        if not source or (not target and (profile.require_both_actors or statement)):
            if profile.targetless_statements and _unaddressed_statement(event, source, target, profile):
                unaddressed.append((event, source, target))  # kept only where the sentence has no other event
                continue
            if dropped is not None:
                reason = "drop: no source" if not source else "drop: no target"
                dropped.append((event.source, event.target, event.code, tuple(event.steps) + (reason,)))
            continue
        sides.append((event, source, target))
    if kinds and all(e.code[:2] == STATEMENT_ROOT or (profile.background_acts and background_to(
            doc, e.verb, [k.verb for k, _, _ in kinds])) for e, _, _ in sides):  # background_acts.py
        sides += kinds
    elif kinds and dropped is not None:
        dropped.extend((e.source, e.target, e.code, tuple(e.steps) + ("drop: no source",)) for e, _, _ in kinds)
    evidence = sentence_evidence(doc, sentence)
    candidates = without_request_complements(doc, [candidate_of(n, evidence, group) for group in grouped_sides(sides)]) \
        if sides else []  # "demanded that Yland withdraw": no withdrawal (requested_acts.py)
    if candidates and verbs is not None and profile.request_contents:
        candidates = without_requested(doc, sentence, candidates, verbs, dropped)
    frames, views = _comment_frames(sentence, profile, verbs) if candidates else ({}, frozenset())
    if frames:  # "denied that it had spied", "expressed hope that ...", "agreed that ... should" (comment_acts.py)
        candidates = with_comment_precedence(doc, sentence, candidates,
                                             lambda tokens: document_refs(doc, tokens, actors), dropped, frames,
                                             views)
    if candidates and profile.refused_comments:  # "declined to elaborate", "refused to say whether ..."
        candidates = with_refused_answers(doc, sentence, candidates,
                                          lambda tokens: document_refs(doc, tokens, actors), dropped)
    if candidates and verbs is not None and profile.alleged_acts:  # "accused Yland of shelling ..." (alleged.py)
        candidates = without_alleged(doc, sentence, candidates, verbs,
                                     lambda tokens: document_refs(doc, tokens, actors), dropped)
    if unaddressed and candidates and profile.adverbial_background and all_adverbial(
            doc, [c.trigger for c in candidates], statement_verbs(doc, span=sentence)):  # "after X defected, officials said"
        candidates = candidates + [_unaddressed_candidate(doc, n, evidence, unaddressed)]
    elif unaddressed:
        candidates = candidates or [_unaddressed_candidate(doc, n, evidence, unaddressed)]
    if candidates and profile.outlook_comments:  # "said she was hopeful that ..." (comment_acts.py)
        candidates = with_outlook_comments(doc, candidates)
        if dropped is not None:  # the statements not kept, for reports
            dropped.extend((e.source, e.target, e.code, tuple(e.steps) + ("drop: no target",))
                           for e, _, _ in unaddressed if all(c.trigger != e.verb or c.code != e.code
                                                             for c in candidates))
    return ranked(doc, candidates, sentence, profile.reported_background, profile.permitted_acts,
                  profile.adverbial_background, profile.saying_adjuncts,
                  profile.first_conjuncts) if candidates else []


def _comment_frames(sentence, profile: Profile, verbs) -> tuple[dict[int, str], frozenset[int]]:
    """The comments whose content is not an event of its own, by the switches on (comment_acts.py,
    view_comments.py): acknowledging and denying, an outlook expressed, a view agreed, an act expected of
    another; and those of the views."""
    frames = dict(comment_frames(sentence)) if profile.comment_acts else {}
    views = {**(outlook_frames(sentence) if profile.outlook_contents else {}),
             **(accord_frames(sentence) if profile.accorded_views else {}),
             **(expectation_frames(sentence, verbs) if profile.expected_acts else {})}
    views = {i: code for i, code in views.items() if i not in frames}
    bare = frozenset(i for i in frames if any(c.dep_ == "ccomp" for c in sentence.doc[i].children)) \
        if profile.uncoded_comment_contents else frozenset()  # "denied that it had any role": a content clause
    return {**frames, **views}, frozenset(views) | bare


def _filled_as_own_source(event: CodedEventLike, source: list[ActorRef], target: list[ActorRef]) -> bool:
    """Whether the document's actors filled a target with no country of its own ("the militants and their
    allies": ---UAF) with the event's own source alone, in an act of coercion or force (an actor does not do
    them to itself): "their" read as the army that attacked them. The target is then the engine's reading, not the
    army attacking itself."""
    return event.code[:2] in COERCION_AND_FORCE_ROOTS and event.target.startswith((UNKNOWN_COUNTRY, "~")) \
        and bool(target) and all(r.code != event.target for r in target) \
        and {r.code for r in target} <= {r.code for r in source}


def _unaddressed_statement(event: CodedEventLike, source: list[ActorRef], target: list[ActorRef],
                           profile: Profile) -> bool:
    """A statement (CAMEO 01: "said that ...", "denied the allegations", "declined to comment") addressed to no
    one by an identified source (one naming a country or an organisation; not "officials said"): CAMEO 010
    "Make statement, not specified below" and its siblings require no target (switch `targetless_statements`).
    With `role_speakers`, a source named only by its role ("the ministry", "a police spokesman": a sector and no
    country) is identified enough: who spoke is told by what they are, as wire copy names them. So is a source
    named by a proper name the dictionaries lack (`named_subjects`: "Mbeki said the race had become too bitter")."""
    return bool(source) and not target and not profile.require_both_actors \
        and event.code[:2] == STATEMENT_ROOT and (NAMED_STEP in event.steps or any(
            r.country or (profile.role_speakers and r.sector) for r in source))


def _unaddressed_candidate(doc: Doc, n: int, evidence: tuple[int, int, str],
                           unaddressed: list[Side]) -> EventCandidate:
    """The one statement a sentence with no other event keeps: the least subordinate clause's (the first in
    the sentence among equals), `UNADDRESSED_STEP` below its coding certainty: it says less than an act. A clause's
    subordination is counted up its own sentence's tree, so only that sentence's verbs of saying are looked up."""
    saying = statement_verbs(doc, span=doc[unaddressed[0][0].verb].sent)
    side = min(unaddressed, key=lambda s: (subordination(doc, s[0].verb, saying), s[0].verb))
    candidate = candidate_of(n, evidence, [side])
    return replace(candidate, confidence=round(candidate.confidence - UNADDRESSED_STEP, 2),
                   steps=candidate.steps + (UNADDRESSED,))


def _participants_own(event: CodedEventLike, target: list[ActorRef], own: dict, profile: Profile) -> bool:
    """`self_recipients`: whether the document's reading of a reciprocal record's target words (every participant
    an actor, no recipient) names only the participants' own countries ("police boats from Xland and Yland set off
    on their joint patrol": XLDCOP, YLDCOP; "their" read as XLD, YLD): no recipient."""
    if not profile.self_recipients or RECIPROCAL_STEP not in event.steps:
        return False
    countries = {code[:3] for code in own[(event.verb, event.code)] if not code.startswith(UNKNOWN_COUNTRY)}
    return all(r.country in countries for r in target)


def _own(read: list[tuple[CodedEventLike, list[ActorRef], list[ActorRef]]]) -> dict[tuple[int, str], set[str]]:
    """(verb, code) -> the codes of the sources read for all its records ("Xland and Yland": two records)."""
    out: dict[tuple[int, str], set[str]] = {}
    for event, source, _ in read:
        out.setdefault((event.verb, event.code), set()).update(r.code for r in source)
    return out

