"""An authority's order of a coercive or cooperative act is that act, done by the orderer (profile `communique`,
switch `ordered_acts`; session 24, branch orders24).

"A court ordered the opposition leader detained", "the president ordered the journalists deported", "the
politician was ordered jailed by an Ankara court", "the junta ordered troops to detain the protest leaders": news
copy reports the arrest, the expulsion, the release the authority orders as its own act (CAMEO 173, 174, 172,
0841), not as ORDER's 100 "Demand". CAMEO.2.0.txt reads the noun already ("ordered the arrest of"); this module
reads the verb forms, at the order clause's outermost level (so that an auxiliary does not nest the act):
* a past participle small clause (the parser's `ccomp` with the patient as its subject, an `acl` on the object,
  or under a passive order an `xcomp`, the agent in a BY phrase on either verb), coded as the participle's verb
  with the patient as its object, the orderer as source and the patient as target;
  (a participle no pattern codes is read as a state imposed where it is one: "ordered X placed under house arrest",
  data/coder_state_phrases.tsv, switch `state_phrases`; session 25, branch left25);
* a to-infinitive whose addressee (the object) is the orderer's own agent: of its state with no role or a role of
  data/coder_ordered_acts.tsv (MIL, COP, SPY, JUD, GOV), or that role with no state ("troops"); the
  infinitive's events with the orderer as source, the order's verb named in their steps (so the adapter's
  request filter keeps them as composed through it).
The act's clause is then not coded again as a clause of its own (`Composer.ordered_verbs`, sentence.py): the
parser's subject of "the leader detained pending trial" is no agent.
Only acts of the table's roots count (material cooperation, yielding, reducing relations, coercion); an order
to another state or to the opposition ("ordered Iraq to withdraw", "ordered the opposition parties to disband")
stays a demand; a negated order is left to the negation. The `petrarch2` profile keeps ORDER's code.

Session 36 (branch psweep36): an order whose object is the noun of an act of reducing relations ("ordered a halt to
all military aid to Ukraine", "ordered the suspension of budget support to Rwanda", "ordered a freeze on military
aid", "ordered an end to military cooperation with Mali") is that act too, read as a light verb's noun is
(data/coder_light_verb_nouns.tsv: HALT, SUSPENSION, FREEZE, END), where ORDER's own patterns name no act (they
already read "- * BOYCOTT [163]", "- * REMOVAL (OF AMBASSADOR) [161]" so). Only the table's noun roots count (16):
a reduction of one's own exchange is done by the orderer's side, where a withdrawal or a release ordered by a noun
may be another state's (a demand).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_cameo
from ..phrases import Clause
from ..code_tokens import pp_object_tokens, phrase_tokens, tagged
from ..resolve import Event
from .silent_verbs import lemma_row_forms
from .commanded_acts import closed_addressee, commanded_sense
from .state_phrases import phrase_code

ORDERED_ACTS_FILE = "coder_ordered_acts.tsv"
KINDS = ("verb", "root", "agent", "noun_root")
PARTICIPLES = frozenset({"VBN", "VBD"})  # the parser tags "ordered the leader DETAINED" VBD as often as VBN


@lru_cache(maxsize=1)
def _ordered_act_rows() -> dict[str, frozenset[str]]:
    """kind -> words of data/coder_ordered_acts.tsv."""
    return kinded_words(data_path(ORDERED_ACTS_FILE), "the coder's ordered acts", KINDS,
                        numbers=("root", "noun_root"), rows={"verb": lemma_row_forms})


@lru_cache(maxsize=1)
def ordered_act_table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(verb forms of ordering, CAMEO roots of an ordered act, role codes of the orderer's own agents)."""
    found = _ordered_act_rows()
    return found["verb"], found["root"], found["agent"]


def ordered_noun_roots() -> frozenset[str]:
    """The CAMEO roots of an act an order names by its noun and that is the orderer's own (kind noun_root)."""
    return _ordered_act_rows()["noun_root"]


def ordered_noun_act(composer, cl: Clause):
    """(the clause read as the act its object's noun names, its match, the step) where the clause's verb is one of
    ordering, no pattern of its own matched, and that act is of a noun root ("ordered a halt to military aid": HALT's
    162); None elsewhere (module docstring)."""
    if cl.form not in ordered_act_table()[0]:
        return None
    roots = ordered_noun_roots()
    found = composer._nominal(cl, light=True, accept=lambda code: _root(code) in roots)
    if found is None:
        return None
    as_verb, m, step = found
    return as_verb, m, f"{step}, the orderer's act (ordered_acts)"


