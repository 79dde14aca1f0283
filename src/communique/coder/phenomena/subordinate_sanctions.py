"""An authority's acts on those under it (profile `communique`, switch `subordinate_sanctions`; session 44, branch
sanction44).

A state acts on the people and bodies under its authority in ways no other party can, and CAMEO codes those acts
as coercion, not as the words they are told with (data/coder_subordinate_sanctions.tsv names every word):
* a charge with an offence by a state's legal authority (a role of the table's `legal_roles`, police or judiciary,
  read from the subject's actor code) is legal action, 173 "Arrest, detain, or charge with legal action": "police
  charged the captain with negligence", "police booked the owner for homicide"; CAMEO.2.0.txt's own BLAME block reads
  CHARGE so only after PROSECUTOR and COURT (`- PROSECUTOR * [173]`), its default and its offence patterns being
  accusations (112, `(WITH MURDER) [1121]`); a passive charge with an offence ("was charged with manslaughter") is
  legal action too, whoever brought it; a charge in words ("charged that the government had lied") stays 112;
* a government's removal of one of its own officials (DISMISS, SACK, FIRE, SUSPEND ... with an object named by a
  noun of office or a proper name, of the ruler's own state or of none: "the head of the disaster agency", "12
  police officers", "Interior Minister X"; a ruler whose state the sentence leaves unnamed, "the government", "the
  president", removing an official of no named state too: session 46, branch coerce46) and its revocation of a
  licence or a registration is an administrative sanction, 172, where the dictionary reads a disapproval (110) or
  nothing; a removal at another's request or after calls for it (a PP of the table's `demand` nouns) is left to the
  dictionary (the rulings' accession);
* a ruler's order to a body under it (no actor of another state) to halt its own sales, exports or production is
  that sanction too, 172 ("ordered the company to halt sales of its noodles");
* a ruler's instruction to his own bodies (the addressee of the ruler's state with a role of `own_bodies`: a
  ministry, the army, hospitals, governors) to do what is no act of its own (to find out, to prepare, to report:
  no code of the table's `material` roots) is a statement, 010, not ORDER's or a reported imperative's 100 "Demand",
  which is made of another party; an order to another state or a foreign company stays a demand, and an order of
  coercion to one's own agents stays `ordered_acts`'s act; an order to leave (the table's `departing`) is an
  expulsion's (CAMEO 174 "Expel or deport individuals"), whoever the parse takes the addressee for.
"""
from __future__ import annotations

from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..code_tokens import phrase_tokens, tagged
from ..codes import to_cameo, to_written
from ..phrases import Clause
from ..resolve import Event
from .silent_verbs import lemma_row_forms

SUBORDINATE_SANCTIONS_FILE = "coder_subordinate_sanctions.tsv"
KINDS = ("charging", "offence", "instrument", "legal_roles", "dismissing", "office", "revoking", "permit",
         "ruling_roles", "instructing_roles", "demand", "directive", "own_bodies", "opponents", "departing", "stopping",
         "trade", "material")
LEGAL_ACTION, SANCTION, STATEMENT = "173", "172", "010"
WORDED_ROOTS = frozenset({"01", "11"})  # a pattern's code a sanction replaces: a statement, a disapproval
UNKNOWN_STATE = "---"


@lru_cache(maxsize=1)
def sanction_tables() -> dict[str, frozenset]:
    """kind -> words of data/coder_subordinate_sanctions.tsv (verbs with their forms)."""
    verbs = ("charging", "dismissing", "revoking", "directive", "departing", "stopping")
    return kinded_words(data_path(SUBORDINATE_SANCTIONS_FILE), "the coder's subordinate sanctions", KINDS,
                        numbers=("material",), rows={kind: lemma_row_forms for kind in verbs})


def _root(code) -> str:
    return (to_cameo(code) or "")[:2]


def _state(code: str) -> str:
    return "" if code.startswith("~") or code[:3] == UNKNOWN_STATE else code[:3]


def _role(code: str) -> str:
    return code.lstrip("~")[:3] if code.startswith("~") else code[3:6]


def _ruler(code: str, unnamed: bool = False) -> bool:
    """A state actor with authority over its own officials: a country, or its government, forces, police, courts.
    With `unnamed`, a ruling role whose state the sentence does not name too ("the government", "the president":
    wire copy names the country once, then writes the role), as a ruler over officials of no named other state."""
    if not _state(code):
        return unnamed and _role(code) in sanction_tables()["ruling_roles"]
    return len(code) == 3 or _role(code) in sanction_tables()["ruling_roles"]


