"""Forces sent to help, and people pulled from ruins, are aid given (profile `communique`, switch `assisted_purposes`;
session 41, branch relief41; data/coder_assisted_purposes.tsv).

"Pakistan deployed 3,000 soldiers to Sindh to help with rescue work", "Japan dispatched a military plane to Turkey to
help evacuate its nationals", "the coast guard deployed vessels to search for survivors", "Chile sent a navy ship to
Tonga with water, food and medicine": CAMEO.2.0.txt's DEPLOY and SEND read forces and ships sent as a mobilisation
(`- * &MILITARY [154]`, `&NAVY`) or a team as a delegation (`- * TEAM [036]`), whatever they are sent for; an
infinitive of purpose with no code of its own leaves the mobilisation standing, and one coded otherwise ("to search
for survivors": SEARCH's 090) is passed up by rule F in its place. English says what a sending is for by its
infinitive of purpose, and the CAMEO codebook's 07 names the help given: 073 "Provide humanitarian aid" (relief,
rescue, medical care), 074 "Provide military protection or peacekeeping", 072 "Provide military aid" (training).
Likewise "rescue workers pulled a girl alive from the rubble": PULL's 171 (seizure) is a rescue, 073.

So, at the candidates of a document (after `helped_recipients`, which names the party helped):
- a candidate whose verb is one of sending (data/coder_helped_purposes.tsv, kind `send`) with a code of neither aid
  nor cooperation (07, 06) is aid where an infinitive of purpose on it is a verb of assistance (the data file's
  verbs with a code: rescue, evacuate, distribute, treat, escort ...), directly or under a verb of helping ("to help
  evacuate", "to help with rescue work", "to help quake survivors"); a verb of searching or clearing counts only over
  a person in need or a ruin ("to search for survivors", "to clear debris"), one of protecting only over relief or
  people in need ("to escort aid convoys"); or where a WITH phrase on it names relief (the relief nouns of
  `relief_kinds` and the act-noun table's relief goods). The code is the purpose verb's (073, 074, 072, 070), 073
  for relief carried; the acts inside the purpose clause are its purpose, not events told: dropped, except one
  coded by rule F in the sending's place, which takes the aid's code;
- a candidate whose verb is one of pulling out (kind `pull`) with a code of material conflict (15-20) is a rescue,
  073, where its object is a person in need or its FROM phrase a ruin.
Left as they were: a purpose of force or control ("to fight bandits", "to break up protests", "to deter Iran", "to
secure the region", "to guard the border"), a sending with no purpose, and goods pulled from shelves.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence, TypeVar

from spacy.tokens import Doc, Token

from ...data_files import data_path, lower_word_rows
from .helped_recipients import purpose_verbs
from .relief_kinds import relief_goods, relief_kinds_table

PURPOSES_FILE = "coder_assisted_purposes.tsv"
KINDS = ("seek", "guard", "victim", "ruin", "task", "protected", "pull")
KEPT_ROOTS = ("06", "07")  # cooperation and aid: a sending read so already
MATERIAL_CONFLICT_ROOTS = ("15", "16", "17", "18", "19", "20")
HUMANITARIAN_AID = "073"
OWN_POSSESSIVES = frozenset({"its", "their"})  # the sender's own people: no aid to another party
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
HELPED_DEPS = frozenset({"xcomp", "ccomp", "advcl"})  # "help evacuate", "help the army secure"
SENT_STEP = "addition: forces or goods sent for a purpose of assistance are aid (assisted_purposes)"
PULLED_STEP = "addition: a person pulled from a ruin is rescued, aid (assisted_purposes)"
C = TypeVar("C")  # adapter.EventCandidate: trigger, code, steps


@lru_cache(maxsize=1)
def assistance_table() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(lemma -> CAMEO code of the verbs of assistance, kind -> lemmas) of data/coder_assisted_purposes.tsv."""
    rows = lower_word_rows(data_path(PURPOSES_FILE), "the words of assistance sent for a purpose",
                           lambda field: field in KINDS or (field.isdigit() and len(field) == 3),
                           "'lemma<TAB>code' or 'lemma<TAB>kind'")
    codes = {word: field for word, field in rows if field.isdigit()}
    kinds = {kind: frozenset(word for word, field in rows if field == kind) for kind in KINDS}
    return codes, kinds


def with_assisted_purposes(doc: Doc, candidates: Sequence[C]) -> list[C]:
    """The candidates with each sending for a purpose of assistance or with relief read as aid, the acts inside its
    purpose clause dropped or, where the sending has no candidate of its own, read as the aid; and each person pulled
    from a ruin read as rescued (module docstring)."""
    sent: dict[int, tuple[str, set[int]]] = {}  # sending verb -> (aid code, the tokens of its purpose clause)
    for c in candidates:
        if 0 <= c.trigger < len(doc) and c.trigger not in sent:
            found = _sending_of_aid(doc[c.trigger])
            if found is not None:
                sent[c.trigger] = found
    for token in {a for c in candidates if 0 <= c.trigger < len(doc) for a in doc[c.trigger].ancestors}:
        if token.i not in sent and (found := _sending_of_aid(token)) is not None:
            sent[token.i] = found  # a sending with no candidate: its purpose's act was passed up (rule F)
    triggers = {c.trigger for c in candidates}
    read = []
    for c in candidates:
        if c.trigger in sent:  # the step is written over a code of aid kept too: `assisted_sending` reads it
            code = c.code if c.code[:2] in KEPT_ROOTS else sent[c.trigger][0]
            read.append(replace(c, code=code, steps=c.steps + (SENT_STEP,)))
            continue
        inside = next((verb for verb, (_, tokens) in sent.items() if c.trigger in tokens), None)
        if inside is not None:
            if inside not in triggers:  # "deployed vessels to search for survivors": SEARCH 090 in DEPLOY's place
                read.append(replace(c, code=sent[inside][0], steps=c.steps + (SENT_STEP,)))
                triggers.add(inside)  # the sending read once
            continue  # the purpose of a sending read as aid is no event told
        if 0 <= c.trigger < len(doc) and c.code[:2] in MATERIAL_CONFLICT_ROOTS and _pulled_from_ruin(doc[c.trigger]):
            c = replace(c, code=HUMANITARIAN_AID, steps=c.steps + (PULLED_STEP,))
        read.append(c)
    return read


