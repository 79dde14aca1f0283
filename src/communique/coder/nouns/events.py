"""Events told by nouns (profile `communique`, switch `event_nouns`): where PETRARCH-2's dictionary gives a
clause no code, an event noun in it ("clashes", "an air strike", "talks") is coded by the CAMEO code the
noun names (data/event_nouns.tsv), its actors read from its own arguments and from the governing clause.

PETRARCH-2 codes nouns only as pattern slots of a verb ("ERUPT: - &FIGHT *", "LAUNCH: - * CAMPAIGN"); those
stay its own, and `nominal_events` (recall.py) codes an uncoded light verb over a noun the dictionary
names by a verb. This layer fires after both, on the events of a clause no verb or pattern coded:

| the noun's place | example | its doer (source) and undergoer (target) |
|---|---|---|
| object of a support verb (data/event_noun_verbs.tsv) | "Xland carried out an air strike on Yland" | the clause subject; the noun's and the verb's PPs |
| object of the support verb's preposition | "Xlandian students took part in protests" | the same |
| object of a support verb of speech (kind `speech`: "renewed", "voiced"), for a speech-act noun only; also where the verb is coded as a bare statement (010) | "Xland renewed its demand that Yland withdraw" | the clause subject; the noun's and the verb's PPs |
| object of the FOR phrase of a copula of presence at a place (IN, AT; session 28) | "Xland's president was in Zcity for talks with Yland's" | the same |
| object of a converse support verb, or of its preposition | "Yland's base came under Xlandian rocket fire" | the clause subject is the target |
| subject of a verb of occurrence | "Clashes erupted between Xland and Yland" | the noun's and the verb's PPs |
| subject of another verb; object of a clause's IN / DURING / AMID / AT (not of a clause that modifies a noun: "met the families of students killed during the protests", session 34) | "Five died in clashes with Xlandian police" | the noun's own arguments only |
| the sentence root (a headline) | "Deadly clashes in Xland's capital" | the noun's own arguments only |

An event noun elsewhere is not told as an event that happened: the object of another verb ("planned
attacks", "prevented clashes", "fled the fighting"), the object of another preposition ("because of
attacks", "despite air strikes", "was behind the attacks"), a predicate ("this was an attack on democracy").

Who does the act to whom, from the noun's own arguments and the governing clause, is read by
`event_roles.py`.

A clause counts as coded when any event of the composer has its verb and a CAMEO code; an embedded clause
under a coded clause other than a statement (01x) is left to that clause's composition ("Xland accused
Yland of launching an offensive"), while a statement's content is the news ("police said clashes broke
out"). The clause's negation ("did not hold talks"), or the noun's own ("there were no clashes"), is
folded into the code as for a verb (spec §4.5), which drops codes with no negative. Each event's steps say "noun event: ...": the adapter gives it a
confidence below a pattern match, and the trigger is the governing verb (its mood and date are the
event's), or the noun itself in a headline.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ...data_files import upper_words
from ..cameo_roots import FORCE_ROOTS, SPEECH_ACT_ROOTS
from ..codes import to_cameo
from ..compose import Event
from .coded_supports import STATEMENT_ROOT, restated
from .event_roles import noun_event
from .noun_tables import (VERB_ENDINGS, NounTables, entry_of, head_entries, hyphenated_entries, lemma_of, noun_tables,
                          word_forms)
from ..phrases import Clause, SentenceView

CAUSATIVES_FILE = "coder_causative_verbs.tsv"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
# prepositions that set a clause in an event, which is then told as having happened ("died in clashes",
# "were injured during protests", "amid fighting", "arrested at a rally")
SETTING_PREPS = frozenset({"IN", "DURING", "AMID", "AMIDST", "AT"})
PRESENCE_PREPS = frozenset({"IN", "AT"})  # a copula's place of presence ("was in Berlin for talks")
# a clause that modifies a noun (a participle or a relative clause: "the families of students killed during the
# protests"): the setting of such a clause describes the noun, background, as PETRARCH-2 ignores relative clauses
# (spec §3.1); session 34
NOUN_MODIFIER_DEPS = frozenset({"acl", "relcl"})


@dataclass(frozen=True)
class Place:
    """Where an event noun stands: `kind` subject / object / pp / root, its clause (None for root), and
    the verb's role: `support` (the subject is the doer), `undergo` (the subject undergoes it), `occur`
    (the noun is the event) or ""."""
    kind: str
    clause: Clause | None
    verb_role: str = ""
    pp: int | None = None  # the preposition token of a pp place


def noun_events(view: SentenceView, composer, events: list, lemmas: list[str] | None = None,
                episodes: frozenset[str] = frozenset(), causes: dict[int, int] | None = None,
                heads: list[int] | None = None) -> list[Event]:
    """The events of the event nouns in clauses no pattern coded, for the composer's sentence. An event noun
    that is the OF object of a noun of `episodes` ("a new round of talks", "a second day of protests", "a wave
    of arrests") stands where that noun stands (switch `episode_nouns`); one of `causes` (clause verb -> noun
    head, `causing_subjects`: "the killing of civilians sparked protests") is coded whatever the clause's code.
    `heads`: `event_noun_heads(view, lemmas)`, where the caller has them already."""
    tables = noun_tables()
    if lemmas is None:
        lemmas = []
    coded = _coded_roots(events)
    out: list[Event] = []
    for i in heads if heads is not None else _possible_heads(view, tables, lemmas):
        if i in composer.reader.consumed:
            continue
        entry = entry_of(view, i, head_entries(view, i, tables.nouns, lemmas))
        if entry is None:
            continue
        place = _place(view, i, tables, lemmas, episodes)
        if place is not None and place.verb_role == "speech":  # "renewed its demand": a speech act's noun only
            place = replace(place, verb_role="support") if entry.code[:2] in SPEECH_ACT_ROOTS else None
        if place is None or not (_uncoded(view, place, coded) or restated(place, entry, coded)
                                 or (causes and place.clause is not None and causes.get(place.clause.verb) == i)):
            continue
        out.extend(noun_event(view, composer, i, entry, place))
    return out


def event_noun_heads(view: SentenceView, lemmas: list[str] | None) -> list[int]:
    """`_possible_heads`, found once a sentence (sentence.py) for both `causing_subjects` and `noun_events`."""
    return _possible_heads(view, noun_tables(), lemmas or [])


def _possible_heads(view: SentenceView, tables: NounTables, lemmas: list[str]) -> list[int]:
    """The sentence's nouns (Penn NN*) whose lemma or written form can find a table entry (`noun_entries`),
    in one pass: every other token is passed over without a look."""
    start, end, words, nouns, forms = view.start, view.end, view.words, tables.nouns, tables.forms
    nn = [i for i, tag in enumerate(view.tags[start:end], start) if tag.startswith("NN")]
    if len(lemmas) < end:  # no lemmas given: `_lemma` falls back to the written form
        return [i for i in nn if head_entries(view, i, nouns, lemmas)]
    glued = view.glued
    return [i for i in nn if words[i] in forms or lemmas[i].upper() in nouns
            or (glued and glued[i] and hyphenated_entries(view, i, nouns))]


def _coded_roots(events: list) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for e in events:
        if isinstance(e, Event):
            cameo = to_cameo(e.code)
            if cameo:
                found.setdefault(e.verb, set()).add(cameo[:2])
    return found


def _uncoded(view: SentenceView, place: Place, coded: dict[int, set[str]]) -> bool:
    """No event of the noun's clause has a code, nor one of its governing clauses but a statement."""
    if place.clause is None:
        return not coded
    cl = place.clause
    if cl.verb in coded:
        return False
    seen = {cl.verb}
    while cl.governor is not None and cl.governor not in seen:
        seen.add(cl.governor)
        if any(root != STATEMENT_ROOT for root in coded.get(cl.governor, ())):
            return False
        cl = view.clauses.get(cl.governor)
        if cl is None:
            break
    return True


