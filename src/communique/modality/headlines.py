"""A headline's "to" + verb is its future (profile `communique`, switch `headline_futures`; session 46).

Headline register drops auxiliaries: it tells a past act in the present ("Xland expels Yland's envoy") and an act
announced for later with a bare "to"-infinitive ("Xland to send troops to Yland", "Xland, Yland to restore ties"),
where body copy says "will send" or "is to send". English has no other main clause made of a subject and a
"to"-infinitive: a "to"-infinitive with a subject of its own standing as the sentence's root, or as the reported clause
put before its verb of saying ("Xland to take Yland to court, minister says"), or under a form of BE that is
("Xland is to send troops", the formal future; not "Xland was the first to sign", BE with a predicate), is that
future, whatever its words; `headline_future` says whether a trigger's clause is one. The pipeline then reads the
trigger's modality as "will" would make it ("future"), so the mood table makes of it what it makes of "will":
cooperation an intent (03x), force a threat (13x). Not a purpose ("pledged aid to rebuild Yland": `advcl`), not an
infinitive under a verb that governs it ("urged Yland to free the prisoners": the clause follows its verb), not "for
Yland to ..." (a marker).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..time.tense import dep_tree

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def headline_future(doc: Doc, trigger_index: int) -> bool:
    """Whether the trigger's clause is a "to"-infinitive with a subject of its own standing as a main clause
    (module docstring)."""
    tree = dep_tree(doc)
    words, head = tree.words, tree.head
    token = trigger_index
    if words.pos[token] in ("NOUN", "PROPN") and words.dep[token] in ARGUMENT_DEPS:
        token = head[token]  # "Xland to resume aid": the noun's clause
    while words.dep[token] == "conj" and head[token] != token:
        token = head[token]  # "to meet and sign": the first conjunct's "to"
    kids = tree.children(token)
    if not any(words.dep[c] == "aux" and words.lower[c] == "to" for c in kids):
        return False
    if any(words.dep[c] in ("aux", "auxpass") and words.lower[c] != "to" or words.dep[c] == "mark" for c in kids):
        return False  # "to have sent", "for Yland to send": no future of its own
    dep, up = words.dep[token], head[token]
    if dep == "xcomp" and words.lemma[up] == "be" and _main(up, tree):
        be_kids = tree.children(up)
        if any(words.dep[c] in ("attr", "acomp") for c in be_kids):
            return False  # "Xland was the last country to sign": a predicate noun's infinitive, no future
        if any(words.lower[c] == "yet" for c in [*be_kids, *kids]):
            return False  # "the army is yet to withdraw": not yet done, a negation (negative_words), no future
        return any(words.dep[c] in ("nsubj", "nsubjpass") for c in be_kids)  # "Xland is to send"
    if not any(words.dep[c] in ("nsubj", "nsubjpass") for c in kids):
        return False
    return _main(token, tree)


def _main(token: int, tree) -> bool:
    """The sentence's root, or a reported clause put before its verb of saying ("..., minister says")."""
    dep, up = tree.words.dep[token], tree.head[token]
    return up == token or dep == "ROOT" or (dep == "ccomp" and token < up)
