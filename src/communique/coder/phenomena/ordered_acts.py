"""An authority's order of a coercive or cooperative act is that act, done by the orderer (profile `communique`,
switch `ordered_acts`; session 24, branch orders24).

"A court ordered the opposition leader detained", "the president ordered the journalists deported", "the
defence minister ordered the border crossings closed": news copy
reports the arrest, the expulsion, the release the authority orders as its own act (CAMEO 173, 174, 172, 0841),
not as ORDER's 100 "Demand". CAMEO.2.0.txt reads the noun already ("ordered the arrest of"); this module reads
the verb forms: a past participle small clause (the parser's `ccomp` with the patient as its subject, or an
`acl` on the object) coded as the participle's verb with the orderer as source and the patient as target.
Only acts of the table's roots count (material cooperation, yielding, reducing relations, coercion); an order
to another state to act ("ordered Iraq to withdraw") stays a demand. Not read yet (session 24): the passive order ("was ordered detained by a court":
the agent is often uncoded) and the infinitive to the orderer's own agent ("ordered troops to detain"), whose
flattened events the request filter of contents.py drops. The `petrarch2` profile keeps ORDER's code.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_cameo
from ..phrases import Clause
from ..resolve import Event, _tokens, tagged
from .silent_verbs import lemma_row_forms

ORDERED_ACTS_FILE = "coder_ordered_acts.tsv"
KINDS = ("verb", "root")
PARTICIPLES = frozenset({"VBN", "VBD"})  # the parser tags "ordered the leader DETAINED" VBD as often as VBN


@lru_cache(maxsize=1)
def ordered_act_table() -> tuple[frozenset[str], frozenset[str]]:
    """(verb forms of ordering, CAMEO roots of an ordered act)."""
    found = kinded_words(data_path(ORDERED_ACTS_FILE), "the coder's ordered acts", KINDS, numbers=("root",),
                         rows={"verb": lemma_row_forms})
    return found["verb"], found["root"]


def ordered_acts(composer, cl: Clause, upper_source) -> list | None:
    """The events of the act an order clause orders (module docstring), or None where it orders none."""
    verbs, roots = ordered_act_table()
    if cl.form not in verbs or cl.passive:
        return None
    view, reader = composer.view, composer.reader
    # "ordered the leader detained" (ccomp, the patient its subject) or "ordered the minister held" (acl on the object)
    for c in cl.complements:
        if c.dep == "ccomp" and view.tags[c.verb] in PARTICIPLES and c.subjects and not c.auxiliaries \
                and not c.negated:
            up, up_heads = upper_source()
            patient = reader.meaning(c.subjects[0]) or []
            return _act(composer, c, up, up_heads, tagged(patient, _tokens(c.subjects[:1])),
                        _tokens(c.subjects[:1]), roots, object_np=c.subjects[0])
    for obj in cl.objects:
        acl = [k for k in view.children[obj.head] if view.deps[k] == "acl" and view.tags[k] == "VBN"]
        if acl and acl[0] in view.clauses:
            up, up_heads = upper_source()
            patient = reader.meaning(obj) or []
            return _act(composer, view.clauses[acl[0]], up, up_heads, tagged(patient, _tokens([obj])),
                        _tokens([obj]), roots, object_np=obj)
    return None


def _root(code: int) -> str:
    return (to_cameo(code) or "")[:2]


def _act(composer, act: Clause, orderers: list, orderer_heads, patients: list, patient_heads, roots,
         object_np=None) -> list | None:
    """The participle's verb coded with the patient as its object: one event per patient, orderers as source."""
    if not orderers or not patients or act.negated:
        return None
    active = replace(act, objects=[object_np] if object_np is not None else act.objects, subjects=[],
                     subject_candidates=[], upper=[], passive=False, complements=[], auxiliaries=[])
    m = composer._matched(active)
    if not m.code or _root(m.code) not in roots:
        return None
    pattern = m.pattern.text if m.pattern is not None else None
    steps = (f"verb: {act.form} {m.code:X}", f"addition: ordered {act.form}, the orderer's act")
    steps += (f"pattern: {pattern}",) if pattern else ()
    return [Event(tuple(orderers), p, m.code, act.verb, pattern, steps, tuple(orderer_heads), tuple(patient_heads))
            for p in patients]
