"""Violence by protesters is rioting (rules in data/riots.tsv).

"The building was demolished by a Ukrainian protestor" is not an army destroying property (CAMEO 1712)
but a violent protest (CAMEO 145); protesters blocking a road obstruct passage (CAMEO 144).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..codes import by_longest_prefix
from ..data_files import data_path, tsv_rows
from ..errors import DataFileError


@dataclass(frozen=True)
class RiotRules:
    crowds: frozenset[str]
    recodes: dict[str, str]

    def code_for(self, code: str) -> str | None:
        return by_longest_prefix(code, self.recodes)


@lru_cache(maxsize=1)
def riot_rules() -> RiotRules:
    path = data_path("riots.tsv")
    crowds, recodes = set(), {}
    for n, parts in tsv_rows(path, "the riot rules"):
        if parts[0] == "crowd" and len(parts) == 2:
            crowds.add(parts[1])
        elif parts[0] == "recode" and len(parts) == 3:
            recodes[parts[1]] = parts[2]
        else:
            raise DataFileError(f"{path} line {n}: expected 'crowd<TAB>word' or 'recode<TAB>CODE<TAB>CODE'.")
    return RiotRules(frozenset(crowds), recodes)


def riot_code(trigger: Token, code: str) -> str:
    """The code of an act done by a crowd of protesters: rioting or blocking, else the act's own code."""
    rules = riot_rules()
    recode = rules.code_for(code)
    if recode is None or not any(head.lower_ in rules.crowds for head in _actor_heads(trigger)):
        return code
    return recode


def _actor_heads(trigger: Token) -> list[Token]:
    """The head nouns of the trigger's subject, or of its passive agent ("by a protestor")."""
    heads = []
    for child in trigger.children:
        if child.dep_ in ("nsubj", "csubj"):
            heads.append(child)
        elif child.dep_ == "agent":
            heads.extend(c for c in child.children if c.dep_ == "pobj")
    return heads
