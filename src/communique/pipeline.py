"""The extraction pipeline: articles in, coded documents out.

`extract_articles` parses articles in batches with `nlp.pipe`, then runs the extract and resolve
stages on each parsed document. An article that fails comes out as a Document with `error` set and
no events; the batch goes on. Nothing one article holds can stop the batch: a problem found before
parsing, a parse that fails, or any exception while coding becomes that article's `error`, written
"<reason>: <detail>" with one of the SKIP_* reasons (`skip_reason` reads it back), so callers count
skips per reason. Only a broken data file (DataFileError) stops the run, since it would fail every
article. A text longer than `Settings.piece_chars` is parsed in pieces (nlp/pieces.py), its offsets kept.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from typing import Iterable, Iterator

from spacy.tokens import Doc, Token

from .codes import cameo_for, event_code
from .errors import DataFileError
from .acled import acled_for
from .coder.adapter import EventCandidate, document_candidates
from .coder.additions import load_coder_knowledge, mood_code
from .coder.cameo_roots import FUTURE_ACT_ROOTS
from .coder.adjuncts.places import border_mention, border_place
from .coder.actors.person_names import document_name_words
from .coder.actors.common_words import document_common_words
from .coder.phenomena import own_warnings, refused_acts
from .coder.phenomena.assisted_purposes import assisted_sending
from .coder.profiles import Profile
from .extract.actors import DocActors, find_actors
from .extract.lexicon import ActorLexicon, load_lexicon
from .modality.conditions import condition_only, hedged_announcement
from .modality.headlines import headline_future
from .modality import attempt_verb, conditional_future, modality_of
from .plover_conventions import object_lemmas, plover_in_profile, promised_cooperation
from .places.gazetteer import load_gazetteer, load_user_gazetteer
from .places.locate import location_for_event
from .places.recognise import find_places
from .quotes import find_quotes
from .size import size_of
from .time.dates import date_for_event, deadline_for_event, find_dates
from .ingest.reading import article_id
from .ingest.fields import FIRST_YEAR, LAST_YEAR
from .batches import SKIP_CODING, SKIP_PARSE  # noqa: F401  (skip reasons named below)
from .batches import ParsedBatch, described as _described, parsed_batches
from .nlp import doc_tokens, load_model, release_tables
from .records import ActorRef, Article, Document, EventMention, Place, Quote
from .resolve import (event_countries, expelled_persons, foreign_parties, home_acts, mobilised_forces, place_recipients,
                      possessed_states, title_antecedents)
from .resolve.coreference import link_references
from .resolve.quote_speakers import link_quote_speakers
from .settings import Settings


@dataclass(frozen=True)
class Knowledge:
    """The data every document is coded with, loaded once per process."""
    lexicon: ActorLexicon  # the document-level actor knowledge (people, titles, countries, sectors)
    coder: object  # coder.CoderKnowledge: PETRARCH-2's dictionaries, the user's verbs, the additions
    profile: Profile
    extra_places: tuple[dict, ...]

    @classmethod
    def load(cls, settings: Settings) -> "Knowledge":
        if settings.classifier != "off":  # a missing package is the settings' problem: said before any article
            from .classify.encoder import check_installed
            check_installed()
        extra = tuple(load_user_gazetteer(settings.gazetteer_file)) if settings.gazetteer_file else ()
        profile = Profile.named(settings.profile)
        return cls(lexicon=load_lexicon(settings.actors_file), coder=load_coder_knowledge(settings.verbs_file, profile),
                   profile=profile, extra_places=extra)


# Why an article was skipped: the first part of `Document.error`, before ": ".
SKIP_NO_TEXT = "no text"
SKIP_BAD_DATE = "bad publication date"
SKIP_TOO_LONG = "too long"
# SKIP_PARSE ("parse failed") is batches.py's, where parses fail; imported above and named here too.
# SKIP_CODING ("coding failed") is batches.py's too, where classify/pieces.py reads it.


def skip_reason(error: str) -> str:
    """The reason part of a Document's `error` ("too long: 6,000,000 characters" -> "too long")."""
    return error.split(": ", 1)[0]


def document_id(article: Article) -> str:
    """The given id, else a hash of the normalised text."""
    return str(article.id) if article.id else article_id(article.text)