def ordered_acts(composer, cl: Clause, upper_source) -> list | None:
    """The events of the act an order clause orders (module docstring), or None where it orders none."""
    verbs, roots, agents = ordered_act_table()
    if cl.form not in verbs:
        return None
    view, reader = composer.view, composer.reader
    if cl.passive:  # "the politician was ordered jailed by an Ankara court": BY hangs on either verb
        small = [c for c in cl.complements if c.dep == "xcomp" and view.tags[c.verb] == "VBN" and not c.subjects]
        by = [pp for pp in cl.pps + (small[0].pps if small else []) if pp.text == "BY"]
        if not small or not by or not cl.upper:
            return None
        orderers = [c for pp in by for c in tagged(reader.pp_meaning(pp), pp_object_tokens(pp))]
        up, up_heads = _upper(composer, cl, upper_source)
        orderer_heads = tuple(h for pp in by for h in pp_object_tokens(pp))
        return _act(composer, small[0], orderers, orderer_heads, up, up_heads, roots, object_np=cl.upper[0])
    # "ordered the leader detained" (ccomp, the patient its subject) or "ordered the minister held" (acl on the object)
    for c in cl.complements:
        if c.dep == "ccomp" and view.tags[c.verb] in PARTICIPLES and c.subjects and not c.auxiliaries \
                and not c.negated:
            up, up_heads = _upper(composer, cl, upper_source)
            patient = reader.meaning(c.subjects[0]) or []
            return _act(composer, c, up, up_heads, tagged(patient, phrase_tokens(c.subjects[:1])),
                        phrase_tokens(c.subjects[:1]), roots, object_np=c.subjects[0])
        if c.dep == "ccomp" and view.tags[c.verb] in PARTICIPLES and not c.subjects and len(cl.objects) == 1 \
                and not c.auxiliaries and not c.negated and composer.commanded_acts:  # "ordered the resort closed"
            up, up_heads = _upper(composer, cl, upper_source)  # the patient parsed as the order's object
            patient = reader.meaning(cl.objects[0]) or []
            return _act(composer, c, up, up_heads, tagged(patient, phrase_tokens(cl.objects)),
                        phrase_tokens(cl.objects), roots, object_np=cl.objects[0])
    for obj in cl.objects:
        acl = [k for k in view.children[obj.head] if view.deps[k] == "acl" and view.tags[k] == "VBN"]
        if acl and acl[0] in view.clauses:
            up, up_heads = _upper(composer, cl, upper_source)
            patient = reader.meaning(obj) or []
            return _act(composer, view.clauses[acl[0]], up, up_heads, tagged(patient, phrase_tokens([obj])),
                        phrase_tokens([obj]), roots, object_np=obj)
    # "ordered troops to detain the protest leaders": the addressee is the orderer's own agent
    infinitives = [c for c in cl.complements if c.dep == "xcomp" and view.tags[c.verb] == "VB"
                   and any(view.words[a] == "TO" for a in view.children[c.verb])]
    if not infinitives or not cl.objects:
        return None
    up, up_heads = _upper(composer, cl, upper_source)
    addressees = [a for obj in cl.objects for a in (reader.meaning(obj) or [])]
    if composer.commanded_acts and up \
            and (closed := closed_addressee(composer, infinitives[0], up, up_heads, cl.objects, addressees)):
        return closed  # "directed all private schools to close": the closure, by the one ordering it
    if not up or not addressees or not all(_own_agent(a, up, agents) for a in addressees):
        return None
    events = [e for e in composer.clause_events(infinitives[0], upper=up)
              if isinstance(e, Event) and isinstance(e.target, str) and e.sources and _root(e.code) in roots]
    # the order's verb named among the steps: the act is composed through it, not a request's content (adapter.py)
    step = f"verb: {cl.form} by its own agent {view.words[infinitives[0].verb]}, the orderer's act"
    if events:
        composer.ordered_verbs.add(infinitives[0].verb)  # not coded again as a clause of its own (sentence.py)
    return [replace(e, steps=e.steps + (step,)) for e in events] or None


def _own_agent(addressee: str, orderers: list[str], agents: frozenset[str]) -> bool:
    """The addressee is of the orderer's state with no role or an agent role ("THAMIL" of "THAGOV"), or an agent
    named by its role only ("troops": ~MIL)."""
    if addressee.startswith("~"):
        return addressee.lstrip("~")[:3] in agents
    return any(len(o) >= 3 and addressee[:3] == o[:3] for o in orderers) \
        and (len(addressee) == 3 or addressee[3:6] in agents)


def _upper(composer, cl: Clause, upper_source) -> tuple[list, tuple]:
    """The clause's subject codes: the level's upper, or (below an auxiliary, whose level holds it) the subject's."""
    up, up_heads = upper_source()
    if up or not cl.upper:
        return up, up_heads
    return composer.upper_codes(cl.upper), phrase_tokens(cl.upper)


def _root(code: int) -> str:
    return (to_cameo(code) or "")[:2]


def _act(composer, act: Clause, orderers: list, orderer_heads, patients: list, patient_heads, roots,
         object_np=None) -> list | None:
    """The participle's verb coded with the patient as its object: one event per patient, orderers as source."""
    if not orderers or act.negated:
        return None
    active = replace(act, objects=[object_np] if object_np is not None else act.objects, subjects=[],
                     subject_candidates=[], upper=[], passive=False, complements=[], auxiliaries=[])
    m = composer.matched_clause(active)
    code, phrased = m.code, ()
    if m.pattern is None and composer.state_phrases and (state := phrase_code(composer.view, active)) is not None:
        (code, step), phrased = state, (state[1],)  # "ordered X placed under house arrest": the state imposed
    if (not code or _root(code) not in roots) and composer.commanded_acts and (sense := commanded_sense(act.form)):
        (code, step), phrased = sense, (sense[1],)  # "ordered the resort closed": CLOSE's commanded 172
    if not code or _root(code) not in roots:
        return None
    composer.ordered_verbs.add(act.verb)  # not coded again as a clause of its own (sentence.py)
    pattern = m.pattern.text if m.pattern is not None else None
    steps = (f"verb: {act.form} {m.code:X}",) + phrased + (f"addition: ordered {act.form}, the orderer's act",)
    steps += (f"pattern: {pattern}",) if pattern else ()
    return [Event(tuple(orderers), p, code, act.verb, pattern, steps, tuple(orderer_heads), tuple(patient_heads))
            for p in (patients or [""])]  # "the prisoners were ordered released": no actor named
