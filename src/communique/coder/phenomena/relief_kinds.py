"""Relief told by its kind is humanitarian aid (profile `communique`, switch `relief_kinds`; session 27, branch
c14read27).

"Turkey sent search and rescue teams to Mexico", "Spain sent firefighting planes to Sweden", "Japan flew a medical
team to Nepal", "the WFP flew 15 tonnes of fortified biscuits into Haiti": the CAMEO codebook's 073 "Provide
humanitarian aid", as CAMEO.2.0.txt's SEND reads {MEDICAL TEAM}, MEDICAL and RELIEF, and FLY reads &FOOD. Those
patterns name whole phrases; the block's other patterns read the head noun alone, so a team whose kind is named by a
word before it met SEND's TEAM [036], a firefighting plane SEND's &AIRCRAFT [062, 166], relief flown to or into a
place FLY's (TO) [036] and (INTO) [154], and a food word no synset lists left the verb silent. Asked by
sense_tables.py over a matched pattern or none: a verb of conveying (data/coder_relief_kinds.tsv) whose first object
(read at an amount's or a partitive's OF object) is a noun of relief, or a noun of a crew, team or craft with a
modifier of relief before its head, is 073; a code of aid already written (07x) is kept.

Session 35 (branch p10read35): relief that arrives. "A Turkish ship carrying aid docked at Ashdod", "a plane landed in
Sanaa with 16 tonnes of medicines", "Chinese medical supplies arrived in Rome": CAMEO.2.0.txt's ARRIVE reads the same
act as aid by its own `- * (WITH AID) [070]`, but DOCK's only pattern `- * [042:043]` and ARRIVE's block default
040 read the vehicle's arrival as a visit or a consultation (PLOVER CONSULT), and LAND none. A verb of arrival
(kind `arrival`) whose subject, the load its vehicle carries, or its WITH object names relief is 073; one coded as a
trip whose subject is other goods, a noun of freight (kind `freight`: "the first cargo of gas arrived") or a vehicle
named with its load ("a tanker carrying crude oil docked"), is no event: goods conveyed, no one's visit.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..codes import to_cameo, to_internal
from ..nouns.acts import act_tables, singular_forms
from .silent_verbs import lemma_row_forms

RELIEF_KINDS_FILE = "coder_relief_kinds.tsv"
KINDS = ("verb", "arrival", "freight", "relief", "carrier", "modifier", "not", "needy", "need", "people_verb")
HUMANITARIAN_AID = "073"  # Provide humanitarian aid
AID_ROOT = "07"
TRIP_ROOT = "04"  # CAMEO's consultations and visits


@lru_cache(maxsize=1)
def relief_kinds_table() -> dict[str, frozenset[str]]:
    """kind -> words (verb forms, relief nouns, carrier nouns, modifiers of relief, modifiers that undo it) of
    data/coder_relief_kinds.tsv."""
    return kinded_words(data_path(RELIEF_KINDS_FILE), "the coder's relief kinds", KINDS,
                        rows={"verb": lemma_row_forms, "arrival": lemma_row_forms,
                              "people_verb": lemma_row_forms})


def relief_kind_code(view, cl, code: int, goods: frozenset[str] = frozenset(),
                     people: bool = False) -> tuple[int, str] | None:
    """(internal 073, step) where the clause's verb of conveying carries relief named by its kind: its first object,
    or that object's OF or IN object ("15 tonnes of biscuits", "a brigade of 300 doctors", "a team of rescuers");
    None elsewhere, and where the code is aid already. `goods`: the act noun table's relief goods (its single-word
    nouns of 073, `relief_goods`), read where the switch `act_nouns` is on: one table says what aid is made of.
    `people` (switch `conveyed_people`, session 45): people in need conveyed are relief too ("flew the wounded to
    Ankara", "flew 150 refugees to Niger", "airlifted stranded tourists"): kinds `needy` and `need`."""
    table = relief_kinds_table()
    if (to_cameo(code) or "").startswith(AID_ROOT):
        return None
    if cl.form in table["arrival"] and not cl.passive:
        return _arrived_relief(view, cl, table, goods) or _arrived_freight(view, cl, table, code)
    conveys_people = people and cl.form in table["people_verb"]
    if (cl.form not in table["verb"] and not conveys_people) or cl.passive or not cl.objects:
        return None
    first = min(cl.objects, key=lambda o: o.head)
    kind = _relief_at(view, first, table, goods) if cl.form in table["verb"] else None
    if kind is None and people:
        kind = _needy(view, first, table)
    if kind is not None:
        return to_internal(HUMANITARIAN_AID), f"addition: {cl.form} {kind}, relief conveyed (073)"
    return None


def _relief_at(view, np, table, goods: frozenset[str]) -> str | None:
    """The kind of relief noun phrase np names, itself or at its OF or IN object (an amount's, a partitive's: "tonnes
    of food"); None where neither names relief."""
    inner = next((pp.obj for pp in np.pps if pp.text in ("OF", "IN") and pp.obj is not None), None)
    for phrase in (np, inner):
        kind = _relief(view, phrase, table, goods) if phrase is not None else None
        if kind is not None:
            return kind
    return None


def _arrived_relief(view, cl, table, goods: frozenset[str]) -> tuple[int, str] | None:
    """(internal 073, step) where relief arrives: the subject of a verb of arrival, a vehicle's load ("a ship carrying
    medicines docked", data/coder_carried_cargo.tsv) or the WITH object ("landed with 16 tonnes of food"), each read at
    an amount's or a partitive's OF or IN object too, names relief; None elsewhere."""
    from ..additions import carried_cargo  # the coder's tables, read where used
    from ..candidates import vehicle_loads
    cargo = carried_cargo()
    phrases = [load for np in cl.subjects for load in (np, *vehicle_loads(np, view, cargo))]
    phrases += [pp.obj for pp in cl.pps if pp.text == "WITH" and pp.obj is not None]
    for np in phrases:
        kind = _relief_at(view, np, table, goods)
        if kind is not None:
            return to_internal(HUMANITARIAN_AID), f"addition: {kind} {cl.form}, relief arrived (073)"
    return None


def _arrived_freight(view, cl, table, code: int) -> tuple[int, str] | None:
    """(0, step) where a verb of arrival coded as a trip (root 04) has for its subject goods that are no relief: a noun
    of freight ("the first cargo of gas arrived") or a vehicle named with its load ("a tanker carrying crude oil
    docked"); what arrives is goods conveyed, no one's visit. None elsewhere (a warship, a plane, a delegation)."""
    from ..additions import carried_cargo  # the coder's tables, read where used
    from ..candidates import vehicle_loads
    if not (to_cameo(code) or "").startswith(TRIP_ROOT):
        return None
    cargo = carried_cargo()
    for np in cl.subjects:
        head = view.words[np.head]
        if head in table["freight"] or vehicle_loads(np, view, cargo):
            return 0, f"addition: {head} {cl.form}, goods arrived, no visit"
    return None


def _relief(view, np, table, goods: frozenset[str]) -> str | None:
    """The words naming a noun phrase as relief: its head a noun of relief, or a carrier's head with a modifier of
    relief before it (none that makes it a force's: "hostage rescue team"); None where it is not relief."""
    head = view.words[np.head]
    before = _joined_words([view.words[k] for k in sorted(np.words) if k < np.head])
    if before & table["not"]:
        return None
    if head in table["relief"] or any(form in goods for form in singular_forms(head)):
        return head
    named = sorted(before & table["modifier"])
    return f"{named[0]} {head}" if head in table["carrier"] and named else None


def _needy(view, np, table) -> str | None:
    """The words naming a noun phrase as people in need (read at an amount's OF object too: "dozens of injured
    Syrians"): its head a noun of people in need ("the wounded", "refugees", "evacuees"), or any head with a word of
    need before it ("injured Syrians", "stranded tourists"), none that makes it a force's; None elsewhere."""
    inner = next((pp.obj for pp in np.pps if pp.text == "OF" and pp.obj is not None), None)
    for phrase in (np, inner):
        if phrase is None:
            continue
        head = view.words[phrase.head]
        before = _joined_words([view.words[k] for k in sorted(phrase.words) if k < phrase.head])
        if before & table["not"]:
            continue
        if head in table["needy"]:
            return f"{head}, people in need"
        named = sorted(before & table["need"])
        if named:
            return f"{named[0]} {head}, people in need"
    return None


@lru_cache(maxsize=1)
def relief_goods() -> frozenset[str]:
    """The relief goods of data/act_nouns.tsv: its nouns of CAMEO 073 with no modifier or complement (FOOD, RICE,
    TENT, MEDICINE, ...)."""
    return frozenset(head for head, entries in act_tables().nouns.items()
                     if any(e.start == HUMANITARIAN_AID and not e.modifiers and not e.complement for e in entries))


def _joined_words(words: list[str]) -> set[str]:
    """The words before a head, with a hyphenated word joined as one ("WATER - BOMBING" -> WATER-BOMBING)."""
    return set(" ".join(words).replace(" - ", "-").split())
