"""A verb of saying that reports a plain assertion is a statement, whatever act its block codes (profile
`communique`, switch `plain_assertions`; session 32, the lead).

CAMEO.2.0.txt files some verbs of saying in blocks of other speech acts, for their other uses: ARGUE and CLAIM under
VERBAL_CONFLICT (110, "argued with the envoy"), INSIST under demand (100, "insisted on a recount"), SUGGEST under
appeal (020, "suggested talks"), REVEAL and DIVULGE in the block DISCLOSE, whose own code is 050 ("revealed the
names"). Used to report what the speaker asserts ("the minister argued that the new line would create jobs", "the
chairman insisted that turnout had been higher", "the minister suggested that the harvest would be smaller"), the
verb's block default is kept over a complement with no code (recall.py's `_uncoded_content`, `_kept_act`), so a
plain assertion became a disapproval, a demand or an appeal (with no target, or the actors its content names, as
SAY's statement has them). The CAMEO codebook codes such a report 010 "Make statement, not specified below": nothing
is disapproved of, demanded or asked for. So a record of a verb the quote cues list as one that only reports speech
(quotes.reporting_verbs), or of the dictionary's verbs of disclosure ("revealed that sales had risen"), coded with
its block's own code over an uncoded content clause (not a verb of comment whose own root-01 code
coder/comment_acts.py gives, "admitted that ..." 015), with no object and no preposition naming a counterpart or a
thing asked for ("argued with", "insisted on a recount", "claimed responsibility for"), whose content clause asserts
(no MUST/SHOULD/OUGHT of data/coder_additions_deontic.tsv, no "need to"/"have to", no bare subjunctive "insisted
that Yland withdraw": those are the demand or appeal the block names) is the speaker's 010. The stance of such a
report is then read as SAY's is (`stance_complements`: "argued that the sanctions were illegal" 111).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ...quotes import reporting_verbs
from ..additions import deontic_codes
from ..comment_acts import comment_verbs
from ..codes import to_cameo
from ..recall import KEPT_ACT_STEP_END, UNCODED_CONTENT_STEP

STATEMENT = "010"
STEP = "addition: a verb of saying reporting a plain assertion, its subject's statement (plain_assertions)"
CONTENT_LINK = "ccomp"
ASKING_LINKS = frozenset({"dobj", "dative", "xcomp"})  # "suggested talks", "insisted to be heard"
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "argued on Monday that ...": a time, not a thing insisted on
DISCLOSING_BLOCKS = frozenset({"DISCLOSE"})  # CAMEO.2.0.txt's verbs of disclosure (REVEAL, DIVULGE ...), its block 050
NECESSITY_VERBS = frozenset({"NEED", "NEEDS", "NEEDED", "HAVE", "HAS", "HAD"})  # "... had to leave", "needed to"


def plain_assertions(sentence, records: Sequence, verbs) -> list:
    """The records of one sentence, each verb of saying's record that reports a plain assertion recoded as its
    subject's statement (module docstring); `verbs` is the VerbDictionary. Other records unchanged."""
    from ..phrases import phrase_view

    if not any(_kept_over_content(r) for r in records):
        return list(records)
    view = phrase_view(sentence)
    doc = sentence.doc
    saying = reporting_verbs() - comment_verbs().keys()  # "admitted that ...": comment_acts' own 015
    return [replace(r, code=STATEMENT, steps=tuple(r.steps) + (STEP,))
            if _kept_over_content(r) and _block_code(view, r, verbs, saying, doc) and _asserts(view, doc, r.verb)
            else r for r in records]


def _kept_over_content(record) -> bool:
    """A record of a speaker's act, not a statement, whose own code recall.py kept over a content with no code."""
    return bool(record.source) and record.code[:2] != STATEMENT[:2] and any(
        step == UNCODED_CONTENT_STEP or step.endswith(KEPT_ACT_STEP_END) for step in record.steps)


def _block_code(view, record, verbs, saying: frozenset[str], doc) -> bool:
    """Whether the record's verb is a verb of saying (a pure quote cue, or of the dictionary's block of disclosure)
    and the record's code its own code in the dictionary (its block's, no pattern's)."""
    entry = verbs.lookup(view.words[record.verb], ())
    if entry is None or not entry.active or to_cameo(entry.active) != record.code:
        return False
    return doc[record.verb].lemma_.lower() in saying or entry.meaning in DISCLOSING_BLOCKS


def _asserts(view, doc, verb: int) -> bool:
    """Whether the verb reports an assertion: a content clause, no object or asked-for infinitive, no preposition
    but one of time, and a content that neither obliges (a deontic modal, "need to") nor is a bare subjunctive."""
    kids = view.children[verb]
    contents = [k for k in kids if view.deps[k] == CONTENT_LINK]
    if not contents or any(view.deps[k] in ASKING_LINKS for k in kids):
        return False
    for k in kids:
        if view.deps[k] == "prep" and not all(doc[o].ent_type_ in TIME_ENTITIES
                                              for o in view.children[k] if view.deps[o] == "pobj"):
            return False
    return all(_declarative(view, c) for c in contents)


def _declarative(view, clause: int) -> bool:
    kids = view.children[clause]
    auxiliaries = [k for k in kids if view.deps[k] in ("aux", "auxpass")]
    if any(view.words[k] in deontic_codes() for k in auxiliaries):
        return False  # "insisted that Yland must withdraw": deontic_requests' demand
    if view.words[clause] in NECESSITY_VERBS and any(view.deps[k] == "xcomp" for k in kids):
        return False  # "insisted that the government had to resign"
    subjunctive = view.tags[clause] == "VB" and not auxiliaries \
        and any(view.deps[k] in ("nsubj", "nsubjpass") for k in kids)
    return not subjunctive  # "suggested that the two sides meet": the appeal SUGGEST names
