"""Prepositional phrases that name where, when, why or with whose help an act happened, not whom it is directed
at (profile switches `place_pps`, `helper_pps` and `adjunct_pps`; the words in data/coder_place_pps.tsv and
data/coder_adjunct_prepositions.tsv).

PETRARCH-2 reads a clause's lower set from the actors of its PP children where its objects name none, and a
noun phrase with no actor of its own from the actors of its PPs (spec §3.6, §4.5). Four kinds of PP are
read otherwise here:

    border_pp(view, pp)     a PP of place over a border noun: "on the Yland border" names two countries, the
                            modifier the neighbour across the line, so it gives no actor ("a rebel stronghold
                            on the Yland border" is not YLDREB)
    time_pp(pp)             a PP of time ordering the act before or after another ("after", "following"; not
                            "during", which puts it inside the other): an actor found only in a PP of place inside
                            it ("following the fighting in Zland") is where another event happened
    helper_pp(view, pp)     WITH/UNDER over a noun of help or sponsorship ("with Zland's help", "under the
                            auspices of the UN"): a helper, not a recipient
    settlement_heads(view)  the nouns of a settlement heading a PP of place ("at the border village of Xtown"):
                            a place, not its people, so the noun's agent code (VILLAGE ~CVL) is not read
    border_place(doc, place)  a place whose words modify a border noun ("near the Yland border"): the
                            event happened on a line between two countries, so the place gives no country
    border_mention(doc, m)  an actor mention that modifies a border noun: no country the document is about
    cause_pp(view, pp)      OVER or ABOUT over a common noun ("over its invasion of Yland", "about the treatment of
                            a journalist"), or a noun of asking after its preposition ("at the request of Yland",
                            "on behalf of Yland": who asked for the act; session 33): what the act is about or
                            why it was done, a participant only where nothing else names one
                            (switch `adjunct_pps`; data/coder_adjunct_prepositions.tsv, which also lists the
                            prepositions of concession, "despite", whose PPs name no participant at all)
    addressee_verbs()       verbs of verbal conflict whose object is the one told the grievance ("summoned the
                            Yland ambassador over ..."): there a PP of cause is read as in any other act
                            (data/coder_addressee_verbs.tsv)
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words, tsv_rows, upper_words
from ...errors import DataFileError
from ...nlp import doc_tokens

PLACE_PPS_FILE = "coder_place_pps.tsv"
ADJUNCTS_FILE = "coder_adjunct_prepositions.tsv"
ADDRESSEE_FILE = "coder_addressee_verbs.tsv"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset]:
    """kind -> its words (data/coder_place_pps.tsv); a helper row's noun with the preposition it follows, as
    (PREPOSITION, NOUN), where the row names one."""
    return kinded_words(data_path(PLACE_PPS_FILE), "the place and time prepositions",
                        ("border", "place", "where", "time", "helper", "settlement"), widths=(2, 3), rows={"helper": _helper_row})


def _helper_row(nouns: list[str], before: str = "") -> list:
    """A helper row's nouns, each as (PREPOSITION, NOUN) where the row names the preposition they follow."""
    return [(before.strip().upper(), noun) for noun in nouns] if before.strip() else nouns


def border_nouns() -> frozenset[str]:
    return _words()["border"]


def place_prepositions() -> frozenset[str]:
    return _words()["place"]


def where_prepositions() -> frozenset[str]:
    """The prepositions of place looked for inside a PP of time (no ON: "after attacks on Yland")."""
    return _words()["where"]


def time_prepositions() -> frozenset[str]:
    return _words()["time"]


def border_pp(view, pp) -> bool:
    """A PP of place whose object a border noun heads ("on the Yland border", "near the frontier")."""
    return pp.obj is not None and pp.text in place_prepositions() and view.words[pp.obj.head] in border_nouns() \
        and not view.tags[pp.obj.head].startswith("NNP")


def settlement_heads(view) -> frozenset[int]:
    """The common nouns of a settlement (data/coder_place_pps.tsv, kind settlement: village, settlement,
    neighbourhood) that head the object of a PP of place other than ON ("met at the border village of Xtown", "in
    a settlement near Ytown"): the phrase names where, and its noun's agent code (VILLAGE ~CVL) is not read as
    the people living there. ON is left out: an act done on a village is done to them."""
    words, settlements = view.words, _words()["settlement"]  # the document's words: only the sentence's own
    # tokens can head its phrases; a settlement's noun is rare, so it is looked for first
    return frozenset(i for i in range(view.start, view.end) if words[i] in settlements
                     and _settlement_head(words[i], view.tags[i], view.deps[i], words[view.heads[i]]))