def causing_subjects(view: SentenceView, consumed: set[int], events: list,
                     lemmas: list[str] | None = None, heads: list[int] | None = None) -> dict[int, int]:
    """`subject_event_nouns`: clause verb -> the head of its subject, an event noun that causes what the clause
    tells ("the killing of five civilians by soldiers sparked protests"): that subject is the event, no actor of
    the clause. A noun a verb pattern `consumed` is that pattern's ("- TALKS * [164] # FAIL": "the talks failed")."""
    tables = noun_tables()
    lemmas = lemmas or []
    out: dict[int, int] = {}
    causatives = causative_verbs()
    for i in heads if heads is not None else _possible_heads(view, tables, lemmas):
        if view.deps[i] not in SUBJECT_DEPS or i in consumed or lemma_of(view, view.heads[i], lemmas) not in causatives:
            continue  # the cheap tests first: most subjects are of no verb of causing
        entry = entry_of(view, i, head_entries(view, i, tables.nouns, lemmas))
        place = _place(view, i, tables, lemmas) if entry is not None else None
        if place is not None and _causing_subject(view, place, lemmas) \
                and not _told_by_the_clause(place.clause.verb, entry.code, events):
            out[place.clause.verb] = i
    return out


def _subject_pattern(pattern: str | None) -> bool:
    """Whether a pattern line names words before its verb ("- TALKS * [164] # FAIL"): it reads the subject as
    the act's matter ("the talks failed"), not as an actor nor as an event of its own."""
    return bool(pattern) and bool(pattern.split("*", 1)[0].strip(" -"))