def extract_articles(articles: Iterable[Article], settings: Settings | None = None, *,
                     overlap: bool = True) -> Iterator[Document]:
    """One Document per article, in order. Failed articles carry `error` and no events. With `overlap`, worker
    threads run beside this one: with the classifier on, one runs the encoder calls of each batch's pieces while
    the batch is coded and the next one parsed and coded (classify/pieces.py); with the setting `parse_ahead` on (or
    `thread`), a child process (or a thread) parses the next batch while this thread codes the batch before
    (batches.py). `overlap=False` runs everything in line, batch after batch (for callers that give each process
    one core, such as Spark's executors): the same output."""
    settings = settings or Settings()
    first_load = load_gazetteer.cache_info().currsize == 0
    collecting = gc.isenabled()
    gc.disable()  # loading builds ~600k long-lived objects: collecting meanwhile rescans them for nothing
    try:
        knowledge = Knowledge.load(settings)
        load_gazetteer()
        load_model(settings.model)
    finally:
        if collecting:
            gc.enable()
    if first_load:
        gc.freeze()  # once per process: later full collections skip the loaded model and data
    classifying = settings.classifier != "off"  # with `overlap`, a worker thread runs the encoder (and the parse of
    # the next batch runs in a child process, with `parse_ahead = on`, or in another thread)
    problem_with = partial(_problem_with, settings=settings)
    ahead = overlap and settings.parse_ahead != "off"
    with closing(parsed_batches(articles, settings, problem_with, ahead=ahead)) as batches:
        if classifying:  # the learned event classifier; torch is imported only there
            from .classify.pieces import classified_batches
            yield from classified_batches(batches, partial(_coded, knowledge=knowledge, settings=settings),
                                          settings, overlap)
            return
        for batch in batches:  # closed on every exit, so that a parse under way is waited for and its thread ends
            yield from _coded(batch, None, knowledge, settings)


def extract_text(text: str, published: str | None = None, settings: Settings | None = None) -> Document:
    """Code one text: a convenience for notebooks and tests."""
    return next(extract_articles([Article(text=text, published=published)], settings))


def _coded(batch: ParsedBatch, pending, knowledge: Knowledge, settings: Settings) -> Iterator[Document]:
    """Each article of a parsed batch coded, in order. With `pending` (classify/pieces.BatchPieces; the classifier
    on) each coded document and its context are appended there too, their Docs held for the classifier's reading;
    else each Doc is released."""
    problems, docs = batch.problems, batch.docs
    classifying = pending is not None
    for n, article in enumerate(batch.articles):
        if n in problems:
            document = _failed(article, problems[n])
        elif isinstance(doc := next(docs), str):
            document = _failed(article, doc)
        else:
            try:
                document = code_document(article, doc, knowledge, settings, pending)
            except DataFileError:
                raise  # a broken data file is not a bad article: stop and name it
            except Exception as exc:  # noqa: BLE001 -- one article's failure, named, never the batch's
                document = _failed(article, f"{SKIP_CODING}: {_described(exc)}")
                if classifying:
                    release_tables(doc)  # not held for the batch's classification
            finally:
                if not classifying:
                    release_tables(doc)  # so that the Doc is freed now, not at the next full garbage collection
        yield document


def _problem_with(article: Article, settings: Settings) -> str | None:
    if not isinstance(article.text, str) or not article.text.strip():
        return f"{SKIP_NO_TEXT}: the article has no text"
    if len(article.text) > settings.max_article_chars:
        return (f"{SKIP_TOO_LONG}: {len(article.text):,} characters, over the max_article_chars setting's "
                f"{settings.max_article_chars:,}")
    if article.published is not None:
        try:
            day = dt.date.fromisoformat(str(article.published)[:10])
        except ValueError:
            return f"{SKIP_BAD_DATE}: {article.published!r} is not YYYY-MM-DD"
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            return f"{SKIP_BAD_DATE}: {article.published!r} is outside {FIRST_YEAR}-{LAST_YEAR}"
    return None


def _failed(article: Article, reason: str) -> Document:
    text = article.text if isinstance(article.text, str) else ""
    published = article.published if isinstance(article.published, str) else None
    return Document(id=document_id(Article(text=text, id=article.id)), text=text, title=article.title,
                    published=published, url=article.url, source=article.source, error=reason)


