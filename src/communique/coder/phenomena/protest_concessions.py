"""An act done to end a protest or a strike accedes to it (profile `communique`, switch `protest_concessions`; session
27, branch c14read27).

"Nicaragua's president scrapped the pension reform in an effort to end days of deadly protests", "the prime minister
sacked the electricity minister to defuse protests over power cuts": an authority that undoes a policy, changes a
price or a wage, or removes an office holder, and says in a purpose adjunct that it does so to end, defuse or calm a
protest or a strike, yields to the protesters: the CAMEO codebook's 0832 "Accede to demands for change in policy"
and 0831 "... for change in leadership" (the PLOVER manual's CONCEDE). CAMEO.2.0.txt files such verbs in blocks of
other senses (WITHDRAW, SCRAP 080; DISMISS, FIRE 110; SHELVE 120) or has no code for them (SUSPEND, DROP, CUT, SACK,
RESHUFFLE), so the act was a disapproval, a rejection or nothing. Asked by compose.py after the sense tables: a verb of
data/coder_protest_concessions.tsv (an office verb only with an office or its holder as the object, or a part of them: "half of his cabinet") with a purpose
adjunct "in a bid / an effort / an attempt to END ..." or "to END ..." (`advcl`) whose object names a protest, a
strike or the protesters (or is an amount of them: "weeks of protests"). AGREE over such an act as its infinitive
("agreed to cut the price of diesel ... in a bid to end the strike") is the accession, 0832. Force, curfews, arrests
and invitations "in a bid to end the protests" are no verb of the table and keep their codes; a channel of news or
travel cut or suspended ("suspended mobile internet services to quell the protests") is coercion, no concession.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_cameo, to_internal
from .silent_verbs import lemma_row_forms

PROTEST_CONCESSIONS_FILE = "coder_protest_concessions.tsv"
KINDS = ("policy", "office", "post", "agree", "aim", "purpose", "protest", "not")
POLICY_CHANGE = "0832"  # Accede to demands for change in policy
LEADERSHIP_CHANGE = "0831"  # Accede to demands for change in leadership
VERB_KINDS = ("policy", "office", "agree")
FORCE_ROOTS = ("14", "15", "16", "17", "18", "19", "20")


@lru_cache(maxsize=1)
def protest_concessions_table() -> dict[str, frozenset[str]]:
    """kind -> words of data/coder_protest_concessions.tsv (the verbs' rows with their lemma's forms)."""
    return kinded_words(data_path(PROTEST_CONCESSIONS_FILE), "the coder's protest concessions", KINDS,
                        rows=dict.fromkeys(VERB_KINDS, lemma_row_forms))


def concession_code(view, cl, code: int) -> tuple[int, str] | None:
    """(internal 0832 or 0831, step) where the clause's verb undoes a policy or removes an office holder to end a
    protest or a strike (or agrees to such an act); None elsewhere, and where the clause's `code` is coercion or
    force already (CAMEO 14-20: "cut internet access to quell the protests" is censorship, no concession)."""
    table = protest_concessions_table()
    if cl.passive or (to_cameo(code) or "")[:2] in FORCE_ROOTS:
        return None
    verb, form = cl.verb, cl.form
    if form in table["agree"]:
        inner = next((k for k in view.children[verb] if view.deps[k] == "xcomp"), None)
        if inner is None or _act_kind(view, inner, table) != POLICY_CHANGE or not _ends_protest(view, inner, table):
            return None
        return to_internal(POLICY_CHANGE), f"addition: {form} to {view.words[inner]} to end a protest, an accession (0832)"
    kind = _act_kind(view, verb, table)
    if kind is None or not _ends_protest(view, verb, table):
        return None
    return to_internal(kind), f"addition: {form} to end a protest, an accession ({kind})"


def _act_kind(view, verb: int, table) -> str | None:
    """0832 for a verb of undoing or changing a policy, 0831 for an office verb with an office as its object."""
    word = view.words[verb]
    if any(view.deps[k] == "dobj" and view.words[k] in table["not"] for k in view.children[verb]):
        return None
    if word in table["policy"]:
        return POLICY_CHANGE
    if word in table["office"] and any(view.deps[k] == "dobj" and _names(view, k, table["post"])
                                       for k in view.children[verb]):
        return LEADERSHIP_CHANGE
    return None


def _names(view, k: int, words) -> bool:
    """Whether the noun k is one of `words`, or is an amount or part of one ("half of his cabinet", "weeks of
    protests": its OF object)."""
    return view.words[k] in words or any(
        view.deps[p] == "prep" and view.words[p] == "OF" and any(
            view.deps[o] == "pobj" and view.words[o] in words for o in view.children[p]) for p in view.children[k])


def _ends_protest(view, verb: int, table) -> bool:
    """Whether the verb has a purpose adjunct ending a protest: "in a bid to end the strike" (IN's object a noun of
    aim with the infinitive), "to defuse protests" (an adverbial infinitive)."""
    for k in view.children[verb]:
        if view.deps[k] == "advcl" and _ending(view, k, table):
            return True
        if view.deps[k] == "prep" and view.words[k] == "IN":
            for obj in view.children[k]:
                if view.deps[obj] == "pobj" and view.words[obj] in table["aim"] and any(
                        view.deps[c] in ("acl", "relcl") and _ending(view, c, table) for c in view.children[obj]):
                    return True
    return False


def _ending(view, k: int, table) -> bool:
    """Whether k is a verb of ending whose object is a protest, a strike or the protesters, or an amount of them."""
    if view.words[k] not in table["purpose"]:
        return False
    return any(view.deps[obj] == "dobj" and _names(view, obj, table["protest"]) for obj in view.children[k])