def _told_by_the_clause(verb: int, code: str, events: list) -> bool:
    """Whether the clause of `verb` already tells the subject noun's event: a subject pattern read the noun as its
    matter ("- TALKS * [164] # FAIL"), or the clause's act is of the noun's kind, force told by its instrument ("a
    roadside bombing killed a soldier": the killing is the bombing's)."""
    for e in events:
        if isinstance(e, Event) and e.verb == verb and e.code:
            cameo = to_cameo(e.code) or ""
            if _subject_pattern(e.pattern) or cameo[:2] == code[:2] or \
                    (cameo[:2] in FORCE_ROOTS and code[:2] in FORCE_ROOTS):
                return True
    return False


@lru_cache(maxsize=1)
def causative_verbs() -> frozenset[str]:
    """The verbs of causing of data/coder_causative_verbs.tsv (lemmas, upper case)."""
    return upper_words(CAUSATIVES_FILE, "the causative verbs")


def _causing_subject(view: SentenceView, place: Place, lemmas: list[str]) -> bool:
    """`subject_event_nouns`: an event noun heading the subject of an active verb of causing
    (data/coder_causative_verbs.tsv: "the killing of five civilians by soldiers sparked protests", "the arrest of
    the opposition leader triggered riots"): the event it names is told as having happened, whatever the clause's
    own code. Not an aspectual verb's ("the talks failed", "if the attacks stop"), nor a passive's subject, which
    undergoes the clause's act ("until their demands are met"): an event named earlier, not told here."""
    return place.kind == "subject" and place.clause is not None and not place.verb_role and not place.clause.passive \
        and lemma_of(view, place.clause.verb, lemmas) in causative_verbs()




