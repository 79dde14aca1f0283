"""Events the coder missed: a sentence the classifier scores as a violent or police event, with no event of
it coded by the coder, yields an event with what can still be read without the coder's patterns. A statement
addressed to no one that the coder kept only because the sentence had no other event ("..., a police
spokesman said") counts as none (`blocks_recall`): the recalled act replaces it, and its speaker, where the act
is what the statement says, is who reported the act (`speaker`), not one of its sides.

It is made only where both heads read the same kind of act (the PLOVER head's best type is the ACLED class's
own: an attack ASSAULT, an arrest COERCE) and the sentence names the act itself, not only who does it or what
with (candidates.names_act: "militants were seen near the border", "the discovery of rockets" name no act);
the event hangs on that act word (its trigger). It needs at least one actor, so that an accident or a
disaster told in violent words makes none, and, but for a protest or a mob, one that can wage political
violence (named, or of an armed or state sector): victims alone ("a fire killed four workers") make no
attack. Its actors are the document's actor mentions in the sentence, and names and sector words looked up
in the actor dictionaries without regard to case ("police arrested two maoists in dantewada" has no capital
letter for the tagger to see); a country or capital after a preposition of place ("in kabul") is where it
happened, not an actor, and gives its country to sector actors that have none. Words before the event's
trigger are its source, words after it its target (the other way round where the trigger is passive: "were
killed by"), except that the police and security forces are the source of an arrest or a crackdown wherever
they stand. Its date, place, modality and size are read as for any event; its CAMEO code is its class's
(data/classify_acled_labels.tsv), except that a protest or riot whose source is the police or security
forces is their violent repression (175); it is marked `origin = "classifier"`, its `acled.by` is
"classifier" and its confidence is below the coder's.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from spacy.tokens import Doc

from ..codes import cameo_for, event_code, plover_for
from ..coder.adapter import UNADDRESSED
from ..coder.phenomena.kind_subjects import KIND_SUBJECT_STEP
from ..extract.actors import UNKNOWN_COUNTRY, DocActors
from ..extract.lexicon import ActorLexicon
from ..modality import modality_of
from ..places.locate import location_for_event
from ..size import size_of
from ..time.dates import date_for_event
from ..nlp import doc_tokens
from ..records import ActorRef, EventMention, Place
from .candidates import SentenceSpan, names_act, trigger_pattern
from .labels import AcledClass, acled_class
from .scoring import SentenceScores

RECALL = 0.5  # the classifier's summed score of the classes that make events (violent and police ones) from which a sentence gets one
CONFIDENCE = 0.35  # of a classifier-made event: below every event the coder makes (0.45 and up)
TAKEN_PLACE = {"asserted", "historical"}
NAME_KINDS = {"country", "capital", "organisation", "demonym"}  # single words safe to read in lower case
PLACE_KINDS = {"country", "capital"}  # names that, after a preposition of place, say where, not who
PLACE_PREPOSITIONS = {"in", "inside", "near", "outside", "across", "throughout", "around", "within"}
STATE_FORCE_FIRST = {"ARREST", "FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER"}
STATE_FORCE_SECTORS = {"COP", "MIL", "SPY", "GOV"}
SECURITY_SECTORS = {"COP", "MIL", "SPY"}
REPRESSION = "175"  # CAMEO "use tactics of violent repression": a protest class's event done by security forces
PASSIVE_DEPENDENCIES = {"auxpass", "nsubjpass"}
CROWD_CLASSES = {"MOB_VIOL"}  # a crowd's violence: its actors are civilians
WAGING_SECTORS = {"COP", "MIL", "SPY", "REB", "UAF", "INS", "SEP", "GOV", "IGO", "PTY", "OPP"}  # can wage political violence


@dataclass(frozen=True)
class RecallContext:
    """What a classifier-made event is read from, besides its sentence."""
    doc: Doc
    doc_id: str
    actors: DocActors
    lexicon: ActorLexicon
    dates: list
    places: list[Place]
    published: dt.date | None
    recall: bool = True  # the profile's switch `classifier_recall`: may the classifier add events at all
    background_acts: bool = False  # the profile's switch `background_acts` (coder/background_acts.py)
    learned: bool = False  # the profile's switch `learned_classes` (classify/learned_events.py)
    arbiter: bool = False  # the profile's switch `learned_arbiter` (classify/arbiter.py)
    encoder: str = "minilm6"  # the setting `encoder` (classify/encoders.py): the encoder whose heads score it
    statements: bool = False  # the profile's switch `learned_statements` (classify/learned_events.py)
    disasters: frozenset[int] = frozenset()  # the sentences whose harm the coder ruled no one's act of force
    # (coder/corrections.py DISASTER_DROPS; switch `disaster_rulings`): no adding path reads material conflict there


def recall_class(scores: SentenceScores) -> tuple[AcledClass, float] | None:
    """The violent or police class the sentence is scored as, and its score, where the violent and police
    classes together score at least RECALL ("maoists ambush a patrol" may be a clash or an attack: it is
    violent either way), the best class of all is one of them, and the PLOVER head reads the same kind of
    act: its best type is the class's own (an attack ASSAULT, an arrest COERCE, a protest PROTEST). The two
    heads were fitted apart; an event no pattern of the coder supports is made only where both read it
    alike ("hackers defaced web sites in a cyber attack" may score as mob violence by the one and as
    coercion by the other: no event). Else None."""
    if not acled_class(scores.best_acled.label).cameo:
        return None  # the best class makes no event: a disaster, a crime, a meeting, no event...
    violent = [(acled_class(s.label), s.score) for s in scores.acled if acled_class(s.label).cameo]
    if sum(score for _, score in violent) < RECALL:
        return None
    best = violent[0]  # the scores are ranked: the first violent class is the best one
    if scores.plover and scores.best_plover.label != best[0].plover:
        return None
    return best


def blocks_recall(event: EventMention) -> bool:
    """Whether a coded event keeps the classifier from recalling another in its sentence: any act does, and any
    statement addressed to someone, for the coder has read what happened there. A statement addressed to no one
    and kept only because nothing else in the sentence was coded ("gunmen strafed a convoy, an army spokesman
    said": switches `targetless_statements`, `role_speakers`; coder/adapter.py) does not: it tells only that
    someone spoke, and where the classifier reads an act in the sentence, the act makes it go (it is kept only
    as the sentence's only event). Nor does an act by a subject named only by a pronoun or its kind, kept with an
    unidentified source because no other act was coded ("he called on both sides to ...": switch `kind_subjects`,
    coder/phenomena/kind_subjects.py): where the classifier reads a violent or police act there, its event, with
    the actors it reads, replaces it."""
    return event.origin != "coder" or (UNADDRESSED not in event.steps and KIND_SUBJECT_STEP not in event.steps)


def make_event(sentence: SentenceSpan, cls: AcledClass, score: float, context: RecallContext,
               reported_by: EventMention | None = None) -> EventMention | None:
    """The event the classifier reads in the sentence, or None where it did not take place. `reported_by`: the
    statement addressed to no one that the coder kept there (blocks_recall); its speaker ("a police spokesman
    said") is who reported the act, not one of its sides."""
    doc = context.doc
    trigger = _trigger(doc, sentence)
    if trigger is None:
        return None  # agents or weapons named, no act: "militants were seen near the border"
    date = date_for_event(doc, trigger, context.dates, context.published)
    modality = modality_of(doc, trigger, date.get("value") if date.get("text") else None, context.published)
    if modality not in TAKEN_PLACE:
        return None
    found, named_country = _sentence_reading(sentence, context)
    speaking = _speaker_tokens(doc, sentence, reported_by, trigger)
    found = [(at, ref) for at, ref in found if at not in speaking]
    if not found:
        return None  # no one acts or is acted on: a fire, a flood, a crash reads like violence but is none
    if cls.plover != "PROTEST" and cls.label not in CROWD_CLASSES and not any(_can_wage(ref) for _, ref in found):
        return None  # victims alone ("a blaze killed four workers") make no attack: it needs an armed or state side
    before = [ref for at, ref in found if at < trigger]
    after = [ref for at, ref in found if at > trigger]
    source, target = (after, before) if _passive(doc, trigger) else (before, after)
    if cls.label in STATE_FORCE_FIRST:
        forces = [ref for _, ref in found if ref.sector in STATE_FORCE_SECTORS]
        if forces:
            source, target = forces, [ref for _, ref in found if ref.sector not in STATE_FORCE_SECTORS]
    location = location_for_event(doc, trigger, context.places)
    country = location.country if location is not None and location.country else named_country
    if not source:
        source = [ActorRef(text="", name="unidentified", country=country, sector=None, code=country or UNKNOWN_COUNTRY)]
    source, target = _localised(source, country), _localised(target, country)
    cameo = cls.cameo
    if cls.plover == "PROTEST" and source and all(ref.sector in SECURITY_SECTORS for ref in source):
        cameo = REPRESSION  # "the police burst tear gas shells on the stone-pelting crowd": their act is force
    code = event_code(cameo)
    tokens = doc_tokens(doc)
    acled = cls.acled()
    if acled is not None:
        acled = {**acled, "by": "classifier"}
    return EventMention(
        id=hashlib.sha1(f"{context.doc_id}:{tokens.idx[trigger]}:{cameo}:classifier".encode()).hexdigest()[:16],
        sentence=sentence.index, start=sentence.start, end=sentence.end, evidence=sentence.text,
        source=source, target=target, cameo=cameo_for(cameo), plover=plover_for(cameo),
        quad_class=code.quad_class, goldstein=code.goldstein, date=date, location=location, modality=modality,
        size=size_of(doc, trigger), acled=acled, confidence=round(CONFIDENCE * (0.5 + score / 2), 3),
        trigger=tokens.text[trigger], trigger_start=tokens.idx[trigger], origin="classifier",
        speaker=reported_by.source[0] if speaking and reported_by.source else None)


def _speaker_tokens(doc: Doc, sentence: SentenceSpan, statement: EventMention | None, trigger: int) -> set[int]:
    """The tokens of the subject of the statement's verb ("a police spokesman" of "said") where the act is what
    it says (the act's trigger hangs under the verb: "gunmen attacked a post, a spokesman said"); else none
    ("police fired tear gas, declaring the crowd illegal": the police act and speak, and stay the act's side)."""
    if statement is None or statement.trigger_start is None:
        return set()
    for i in range(sentence.token_start, sentence.token_end):
        if doc[i].idx == statement.trigger_start:
            if not any(t.i == i for t in doc[trigger].ancestors):
                return set()
            return {t.i for child in doc[i].children if child.dep_ in ("nsubj", "nsubjpass")
                    for t in child.subtree}
    return set()


def _can_wage(ref: ActorRef) -> bool:
    """A named actor (a country, an organisation, a person) or one of an armed or state sector."""
    return ref.sector is None or ref.sector[:3] in WAGING_SECTORS


def _passive(doc: Doc, trigger: int) -> bool:
    """"two men were killed by ...": the words before a passive trigger are who it was done to."""
    return any(child.dep_ in PASSIVE_DEPENDENCIES for child in doc[trigger].children)


def _trigger(doc: Doc, sentence: SentenceSpan) -> int | None:
    """The first verb among the sentence's words that name a violent or police act ("maoists" is a word of the
    list, "killed" the act), else the first such word ("clashes", "an ambush"); None where its words of the
    list name only who acts or what with ("militants were seen", "the discovery of rockets"): no act, no event
    (candidates.names_act). A weapon joined by a hyphen to a verb names the act that verb says ("baton-charged",
    "tear-gassed")."""
    acts = []
    for match in trigger_pattern().finditer(sentence.text.lower()):
        at = sentence.start + match.start()
        for i in range(sentence.token_start, sentence.token_end):
            token = doc[i]
            if token.idx <= at < token.idx + len(token.text):
                word = token.text.lower()[at - token.idx:]
                act = i if names_act(word, match.group(0), token.pos_ == "VERB") else _hyphened_verb(doc, i, sentence)
                if act is not None:
                    if doc[act].pos_ == "VERB":
                        return act
                    acts.append(act)
                break
    return acts[0] if acts else None


def _hyphened_verb(doc: Doc, i: int, sentence: SentenceSpan) -> int | None:
    """The verb joined to word `i` by a hyphen ("baton - charged"), or None."""
    if i + 2 < sentence.token_end and doc[i + 1].text == "-" and doc[i + 1].whitespace_ == "" \
            and (doc[i + 2].pos_ == "VERB" or doc[i + 2].tag_ in ("VBD", "VBN")):
        return i + 2
    return None


def sentence_actors(sentence: SentenceSpan, context: RecallContext) -> list[tuple[int, ActorRef]]:
    """(token index, actor) of every actor named in the sentence, in text order, capital letters or not; a
    country or capital named as where it happened ("in kabul", "near Islamabad") is its place, not an actor."""
    return _sentence_reading(sentence, context)[0]


def _sentence_reading(sentence: SentenceSpan, context: RecallContext) -> tuple[list[tuple[int, ActorRef]], str | None]:
    """sentence_actors, and the country of the first country or capital named as the event's place."""
    doc, lexicon = context.doc, context.lexicon
    where: list[str] = []
    tokens = doc_tokens(doc)
    words = [w[:1].upper() + w[1:] for w in tokens.text[sentence.token_start:sentence.token_end]]
    found: list[tuple[int, ActorRef]] = []
    covered: set[int] = set()
    for mention in context.actors.mentions:
        if sentence.token_start <= mention.start < sentence.token_end and not mention.modifier:
            covered.update(range(mention.start, mention.end))
            refs = mention.refs(doc)
            if _place_of_event(mention.start, words, sentence, context):
                where.extend(ref.country for ref in refs if ref.country)
            else:
                found.extend((mention.start, ref) for ref in refs)
    i = 0
    while i < len(words):
        at = sentence.token_start + i
        if at in covered:
            i += 1
            continue
        match = lexicon.match(words, i, context.published)
        if match is not None and (match.entry.kind in NAME_KINDS or match.length > 1) \
                and not covered.intersection(range(at, at + match.length)) \
                and not (match.length == 1 and at in context.actors.names):  # "Chad" in "Chad Smith" (person_names)
            # a demonym before a thing ("western suburbs", "danish web sites", "russian-made rockets") is no actor
            thing = match.entry.kind == "demonym" and not _names_people(at + match.length, sentence, context)
            if _place_of_event(at, words, sentence, context):
                where.extend([match.country] if match.country else [])
            elif not thing:
                text = " ".join(tokens.text[at:at + match.length])
                found.append((at, ActorRef(text=text, name=match.entry.name, country=match.country,
                                           sector=match.sector, code=match.code)))
            i += match.length
            continue
        sector = lexicon.agent(tokens.lower[at])
        if sector and tokens.pos[at] in ("NOUN", "PROPN", "ADJ", "X"):
            found.append((at, ActorRef(text=tokens.text[at], name=tokens.lower[at], country=None, sector=sector,
                                       code=UNKNOWN_COUNTRY + sector)))
        i += 1
    return sorted(found, key=lambda pair: pair[0]), (where[0] if where else None)


def _place_of_event(at: int, words: list[str], sentence: SentenceSpan, context: RecallContext) -> bool:
    """The name at token `at` follows a preposition of place ("in", "near"; not "at" or "on", which may
    mark a target: "fired at israel"), directly or through a noun of it ("in the suburbs of tripoli"), and
    names a place: a country or a capital in the actor dictionaries, or a place the place finder found there."""
    tokens = doc_tokens(context.doc)
    before = at - 1
    if before > sentence.token_start and tokens.lower[before] == "the":
        before -= 1
    if before < sentence.token_start or (tokens.lower[before] not in PLACE_PREPOSITIONS
                                         and not _in_a_place_phrase(context.doc[at])):
        return False
    match = context.lexicon.match(words, at - sentence.token_start, context.published)
    if match is not None and match.entry.kind in PLACE_KINDS:
        return True
    char = tokens.idx[at]
    return any(place.start <= char < place.end for place in context.places)


def _names_people(at: int, sentence: SentenceSpan, context: RecallContext) -> bool:
    """Whether the word at `at`, after a demonym, is one of people ("russian troops", "a canadian tourist") or
    the demonym stands alone ("the russians"): the end of the sentence or a word that is no noun."""
    if at >= sentence.token_end:
        return True
    tokens = doc_tokens(context.doc)
    if context.lexicon.agent(tokens.lower[at]):
        return True
    return tokens.pos[at] not in ("NOUN", "PROPN", "ADJ", "PUNCT", "NUM") or tokens.text[at] in (",", ".", ";")


def _in_a_place_phrase(token) -> bool:
    """"tripoli" in "in the southern suburbs of tripoli": the object of an "of" that hangs on the object of a
    preposition of place."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "pobj":
        return False
    return of.head.head.lower_ in PLACE_PREPOSITIONS


def _localised(refs: list[ActorRef], country: str | None) -> list[ActorRef]:
    """A sector actor with no country takes that of the place where the event happened."""
    if not country:
        return refs
    return [ref if ref.country else ActorRef(ref.text, ref.name, country, ref.sector,
                                             country + ref.code.removeprefix(UNKNOWN_COUNTRY))
            for ref in refs]