def code_document(article: Article, doc: Doc, knowledge: Knowledge, settings: Settings,
                  to_classify: list | None = None) -> Document:
    """Run every extract and resolve stage on one parsed article. With the classifier on, `to_classify` (a list)
    (classify/pieces.BatchPieces) takes the document and its context for a later reading in pieces, else the
    document is read here alone."""
    published = dt.date.fromisoformat(article.published[:10]) if article.published else None
    dates = find_dates(doc, published)
    names = frozenset()  # `person_names`: "Turk" in "Kevin Turk" names no Turkey (coder/actors/person_names.py)
    if knowledge.profile.person_names:
        names = document_name_words(doc, knowledge.coder.actors, published)
    if knowledge.profile.common_words:  # "the organization" names no armed group (coder/actors/common_words.py)
        names = names | document_common_words(doc, knowledge.coder.actors)
    actors = find_actors(doc, knowledge.lexicon, published, names)
    actor_countries = frozenset(a.country for a in actors.actors if a.country)
    places = _outside_names(find_places(doc, list(knowledge.extra_places) or None, actor_countries), doc, actors)
    link_references(doc, actors)
    if knowledge.profile.possessed_states:  # "the Yland president said his country ...": Yland
        possessed_states.link_possessed_states(doc, actors)
    if knowledge.profile.title_antecedents:  # "The Xland minister visited Yland. The minister ...": Xland's
        title_antecedents.link_titles(doc, actors)
    quotes = find_quotes(doc, lambda token: _speaker_at(token, actors))
    link_quote_speakers(doc, actors, quotes)
    dropped: list = []
    disasters: set[int] = set()  # the sentences whose harm the coder ruled no one's act (switch `disaster_rulings`)
    candidates = document_candidates(doc, actors, knowledge.coder, knowledge.profile, published, dropped, disasters)
    doc_id = document_id(article)
    aside = partial(border_mention, doc) if knowledge.profile.place_pps else None  # "the Yland border"
    context_country = event_countries.context_country(actors, aside) if knowledge.profile.context_country else None
    events, ids = [], set()
    for c in candidates:
        event = _event_mention(doc_id, doc, c, dates, places, quotes, published, context_country,
                               knowledge.profile)
        if event.id in ids:  # a mirror pair of one verb and code ("agreed to cooperate": A->B and B->A)
            dyad = ",".join(r.code for r in event.source) + ">" + ",".join(r.code for r in event.target)
            event.id = hashlib.sha1(f"{event.id}:{dyad}".encode()).hexdigest()[:16]
        ids.add(event.id)
        if event.confidence >= settings.min_confidence:
            events.append(event)
    document = Document(id=doc_id, text=article.text, title=article.title,
                    published=published.isoformat() if published else None, url=article.url,
                    source=article.source, events=events, actors=actors.actors, places=places,
                    quotes=quotes, dates=dates, dropped=dropped)
    if settings.classifier == "off":
        return document
    from .classify.recall import RecallContext  # the learned event classifier; torch is imported only there
    context = RecallContext(doc, doc_id, actors, knowledge.lexicon, dates, places, published,
                            recall=knowledge.profile.classifier_recall,
                            background_acts=knowledge.profile.background_acts,
                            learned=knowledge.profile.learned_classes,
                            arbiter=knowledge.profile.learned_arbiter, encoder=settings.encoder,
                            statements=knowledge.profile.learned_statements,
                            disasters=frozenset(disasters) if knowledge.profile.disaster_rulings else frozenset())
    if to_classify is not None:
        to_classify.append((document, context))
        return document
    from .classify.pieces import classified
    return classified([(document, context)], settings)[0]


def _outside_names(places: list[Place], doc: Doc, actors: DocActors) -> list[Place]:
    """'the African Union' names a body, not the town of Union: no place inside an organisation's name,
    except the place it is named after, where the name starts with it ('the Ohio National Guard')."""
    spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in actors.mentions
             if m.actors and m.actors[0].kind == "organisation" and m.end - m.start > 1]
    return [p for p in places if not any(a < p.start and p.end <= b for a, b in spans)]


def _speaker_at(token: Token, actors: DocActors) -> ActorRef | None:
    refs = actors.refs_at(token)
    return refs[0] if refs else None


