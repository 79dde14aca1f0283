"""An electoral contest won or lost is no force (profile `communique`, switch `electoral_contests`).

"Macron won the presidential election, defeating Marine Le Pen", "Bolsonaro defeated Haddad in Sunday's run-off",
"Sanchez ousted Rajoy in a no-confidence vote", "the BJP swept the polls": CAMEO.2.0.txt files the verbs of winning
and defeating under force (DESTROY's BEAT, DEFEAT, CRUSH: 190), expulsion (DEPORT's OUST: 174) or investigation
(PROBE's SWEEP: 090), so a vote reads as a battle. The CAMEO codebook codes no force in a vote: a result is a
statement of fact at most (010 by whoever reports it, which the reporting verb keeps). The dictionary says so
itself for a few words (DESTROY's `- * (IN ELECTION) [---]`, `- * CANDIDATE [---]`; CONTEST ELECTION [---]);
data/coder_electoral_contests.tsv gives the rule its verbs and its nouns of contests.

A record of such a verb whose code is not a statement, an appeal or a rejection (roots 01, 02, 12: "lawmakers
defeated the bill" is PETRARCH's rejection) is no event where a contest is named in its clause (the object, or the
object of an IN or AT phrase, or that noun's OF phrase: "in the first round of the presidential election"), in the
clause it hangs from ("won the election, defeating X"; "was declared the winner of the election after beating X")
or in a clause it governs ("beat X to win a second term in April's election"), or where it hangs from a verb of
voting ("voted to oust the cabinet"). Left alone: a contest named by any other phrase ("beat supporters outside a
polling station during the election", "days before the election"), and acts of force with no contest named.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ...data_files import data_path, tsv_rows
from ...errors import DataFileError
from ..phrases import SentenceView

WORDS_FILE = "coder_electoral_contests.tsv"
KINDS = ("verb", "contest", "vote")
KEPT_ROOTS = ("01", "02", "12")
PREPOSITIONS = frozenset({"IN", "AT"})
HANGING = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "ccomp"})  # "after beating X": pcomp, prep
OBJECTS = frozenset({"dobj", "obj", "nsubjpass", "oprd", "attr"})


@lru_cache(maxsize=1)
def contest_words() -> dict[str, frozenset[str]]:
    """The verb forms of winning or defeating, the nouns of contests and the forms of voting, by kind."""
    words: dict[str, set[str]] = {kind: set() for kind in KINDS}
    path = data_path(WORDS_FILE)
    for number, parts in tsv_rows(path, "the coder's words of electoral contests"):
        if len(parts) != 2 or parts[1] not in KINDS or not parts[0].isupper():
            raise DataFileError(f"{path} line {number}: expected 'WORD<TAB>kind' with kind verb, contest or vote.")
        words[parts[1]].add(parts[0])
    return {kind: frozenset(found) for kind, found in words.items()}


def without_electoral_force(records: Sequence, view: SentenceView) -> list:
    """The records less those of a verb of defeat in an electoral contest (see the module docstring)."""
    return [r for r in records if not _electoral(r, view)]


def _electoral(record, view: SentenceView) -> bool:
    words = contest_words()
    if record.code.startswith(KEPT_ROOTS) or view.words[record.verb] not in words["verb"]:
        return False
    verbs = [record.verb]
    head = record.verb
    while view.deps[head] in HANGING and view.heads[head] != head:  # the clauses it hangs from
        head = view.heads[head]
        if view.words[head] in words["vote"]:
            return True
        verbs.append(head)
    verbs += [c for c in view.children[record.verb] if view.deps[c] in ("xcomp", "advcl")]  # a clause it governs
    return any(_names_contest(v, view, words["contest"]) for v in verbs)


def _names_contest(verb: int, view: SentenceView, contests: frozenset[str]) -> bool:
    """Whether the verb's object is a contest, or an IN or AT phrase of the verb, of its object or of another of
    its phrases has one ("beat X in Sunday's run-off", "ousted X's party in the snap election", "beat X into second
    place in the election"), or that noun's OF phrase ("the winner of the presidential election")."""
    for child in view.children[verb]:
        dep = view.deps[child]
        if dep in OBJECTS and (_contest_noun(child, view, contests) or _in_phrase(child, view, contests)):
            return True
        if dep == "prep" and _in_phrase(child, view, contests, top=True):
            return True
    return False


def _in_phrase(i: int, view: SentenceView, contests: frozenset[str], top: bool = False, depth: int = 0) -> bool:
    """Whether token i (a preposition, or a noun with phrases) holds an IN or AT phrase naming a contest."""
    if depth > 4:
        return False
    preps = [i] if top else [c for c in view.children[i] if view.deps[c] == "prep"]
    for prep in preps:
        for obj in (o for o in view.children[prep] if view.deps[o] == "pobj"):
            if view.words[prep] in PREPOSITIONS and _contest_noun(obj, view, contests):
                return True
            if _in_phrase(obj, view, contests, depth=depth + 1):
                return True
    return False


def _contest_noun(noun: int, view: SentenceView, contests: frozenset[str]) -> bool:
    """Whether the noun (a hyphenated one whole: "run-off") is a contest, or its OF phrase's object is one."""
    if _word(noun, view) in contests:
        return True
    return any(view.words[p] == "OF" and any(_word(o, view) in contests for o in view.children[p]
                                             if view.deps[o] == "pobj")
               for p in view.children[noun] if view.deps[p] == "prep")


def _word(i: int, view: SentenceView) -> str:
    """Token i's word, or the hyphenated word it ends where spaCy split one ("RUN-OFF", "BY-ELECTION")."""
    if i - 2 >= view.start and view.words[i - 1] == "-":
        return "".join(view.words[i - 2:i + 1])
    return view.words[i]