def _legal(code: str) -> bool:
    return _role(code) in sanction_tables()["legal_roles"]


def _own(code: str, rulers: list[str], roles: frozenset | None = None) -> bool:
    """The actor is of a ruler's state (with a role of `roles` where given), or a role no state names."""
    if not _state(code):
        return roles is None or _role(code) in roles
    return any(_state(code) == _state(r) for r in rulers) and (roles is None or _role(code) in roles)


def _subject_codes(composer, cl: Clause, upper_source) -> list[str]:
    up, _ = upper_source()
    return list(up) if up or not cl.upper else composer.upper_codes(cl.upper)


def sanction_code(composer, cl: Clause, pattern, code: int, upper_source) -> tuple[int, str] | None:
    """(code, step) of a charge by a legal authority (173), a removal of an own official or a revocation of a
    permit (172), where the dictionary reads the clause as words (no code, a statement's or a disapproval's, or an
    accusation's) or, for a removal or a revocation, where only the verb's block code stands (FIRE's shooting,
    REVOKE's reduced relations: no pattern matched); None elsewhere (module docstring)."""
    worded = not code or _root(code) in WORDED_ROOTS
    if cl.negated or not worded and pattern is not None:
        return None
    tables, view = sanction_tables(), composer.view
    if cl.form in tables["charging"] and worded and _offence(view, cl):
        subjects = [] if cl.passive else _subject_codes(composer, cl, upper_source)
        if cl.passive or subjects and all(_legal(c) for c in subjects):  # a passive charge: whoever brought it
            return to_written(LEGAL_ACTION), f"addition: {cl.form} with an offence by a legal authority, legal " \
                                             f"action {LEGAL_ACTION} (subordinate_sanctions)"
        return None
    if cl.passive or not cl.objects:
        return None
    dismissal = cl.form in tables["dismissing"]
    revocation = cl.form in tables["revoking"]
    if not (dismissal or revocation):
        return None
    rulers = _subject_codes(composer, cl, upper_source)
    if not rulers or not all(_ruler(r, unnamed=True) for r in rulers) or _demanded(view, cl):
        return None
    for obj in cl.objects:
        head = view.words[obj.head]
        permits = [head] + [view.words[pp.obj.head] for pp in obj.pps if pp.text == "OF" and pp.obj is not None]
        if revocation and any(w in tables["permit"] for w in permits):
            return to_written(SANCTION), f"addition: {cl.form} a {head}, an administrative sanction {SANCTION} " \
                                         "(subordinate_sanctions)"
        if dismissal and head not in tables["demand"]:  # an official by office ("the head of the agency"), named, or
            # people of the state's own bodies ("18,000 soldiers and teachers"; not "prison leave"); not a demand
            # dismissed, whose possessor is the actor found ("the teachers' union's demands": a rejection)
            found = composer.reader.meaning(obj) or []
            named = head in tables["office"] or view.tags[obj.head].startswith("NNP")
            if named and all(_own(c, rulers) for c in found) or view.tags[obj.head] == "NNS" and found \
                    and all(_own(c, rulers, tables["own_bodies"]) for c in found):
                return to_written(SANCTION), f"addition: {cl.form} an own official, an administrative sanction " \
                                             f"{SANCTION} (subordinate_sanctions)"
    return None


def _demanded(view, cl: Clause) -> bool:
    """The removal is told as done on another's demand ("at the chancellor's request", "after calls for his
    resignation"): a yielding (an accession, 0831, by the wire census rulings), not a sanction of the ruler's own."""
    demands = sanction_tables()["demand"]
    return any(pp.obj is not None and view.words[pp.obj.head] in demands for pp in _clause_pps(cl))


def _clause_pps(cl: Clause) -> list:
    """The clause's PPs and those of its objects' noun phrases, nested ones too: the parser hangs a PP of the verb
    on the object as often as on the verb ("booked the owner of the building for homicide")."""
    pps, nps = list(cl.pps), list(cl.objects)
    while nps:
        np = nps.pop()
        pps.extend(np.pps)
        nps.extend(pp.obj for pp in np.pps if pp.obj is not None)
    return pps


def _offence(view, cl: Clause) -> bool:
    """A PP of the table's `offence` prepositions on the clause or its objects (`_clause_pps`), whose noun is no
    instrument (riot police "charged the crowd with batons" is a charge of force)."""
    tables = sanction_tables()
    return any(pp.text in tables["offence"] and (pp.obj is None and pp.clause is not None  # "with causing death"
               or pp.obj is not None and view.words[pp.obj.head] not in tables["instrument"]) for pp in _clause_pps(cl))