def _place(view: SentenceView, i: int, tables: NounTables, lemmas: list[str],
           episodes: frozenset[str] = frozenset()) -> Place | None:
    dep, head = view.deps[i], view.heads[i]
    clauses = view.clauses
    if episodes and dep == "pobj" and view.words[head] == "OF" and view.deps[head] == "prep":
        holder = view.heads[head]  # "held a second day of talks": the talks stand where "day" stands
        if holder != head and view.tags[holder].startswith("NN") and \
                (view.words[holder] in episodes or lemma_of(view, holder, lemmas) in episodes):
            return _place(view, holder, tables, lemmas, episodes)
    if head == i or dep == "ROOT":
        return Place("root", None)
    if dep in SUBJECT_DEPS and head in clauses:
        cl = clauses[head]
        role = _verb_role(view, cl, "occur", tables, lemmas)
        if not role and cl.passive:  # "an air strike was carried out on Yland"
            role = "occur" if _verb_role(view, cl, "support", tables, lemmas) else ""
        return Place("subject", cl, role)
    if dep in OBJECT_DEPS and head in clauses:
        cl = clauses[head]
        if dep == "attr" and not any(view.deps[k] == "expl" for k in view.children[head]):
            return None  # "this was an attack on democracy": a predicate, not an event told
        if dep == "attr":  # "there were clashes between Xland and Yland"
            return Place("subject", cl, "occur")
        role = _verb_role(view, cl, "support", tables, lemmas) or _verb_role(view, cl, "undergo", tables, lemmas) \
            or _verb_role(view, cl, "speech", tables, lemmas)
        return Place("object", cl, role) if role else None  # "planned attacks", "prevented clashes": not told
    if dep == "pobj" and view.deps[head] == "prep":
        holder = view.heads[head]
        if holder in clauses:
            cl = clauses[holder]
            role = idiom_role(view, cl, lemmas) if cl.objects else \
                _verb_role(view, cl, "support", tables, lemmas) or _verb_role(view, cl, "undergo", tables, lemmas) \
                or _presence(view, holder, head, lemmas)
            if role or (view.words[head] in SETTING_PREPS and view.deps[holder] not in NOUN_MODIFIER_DEPS):
                return Place("pp", cl, role, head)  # the verb's own argument ("came under attack"), or its setting
            return None  # "because of attacks", "despite air strikes", "behind the attacks": not told
        up = view.heads[holder]
        if view.deps[holder] == "dobj" and up in clauses:  # "took part in protests"
            cl = clauses[up]
            if view.words[holder] in _verb_objects(view, cl, "support", tables, lemmas):
                return Place("pp", cl, "support", head)
    return None


def idiom_role(view: SentenceView, cl: Clause, lemmas: list[str]) -> str:
    """`support` where the clause's object is its support idiom's own ("took PART in protests", IN parsed on TOOK)."""
    objects = _verb_objects(view, cl, "support", noun_tables(), lemmas)
    return "support" if any(view.words[np.head] in objects for np in cl.objects) else ""


def _presence(view: SentenceView, verb: int, prep: int, lemmas: list[str]) -> str:
    """`support` for the FOR phrase of a copula of presence at a place ("was in Berlin for talks with Merkel":
    the talks are the subject's, as a visit's are; PRESENCE_PREPS), else ""."""
    if view.words[prep] != "FOR" or lemma_of(view, verb, lemmas) != "BE":
        return ""
    return "support" if any(view.deps[k] == "prep" and view.words[k] in PRESENCE_PREPS for k in view.children[verb]) \
        else ""


def _verb_objects(view: SentenceView, cl: Clause, kind: str, tables: NounTables, lemmas: list[str]) -> frozenset:
    """The objects the clause verb needs to be of this kind ("" for none); empty if it is not of it."""
    forms = word_forms(view.words[cl.verb], lemma_of(view, cl.verb, lemmas), VERB_ENDINGS)
    return next((tables.verbs[(f, kind)] for f in forms if (f, kind) in tables.verbs), frozenset())


def _verb_role(view: SentenceView, cl: Clause, kind: str, tables: NounTables, lemmas: list[str]) -> str:
    objects = _verb_objects(view, cl, kind, tables, lemmas)
    if not objects:
        return ""
    if "" in objects or any(view.words[np.head] in objects for np in cl.objects):
        return kind
    return ""
