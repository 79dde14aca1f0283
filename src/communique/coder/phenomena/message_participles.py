"""An act done in a message is the act, not the message (profile `communique`, switch `message_participles`; session
45, branch drop45).

Wire copy tells an appeal, a demand, an offer or an invitation made by letter with a verb of writing or sending and a
present participle after it: "Tamil Nadu's chief minister wrote to the prime minister asking him to secure the
fishermen's release", "twelve senators wrote to the secretary of state, calling on him to ...", "sent a letter to the
commission demanding ...", "cabled the Arab League requesting an emergency meeting". The participle (a supplementive
-ing clause with the main clause's subject, Quirk et al. 1985, 15.58-15.61) tells what the message did; the verb names
only its medium. CAMEO codes the act a communication carries (020 "Make an appeal or request", 100 "Demand", 036
"Express intent to meet or negotiate", ...), not the communication: CAMEO.2.0.txt gives WRITE and PEN no code, so
PETRARCH-2 builds (writer, addressee, 0) from the TO phrase and drops it, and reads SEND's `- * LETTER [040]` and
CABLE's [040] as a consultation, the appeal lost either way.

With the switch, a clause whose verb is one of writing a message (data/coder_message_verbs.tsv `writing`), or one of
sending whose object is a message noun (`sending`, `message`: "sent a letter"), and whose own code is none, a
statement's (01) or a consultation's (04) -- the reading of the medium -- gives instead the acts in words (roots 01
other than the bare statement, 02-05, 10-13) of its present participles: a VBG after the verb, hung on it (advcl,
xcomp) or on the message noun (acl), with no subject or subordinator of its own. Each act is the clause subject's,
directed at the participle's own target or, where it names none ("asking him to ..."), at the message's addressee
(the clause's lower set: "to the prime minister"). Writing with no such participle ("wrote to the president on
Monday", "wrote a book about the talks", "wrote on Twitter that ...") is read as before, and so is any participle
of another kind of act. `petrarch2` keeps PETRARCH-2's reading.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_cameo
from ..resolve import PASSIVE, Event
from .silent_verbs import lemma_row_forms

MESSAGE_VERBS_FILE = "coder_message_verbs.tsv"
KINDS = ("writing", "sending", "message")
MESSAGE_STEP = "addition: the act a message carries, told by a participle (message_participles)"
MEDIUM_ROOTS = ("", "01", "04")  # the medium's own reading: none, a statement, a consultation
CARRIED_ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12", "13")
BARE_STATEMENT = "010"
PARTICIPLE_LINKS = ("advcl", "xcomp", "acl")
ADDRESSEE_PREPOSITION = "TO"
OWN_CLAUSE_LINKS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark", "aux", "auxpass"})


@lru_cache(maxsize=1)
def message_words() -> dict[str, frozenset]:
    """kind -> words, from data/coder_message_verbs.tsv (verbs with their regular and irregular forms)."""
    return kinded_words(data_path(MESSAGE_VERBS_FILE), "the coder's verbs and nouns of messages", KINDS,
                        rows={"writing": lemma_row_forms, "sending": lemma_row_forms})


def message_heads(view, clause) -> list[int] | None:
    """The tokens a participle of the message may hang on (the verb, its message-noun objects, and its addressee,
    the parser's reduced relative: "penned a letter to the minister requesting ..."), where `clause` sends a
    message: its verb is one of writing, or one of sending with a message noun as its object; else None."""
    words = message_words()
    form = view.words[clause.verb]
    nouns = [np.head for np in clause.objects if view.words[np.head] in words["message"]]
    if form not in words["writing"] and not (form in words["sending"] and nouns):
        return None
    addressees = [pp.obj.head for pp in clause.pps if pp.text == ADDRESSEE_PREPOSITION and pp.obj is not None]
    return [clause.verb, *nouns, *addressees]


def carried_act(code: int) -> bool:
    """Whether an internal code is an act done in words a message can carry (CARRIED_ROOTS, not the bare 010)."""
    cameo = to_cameo(code) or ""
    return cameo[:2] in CARRIED_ROOTS and cameo != BARE_STATEMENT


def message_participles(view, heads: list[int]) -> list[int]:
    """The present participles after the message's verb hung on one of `heads`, with no subject, auxiliary or
    subordinator of their own."""
    return [k for head in heads for k in view.children[head]
            if view.deps[k] in PARTICIPLE_LINKS and view.tags[k] == "VBG" and k > heads[0]
            and not any(view.deps[c] in OWN_CLAUSE_LINKS for c in view.children[k])]


def message_acts(composer, level, lower: list) -> list:
    """The acts in words the participles of a message tell, each the level's upper's and directed at its own target
    or the message's addressee (the first actor of `lower`); [] where the level is no message or tells none."""
    view = composer.view
    if (to_cameo(level.code) or "")[:2] not in MEDIUM_ROOTS:
        return []
    heads = message_heads(view, level.clause)
    if heads is None:
        return []
    addressee = next((x for x in lower if not isinstance(x, Event)), "")
    found = []
    for k in message_participles(view, heads):
        participle = view.clauses.get(k)
        if participle is None:
            continue
        for x in composer.sentence_clause(participle):
            if isinstance(x, Event) and carried_act(x.code):  # its sources, if any, the writer's read again
                own = isinstance(x.target, str) and x.target not in ("", PASSIVE)
                found.append(Event(tuple(level.up), x.target if own else addressee, x.code, x.verb, x.pattern,
                                   x.steps + level.steps + (MESSAGE_STEP,), level.up_heads,
                                   x.target_hint if own else getattr(addressee, "tokens", ())))
    return found