def _event_mention(doc_id: str, doc: Doc, c: EventCandidate, dates, places, quotes: list[Quote],
                   published: dt.date | None, context_country: str | None = None,
                   profile: Profile | None = None) -> EventMention:
    profile = profile or Profile()
    date = date_for_event(doc, c.trigger, dates, published)
    modality = _modality(doc, c, date, published)
    if modality == "asserted" and profile.headline_futures and not c.asserted and headline_future(doc, c.trigger):
        modality = "future"  # "Xland to send troops": a headline's "to" is its "will" (modality/headlines.py)
    if modality == "hypothetical" and profile.attempted_assaults:
        modality = _attempted_assault(doc, c, date, published, profile) or modality
    if modality == "hypothetical" and profile.conditional_intents and c.code[:2] in FUTURE_ACT_ROOTS \
            and condition_only(doc, c.trigger):
        modality = "asserted"  # "said it was willing to resume talks if ...": the offer is made now
    mood = modality
    if modality == "hypothetical" and profile.conditional_threats and conditional_future(doc, c.trigger):
        mood = "future"  # "will cut aid unless ...": announced for later on a condition, a threat (or offer) now
    if mood == "hypothetical" and profile.own_side_warnings and (mood_code(c.code, "future") or "").startswith("13") \
            and own_warnings.own_side_speaker(c.source, _speaker_of(doc[c.trigger].idx, quotes)) \
            and hedged_announcement(doc, c.trigger):
        mood = "future"  # "Xland could cut gas supplies, its minister said": a warning by Xland itself, a threat now
    mooded = mood_code(c.code, mood) if profile.additions else None
    if mooded is None and mood == "negated" and profile.refused_acts:  # "refused to send troops": a rejection
        mooded = refused_acts.refused_code(doc, c.trigger, c.code)
    if mooded is not None:  # "refused to meet" is a rejection, "will impose sanctions" a threat: made now
        c.code, modality = mooded, "asserted"
        c.steps = c.steps + (f"addition mood {mooded}",)
    elif mood == "future" != modality and promised_cooperation(c.code, doc[c.trigger].lemma_, profile):
        modality = "future"  # "would meet him if ...": a meeting announced, as without the "if" (PLOVER AGREE)
    tokens = doc_tokens(doc)
    assisted = profile.assisted_purposes and assisted_sending(c.steps)  # sent to help: aid (assisted_purposes.py)
    if profile.sent_forces:  # the dictionary's aid sent to no one but the sender's own forces
        sent = mobilised_forces.sent_forces_code(mobilised_forces.AID if assisted else c.code,
                                                 tokens.text[c.trigger].upper(), c.source, c.target)
        if sent is not None and assisted:  # "sent state troopers to help ...": aid still, the troopers no recipient
            c.target = []
        elif sent is not None:
            c.code, c.target, c.steps = sent, [], c.steps + (mobilised_forces.SENT_STEP,)
        elif (aimed := mobilised_forces.sent_aircraft(c.code, tokens.text[c.trigger].upper(), doc[c.trigger],
                                                      c.source, c.target)) is not None:  # "sent warplanes into Y's zone"
            c.code, c.target, c.steps = "154", aimed, c.steps + (mobilised_forces.AIRCRAFT_STEP,)
    if profile.place_recipients and not assisted \
            and place_recipients.sent_to_region(c.code, tokens.text[c.trigger].upper(), c.target):
        c.code, c.target, c.steps = place_recipients.MOBILISATION, [], c.steps + (place_recipients.REGION_STEP,)
    code = event_code(c.code)
    trigger_text, trigger_start = tokens.text[c.trigger], tokens.idx[c.trigger]
    event = EventMention(
        id=hashlib.sha1(f"{doc_id}:{trigger_start}:{c.code}".encode()).hexdigest()[:16],
        sentence=c.sentence, start=c.start, end=c.end, evidence=c.evidence,
        source=c.source, target=c.target, cameo=cameo_for(c.code),
        plover=plover_in_profile(c.code, doc[c.trigger].lemma_, profile, mood if mooded is None else modality,
                                 object_lemmas(doc[c.trigger])),
        quad_class=code.quad_class, goldstein=code.goldstein, date=date,
        deadline=deadline_for_event(doc, c.trigger, dates),
        location=_location(doc, c, places, profile.compound_locatives),
        modality=modality,
        size=size_of(doc, c.trigger), confidence=c.confidence,
        trigger=trigger_text, trigger_start=trigger_start, speaker=_speaker_of(trigger_start, quotes),
        steps=c.steps)
    if profile.context_country:  # petrarch2 adds nothing from outside the sentence
        place = event.location
        if profile.place_pps and border_place(doc, place):  # "near the Yland border": no country of its own
            event.location = None
        event_countries.localise_sector_actors(event, context_country)
        if profile.expelled_persons:  # "Mali expelled the ambassador": not Mali's (expelled_persons.py)
            expelled_persons.not_of_the_expelling_state(event)
        if profile.foreign_parties:  # "asked foreign investors to return": not Peru's (foreign_parties.py)
            foreign_parties.foreign_parties_unplaced(event, doc)
        event_countries.target_from_location(event, profile.home_concessions,  # "ratified the treaty": not at home
                                             profile.home_concessions and home_acts.told_away(event, doc[c.trigger]))
        event.location = place
    if profile.mobilised_forces:  # PLOVER MOBILIZE: the forces moved are the actor's own, not its recipient
        mobilised_forces.own_forces_not_recipient(event)
    if profile.withdrawn_forces:  # likewise the forces withdrawn or demobilised
        mobilised_forces.withdrawn_forces_not_recipient(event)
    if profile.place_recipients:  # forces sent to a region: no recipient
        place_recipients.no_place_recipients(event)
    if profile.home_deployments and profile.context_country:  # troops sent to a province: the home state (home_acts.py)
        home_acts.deployed_at_home(event, doc[c.trigger])
    event.acled = acled_for(event)
    return event


