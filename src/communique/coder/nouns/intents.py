"""An intent expressed by a noun or an adjective (profile `communique`, switch `additions`).

`intent_records`: an intent expressed by a noun or an adjective with an infinitive ("stressed its willingness
to mediate between X and Y", "said it was ready to host talks") is the CAMEO manual's intent to do that act
(039, 036, ...), replacing what the governing verb alone gave ("stressed": a statement). PETRARCH reads no
such infinitive: it is no verb's complement. An adjective with a copula ("Xland is ready to host talks") has
no clause in the phrase view at all: with the switch `adjective_intents` the infinitive is built as a clause
here, so the table codes it too. The cue words and the intent code of each act are `additions.intent_table`
(`data/coder_additions_intent.tsv`).
"""
from __future__ import annotations

from typing import Sequence

from ...nlp import doc_tokens, doc_tree
from ..actors.arithmetic import printed_code
from ..additions import intent_table, longest_prefix_code, mood_table
from ..cameo_roots import MATERIAL_CONFLICT_ROOTS
from ..codes import cameo_of, to_cameo
from ..phenomena.considered_options import considered_table
from ..phenomena.written_codes import as_written

INTENT_ROOT = "03"  # CAMEO 03 "express intent to cooperate"
STATEMENT_ROOT = "01"  # CAMEO 01 "make public statement": the block code of TALK, SPEAK (CONFER's [010])
INTENT_STEP = "addition intent "  # the start of the step of an intent read from a noun or adjective
UNNAMED_INTENT = "030"  # CAMEO 030 "Express intent to cooperate, not specified below"


def intent_records(sentence, records: Sequence, knowledge, date=None, adjective_clauses: bool = False,
                   pattern_lowers: bool = False, unnamed_acts: bool = False, person_names: bool = False,
                   written_codes: bool = False, considered_options: bool = False,
                   possessors_read: bool = False, common_words: bool = False) -> list:
    """The records of one sentence with each intent a noun or adjective expresses coded as the CAMEO
    manual's intent to do the act of its infinitive; a record of the verb that governs the cue word is
    replaced by it (see the module docstring). With `adjective_clauses` (switch `adjective_intents`), an
    infinitive under an adjective with a copula ("Xland is ready to host talks"), which the phrase view
    builds no clause for, is read as a clause of its own. With `pattern_lowers` (switch `intent_lowers`) the
    act's targets are its clause's lower set after its pattern (`_lower_set`), else its objects' actors. With
    `unnamed_acts` (switch `ready_to_cooperate`), an act the dictionary gives no code or only a statement's
    ("ready to work with Yland", "willing to talk to Yland") that names a counterpart is the intent to
    cooperate it tells, CAMEO 030 (`UNNAMED_INTENT`). With `person_names` (the switch), a country word that is a
    word of a person's name names no country (actors/person_names.py). With `written_codes` (the switch), the act's
    code is read as its pattern writes it ("ready to cancel the rally": CANCEL's RALLY 082, not 0842; 0352). With
    `considered_options` (the switch), readiness to consider ("was prepared to consider using force", "stands ready
    to consider new sanctions") tells what is considered, the codebook's 014 "Consider policy option" (or the
    considering clause's own pattern code, "ready to consider the proposal": 014), not an intent to consult
    (036, the intent of CONSIDER's block code 040): the speaker has decided nothing but to weigh it. With
    `possessors_read` (switch `possessive_antecedents`), the intent's subject "his country" in a reported clause is
    read as its antecedent's, as the engine reads it ("said his country was ready to accept Kuwaiti mediation":
    038; session 34, branch wsweep34), where it had no source and the intent was lost."""
    cues, codes = intent_table()
    doc = sentence.doc
    tokens, heads = doc_tokens(doc), doc_tree(doc).heads  # index lists: no Token objects per word
    dep, text = tokens.dep, tokens.text
    spots = [doc[i] for i in range(sentence.start, sentence.end) if dep[i] in ("acl", "xcomp")
             and text[heads[i]].upper() in cues and dep[heads[i]] in ("dobj", "attr", "acomp", "nsubj")]
    if not spots:
        return list(records)
    from ..match import match_verb
    from ..actors.person_names import sentence_reader
    from ..phrases import phrase_view
    from ..sentence import CodedEvent

    view = phrase_view(sentence)
    reader = sentence_reader(sentence, view, knowledge.actors, date, person_names, possessors_read,
                             common_words)
    out = list(records)
    for act in spots:
        content, governor = view.clauses.get(act.i), view.clauses.get(act.head.head.i)
        if content is None and adjective_clauses and act.head.dep_ == "acomp" and governor is not None:
            from ..phrase_builder import Builder

            content = Builder(view).clause(act.i, "xcomp", governor=governor.verb)
        if content is None or governor is None:
            continue
        matched = match_verb(content, view, knowledge.verbs)
        done = cameo_of(as_written(matched.code, matched.pattern and matched.pattern.text)) if written_codes \
            else to_cameo(matched.code)
        intent = longest_prefix_code(codes, done) if done else None
        if considered_options and content.form in considered_table()[0]:  # "prepared to consider using force"
            intent = done if matched.pattern is not None and done else to_cameo(considered_table()[2])
        elif done and done[:2] == INTENT_ROOT:  # the act is itself an intent ("ready to host talks between": 039)
            intent = done
        elif intent is None and done and done[:2] in MATERIAL_CONFLICT_ROOTS:  # "prepared to impose martial law": a
            intent = longest_prefix_code(mood_table().get("future", {}), done)  # threat, as composed_code reads "plans to"
        unnamed = intent is None and unnamed_acts and (not done or done[:2] == STATEMENT_ROOT)
        if intent is None and not unnamed:
            continue
        sources = [(printed_code(c), tuple(np.words)) for np in governor.subjects for c in reader.meaning(np)]
        if pattern_lowers:  # switch `intent_lowers`: the act's lower set as its own clause reads it
            reader.consumed.update(matched.consumed)
            targets = _lower_set(content, reader)
        else:
            targets = [(printed_code(c), tuple(np.words)) for np in _named(content) for c in reader.meaning(np)]
        if unnamed:  # "ready to work with Yland": the intent to cooperate with a counterpart it names (030)
            if not targets:
                continue
            intent = UNNAMED_INTENT
        if not sources:
            continue
        step = f"{INTENT_STEP}{doc[act.head.i].text.upper()} {content.form} {done}"
        out = [r for r in out if r.verb != governor.verb]  # the statement is the intent it expresses
        out.extend(CodedEvent(s, t, intent, governor.verb, s_tokens, t_tokens, None, (step,))
                   for s, s_tokens in sources for t, t_tokens in (targets or [("", ())]) if s != t)
    return out


def _lower_set(content, reader) -> list[tuple[str, tuple[int, ...]]]:
    """The act's targets as PETRARCH reads a clause's lower set (spec §4.5) after its pattern matched (§4.3:
    the words a pattern consumed leave the noun phrases): the actors of its objects, else of its PPs ("is
    willing to send aid to Yland": YLD; "ready to withdraw its troops from Yland", `- * &MILITARY`: YLD)."""
    for phrases in (list(content.objects), [pp.obj for pp in content.pps if pp.obj is not None]):
        found = [(printed_code(c), tuple(np.words)) for np in phrases for c in reader.meaning(np)]
        if found:
            return found
    return []


def _named(content) -> list:
    """The noun phrases an act names as its objects, else in its prepositional phrases (a lower set)."""
    if content.objects:
        return list(content.objects)
    return [np for pp in content.pps if pp.obj is not None for np in [pp.obj, *pp.obj.nested]]
