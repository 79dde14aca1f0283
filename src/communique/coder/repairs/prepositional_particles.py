"""`particle-read-as-preposition`: the particle of a phrasal-prepositional verb read as a preposition over the
verb's prepositional phrase (a parse repair, `coder/repairs`).

English has phrasal-prepositional verbs, a verb with a particle and a preposition after it ("pull OUT of the talks",
"walk OUT of the meeting", "drop OUT of the race", "get OUT of the deal"; the Stanford parser's VP holds the verb, a
PRT and a PP). The small model reads the particle as a preposition with no object whose one dependent is the
following prepositional phrase (pulled -prep-> out -prep-> of -pobj-> talks), so the phrasal verb the dictionary
lists (CAMEO.2.0's +PULL_OUT, +WALK_OUT, +DROP_OUT, +GET_OUT) and its patterns on the PP (`- * (OF TALKS) [164]`)
are missed, and the bare verb's block codes the clause (PULL: EXTRACT, 171 "seize property"). A preposition has an
object; one right after its verb with none, whose only dependent is a prepositional phrase, where the dictionaries
list that verb with that word as its particle, is the verb's particle (`prt`), and the phrase after it the verb's
own. A preposition with its own object ("walked out the door") and a verb the dictionaries list without that
particle ("fled out of the city") are left alone.
"""
from __future__ import annotations

from functools import lru_cache

from .tree import Tree, attempt, children_of, is_verb


@lru_cache(maxsize=1)
def particle_verbs() -> frozenset[tuple[str, str]]:
    """(VERB FORM, PARTICLE) for each phrasal verb of the verb dictionaries (CAMEO.2.0.txt and the additions) with
    one particle after the verb ("PULLED", "OUT")."""
    from ..additions import communique_verb_dictionary

    return frozenset((form, after[0]) for form, entries in communique_verb_dictionary().forms.items()
                     for (after, before) in entries if len(after) == 1 and not before)


def particle_as_preposition(tree: Tree, p: int, known: frozenset[tuple[str, str]] | None = None) -> bool:
    """Word p, a `prep` right after its verb with no object and one `prep` dependent that has one, where the
    dictionaries list the verb with p as its particle: p becomes the verb's particle, the PP the verb's."""
    v = tree.heads[p]
    if tree.deps[p] != "prep" or v != p - 1 or not is_verb(tree, v) or not tree.tags[v].startswith("VB"):
        return False
    if (tree.words[v], tree.words[p]) not in (particle_verbs() if known is None else known):
        return False
    kids = children_of(tree, p)
    if len(kids) != 1 or kids[0] != p + 1 or tree.deps[p + 1] != "prep":
        return False
    q = kids[0]
    if not any(tree.deps[c] == "pobj" for c in children_of(tree, q)):
        return False

    def change(t: Tree) -> None:
        t.deps[p], t.tags[p] = "prt", "RP"
        t.heads[q] = v

    return attempt(tree, "particle-read-as-preposition", change)
