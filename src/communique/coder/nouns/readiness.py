"""Readiness for an act a noun names (profile `communique`, switch `adjective_intents`; session 30, the lead).

"Xland said it was ready for talks with Yland", "Xland is open to negotiations", "the rebels said they were open to
a ceasefire": an adjective of readiness over a prepositional phrase whose object is an event noun
(data/event_nouns.tsv) tells the intent to do the act the noun names, the CAMEO manual's 03x by
data/coder_additions_intent.tsv's code pairs (talks 046 -> 036, a ceasefire 0871 -> 0356, mediation 045 -> 039), as
"ready to hold talks with Yland" does with an infinitive (intents.py). PETRARCH-2 reads no adjective's PP, so such a
sentence was its speaker's bare statement. The adjective and its preposition are data/coder_readiness_pps.tsv; the
intent's source is the adjective's copular clause's subject, its target the actors of the noun's WITH or BETWEEN
phrase. A noun that names no act ("open to criticism", "open to traffic") is no row of the noun table: left alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ...nlp import doc_tokens
from ..actors.arithmetic import printed_code
from ..additions import intent_table, longest_prefix_code
from .events import noun_tables

TABLE = "coder_readiness_pps.tsv"
PREDICATE_DEPS = frozenset({"acomp", "oprd"})  # "it was ready for", "remained open to", "declared itself open to"
PARTNER_PREPOSITIONS = frozenset({"WITH", "BETWEEN"})
STEP = "addition: readiness for an act a noun names, the intent to do it (adjective_intents)"


@lru_cache(maxsize=1)
def readiness_pps() -> dict[str, frozenset[str]]:
    """ADJECTIVE -> the prepositions whose object names the act (data/coder_readiness_pps.tsv)."""
    path = data_path(TABLE)
    found: dict[str, set[str]] = {}
    for n, parts in tsv_rows(path, "the coder's adjectives of readiness"):
        if len(parts) != 2 or not all(p.isupper() and p.isalpha() for p in parts):
            raise DataFileError(f"{path} line {n}: expected 'ADJECTIVE<TAB>PREPOSITION' in upper case.")
        found.setdefault(parts[0], set()).add(parts[1])
    return {adjective: frozenset(preps) for adjective, preps in found.items()}


def readiness_records(sentence, records: Sequence, knowledge, date=None, person_names: bool = False,
                   common_words: bool = False) -> list:
    """The records of one sentence, with the intent each adjective of readiness over an event noun tells added
    (module docstring)."""
    pairs = readiness_pps()
    texts = doc_tokens(sentence.doc).text  # the Doc's words read once: iterating the Span builds a Token for each
    if not any(texts[i].upper() in pairs for i in range(sentence.start, sentence.end)):
        return list(records)
    from ..actors.person_names import sentence_reader
    from ..phrases import phrase_view
    from ..sentence import CodedEvent

    view = phrase_view(sentence)
    nouns, (_, codes), lemmas = noun_tables().nouns, intent_table(), doc_tokens(sentence.doc).lemma
    reader = None
    out = list(records)
    for a in range(view.start, view.end):
        if view.words[a] not in pairs or view.deps[a] not in PREDICATE_DEPS:
            continue
        governor = view.clauses.get(view.heads[a])
        for act in (o for p in view.children[a] if view.deps[p] == "prep" and view.words[p] in pairs[view.words[a]]
                    for o in view.children[p] if view.deps[o] == "pobj"):
            done = next((e.code for word in (view.words[act], lemmas[act].upper()) for e in nouns.get(word, ())
                         if len(e.words) == 1), None)  # "negotiations": its lemma's row
            intent = longest_prefix_code(codes, done) if done else None
            if intent is None or governor is None:
                continue
            reader = reader or sentence_reader(sentence, view, knowledge.actors, date, person_names,
                             common_words=common_words)
            sources = [(printed_code(c), tuple(np.words)) for np in governor.subjects for c in reader.meaning(np)]
            targets = [(printed_code(c), tuple(np.words)) for np in _partners(view, act) for c in reader.meaning(np)]
            step = (f"{STEP}: {view.words[a]} {view.words[act]} {done}",)
            out.extend(CodedEvent(s, t, intent, governor.verb, s_tokens, t_tokens, None, step)
                       for s, s_tokens in sources for t, t_tokens in (targets or [("", ())]) if s != t)
    return out


def _partners(view, act: int) -> list:
    """The noun phrases of the event noun's WITH or BETWEEN phrase and their conjuncts ("talks with Yland and
    Zland")."""
    found = []
    for p in view.children[act]:
        if view.deps[p] == "prep" and view.words[p] in PARTNER_PREPOSITIONS:
            for o in view.children[p]:
                if view.deps[o] == "pobj":
                    found.append(view.noun_phrase(o))
                    found.extend(view.noun_phrase(c) for c in view.children[o] if view.deps[c] == "conj")
    return found
