"""A court's ruling told by RULE with a content clause (profile `communique`, switch `judicial_findings`;
data/coder_judicial_findings.tsv; session 32).

"The Supreme Court ruled that the candidate was ineligible to stand", "ruled that the minister had violated the
constitution", "ruled that the decree was unconstitutional", "ruled that the government can go ahead with the
plan": RULE with a content clause is a ruling, not RULE's sense in CAMEO.2.0.txt's block OVERSEE_MANAGE [060] (to
govern), whose bare code PETRARCH-2 gives it: material cooperation (060) for a judgment. The dictionary's own
patterns for RULE's judicial sense take their code from what is ruled (RULE (IN FAVOUR) 051, RULE * GUILTY (OF
TORTURE) 1122, RULE (AGAINST BANNING) 0833), and FIND * GUILTY, FIND (IN BREACH) (OF LAW) are findings against a
party. So where RULE's record has a content clause (spaCy `ccomp`, no particle: "ruled out" is RULE OUT's own) and
no pattern of RULE's own coded it:
- a content that finds a party at fault -- an adjective predicate or an adverb of the data file's findings
  ("was ineligible", "was guilty of", "was unconstitutional", "acted unlawfully"), or a verb of breaching over a norm
  ("had violated the constitution", "broke campaign rules") -- not negated, is the CAMEO codebook's 116 "Find guilty
  or liable (legally)", its target the party the content's subject names (its actor, or an actor its noun phrase
  names: "the government's decree"), else the record's own; the breach's own record goes where it reads force
  ("had broken the law" read by BREAK's 190 is the fault found, no fighting; BREACH's 128 "Defy norms, law" stays);
- any other content, where the record holds the block's code, is a pronouncement: the codebook's 010 "Make
  statement", as SAY's content is told (the content's own act, coded apart, stays); a code the content's act
  composed is left.
Session 35 (branch psweep35): a court that orders a party to pay ("a court in The Hague ordered Russia to pay $50
billion to the shareholders", "ordered the ministry to compensate the families") finds it liable: the PLOVER manual's
SANCTION for court-ordered payments, the court the actor and the party ordered the recipient; the codebook's 116.
The record of a judicial source (an actor code of role JUD) whose verb is the ORDER form or the verb of paying it
governs (spaCy `xcomp`) takes 116, its target the party ordered (ORDER's object), in place of ORDER's demand (100)
or PAY's compensation (0842) the dictionary gave it. An order by anyone else ("the president ordered the ministry to
pay the bonuses") stays a demand.
`petrarch2` keeps RULE's 060 and ORDER's demand.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from .stance_complements import BE_FORMS, act_actor

TABLE = "coder_judicial_findings.tsv"
KINDS = ("ruling", "finding", "breach", "norm", "order", "payment")
JUDICIAL_ROLE = "JUD"  # the role code of courts and judges: "NLDJUD", "---JUD"
STATEMENT = "010"
FINDING_STEP = "addition: judicial ruling "
SUBJECTS = ("nsubj", "nsubjpass")
PREDICATES = ("acomp", "attr", "oprd")
FORCE_ROOTS = ("18", "19", "20")  # a breach read as force (BREAK's 190): the fault found, no act of its own


@lru_cache(maxsize=1)
def judicial_words() -> dict[str, dict[str, str]]:
    """kind -> {WORD: code} of data/coder_judicial_findings.tsv."""
    path = data_path(TABLE)
    found: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for number, fields in tsv_rows(path, "the coder's judicial finding words", header={"kind"}):
        if len(fields) != 3 or fields[0] not in found or not fields[1].isupper() \
                or not (fields[2] == "-" if fields[0] == "norm" else fields[2].isdigit()):
            raise DataFileError(f"{path} line {number}: expected 'kind<TAB>WORD<TAB>CAMEO code' (kind one of "
                                f"{', '.join(KINDS)}; '-' as the code of a norm).")
        found[fields[0]][fields[1]] = fields[2]
    return found


def judicial_records(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                     common_words: bool = False) -> list:
    """The records of one sentence, RULE's record over a content clause recoded as a ruling (module docstring);
    other records unchanged; and a court's participle of ruling that finds fault, added (ruling_participles.py)."""
    from ..actors.person_names import sentence_reader
    from ..phrases import phrase_view
    from .ruling_participles import participle_rulings

    view = phrase_view(sentence)
    out = _ruled_records(sentence, view, records, knowledge, date, person_names, common_words)
    return out + participle_rulings(view, out, judicial_words(), lambda: sentence_reader(
        sentence, view, knowledge.actors, date, person_names, common_words=common_words), finding, act_actor)