def _modality(doc: Doc, c: EventCandidate, date: dict, published: dt.date | None) -> str:
    modality = modality_of(doc, c.trigger, date.get("value") if date.get("text") else None, published)
    if c.asserted and modality in ("hypothetical", "future", "negated"):
        return "asserted"  # the code already says it: "did not surrender" is a refusal (124), made now
    return modality


# CAMEO's own code for an assassination attempted (185 "Attempt to assassinate") where the act is 186 "Assassinate"
ATTEMPTED_CODES = {"186": "185"}


def _attempted_assault(doc: Doc, c: EventCandidate, date: dict, published: dt.date | None,
                       profile: Profile) -> str | None:
    """`attempted_assaults`: the modality of an assault an attempt governs ("gunmen tried to assassinate the
    governor"), the attempt's own, where the attempt is told as done: the PLOVER manual's ASSAULT is "deliberate
    actions which can potentially result in substantial physical harm", its mode targeted "(successful and
    attempted) assassinations"; an assassination attempted is CAMEO 185. None where it is no such attempt or
    the act is of another PLOVER type ("tried to arrest": no arrest made)."""
    trigger = doc[c.trigger]
    attempt = attempt_verb(doc, c.trigger)
    if attempt is None or plover_in_profile(c.code, trigger.lemma_, profile, objects=object_lemmas(trigger))["type"] \
            != "ASSAULT":  # "tried to arrest the cleric": an arrest (COERCE) attempted is no arrest
        return None
    modality = modality_of(doc, attempt, date.get("value") if date.get("text") else None, published)
    if modality not in ("asserted", "historical"):
        return None  # "will try to kill", "did not try to": the attempt itself is not told as done
    if c.code in ATTEMPTED_CODES:
        c.code = ATTEMPTED_CODES[c.code]
        c.steps = c.steps + (f"addition: an attempt, {c.code}",)
    return modality


def _location(doc: Doc, c: EventCandidate, places, compound: bool = False) -> Place | None:
    """Where the event happened; never the place-name that is itself its target ("calling on Russia")."""
    place = location_for_event(doc, c.trigger, places, compound)
    if place is None:
        return None
    if place.feature == "country" and place.country in {r.country for r in c.source + c.target}:
        return None
    return place


def _speaker_of(offset: int, quotes: list[Quote]) -> ActorRef | None:
    for quote in quotes:
        if quote.start <= offset < quote.end and quote.speaker is not None:
            return quote.speaker
    return None
