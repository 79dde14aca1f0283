"""A participle before a noun that begins a dictionary phrase is one of the phrase's words (profile `communique`,
switch `participle_agents`).

PETRARCH-2 keeps only the words of a noun phrase tagged JJ, NN or DT (spec §3.2): a VBN or VBG premodifier is dropped.
Yet the Phoenix files hold phrases that begin with a participle, as news writes them: RULING_PARTY and GOVERNING_PARTY
[~GOV], DISPLACED_PEOPLE [~REF], OUSTED_PRIME_MINISTER [~OPP], STRIKING_WORKER [~LAB], ARMED_GROUP [~UAF]. Where the
tagger reads the first word as an adjective (JJ: "armed", "striking") the phrase matches; where it reads it as the
participle it is ("the ruling party", VBG; "displaced people", VBN), the word is dropped and the phrase lost: "The
ruling party in Cambodia accused the opposition" read KHM, not KHMGOV. A participle that modifies the phrase's head
and starts, with the noun phrase's words after it, a phrase of two words or more in the actor or agent dictionary
is kept; any other participle is dropped as before ("the wounded soldiers", "the injured protesters": no phrase
begins with WOUNDED or INJURED, so they read SOLDIER and PROTESTER as they did).
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import upper_words

LEADERS_FILE = "coder_leader_participles.tsv"
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
PREMODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def phrase_participles(view, actors, np, date) -> frozenset[int]:
    """The participles among the own words of noun phrase `np` that begin a dictionary phrase of two words or more
    read on the phrase's words after them."""
    own = sorted(np.words)
    found = set()
    for n, i in enumerate(own):
        if view.tags[i] not in PARTICIPLE_TAGS or i >= np.head or view.deps[i] not in PREMODIFIER_DEPS:
            continue
        words = [view.words[j] for j in own[n:]]
        for match in (actors.longest_actor(words, 0, date), actors.longest_agent(words, 0)):
            if match is not None and match[1] >= 2:
                found.add(i)
    return frozenset(found)


@lru_cache(maxsize=1)
def leader_participles() -> frozenset[str]:
    """The participles whose hyphenated first part is the leader or owner ("Xland-led", "state-run": switch
    `leader_compounds`, read by noun_phrases.NounReader), data/coder_leader_participles.tsv."""
    return upper_words(LEADERS_FILE, "the leader participles")
