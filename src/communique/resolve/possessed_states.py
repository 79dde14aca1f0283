"""'The Yland president said his country ...': a state named by a possessive pronoun or a definite description
is the state of the actor named before it (profile `communique`, switch `possessed_states`; session 12, branch
plovercensus).

Wire copy reports a state's act through its officials: "the Yland foreign minister said his country would cut
aid to Xland", "the Yland president said his government was ready to cooperate", "Yland's leader said the
country would not back down". resolve/coreference.py links "his" to a person named before it, and "the
country" to a state named before it; but a title with no name ("the Yland president") is read as the state's
organ (an agent, YLDGOV, of kind group), neither a person nor a state, so neither link is made: "his country"
names no actor and "his government" stays a government of no country (---GOV), and the act is lost or has no
source. Here, after coreference.py, a state noun (country, nation, government, administration, army, military,
forces, police, ministry) that a possessive (his, her, its, their) determines, or "the country" / "the nation",
and that no mention with
a country covers yet, takes the country of the nearest actor mention before it in the document that has one
(not a name used as a modifier, "Yland" in "Yland troops", whose head is the mention), or first the subject of the
clause that reports or governs the noun's own ("the Yland minister told his Xland counterpart that his government
would ...": Yland's, not Xland's): "his country" is Yland
(YLD), "his government" Yland's government (YLDGOV), "its army" YLDMIL. One already resolved is left.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..extract.actors import ActorMention, DocActors
from ..extract.reference_words import country_names, reference_words
from ..nlp import doc_tags, doc_tokens
from ..records import Actor

# state nouns and the CAMEO role each gives its country ("" for the state itself)
STATE_NOUNS = {"country": "", "nation": "", "government": "GOV", "administration": "GOV", "ministry": "GOV",
               "army": "MIL", "military": "MIL", "forces": "MIL", "police": "COP"}
RECENT_TOKENS = 80  # the antecedent is within about two sentences


def link_possessed_states(doc: Doc, actors: DocActors) -> list[ActorMention]:
    """Mentions for the state nouns of `doc` a possessive (or "the", for the state itself) determines, each the
    state of the nearest
    actor named before it (module docstring)."""
    linked = []
    lower, tags = doc_tokens(doc).lower, doc_tags(doc)  # read once: iterating the Doc builds a Token for each word
    for i, word in enumerate(lower):
        role = STATE_NOUNS.get(word) if tags[i] in ("NN", "NNS") else None
        if role is None:
            continue
        token = doc[i]
        if not _determined(token):
            continue
        old = actors.at(token.i)
        if old is not None and (old.actors[0].country or len(old.actors) != 1):
            continue
        country = _governing_subject_country(token, actors) or _nearest_country(token, actors)
        if country is None:
            continue
        name = country_names().get(country, country)
        actor = Actor(name=f"{name} {token.lower_}" if role else name, country=country, sector=role or None,
                      code=country + role, kind="group" if role else "state")
        start = min([c.i for c in token.children if c.dep_ in ("poss", "det") and c.i < token.i] + [token.i])
        mention = ActorMention(start, token.i + 1, [actor], "coreference")
        linked.append(actors.replace_mention(doc, old, mention) if old is not None else actors.add_mention(doc, mention))
    return linked


def _determined(token: Token) -> bool:
    """A possessive before any state noun; "the" before one that names the state itself ("the country": "the
    government", "the army" are left to coreference.py and event_countries.py, which read their context)."""
    return any((c.dep_ == "poss" and c.lower_ in reference_words()["pronoun:possessive"])
               or (c.dep_ == "det" and c.lower_ == "the" and not STATE_NOUNS[token.lower_]) for c in token.children)


def _governing_subject_country(token: Token, actors: DocActors) -> str | None:
    """The country of the subject of the clause that reports or governs the state noun's own clause: "the Yland
    minister told his Xland counterpart that his government ...", "... met his Xland counterpart and said his
    government ...": Yland, the subject of "told" (of "met", whose subject "said" shares), not the nearest actor."""
    own = token.head
    node = own
    while node.dep_ in GOVERNED_DEPS and node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i), None)
        mention = actors.at(subject.i) if subject is not None else None
        if mention is not None and not mention.modifier:
            return _country_of(mention)
    return None


GOVERNED_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def _country_of(mention: ActorMention) -> str | None:
    countries = {a.country for a in mention.actors}
    country = countries.pop() if len(countries) == 1 else None
    return country if country and len(country) == 3 and country not in GROUPS else None


GROUPS = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"})


def _nearest_country(token: Token, actors: DocActors) -> str | None:
    for mention in sorted(actors.mentions, key=lambda m: -m.end):
        if mention.end > token.i or mention.modifier or token.i - mention.end > RECENT_TOKENS:
            continue
        country = _country_of(mention)
        if country:
            return country
    return None
