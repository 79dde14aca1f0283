"""A court's ruling told by a detached participle after its act (profile `communique`, switch `judicial_findings`;
session 37, branch c24read37).

"The Supreme Court restored the county government, ruling that the governor had acted unconstitutionally", "the
High Court reinstated the mayor on Monday, ruling that his dismissal was illegal": the participle (spaCy `advcl`, a
VBG of RULE with a content clause and no subject or subordinator of its own) is the court's ruling, and where its
content finds a party at fault (`judicial_findings.finding`: unlawful, unconstitutional, void, a breach of a law) it
is the CAMEO codebook's 116 "Find guilty or liable (legally)", as "the court ruled that ..." is. PETRARCH-2 reads
the participle inside the governing verb's phrase, and a verb phrase with a coded object ignores its complement
clauses (spec §4.5): where the governing verb's object names an actor ("restored the county government") the
ruling is not read at all, and where that verb has no code (RESTORE's RE_ESTABLISH block, SUSPEND) nothing of the
sentence is. So, where no record of the sentence is the participle's, a record is added: the court (the governing
clause's subject, or the subject its conjunct shares, an actor of role JUD) the source, the party the content's
subject names the target, 116 the code. A participle whose content finds no fault adds nothing (the governing act,
where coded, says what the court did); a participle of another subject than a court ("the minister acted, ruling
out ...": RULE OUT has its own pattern and no content clause) is not read.
"""
from __future__ import annotations

from typing import Sequence

from ..actors.arithmetic import first_actor
from ..sentence import CodedEvent

JUDICIAL_ROLE = "JUD"
OWN_WORDS = ("nsubj", "nsubjpass", "mark")
STEP = "addition: a participle of ruling after a court's act, its finding"


def participle_rulings(view, records: Sequence, words, reader_for, finding, act_actor) -> list:
    """The records to add for the sentence's participles of ruling (module docstring): `words` the judicial
    table, `reader_for()` the sentence's actor reader (made only where a participle is found), `finding` and
    `act_actor` the readers of judicial_findings and stance_complements."""
    deps, children, heads = view.deps, view.children, view.heads
    added: list = []
    reader = None
    for verb in range(view.start, view.end):  # the view's lists are the Doc's: its own sentence's tokens alone
        if view.words[verb] not in words["ruling"] or deps[verb] != "advcl" or view.tags[verb] != "VBG" \
                or any(deps[c] in OWN_WORDS for c in children[verb]) or any(r.verb == verb for r in records):
            continue
        content = next((c for c in children[verb] if deps[c] == "ccomp"), None)
        found = finding(view, content, words) if content is not None else None
        court = _court_subject(view, heads[verb])
        if found is None or court is None:
            continue
        reader = reader or reader_for()
        source, source_tokens = first_actor(reader, [view.noun_phrase(court)], "")
        if JUDICIAL_ROLE not in source[3:] or any(r.code == found[0] and r.source == source for r in records):
            continue
        code, subject, word = found
        target, target_tokens = act_actor(view, subject, reader, source) if subject is not None else ("", ())
        added.append(CodedEvent(source, target, code, verb, source_tokens, target_tokens,
                                steps=(f"{STEP}: {view.words[verb]} that ... {word} ({code})",)))
    return added


def _court_subject(view, governor: int) -> int | None:
    """The subject of the governing clause, or the one its verb shares as a conjunct ("suspended X and restored
    Y, ruling that ..."); None where it has none."""
    for verb in (governor, view.heads[governor] if view.deps[governor] == "conj" else None):
        if verb is None:
            continue
        subject = next((c for c in view.children[verb] if view.deps[c] == "nsubj"), None)
        if subject is not None:
            return subject
    return None
