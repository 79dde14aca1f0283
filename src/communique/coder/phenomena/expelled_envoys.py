"""Another state's envoy sent away is an expulsion (profile `communique`, switch `expelled_envoys`; session 31,
branch c18read31).

"Sweden declared an Iraqi diplomat persona non grata", "Poland ordered three Belarusian diplomats to leave the
country", "the ministry gave the attache 72 hours to leave": the host state expels the envoys, CAMEO 174 "Expel or
deport individuals", the code of CAMEO.2.0.txt's DEPORT block (EXPEL, DEPORT, KICK OUT) and of its EXPEL
`- * DIPLOMATS [174]` (its singular `- * DIPLOMAT` reads 161; the census conventions take 174). The dictionary has no
pattern for the diplomatic formula (DECLARE reads a winner, a ceasefire, an emergency; the clause falls to a bare
statement) nor for an order or a deadline to leave, which ORDER codes as a demand (100) and GIVE as an ultimatum
or a gift. Two readings, from data/coder_expelled_envoys.tsv:

* a declaring verb whose clause holds the formula's words in order after it ("declared X persona non grata",
  "was pronounced persona non grata"): the formula's words are consumed, so the envoy, not "grata", is the target
  (the small model reads the Latin words every way: a noun complement, an object, even a verb or a clause's head
  with the envoy for its subject, whose clause is then the declaring verb's object: there the envoy would be lost,
  so that reading is left as it was);
* a verb of ordering or giving time, active, whose addressee (its object or dative) is an envoy noun, with a
  `to`-infinitive of leaving on the verb or on its object ("ordered the envoys to leave", "gave the diplomats 72
  hours to leave"). A passive ("were ordered to leave") is left to the passive's own readings. An envoy of the
  subject's own (a possessive pronoun: "ordered its ambassador to leave Minsk") is called home, not expelled, and
  anyone else told to leave ("ordered the protesters to leave the square"): both keep the verb's own code.

A pattern of the dictionary's own still comes first. An envoy recalled by its own state is `recalled_envoys`.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words, tsv_rows
from ..codes import to_internal
from .silent_verbs import lemma_row_forms
from .stance_complements import subtree

EXPELLED_ENVOYS_FILE = "coder_expelled_envoys.tsv"
KINDS = ("declare", "formula", "order", "leave", "envoy", "owner")
EXPULSION = "174"  # Expel or deport individuals
ADDRESSEES = ("dobj", "dative")
SUBJECTS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def expelled_envoy_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, the formula's words, envoy nouns) of data/coder_expelled_envoys.tsv."""
    return kinded_words(data_path(EXPELLED_ENVOYS_FILE), "the coder's expelled envoys", KINDS,
                        rows={kind: lemma_row_forms for kind in ("declare", "order", "leave")})


@lru_cache(maxsize=1)
def formula_words() -> tuple[str, ...]:
    """The formula's words in the order the table's row gives them ("PERSONA NON GRATA")."""
    return next(tuple(fields[1].split()) for _, fields in tsv_rows(
        data_path(EXPELLED_ENVOYS_FILE), "the coder's expelled envoys", header={"kind"}) if fields[0] == "formula")


def _formula(view, cl) -> list[int] | None:
    """The formula's tokens, in order, after the clause's verb and within its subtree; None where they are not."""
    words = formula_words()
    span = [k for k in sorted(subtree(view, cl.verb)) if k > cl.verb]
    for i in range(len(span) - len(words) + 1):
        run = span[i:i + len(words)]
        if run[-1] - run[0] == len(words) - 1 and [view.words[k] for k in run] == list(words):
            # a formula word read as a verb, or as a clause's head with the envoy for its subject: the envoy would
            # be lost to that clause (the target would be the wrong actor), so the reading is left to the dictionary
            clausal = any(view.tags[k].startswith("VB") or any(view.deps[c] in SUBJECTS for c in view.children[k])
                          for k in run)
            return None if clausal else run
    return None


def _told_to_leave(view, cl, table) -> bool:
    """Whether the clause's addressee is an envoy with an infinitive of leaving on the verb or the addressee's
    phrase ("ordered the envoys to leave", "gave the diplomats 72 hours to leave")."""
    if cl.passive:  # "were ordered to leave": the passive's own readings (its infinitive raised) stand
        return False
    kids = view.children[cl.verb]
    addressees = [k for k in kids if view.deps[k] in ADDRESSEES]
    envoys = [k for k in addressees if view.words[k] in table["envoy"]]
    if not envoys or any(view.words[p] in table["owner"] and view.deps[p] == "poss"
                         for k in envoys for p in view.children[k]):
        return False  # no envoy, or the subject's own envoy ("ordered its ambassador to leave Minsk"): a recall
    holders = [cl.verb] + [k for k in kids if view.deps[k] in ADDRESSEES]
    return any(view.words[k] in table["leave"] and any(view.words[a] == "TO" for a in view.children[k])
               for h in holders for k in view.children[h])


def expelled_envoy(view, cl) -> tuple[list[int], int, str] | None:
    """(the tokens to consume, internal code 174, step) where the clause's verb sends another state's envoy away;
    None elsewhere."""
    table = expelled_envoy_table()
    if cl.form in table["declare"] and (run := _formula(view, cl)) is not None:
        return run, to_internal(EXPULSION), f"addition: {cl.form} {' '.join(formula_words())}: an expulsion (174)"
    if cl.form in table["order"] and _told_to_leave(view, cl, table):
        return [], to_internal(EXPULSION), f"addition: {cl.form} an envoy to leave: an expulsion (174)"
    return None