def assisted_sending(steps: Sequence[str]) -> bool:
    """Whether a candidate's steps read it as a sending for a purpose of assistance or with relief: aid whoever
    receives it, which `sent_forces` and `place_recipients` (pipeline.py) leave as aid where the forces sent, the
    sender's own, or a region are all the recipients read ("sent state troopers to help firefighters search ...")."""
    return SENT_STEP in steps


def _sending_of_aid(verb: Token) -> tuple[str, set[int]] | None:
    """(aid code, tokens of the purpose clause) where `verb` is a verb of sending for a purpose of assistance or with
    relief; None elsewhere."""
    if verb.lemma_.lower() not in purpose_verbs()["send"]:
        return None
    for purpose in verb.children:
        if purpose.dep_ in PURPOSE_DEPS and _infinitive(purpose):
            code = _assistance_code(purpose, helped=True)
            if code is not None:
                return code, {t.i for t in purpose.subtree}
    if any(_relief(w) for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
           for w in _conjoined_objects(prep)):
        return HUMANITARIAN_AID, set()
    return None


def _assistance_code(verb: Token, helped: bool) -> str | None:
    """The aid code of a purpose headed by `verb`: its own where it is a verb of assistance (a verb of searching over a
    person in need or a ruin, of protecting over relief or people in need); under a verb of helping (`helped`), that
    of the verb it governs, of the relief work its WITH phrase names, or 073 over a person in need."""
    codes, kinds = assistance_table()
    lemma = verb.lemma_.lower()
    if lemma in purpose_verbs()["help"] and helped:
        for inner in verb.children:
            if inner.dep_ in HELPED_DEPS and inner.pos_ == "VERB":
                return _assistance_code(inner, helped=False)
        if any(w.lemma_.lower() in kinds["task"] or any(m.lemma_.lower() in kinds["task"] for m in w.children)
               for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
               for w in _conjoined_objects(prep)):
            return HUMANITARIAN_AID  # "to help with rescue and relief work"
        if any(o.lemma_.lower() in kinds["victim"] | kinds["ruin"] for o in _objects(verb)):
            return HUMANITARIAN_AID  # "to help quake survivors", "to help [clear] the debris"
        return None
    if lemma in purpose_verbs()["send"] and any(_relief(o) for o in _objects(verb)):
        return HUMANITARIAN_AID  # "to provide clean water", "to deliver food"
    if lemma not in codes or _own_people(verb):
        return None  # "sent a plane to evacuate its citizens": the sender's own, no aid to another party
    below = {t.lemma_.lower() for t in verb.subtree if t.i != verb.i}
    if lemma in kinds["seek"] and not below & (kinds["victim"] | kinds["ruin"]):
        return None  # "to search homes for weapons", "to clear the camp"
    if lemma in kinds["guard"] and not below & (kinds["victim"] | kinds["protected"]):
        return None  # "to guard the border"
    return codes[lemma]


def _own_people(verb: Token) -> bool:
    """Whether the verb's object is the sender's own people, by a possessive pronoun ("its citizens", "their
    nationals")."""
    return any(k.dep_ == "poss" and k.lower_ in OWN_POSSESSIVES for o in _objects(verb) for k in o.children)


def _pulled_from_ruin(verb: Token) -> bool:
    """Whether `verb` is one of pulling out whose object is a person in need or whose FROM phrase is a ruin."""
    _, kinds = assistance_table()
    if verb.lemma_.lower() not in kinds["pull"]:
        return False
    if any(o.lemma_.lower() in kinds["victim"] for o in _objects(verb)):
        return True
    return any(w.lemma_.lower() in kinds["ruin"] for prep in own_phrases(verb)
               if prep.dep_ == "prep" and prep.lower_ == "from" for w in _conjoined_objects(prep))


def _objects(verb: Token) -> list[Token]:
    """The direct objects of a verb and the nouns conjoined to them."""
    return [w for o in verb.children if o.dep_ == "dobj" for w in (o, *o.conjuncts)]


def own_phrases(verb: Token) -> list[Token]:
    """The tokens of a verb's own clause, below it with no other verb between: a FROM phrase the parser hangs on the
    object or its modifier ("pulled a girl alive from the rubble") is the verb's too."""
    found, stack = [], [c for c in verb.children if c.pos_ not in ("VERB", "AUX")]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.pos_ not in ("VERB", "AUX"))
    return found


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _conjoined_objects(prep: Token) -> list[Token]:
    """The object of a preposition and the nouns conjoined to it ("with water, food and medicine")."""
    found = []
    for obj in prep.children:
        if obj.dep_ == "pobj":
            found += [obj, *obj.conjuncts]
    return found


def _relief(token: Token) -> bool:
    """Whether a noun names relief (the relief nouns of `relief_kinds`, the act-noun table's relief goods)."""
    words = {token.text.upper(), token.lemma_.upper()}
    return bool(words & (relief_kinds_table()["relief"] | relief_goods()))