def instructed_bodies(composer, cl: Clause, upper_source) -> list | None:
    """The events of a ruler's order to a body under it: a halt of its own trade (172 by the ruler), or an
    instruction to its own bodies to do what is no act (010 by the ruler, to them); None elsewhere (module
    docstring)."""
    tables, view, reader = sanction_tables(), composer.view, composer.reader
    if cl.form not in tables["directive"] or cl.passive or cl.negated or not cl.objects:
        return None
    infinitives = [c for c in cl.complements if c.dep == "xcomp" and view.tags[c.verb] == "VB" and not c.negated
                   and any(view.words[a] == "TO" for a in view.children[c.verb])]
    if not infinitives:
        return None
    inf = infinitives[0]
    material = _root(composer._lookup(inf.form)) in tables["material"]  # an act of its own ordered: ordered_acts.py's
    if material and not _halted_trade(view, inf):  # or the composition's, asked before any phrase is read
        return None
    up, up_heads = upper_source()
    if not up and cl.upper:
        up, up_heads = composer.upper_codes(cl.upper), phrase_tokens(cl.upper)
    if not up or not all(_ruler(r) for r in up):
        return None
    addressees = [(tagged(found, phrase_tokens([obj])), phrase_tokens([obj]))
                  for obj in cl.objects if (found := reader.meaning(obj))]
    codes = [c for found, _ in addressees for c in found]
    if _halted_trade(view, inf) and not any(_state(c) and not _own(c, up) for c in codes):
        step = f"addition: {cl.form} to halt its own trade {view.words[inf.verb]}, an administrative sanction " \
               f"{SANCTION} (subordinate_sanctions)"
        return _events(composer, cl, inf, up, up_heads, addressees, SANCTION, step)
    if material or inf.form in tables["departing"] or not codes \
            or not all(_own(c, up, tables["own_bodies"]) for c in codes) \
            or not all(_instructing(r) for r in up) or _acts_on_others(reader, inf, up):
        return None
    step = f"addition: {cl.form} its own bodies to {view.words[inf.verb]}, an instruction, a statement {STATEMENT} " \
           "(subordinate_sanctions)"
    return _events(composer, cl, inf, up, up_heads, addressees, STATEMENT, step)


def _instructing(code: str) -> bool:
    """A ruler whose order to its own bodies is an instruction: a country, or its government, forces or police (the
    table's `instructing_roles`). A court's order to a government is its ruling (the wire census rulings' (20)),
    not a word within a chain of command."""
    return len(code) == 3 or _role(code) in sanction_tables()["instructing_roles"]


def _acts_on_others(reader, inf: Clause, rulers: list[str]) -> bool:
    """The infinitive's object is an actor of the table's `opponents` roles ("to drive the militants out") or of
    another state ("ordered its ambassador to leave Minsk"): an act done to another party, whatever the dictionary
    codes it, not an instruction to find out or prepare."""
    opponents = sanction_tables()["opponents"]
    found = [c for np in inf.objects for c in (reader.meaning(np) or [])]
    return any(_role(c) in opponents or _state(c) and not _own(c, rulers) for c in found)


def _halted_trade(view, inf: Clause) -> bool:
    """The infinitive stops a trade: "to halt sales", "to stop selling" (its object or its gerund complement)."""
    tables = sanction_tables()
    if inf.form not in tables["stopping"]:
        return False
    words = [view.words[np.head] for np in inf.objects] + [view.words[c.verb] for c in inf.complements]
    return any(w in tables["trade"] for w in words)


def _events(composer, cl: Clause, inf: Clause, up, up_heads, addressees, cameo: str, step: str) -> list:
    """One event per addressee (none named: no target), the ruler as source; the infinitive and the clauses below
    it are what is instructed, not coded again as clauses of their own (sentence.py): "to find out why the
    pipeline exploded" asserts no explosion."""
    view, below = composer.view, [inf.verb]
    while below:
        k = below.pop()
        composer.ordered_verbs.add(k)
        below.extend(j for j in view.children[k] if view.tags[j].startswith("VB"))
    steps = (f"verb: {cl.form}", step)
    targets = [(t, heads) for found, heads in addressees for t in found] or [("", ())]
    return [Event(tuple(up), t, to_written(cameo), cl.verb, None, steps, tuple(up_heads), tuple(heads))
            for t, heads in targets]
