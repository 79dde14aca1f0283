"""An act told as yielding to another's pressure or demands is the yielding, CAMEO 083 (profile `communique`, switch
`conceded_acts`; session 46, branch yield46; data/coder_concession_marks.tsv).

"Bowing to weeks of protests, the government scrapped the decree", "Under pressure from Washington, Honduras
dismissed its police chief", "raised their allowances, meeting a key demand of the striking doctors", "amended the
law, a change the Commission had demanded": the clause's verb tells an act of the authority's own (a policy changed,
an official removed, its own forces moved), and a word on that verb tells it as a concession. The CAMEO codebook
names such an act by the yielding, 083 "Accede to requests or demands for political reform": 0831 for a change in
leadership, 0832 for a change in policy (the PLOVER manual's CONCEDE). PETRARCH-2 codes the verb alone, so a
dismissal reads as an expulsion (174), a deployment as a mobilisation (154), a raised wage as nothing at all.

So where a candidate's verb has, as its own dependant, a participle of yielding with a TO phrase (kind `yield`), a
participle of meeting or heeding over a demand noun (`heed`, `demand`), a PP UNDER pressure, AT the insistence (not
AT the request: an act done at another's request is done for them) or IN response TO demands (`demand`), or an
appositive naming the act a thing another demanded (`framing`, `asking`), the
act is 0831 where its verb is one of changing who holds an office (`leader`: whatever code the dictionary gave that
verb, "dismissed" being 110 over claims and 174 over people) and 0832 otherwise; the party yielded
to, where the marker names an actor, is its target. A verb of meeting or heeding over a demand noun is itself the
acceding, 0832, whatever its own code ("met the farmers' demands" is no consultation, MEET's 040), but with a WITH
phrase ("met the demands with tear gas" is force). Left as they were: statements, appeals, intents and verbal
conflict (roots 01-05, 09-14: a refusal "would not bow to pressure" is a statement of its own), acts of coercion and
force against others (roots 17-20; 15-16 aimed at a third party: "under pressure from the
United States, Turkey imposed sanctions on two Iranian banks"), acts already coded as a specific yielding (08 but its
bare 080, 083), and a reaction that is no yielding ("sent riot police in response to the protests": a protest is no
demand noun).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable, Sequence, TypeVar

from spacy.tokens import Doc, Token

from ...data_files import data_path, lower_word_rows
from ...records import ActorRef
from ..actors.party_sides import side_of
from .let_go_releases import subtree_refs

MARKS_FILE = "coder_concession_marks.tsv"
KINDS = ("yield", "heed", "demand", "framing", "asking", "leader")
VERBAL_ROOTS = ("01", "02", "03", "10", "11", "12", "13")  # a statement, appeal, intent or verbal conflict
OWN_ACT_ROOTS = ("06", "07", "15", "16")  # material cooperation, a mobilisation, a reduction: the source's own act
BARE_YIELDS = ("080", "083", "0832")  # the root's own code and policy yielding; the specific 08 codes are kept
PARTICLED = frozenset({"give", "cave"})  # yielding only with IN: "giving in to", "caving in to"
LEADERSHIP, POLICY = "0831", "0832"  # Accede to demands for change in leadership; ... in policy
STEP = "addition: an act told as yielding to pressure or demands is the yielding, 083x (conceded_acts)"
C = TypeVar("C")  # adapter.EventCandidate: trigger, code, source, target, steps


@lru_cache(maxsize=1)
def concession_words() -> dict[str, frozenset[str]]:
    """kind -> its lemmas (module docstring)."""
    rows = lower_word_rows(data_path(MARKS_FILE), "the words of an act told as yielding", KINDS.__contains__,
                           "'lemma<TAB>kind' (kind " + ", ".join(KINDS) + ")")
    return {kind: frozenset(w for w, k in rows if k == kind) for kind in KINDS}


def with_conceded_acts(doc: Doc, candidates: Sequence[C], refs_at: Callable[[Token], list[ActorRef]]) -> list[C]:
    """The candidates with each act told as yielding to pressure or demands read as that yielding, 0831 or 0832."""
    out = []
    for c in candidates:
        if not 0 <= c.trigger < len(doc):
            out.append(c)
            continue
        verb = doc[c.trigger]
        leader = verb.lemma_.lower() in concession_words()["leader"]
        if heeded_demand(verb) and c.code[:2] not in VERBAL_ROOTS:
            parties = [p for p in _parties([o for o in verb.children if o.dep_ == "dobj"], refs_at)
                       if not _same_side(p, c.source)]
            out.append(replace(c, code=POLICY, target=parties or c.target, steps=c.steps + (STEP,)))
            continue
        marks = concession_marks(verb)
        if marks is None or not _yieldable(c.code, leader, c.source, c.target, _parties(marks, refs_at)):
            out.append(c)
            continue
        parties = [p for p in _parties(marks, refs_at) if not _same_side(p, c.source)]
        out.append(replace(c, code=LEADERSHIP if leader or c.code == LEADERSHIP else POLICY,
                           target=parties or c.target, steps=c.steps + (STEP,)))
    return out


def concession_marks(verb: Token) -> list[Token] | None:
    """The words naming what the act yields to (possibly none) where `verb` is told as yielding; None where not."""
    words = concession_words()
    for child in verb.children:
        lemma = _lemma(child, words["yield"] | words["heed"])
        if child.dep_ in ("advcl", "xcomp", "conj", "acl") and child.tag_ in ("VBG", "VBN"):
            if lemma in words["yield"] and (to := _objects(child, "to")) and (lemma not in PARTICLED or any(
                    p.dep_ == "prt" and p.lower_ == "in" for p in child.children)):
                return to
            if heeded_demand(child):
                return [o for o in child.children if o.dep_ == "dobj"]
        if child.dep_ == "prep":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if child.lower_ == "under" and any(o.lemma_.lower() == "pressure" for o in objects):
                return objects
            if child.lower_ == "at" and any(o.lemma_.lower() in words["demand"] for o in objects):
                return objects
            if child.lower_ == "in" and any(o.lemma_.lower() == "response" and any(
                    d.lemma_.lower() in words["demand"] for d in _objects(o, "to")) for o in objects):
                return [d for o in objects for d in _objects(o, "to")]
    for noun in _appositives(verb):
        if noun.lemma_.lower() in words["framing"] and any(
                r.dep_ == "relcl" and r.lemma_.lower() in words["asking"] for r in noun.children):
            return [r for r in noun.children if r.dep_ == "relcl"]
    return None


def _lemma(token: Token, verbs: frozenset[str]) -> str:
    """The token's lemma; a participle the tagger left unlemmatised (capitalised first in the sentence: "Bowing to
    ...", "Meeting a demand ...") is read by its -ing stem where that stem is one of `verbs`."""
    lemma = token.lemma_.lower()
    if token.tag_ != "VBG" or lemma != token.lower_ or not lemma.endswith("ing"):
        return lemma
    stem = lemma[:-3]
    return next((v for v in (stem, stem + "e", stem[:-1]) if v in verbs), lemma)


