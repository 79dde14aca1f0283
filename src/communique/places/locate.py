"""Where the text puts an event: the place a locative phrase ("in", "at", "near", ...) attaches to the
event's clause.

`location_for_event(doc, trigger_index, places)` takes the places `find_places` found (communique.extract.
places) and returns the one attached to the trigger's clause, or None; a country is returned as a country,
never dressed as a city. Where a place sits in the parse is worked out once per document.

Complement locations: an event coded from a governing verb over an infinitival complement (an intent, an appeal,
a promise: "was ready to meet X in Geneva", "urged them to hold talks in Cairo") is about the act of its
complement, so where the governing clause names no place it takes the place of its complement clause (the
`xcomp` verb the trigger governs, followed down at most COMPLEMENT_DEPTH steps). A `ccomp` ("said that ...") is
not followed: a statement is not located where the event it reports happened.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from communique.nlp import DocTokens, doc_tokens, doc_tree, sentence_bounds
from communique.records import Place

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                                   "within", "on", "off", "along", "into", "onto", "over", "beyond", "toward",
                                   "towards", "to", "from", "via", "through", "nearby", "opposite"})
EVENT_LOCATIVES = LOCATIVE_PREPOSITIONS - {"to", "from", "toward", "towards", "via", "into", "onto", "over",
                                           "through", "beyond"}
LINKING_PREPOSITIONS = frozenset({"of", "with"})  # "the outskirts of Tripoli", "the border with Syria"
CLAUSE_BOUNDARIES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "csubj", "acl"})
CLIMBING_DEPENDENCIES = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "xcomp", "compound", "appos"})
FEATURE_SPECIFICITY = {"city": 0, "admin": 1, "region": 2, "country": 3}
COMPLEMENT_DEPTH = 2  # "promised to try to meet ... in Geneva"
# with `compound` (profile switch `compound_locatives`): words that make a locative preposition with OF, the
# place their OF object names locating the word they attach to ("outside of Basra", "20 km north of Mosul")
COMPOUND_LOCATIVES = frozenset({"outside", "inside", "north", "south", "east", "west", "northeast", "northwest",
                                "southeast", "southwest"})
PLACE_TOKENS_KEY = "communique.places.tokens"  # doc.user_data: (start char, end char) -> _PlaceTokens


def location_for_event(doc: Doc, trigger_index: int, places: list[Place], compound: bool = False) -> Place | None:
    """The place a locative phrase attaches to the event's clause, or None where nothing locates it; where the
    trigger's own clause names none, the place of the infinitival complement it governs (module docstring).
    `compound`: "outside of <place>", "north of <place>" are locative phrases too (COMPOUND_LOCATIVES)."""
    if not places:
        return None
    tree = _Tree(doc_tree(doc).heads, doc_tokens(doc))  # heads and strings as lists: no Token built per event
    trigger = trigger_index
    for _ in range(COMPLEMENT_DEPTH + 1):
        place = _clause_location(doc, tree, trigger, places, compound)
        if place is not None:
            return place
        trigger = _infinitival_complement(doc, trigger)
        if trigger is None:
            return None
    return None


def _infinitival_complement(doc: Doc, governor: int) -> int | None:
    """The verb of the infinitival complement a governing word takes ("meet" in "ready to meet"), or None."""
    words = doc_tokens(doc)  # the parse read once per document: no Token built per child
    for child in doc_tree(doc).children[governor]:
        if words.dep[child] == "xcomp" and words.pos[child] in ("VERB", "AUX") and child > governor:
            return child
    return None


def _clause_location(doc: Doc, tree: "_Tree", trigger: int, places: list[Place],
                     compound: bool = False) -> Place | None:
    """The place a locative phrase attaches to this trigger's own clause, or None."""
    sentence_start, _, start_char, end_char = sentence_bounds(doc, trigger)
    clause_heads = _heads_within_clause(tree, trigger)
    attached = []
    for place in places:
        if not start_char <= place.start < end_char:
            continue  # another sentence: checked on characters before building a span
        tokens = _place_tokens(doc, place, compound)
        if tokens is None or tokens.sentence_start != sentence_start:
            continue
        if tokens.governor is None:
            if tokens.modifies == trigger and place.feature != "country":
                attached.append((abs(tokens.start - trigger), place))  # "the Tripoli clashes"; not "the Iran talks"
            continue
        if tokens.governor in clause_heads or _governed_by(tree, tokens.governor, trigger):
            attached.append((abs(tokens.start - trigger), place))
    return _most_specific(attached) if attached else None


@dataclass(frozen=True)
class _PlaceTokens:
    """Where a place name sits in the parse: the same for every event of the document."""
    start: int  # its first token
    sentence_start: int  # the first token of its sentence
    governor: int | None  # the word a locative preposition governing it attaches to
    modifies: int | None  # the head it is a compound or nmod of, where no preposition governs it


def _place_tokens(doc: Doc, place: Place, compound: bool = False) -> _PlaceTokens | None:
    """The parse facts about a place's span, worked out once per document and kept in doc.user_data."""
    found = doc.user_data.setdefault(PLACE_TOKENS_KEY, {})
    key = (place.start, place.end, compound)
    if key not in found:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            found[key] = None
        else:
            root = span.root
            governor = _locative_governor(root, compound)
            modifies = root.head.i if root.dep_ in ("compound", "nmod") else None
            found[key] = _PlaceTokens(span.start, sentence_bounds(doc, span.start)[0],
                                      None if governor is None else governor.i, modifies)
    return found[key]


@dataclass(frozen=True)
class _Tree:
    head: list[int]  # each token's head (itself for a sentence root)
    words: DocTokens


def _heads_within_clause(tree: _Tree, trigger: int) -> set[int]:
    """The trigger and the words it is a core argument of ("clashes" -> "erupted", "meet" -> "prepared")."""
    head, dep = tree.head, tree.words.dep
    heads = {trigger}
    token = trigger
    while dep[token] in CLIMBING_DEPENDENCIES and head[token] != token:
        token = head[token]
        heads.add(token)
    return heads


def _governed_by(tree: _Tree, token: int, trigger: int) -> bool:
    """Whether the trigger governs the token without another verb or clause in between."""
    head, dep, pos = tree.head, tree.words.dep, tree.words.pos
    current = token
    while current != trigger:
        if head[current] == current or dep[current] in CLAUSE_BOUNDARIES:
            return False
        if pos[current] in ("VERB", "AUX"):
            return False
        current = head[current]
    return True


def _locative_governor(token: Token, compound: bool = False) -> Token | None:
    """The word a locative preposition governing this place name attaches to ("met" in "met in Istanbul"); with
    `compound`, also "outside of <place>", "north of <place>" (COMPOUND_LOCATIVES)."""
    current = token
    for _ in range(6):
        if compound and current is not token and current.lower_ in COMPOUND_LOCATIVES and current.head.i != current.i \
                and current.dep_ in ("prep", "advmod", "npadvmod"):
            return current.head
        if current.dep_ in ("compound", "appos", "conj", "amod", "nmod", "npadvmod") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pobj":
            preposition = current.head
            if preposition.lower_ in EVENT_LOCATIVES:
                return preposition.head
            if preposition.lower_ in LINKING_PREPOSITIONS:
                current = preposition.head
                continue
        return None
    return None


def _most_specific(found: list[tuple[int, Place]]) -> Place:
    """Among places attached to the event, the most specific; the nearest breaks ties."""
    return min(found, key=lambda item: (FEATURE_SPECIFICITY.get(item[1].feature, 4), item[0]))[1]