def _ruled_records(sentence, view, records: Sequence, knowledge, date, person_names: bool, common_words: bool) -> list:
    """`judicial_records` but the participles of ruling."""
    words = judicial_words()
    rulings = [r for r in records if r.source and _ruling_clause(view, r, words) is not None]
    ordered = [r for r in records if _payment_order(view, r, words) is not None]
    if not rulings and not ordered:
        return list(records)
    from ..actors.person_names import sentence_reader

    reader = sentence_reader(sentence, view, knowledge.actors, date, person_names,
                             common_words=common_words)
    if ordered:
        records = [_ordered_payment(view, r, words, reader) for r in records]
    out, breaches = [], set()
    for record in records:
        clause = _ruling_clause(view, record, words) if record.source else None
        found = finding(view, clause, words) if clause is not None else None
        if found is None:
            if clause is not None and record.code == words["ruling"][view.words[record.verb]]:
                record = replace(record, code=STATEMENT, steps=tuple(record.steps)
                                 + (f"{FINDING_STEP}{view.words[record.verb]} that ... (a pronouncement, 010)",))
            out.append(record)
            continue
        code, subject, word = found
        if word in words["breach"]:
            breaches.add(clause)
        target, tokens = act_actor(view, subject, reader, record.source) if subject is not None else ("", ())
        if target:
            record = replace(record, target=target, target_tokens=tokens)
        out.append(replace(record, code=code, steps=tuple(record.steps)
                           + (f"{FINDING_STEP}{view.words[record.verb]} that ... {word} ({code})",)))
    return [r for r in out if not (r.verb in breaches and r.code[:2] in FORCE_ROOTS)]  # "had broken the law"


def _ruling_clause(view, record, words) -> int | None:
    """The content clause of RULE's record (its `ccomp`, no particle) where no pattern of RULE's own coded it
    (its code the block's, or one its content's act gave it: "ruled that Yland had broken the law", 164)."""
    verb = record.verb
    if view.words[verb] not in words["ruling"] or any(step.startswith("pattern:") and step.rstrip().endswith("# RULE")
                                                     for step in record.steps):
        return None
    children, deps = view.children[verb], view.deps
    if any(deps[c] == "prt" for c in children):
        return None
    return next((c for c in children if deps[c] == "ccomp"), None)


def finding(view, clause: int, words) -> tuple[str, int | None, str] | None:
    """(code, the content's subject, the word) where the content clause `clause` finds a party at fault: a finding
    adjective as its predicate or an adverb of its verb, or a verb of breaching with a norm as its object; none
    where the clause is negated."""
    deps, children = view.deps, view.children
    if any(deps[c] == "neg" for c in children[clause]):
        return None
    subject = next((c for c in children[clause] if deps[c] in SUBJECTS), None)
    form = view.words[clause]
    findings, breaches = words["finding"], words["breach"]
    heads = [c for c in children[clause] if deps[c] in PREDICATES] if form in BE_FORMS else []
    for head in heads + [c for c in children[clause] if deps[c] == "advmod"]:
        if view.words[head] in findings and not any(deps[c] == "neg" for c in children[head]):
            return findings[view.words[head]], subject, view.words[head]
    if form in breaches and any(deps[c] == "dobj" and view.words[c] in words["norm"] for c in children[clause]):
        return breaches[form], subject, form
    return None


def _payment_order(view, record, words) -> int | None:
    """The ORDER verb of a judicial record whose verb is that ORDER form or the verb of paying it governs (its
    `xcomp`): "a court ordered Russia to pay"; None elsewhere."""
    if JUDICIAL_ROLE not in record.source[3:]:
        return None
    verb = record.verb
    if view.words[verb] in words["payment"] and view.deps[verb] == "xcomp":
        verb = view.heads[verb]
    if view.words[verb] not in words["order"]:
        return None
    paid = any(view.deps[c] == "xcomp" and view.words[c] in words["payment"] for c in view.children[verb])
    return verb if paid else None


def _ordered_payment(view, record, words, reader):
    """The record recoded as a finding of liability (116) against the party ordered to pay (module docstring)."""
    order = _payment_order(view, record, words)
    if order is None:
        return record
    party = next((c for c in view.children[order] if view.deps[c] in ("dobj", "dative")), None)
    target, tokens = act_actor(view, party, reader, record.source) if party is not None else ("", ())
    if target:
        record = replace(record, target=target, target_tokens=tokens)
    code = words["order"][view.words[order]]
    return replace(record, code=code, steps=tuple(record.steps)
                   + (f"{FINDING_STEP}{view.words[order]} to pay, a court-ordered payment ({code})",))