def heeded_demand(verb: Token) -> bool:
    """Whether `verb` is one of meeting or heeding whose object is a demand ("meeting a key demand of the doctors",
    "satisfied one of the unions' demands", "heeded calls for his removal"): acceding to it, whatever the verb's
    own sense ("met" is MEET's consultation, 040)."""
    words = concession_words()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _lemma(verb, words["heed"]) not in words["heed"] or any(
            p.dep_ == "prep" and p.lower_ == "with" for head in [verb, *objects] for p in head.children):
        return False  # "met the demands with tear gas" is force, wherever the parser hangs WITH
    for obj in objects:
        if obj.lemma_.lower() in words["demand"] or any(o.lemma_.lower() in words["demand"] for o in _objects(obj, "of")):
            return True
    return False


def _objects(head: Token, preposition: str) -> list[Token]:
    """The objects of `head`'s PPs headed by `preposition`."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == preposition
            for o in p.children if o.dep_ == "pobj"]


def _appositives(verb: Token) -> Iterable[Token]:
    """Nouns set beside the clause that name its act: the verb's own npadvmod or appos, or an appositive of one of
    its objects (the parser hangs "..., a change X had demanded" on the nearest noun)."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "appos", "dobj", "prep", "pobj"):
            if child.dep_ in ("npadvmod", "appos"):
                yield child
            for token in child.subtree:
                if token.dep_ == "appos" and token.i > child.i:
                    yield token


def _parties(marks: list[Token], refs_at: Callable[[Token], list[ActorRef]]) -> list[ActorRef]:
    """The actors the marks' phrases name (the one yielded to: "pressure from Washington", "the demands of
    protesters", "a change the Commission had demanded")."""
    return subtree_refs(marks, refs_at)


def _same_side(ref: ActorRef, sources: list[ActorRef]) -> bool:
    return any(ref.code == s.code for s in sources)


def _yieldable(code: str, leader: bool, sources: list[ActorRef], target: list[ActorRef],
               parties: list[ActorRef]) -> bool:
    """Whether the act coded `code` is one of the source's own that a concession can be (module docstring)."""
    if code in BARE_YIELDS or code == LEADERSHIP:
        return True
    if leader:
        return True  # an official dismissed or removed, whatever sense the dictionary read ("dismissed" 110, 174)
    if code[:2] not in OWN_ACT_ROOTS:
        return False
    own = {side_of(s.code) for s in sources if s.code} | {side_of(p.code) for p in parties if p.code}
    return all(side_of(t.code) in own | {None} for t in target if t.code)  # aimed at no third party named
