"""A matched object keeps its actor (profile `communique`, switch `object_words`; session 18): the object-side
counterpart of `subject_words`.

PETRARCH-2 consumes every word a verb pattern matched (spec §4.3, "Consumption effects"): they leave the noun
phrases' word lists, so a pattern that names the object's noun eats the target's agent. "Police killed a
demonstrator in Nairobi" meets KILL's `- * DEMONSTRATOR [175]`; DEMONSTRATOR is consumed and the target is read from
the place PP alone: KEN, not KENOPP. "Soldiers arrested a Congolese journalist" (ARREST `- * JOURNALIST [175]`) is
COD, not CODMED.

The rule (`kept_object_words`): the words a pattern consumed from an object noun phrase, or from a PP's object, stay
that phrase's words (the target is read from them) where all of these hold:

1. the phrase's head, read alone, is an agent of the agents dictionary (Phoenix.agents.txt): it names a person
   or a group ("demonstrator", "journalist", "minister", "soldiers"), and is no member of CAMEO.2.0.txt's synsets
   of places and things (data/coder_object_words.tsv, kind `things`: &TOWN's VILLAGE, &WEAPON's BOMBER, whose agent
   codes read the place or the arm as its people): "seized a village" names the place taken;
2. the pattern's code, and the verb's own code (its dictionary entry's), are of CAMEO roots whose act is done TO
   its object party (data/coder_object_words.tsv: consult, diplomatic cooperation, investigate, demand,
   disapprove, reject, threaten, reduce relations, coerce, violence and force): the verb itself is done to its
   object, and the pattern only names who that is. Not the roots whose object is what the source says, offers,
   gives, yields, stages or musters, nor a verb with no code of its own (SEND, DEPLOY, MOVE: verbs that move
   their object), whatever the pattern codes: "Xland sent troops to Yland" (TROOPS consumed, the target from the
   PP: spec §4.3's checked example), "deployed its troops", "deployed police in the capital" (DEPLOY `- * POLICE
   [192]`), "moved troops into Yland" (MOVE `- * TROOP (INTO +) [192]`), "offered peacekeepers", "released
   prisoners" keep PETRARCH-2's consumption;
3. the phrase has no possessive pronoun: "its ambassador", "their troops" are the source's own people, whatever the
   verb;
4. the phrase is the clause's only target candidate: no other object, and no PP of the clause other than a PP
   of place ("in Nairobi", data/coder_place_pps.tsv), names an actor or an agent; where one does, that one is
   the target, as PETRARCH-2 reads it ("branded the rebels terrorists": TERRORIST is what the rebels are called).

A passive is left alone: the act is done to its subject, whose words `subject_words` keeps, and its BY phrase
names the source, not the target.

Where the switch is off (profile `petrarch2`) the consumption is PETRARCH-2's.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ...data_files import data_path, kinded_words
from ...errors import DataFileError
from ..adjuncts.places import place_prepositions
from ..codes import to_cameo
from ..phrases import Clause, NounPhrase, all_words

TABLE = "coder_object_words.tsv"


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """kind -> values of data/coder_object_words.tsv: the roots (`root`), the place and thing synsets (`things`)."""
    path = data_path(TABLE)
    table = kinded_words(path, "the object_words table", ("root", "things"), numbers=("root",), widths=(3,))
    if not all(len(root) == 2 for root in table["root"]) or not all(label[:1] == "&" for label in table["things"]):
        raise DataFileError(f"{path}: expected 'root<TAB>two-digit CAMEO root<TAB>name' or "
                            "'things<TAB>&SYNSET<TAB>why' rows.")
    return table


def done_to_roots() -> frozenset[str]:
    """The two-digit CAMEO roots whose act is done to its object party (data/coder_object_words.tsv)."""
    return _table()["root"]


def thing_words(verbs) -> frozenset[str]:
    """The one-word members (with their generated plurals) of the verb dictionary's synsets of places and things."""
    return frozenset(m.words[0] for label in _table()["things"] for m in verbs.synsets.get(label, ())
                     if len(m.words) == 1)


def kept_object_words(reader, verbs, cl: Clause, consumed: frozenset[int], code: int, entry) -> set[int]:
    """The consumed words that stay their object phrase's own under the rule of the module docstring; `reader` is
    the sentence's NounReader, `verbs` the verb dictionary, `code` the verb's matched code (internal), `entry` the
    verb's own dictionary entry (None where it has none), looked up by the caller (compose.Composer._verb_match)."""
    if not consumed or cl.passive:  # a passive's undergoer is its subject (`subject_words`); BY names the source
        return set()
    own = entry.active if entry is not None else 0
    if any((to_cameo(c) or "")[:2] not in done_to_roots() for c in (code, own)):
        return set()
    view = reader.view
    phrases = [*_with_nested(cl.objects), *_with_nested(pp.obj for pp in cl.pps if pp.obj is not None)]
    matched = [np for np in phrases if np.head in consumed]
    if len(matched) != 1:
        return set()
    np = matched[0]
    word = view.words[np.head]
    agent = reader.actors.longest_agent([word], 0)
    if agent is None or agent[1] != 1 or not agent[0] or word in thing_words(verbs):
        return set()
    if any(view.deps[c] == "poss" and view.tags[c] == "PRP$" for c in view.children[np.head]):
        return set()
    if _other_candidate(reader, cl, consumed):
        return set()
    return {i for i in np.words if i in consumed}


def _other_candidate(reader, cl: Clause, consumed: frozenset[int]) -> bool:
    """Another object, or a PP of the clause that is not of place, names a participant (an actor or an agent). The
    phrases holding a consumed word (the matched one among them) are not read here: their meaning waits for the
    consumption."""
    def named(phrase: NounPhrase) -> bool:
        words: list[int] = []
        all_words(phrase, words)
        return not consumed.intersection(words) and bool(reader.meaning(phrase))
    places = place_prepositions()
    return any(named(o) for o in cl.objects) or \
        any(pp.text not in places and named(pp.obj) for pp in cl.pps if pp.obj is not None)


def _with_nested(nps) -> Iterator[NounPhrase]:
    """Each noun phrase of `nps` and, after it, its nested ones (possessors, appositions, conjuncts), depth first."""
    for np in nps:
        yield np
        yield from _with_nested(np.nested)
