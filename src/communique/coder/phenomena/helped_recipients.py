"""Help sent for a purpose told by an infinitive of helping is help to the party helped (profile `communique`, switch
`helped_recipients`; session 39, branch p14read39; data/coder_helped_purposes.tsv).

"China sent a team of doctors to help Italy fight the outbreak", "Japan will provide patrol boats to help the
Philippines guard its coast", "Turkey dispatched a rescue team to help Albania search for survivors": the object of
the sending is what is sent (the doctors, the boats, the team), and the infinitive of purpose on it names the party
the sending is for. PETRARCH-2 reads the object as the target (CHN -> CHNHLH, the doctors) and the helped party as
the actor of an event of its own ("Italy fight": ITA 190); its SEND block's "- * TEAM [036]" reads a team sent as
a delegation to talks. The PLOVER manual's AID names the one aided as the recipient ("Provide aid ... to the
recipient"), and its AGREE takes help promised ("will send", "pledged to send") by the mood table as any aid
announced for later.

So where an event's verb is one of sending, giving or providing (kind `send` of the data file) and an infinitive of
purpose on it is headed by a verb of helping (kind `help`: help, assist, support, aid) whose object, or the subject of
the small clause after it ("help Italy fight"), names an actor of another side than every source, that actor is
the event's recipient; the sending is aid (CAMEO 07: a code of root 07 kept, an intent to give aid 033N read as the
aid 07N it announces, another intent or a delegation's code, 036 or 031, read as 070 "Provide aid"); a code of
material cooperation (06) keeps its code. The acts inside the purpose clause are its purpose, not events told: the
events whose verb lies in it are dropped. Left as they were: a purpose with no party named ("to help power its
hospitals": the TO phrase stays the recipient; "sent warships to help enforce its claims"), a party of the source's
own side, force used to help one side ("bombed rebel positions to help Syrian troops advance": an assault, root 19,
is no help sent), and praise for having helped ("praised Poland for helping Ukraine": no infinitive of purpose).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable, Sequence, TypeVar

from spacy.tokens import Doc, Token

from ...data_files import data_path, lower_word_rows
from ...records import ActorRef
from ..actors.party_sides import other_side_actors, side_of

PURPOSES_FILE = "coder_helped_purposes.tsv"
KINDS = ("send", "help")
# the codes a sending of help is read with before this step: an intent (SEND's TEAM [036], a composition 031,
# WARSHIPS (TO) [0332]), material cooperation or aid itself
SENDING_ROOTS = ("03", "06", "07")
COOPERATION_ROOT = "06"
AID_ROOT = "07"
AID = "070"  # "Provide aid, not specified below"
AID_INTENT = "033"  # 0331-0334 "Express intent to provide economic/military/humanitarian aid/protection"
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})  # "help Italy fight": Italy the small clause's subject
STEP = "addition: help sent for a purpose of helping a party is help to that party (helped_recipients)"
C = TypeVar("C")  # adapter.EventCandidate: trigger, code, source, target, steps


@lru_cache(maxsize=1)
def purpose_verbs() -> dict[str, frozenset[str]]:
    """kind ('send', 'help') -> its lemmas (module docstring)."""
    rows = lower_word_rows(data_path(PURPOSES_FILE), "the verbs of help sent for a purpose", KINDS.__contains__,
                           "'lemma<TAB>kind' (kind send or help)")
    return {kind: frozenset(w for w, k in rows if k == kind) for kind in KINDS}


def with_helped_recipients(doc: Doc, candidates: Sequence[C], refs_at: Callable[[Token], list[ActorRef]]) -> list[C]:
    """The candidates with each sending of help for a helped party read as aid to it, and the acts inside its
    purpose clause dropped (module docstring)."""
    read, purposes = [], []
    for c in candidates:
        found = helped_party(doc, c.trigger, c.code, c.source, refs_at)
        if found is None:
            read.append(c)
            continue
        purpose, helped = found
        purposes.append((c, {t.i for t in purpose.subtree}))
        read.append(replace(c, code=aid_code(c.code), target=helped, steps=c.steps + (STEP,)))
    if not purposes:
        return read
    return [c for c in read if not any(c.trigger in inside for _, inside in purposes)]


def aid_code(code: str) -> str:
    """The code of help sent, from the code the sending was read with (module docstring)."""
    if code[:2] in (AID_ROOT, COOPERATION_ROOT):
        return code
    if code[:3] == AID_INTENT and len(code) == 4:
        return AID_ROOT + code[3]  # 0333 humanitarian aid announced -> 073
    return AID


def helped_party(doc: Doc, trigger: int, code: str, sources: list[ActorRef],
                 refs_at: Callable[[Token], list[ActorRef]]) -> tuple[Token, list[ActorRef]] | None:
    """(the purpose clause's verb, the party it helps) of a sending of help, or None (module docstring)."""
    if not code or code[:2] not in SENDING_ROOTS or not 0 <= trigger < len(doc):
        return None
    verb = doc[trigger]
    verbs = purpose_verbs()
    if verb.lemma_.lower() not in verbs["send"]:
        return None
    own = {side_of(s.code) for s in sources if s.code}
    for purpose in verb.children:
        if purpose.dep_ not in PURPOSE_DEPS or purpose.lemma_.lower() not in verbs["help"] \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            continue
        helped = other_side_actors(_helped_tokens(purpose), own, refs_at)
        if helped:
            return purpose, helped
    return None


def _helped_tokens(purpose: Token) -> list[Token]:
    """The head of the helped phrase: the verb of helping's object, else its small clause's subject."""
    heads = [c for c in purpose.children if c.dep_ == "dobj"]
    if not heads:
        heads = [s for c in purpose.children if c.dep_ in CLAUSE_DEPS for s in c.children if s.dep_ == "nsubj"]
    return heads
