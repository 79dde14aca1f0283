"""'The Xland foreign minister visited Yland. The minister met President Z': a definite title with no country ("the
minister", "the president") is the official named before it by the same title (profile `communique`, switch
`title_antecedents`; session 20, branch roles20).

News names an official once with a country ("the Brazilian foreign minister", "Kenya's president") and then by the
bare title ("the minister said", "the president met"). The actor finder reads the bare title as an agent of no
country (---GOV, an organ of kind group), and resolve/coreference.py gives such an organ the country of the
nearest state named before it ("the government" after "Yland": YLDGOV), which for an official is often the country
the official visited or spoke of: "The Xland foreign minister visited Yland. The minister met ..." made the
minister Yland's. A person's title is the person's, not a state's: here, after coreference.py, a singular title
word of a person (data/reference_words: singular:person) that "the" alone determines ("the minister", "the prime
minister"), whose country, where it has one, is thus not its own words' but a guess from its context, takes the
country of the nearest mention before it, within a few sentences, headed by the same title word and read with a
country and the same role ("the Xland foreign minister", XLDGOV). Where none is found, coreference.py's reading
stands.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..extract.actors import ActorMention, DocActors
from ..extract.reference_words import country_names, reference_words
from ..nlp import doc_tags, doc_tokens
from ..records import Actor

RECENT_TOKENS = 80  # the antecedent is within about two sentences (possessed_states.py's reach)


def link_titles(doc: Doc, actors: DocActors) -> list[ActorMention]:
    """Mentions for the definite bare titles of `doc`, each the country of the nearest official named before it
    by the same title (module docstring)."""
    titles = reference_words()["singular:person"]
    lemmas, tags = doc_tokens(doc).lemma, doc_tags(doc)  # read once: iterating the Doc builds a Token for each word
    linked = []
    for i, lemma in enumerate(lemmas):
        if tags[i] != "NN" or lemma not in titles:
            continue
        token = doc[i]
        words = _bare_title(token, titles)
        old = actors.at(token.i)
        if words is None or old is None or len(old.actors) != 1 or old.end != token.i + 1:
            continue
        own = old.actors[0]  # its country, if any, is not its own words': coreference's or the actor finder's guess
        found = _antecedent(token, words, own.sector, actors, lemmas)
        if found is None or found.country == own.country:
            continue
        name = country_names().get(found.country, found.country)
        actor = Actor(name=f"{name} {token.lower_}", country=found.country, sector=own.sector,
                      code=found.country + (own.sector or ""), kind=own.kind)
        linked.append(actors.replace_mention(doc, old, ActorMention(old.start, old.end, [actor], "coreference")))
    return linked


def _bare_title(token: Token, titles: frozenset[str]) -> list[str] | None:
    """The words of a title that "the" alone determines, with no word before it but the title's own ("the
    minister", "the prime minister": ["prime"]); None for "the Yland minister", "the new minister", "a minister"."""
    before = [c for c in token.children if c.i < token.i]
    if not before or before[0].lower_ != "the" or before[0].dep_ != "det":
        return None
    words = [c.lower_ for c in before[1:]]
    if words and f"{' '.join(words)} {token.lemma_.lower()}" not in titles:
        return None
    return words


def _antecedent(token: Token, words: list[str], sector: str | None, actors: DocActors,
                lemmas: list[str]) -> Actor | None:
    """The actor of the nearest earlier mention, within RECENT_TOKENS, headed by the title's own word and holding
    its other words ("prime"), of one actor with a country and the title's role."""
    lemma = token.lemma_.lower()
    lower = doc_tokens(token.doc).lower
    for mention in reversed(actors.mentions):
        if mention.end > token.i or mention.modifier:
            continue
        if token.i - mention.end > RECENT_TOKENS:
            return None
        actor = mention.actors[0]
        if len(mention.actors) == 1 and actor.country and actor.sector == sector \
                and lemmas[mention.end - 1].lower() == lemma \
                and all(w in lower[mention.start:mention.end - 1] for w in words):
            return actor
    return None
