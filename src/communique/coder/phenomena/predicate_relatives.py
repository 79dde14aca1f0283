"""An infinitive relative on a copula's predicate noun of rank is the subject's act (profile `communique`, switch
`predicate_relatives`; session 35, branch c22read35).

"Xland became the first country to recognise Yland", "the minister was the most senior official to visit Zcity",
"Xland is the only state to vote against": English predicates the noun of its subject, and the infinitive relative
on the noun tells what the noun's referent did; the noun's referent is the subject, so the act is the subject's, with
the infinitive's own objects. spaCy hangs the infinitive as a `relcl` of the predicate noun (`attr`), which the
phrase view builds no clause for, or as an adverbial clause of the copula right after the noun (as if a purpose),
which the copula's code 0 swallows (PETRARCH-2 reads no relative clause of a noun as an event of its own); the copula
(BE, BECOME) has no verb entry, so its clause is code 0, the "no CAMEO equivalent" drop (spec §4.7), and the act is
lost. Where the predicate noun is one of a rank in a series (an ordinal, "only", "last", "latest" or a superlative:
data/coder_predicate_relatives.tsv) and the relative is a `to`-infinitive with no subject of its own, the infinitive
is coded with the copula's subject as its own (coder/recall.py `_raised_predicate`), as `raising_adjectives` codes
"Xland is due to sign ...". Not read: a predicate noun with no rank ("the country to watch", "a way to end the war",
a purpose, not a report), an infinitive with its own subject ("the first time for Xland to ..."), a predicate that is
no noun, a copula negated, under a modal or itself an infinitive ("was not the first to ...", "would be the first to ...",
"is expected to be the next to ...": no act told as done).
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import table_rows

NAME = "coder_predicate_relatives.tsv"
PREDICATE_DEPS = frozenset({"attr"})
RELATIVE_DEPS = frozenset({"relcl", "acl"})
ATTACHED_DEPS = frozenset({"advcl", "xcomp"})  # the same infinitive hung on the copula, right after the noun
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})  # "the highest-ranking", "the most senior"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {"copula": set(), "rank": set()}
    for kind, word in table_rows(NAME, 2):
        kinds[kind].add(word)
    return {k: frozenset(v) for k, v in kinds.items()}


def predicate_relatives(view, cl) -> list[tuple[int, int]]:
    """(noun, infinitive) of each `to`-infinitive relative with no subject of its own on a predicate noun of rank of
    the copula clause `cl`; [] for another clause (module docstring)."""
    words = _words()
    if cl.form not in words["copula"] or view.tags[cl.verb] == "VB" or cl.negated or any(view.tags[a] == "MD" for a in cl.auxiliaries) \
            or any(view.deps[k] == "neg" for k in view.children[cl.verb]):
        return []  # "was not the first ...", "would be the first ...", "to be the next ...": no act told as done
    found = []
    for noun in view.children[cl.verb]:
        if view.deps[noun] not in PREDICATE_DEPS or not view.tags[noun].startswith("NN") or not _ranked(view, noun):
            continue
        relatives = [v for v in view.children[noun] if view.deps[v] in RELATIVE_DEPS]
        relatives += [v for v in view.children[cl.verb] if view.deps[v] in ATTACHED_DEPS and _to(view, v) == noun + 1]
        for verb in relatives:
            if view.tags[verb] == "VB" and verb > noun and _to(view, verb) is not None \
                    and not any(view.deps[s] in SUBJECT_DEPS for s in view.children[verb]):
                found.append((noun, verb))
    return found


def _to(view, verb: int) -> int | None:
    """The position of the infinitive marker `to` of the verb `verb`, None if it has none."""
    return next((a for a in view.children[verb] if view.deps[a] == "aux" and view.words[a] == "TO"), None)


def _ranked(view, noun: int) -> bool:
    """Whether the noun `noun` has a modifier before it that ranks it in a series ("the first", "the only", "the
    most senior")."""
    ranks = _words()["rank"]
    for k in view.children[noun]:
        if k > noun or view.deps[k] not in ("amod", "advmod", "nummod"):
            continue
        if view.words[k] in ranks or view.tags[k] in SUPERLATIVE_TAGS \
                or any(view.tags[j] in SUPERLATIVE_TAGS for j in view.children[k]):
            return True
    return False