def settlement_tokens(doc, tokens) -> tuple[int, ...]:
    """`settlement_heads` on the parse itself: which of `tokens` are a settlement's noun heading a PP of place."""
    texts, settlements = doc_tokens(doc).text, _words()["settlement"]  # a Token built only for a settlement's noun
    return tuple(i for i in tokens if texts[i].upper() in settlements
                 and _settlement_head(doc[i].text.upper(), doc[i].tag_, doc[i].dep_, doc[i].head.text.upper()))


def _settlement_head(word: str, tag: str, dep: str, head_word: str) -> bool:
    """Whether an upper-cased common noun of a settlement is the object of a preposition of place other than ON."""
    return word in _words()["settlement"] and tag in ("NN", "NNS") and dep == "pobj" \
        and head_word in place_prepositions() and head_word != "ON"


def time_pp(pp) -> bool:
    """A PP of time ("after the clashes in Yland"): its nested places are another event's."""
    return pp.text in time_prepositions()


def helper_pp(view, pp) -> bool:
    """WITH or UNDER over a noun of help or sponsorship ("with Zland's help", "under UN auspices")."""
    return pp.obj is not None and (pp.text, view.words[pp.obj.head]) in _words()["helper"]


def border_mention(doc, mention) -> bool:
    """Whether an actor mention (tokens [start, end)) modifies a border noun ("the Yland border")."""
    return _modifies_border(doc, doc[mention.end - 1]) if mention.end > mention.start else False


def _modifies_border(doc, last) -> bool:
    """"the Yland border", "the Yland-Zland frontier", "the border with Yland": the name qualifies a border."""
    def border(token) -> bool:  # a common noun: not "Border" in "the Canada Border Services Agency"
        return token.text.upper() in nouns and not token.tag_.startswith("NNP")

    nouns = border_nouns()
    head = last.head
    if border(head) and head.i > last.i:
        return True
    if head.dep_ == "prep" and head.text.upper() in ("WITH", "OF") and border(head.head):
        return True
    return last.i + 1 < len(doc) and border(doc[last.i + 1])


def border_place(doc, place) -> bool:
    """Whether the place's words modify a border noun ("near the Yland border", "on the Thai-Burmese
    frontier"): such a place names the country across a line, not where an actor belongs."""
    if place is None:
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _modifies_border(doc, span[-1])


@lru_cache(maxsize=1)
def _adjunct_kinds() -> dict[str, str]:
    """preposition -> its kind, concession or cause; (preposition, noun) -> instigation, for the nouns of asking a
    preposition takes ("at the request of") (data/coder_adjunct_prepositions.tsv)."""
    path = data_path(ADJUNCTS_FILE)
    kinds: dict = {}
    for number, fields in tsv_rows(path, "the adjunct prepositions", min_width=2):
        word, kind, nouns = fields[0], fields[1], fields[2:]
        if not (word.isalpha() and word.isupper()) or kind not in ("concession", "cause", "instigation") \
                or len(nouns) != (kind == "instigation") or not all(n.isalpha() and n.isupper() for n in nouns):
            raise DataFileError(f"{path} line {number}: expected 'PREPOSITION<TAB>concession or cause', or "
                                "'PREPOSITION<TAB>instigation<TAB>NOUN'.")
        kinds[(word, nouns[0]) if nouns else word] = kind
    return kinds


def adjunct_prepositions() -> frozenset[str]:
    """Prepositions of concession (data/coder_adjunct_prepositions.tsv): their PPs name no target
    (profile switch `adjunct_pps`, read by lower_sets.LowerSets._lower_codes)."""
    return frozenset(w for w, kind in _adjunct_kinds().items() if kind == "concession")


def cause_prepositions() -> frozenset[str]:
    """Prepositions of cause or topic (OVER, ABOUT; data/coder_adjunct_prepositions.tsv): with a common noun as
    object, their PPs name a target only where nothing else in the clause does (switch `adjunct_pps`)."""
    return frozenset(w for w, kind in _adjunct_kinds().items() if kind == "cause")


def cause_pp(view, pp) -> bool:
    """A PP of cause or topic with a common noun as object ("over its invasion of Ukraine", "about the treatment of
    a journalist"), not a place ("over Syria"), or of instigation ("at the request of Yland", "on behalf of Yland":
    who asked for the act; session 33): it names a participant only where nothing else does."""
    if pp.obj is None or view.tags[pp.obj.head] not in ("NN", "NNS"):
        return False
    return pp.text in cause_prepositions() or _adjunct_kinds().get((pp.text, view.words[pp.obj.head])) == "instigation"


@lru_cache(maxsize=1)
def addressee_verbs() -> frozenset[str]:
    """Verbs of verbal conflict whose direct object is the protest's addressee (SUMMON; their dictionary lines'
    verbs, data/coder_addressee_verbs.tsv): beside an object that names an actor, a PP of cause names no target."""
    return upper_words(ADDRESSEE_FILE, "the addressee verbs", columns=2, expected="'VERB<TAB>why'", compounds=True)
