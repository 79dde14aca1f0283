"""A clause's subject a possessive pronoun determines, read as its antecedent's (switch `possessive_antecedents`).

PETRARCH-2 resolves personal pronouns (tag PRP) by its antecedent recipe (spec §3.7: in a complement clause, the
governing verb's object before the complement, else its subject) and ignores possessive pronouns (PRP$) entirely.
Wire copy tells a state's act through its officials with a possessive: "the Yland foreign minister said her
country would expel Xland's ambassador", "Yland's president said his government would buy arms from Xland",
"the Yland army said its troops had shelled rebel positions". The subject then names no actor, and the act is
the unidentified actor's, or is made the speaker's by flattening with a code of speech ("010").

With the switch, the possessive pronoun that determines a clause's subject takes the antecedent the same recipe
finds (phrase_builder.py `_antecedents`, `NounPhrase.possessor`; "the country", "the nation" are read as "his
country" is, as resolve/possessed_states.py reads them), and where the subject names no actor of its
own, it is read as that antecedent's possession: an agent noun of PETRARCH-2's agent dictionary ("government"
~GOV, "troops" ~MIL, "police" ~COP) composed with the antecedent's country as "Yland's government" is (§3.5),
a noun naming the state itself (data/coder_possessed_states.tsv: "country", "nation") the country alone. A
possessive in a top-level clause stays unresolved (as §3.7 leaves its pronouns), and so does one whose antecedent
names no country (an organisation, a person of no known country: "Amnesty said its researchers ...") or whose
noun is neither ("said his wife", "said their demands").
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from .arithmetic import COUNTRYLESS
from .qualified_agents import GROUPS

POSSESSED_STATES_FILE = "coder_possessed_states.tsv"


@lru_cache(maxsize=1)
def state_nouns() -> frozenset[str]:
    """The nouns that name the antecedent's state itself (data/coder_possessed_states.tsv)."""
    return kinded_words(data_path(POSSESSED_STATES_FILE), "the coder's possessed states", ("state",))["state"]


def antecedent_countries(codes: list[str]) -> list[str]:
    """The countries of an antecedent's actor codes, in order: a code's first three letters where they name a
    country (not an agent alone, an unknown country or a group: IGO, NGO ...)."""
    found = [code[:3] for code in codes if code and not code.startswith(COUNTRYLESS) and code[:3] not in GROUPS]
    return list(dict.fromkeys(found))


def possessed_codes(head_word: str, actors: list[str], agents: list[str], antecedent: list[str]) -> list[str]:
    """The codes a possessive-determined subject adds to its own scan (`actors`, `agents`): none where it names
    an actor of its own or its antecedent no country; the antecedent's countries where the noun has an agent
    (the reader composes them) or names the state itself."""
    if actors or not (agents or head_word in state_nouns()):
        return []
    return antecedent_countries(antecedent)
