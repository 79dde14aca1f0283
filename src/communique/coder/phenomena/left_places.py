"""Armed forces leaving a place is a retreat (profile `communique`, switch `left_places`; session 26, branch
matcoop26).

"Ugandan troops left the Central African Republic on Friday", "the last U.S. Marines left Helmand": the CAMEO
codebook's 0874 "Retreat or surrender militarily", as CAMEO.2.0.txt's PULLED_OUT `- * (OF BASES) [0874]` and
RETREAT's `- &MILITARY *` read the act. LEAVE and DEPART are filed in the block GO_SOMEWHERE (040) with GO, TRAVEL
and ATTEND, whose code made such a withdrawal a trip. Asked by sense_tables.py where no pattern matched: a verb of
data/coder_left_places.tsv whose subject's head is a noun of armed forces and whose object names a place (an actor
the dictionaries read as a state or place, a proper name, or a noun of place) is 0874. Forces leaving FOR somewhere,
and leaders, delegations or anyone else leaving, keep the block's reading.

Session 36 (branch p11read36): a treaty or an international organisation left is a break of relations. "Xland left
the Open Skies treaty", "Yland quit the Council of Europe": CAMEO.2.0.txt reads the same act as 161 "Reduce or break
diplomatic relations" where its patterns name it (WITHDRAW `- * (FROM &TREATY) [161]`, `- * (FROM COALITION)
[161]`, PULL OUT `(OUT) (OF &TREATY) [161]`), and the PLOVER manual's SANCTION mode withdraw is to "withdraw oneself
... from a group, mediation activity, organization, or country". LEAVE's block made it a trip (040), QUIT's nothing.
So a clause no pattern matched whose verb is a row of kind `verb` (whose object is what is left) or of kind
`withdraw` (whose FROM phrase is), and whose object there is a noun of the table's kind `membership` (&TREATY's
nouns, an alliance, a bloc, a coalition) or a proper name the dictionaries read as an international organisation (IGO),
is 161, whoever leaves; announced for later on a condition ("will quit the Council of Europe unless ...") the mood
table makes it the threat 1313, as it does WITHDRAW's own 161. Anyone leaving an organisation's building or city
("left the UN headquarters", "left Brussels") is no such act.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_internal
from .silent_verbs import lemma_row_forms

LEFT_PLACES_FILE = "coder_left_places.tsv"
KINDS = ("verb", "force", "place", "withdraw", "membership")
RETREAT = "0874"  # Retreat or surrender militarily
BREAK = "161"  # Reduce or break diplomatic relations
ORGANISATION = "IGO"  # the actor codes of international organisations


@lru_cache(maxsize=1)
def left_places_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, nouns of armed forces, nouns of place) of data/coder_left_places.tsv."""
    return kinded_words(data_path(LEFT_PLACES_FILE), "the coder's left places", KINDS, rows={"verb": lemma_row_forms, "withdraw": lemma_row_forms})


def left_place_code(view, cl, meaning) -> tuple[int, str] | None:
    """(internal 0874, step) where armed forces (the clause's subject) leave a place (its object); (internal 161,
    step) where anyone leaves a treaty or an organisation; `meaning` reads a noun phrase's actor codes. None
    elsewhere."""
    table = left_places_table()
    if not cl.passive and (left := _left_membership(view, cl, meaning, table)) is not None:
        return to_internal(BREAK), f"addition: {cl.form} {view.words[left.head]}, a membership left: 161"
    if cl.form not in table["verb"] or cl.passive or not cl.objects:
        return None
    if not any(view.words[np.head] in table["force"] for np in cl.subjects):
        return None
    for np in cl.objects:
        head = np.head
        if view.words[head] in table["place"] or view.tags[head].startswith("NNP") or any(
                len(code) == 3 and code.isalpha() for code in meaning(np)):
            return to_internal(RETREAT), f"addition: forces {cl.form} {view.words[head]}, a place left: retreat (0874)"
    return None


def _left_membership(view, cl, meaning, table: dict[str, frozenset[str]]):
    """The noun phrase of a treaty or an international organisation the clause's verb leaves (its object, or its
    FROM phrase's for a verb of kind `withdraw`), or None."""
    if cl.form in table["verb"]:
        left = list(cl.objects)
    elif cl.form in table["withdraw"]:
        left = [pp.obj for pp in cl.pps if pp.text == "FROM" and pp.obj is not None]
    else:
        return None
    for np in left:
        if view.words[np.head] in table["membership"] or (view.tags[np.head].startswith("NNP") and any(
                c.startswith(ORGANISATION) for c in meaning(np))):  # not "the EU's headquarters": its head names it
            return np
    return None
