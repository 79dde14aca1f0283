"""The court before which a case is brought is its forum, not its recipient (profile `communique`, switch
`legal_forums`; session 30; data/coder_legal_forums.tsv).

PETRARCH-2 takes a clause's target from its objects, else from its PPs, whatever they name (spec §4.5), so a
lawsuit or a complaint "filed at the International Court of Justice" is aimed at the court: "Ghana filed a lawsuit
against Togo at the ICJ" gives GHA -> TGO and GHA -> the court, "Ghana filed a lawsuit at the ICJ accusing Togo of
..." GHA -> the court alone. The CAMEO codebook's 11 family ("Bring lawsuit against", accuse, complain) and the PLOVER
manual's ACCUSE ("Sue or bring to court"; the recipient, "the entity to whom the event is directed") aim such an act
at the party sued or accused; the court is where the case is heard. So, for an act of CAMEO root 11, a PP of place
(AT, BEFORE, IN, WITH) whose object is a court (a common noun of the table, or a proper noun every code of which is
a judiciary's, JUD) names no target where a party is named: by the clause's objects or other PPs, or, where they
name none, by the object of a same-subject participle of accusing ("..., accusing Togo of ..."). Where no party is
named the court stays, as PETRARCH-2 reads it ("filed a petition at the Constitutional Court": an act with no
target would be dropped, and a weaker reading of the sentence take its place). Left alone: TO ("complained to the UN": the addressee the manual's 'disapprove' mode allows), a court
that is the object ("accused the court of bias"), a ruling of a court ("protested at the court's ruling": the
PP's head is the ruling), other roots (a verdict, 116, is the court's own act). `petrarch2` keeps PETRARCH-2's
targets.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..phrases import Clause, NounPhrase, PrepPhrase, SentenceView

FORUMS_FILE = "coder_legal_forums.tsv"
KINDS = ("root", "preposition", "forum", "accusing")
JUDICIARY = "JUD"


@lru_cache(maxsize=1)
def legal_forum_words() -> dict[str, frozenset]:
    """kind -> its words (data/coder_legal_forums.tsv): the roots, prepositions, forum nouns and participles."""
    return kinded_words(data_path(FORUMS_FILE), "the legal forums", KINDS, numbers=("root",))


def forum_act(cameo: str | None) -> bool:
    """Whether a CAMEO code is of a root whose forum is read here (11: accuse, complain, sue)."""
    return bool(cameo) and cameo[:2] in legal_forum_words()["root"]


def forum_pp(view: SentenceView, pp: PrepPhrase, codes: list[str]) -> bool:
    """Whether the PP names a court as the place a case is brought (see the module docstring): a forum preposition,
    its object a court noun of the table, or a proper noun every actor code of which is a judiciary's."""
    words = legal_forum_words()
    if pp.obj is None or pp.text not in words["preposition"] or not codes:
        return False
    head = pp.obj.head
    if view.words[head] in words["forum"]:
        return True
    return view.tags[head].startswith("NNP") and all(JUDICIARY in code[3:] for code in codes)


def forum_only(view: SentenceView, np: NounPhrase, codes: list[str], pp_meaning) -> bool:
    """Whether an object's codes all come from a forum PP of its own ("lodged a complaint with the ICJ against
    ..."): the act's noun names its forum, not a party. `pp_meaning` reads a PP's codes (the noun reader's)."""
    forum_codes = [c for pp in np.pps for c in pp_meaning(pp) if forum_pp(view, pp, pp_meaning(pp))]
    return bool(codes) and bool(forum_codes) and set(codes) <= set(forum_codes)


def accused_objects(view: SentenceView, cl: Clause) -> list:
    """The objects of the clause's same-subject participles of accusing ("..., accusing Togo of ..."): a
    complement or adverbial clause with no subject of its own, headed by a participle of the table; or such a
    participle the parse hung on the forum itself ("before a Paris court accusing the government of ...")."""
    participles = legal_forum_words()["accusing"]
    adjuncts = [c for c in cl.complements if c.dep == "advcl"]
    adjuncts += [c for pp in cl.pps if pp.obj is not None and view.words[pp.obj.head] in legal_forum_words()["forum"]
                 for c in pp.obj.acl]
    return [np for c in adjuncts if not c.subjects and view.words[c.verb] in participles for np in c.objects]
