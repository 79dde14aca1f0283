"""The party an adverbial clause names, as the recipient of an act whose own clause names none (profile `communique`,
switches `condition_addressees` and `provoked_mobilisations`; session 40, data/coder_adverbial_parties.tsv).

PETRARCH-2 reads a clause's target from its objects and PPs only (spec §4.5), and the phrase view hangs an adverbial
clause on its verb as a complement of its own; so an act whose recipient is named only as the subject of such a
clause has none. Two frames of English name it there:
- a condition ("unless", "if"): an act announced on a condition is put to the one who must meet it, the CAMEO
  codebook's threats and offers, the PLOVER manual's THREATEN ("the recipient is the target of the threat"): "Xland
  threatened to close its airspace unless Zcity withdrew the map", "said it would suspend talks if Yland raised
  tariffs again", "offered to resume talks if Yland agreed" are addressed to Zcity's and Yland's state. The condition
  may hang on the announced act or on the verb that announces it ("threatened", "said", "warned").
- a provocation ("after", "as", "when") of a mobilisation (CAMEO 15): the PLOVER manual's MOBILIZE recipient is the
  one "against whom the actor mobilizes ... if that is clear", and a clause telling what another state's actor did
  just before makes it clear: "Xland scrambled fighter jets after Yland bombers flew near its coast", "put its navy
  on alert as Yland ships entered its waters" are aimed at Yland. Only an actor of another country than the
  source's: a state's own actors (its prime minister resigning, its protesters) are not what it mobilises against.
A record that already has a recipient keeps it; the condition's subject that is the source itself ("would retaliate
if it were attacked") and a clause that names no actor ("after the floods") change nothing. `petrarch2` keeps
PETRARCH-2's targets.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ...data_files import table_rows
from ..actors.arithmetic import UNKNOWN_COUNTRY, printed_code
from ..phrases import SentenceView

MARKS_FILE = "coder_adverbial_parties.tsv"
CONDITION, PROVOCATION = "condition", "provocation"
STATEMENT_ROOT = "01"  # a statement's recipient is whom it is said to, not a party its content names
MOBILISATION_ROOT = "15"
CHAIN_DEPS = frozenset({"xcomp", "ccomp"})  # the announced act and the verb announcing it: one chain
STATE_ROLES = ("", "GOV")  # a state by its name or its capital, and its government: one actor
MOVED_FORCES = frozenset({"MIL", "COP", "SPY", "UAF"})  # resolve/mobilised_forces.py's forces a state moves
CONDITION_STEP = "addition: the one a condition is put to is the recipient (condition_addressees)"
PROVOCATION_STEP = "addition: the actor whose act a mobilisation answers is its recipient (provoked_mobilisations)"


@lru_cache(maxsize=1)
def adverbial_marks() -> dict[str, str]:
    """{subordinator (upper case): frame} of data/coder_adverbial_parties.tsv."""
    return {mark: frame for mark, frame in table_rows(MARKS_FILE, 2)}


def condition_addressees(records: Sequence, view: SentenceView, reader) -> list:
    """Records of an act other than a statement with no recipient (or one of no country) whose verb chain has a
    condition clause: addressed to the actors of the condition's subject."""
    return _addressed(records, view, reader, CONDITION, _not_statement, _other_party, CONDITION_STEP, _unaddressed)


def provoked_mobilisations(records: Sequence, view: SentenceView, reader) -> list:
    """Records of a mobilisation (CAMEO 15) with no recipient (or its own forces only) whose verb chain has a clause
    of time or cause: aimed at the actors of that clause's subject of another country than the source's."""
    return _addressed(records, view, reader, PROVOCATION, _mobilisation, _foreign_party, PROVOCATION_STEP, _unaimed)


def _not_statement(code: str) -> bool:
    return not code.startswith(STATEMENT_ROOT)


def _mobilisation(code: str) -> bool:
    return code.startswith(MOBILISATION_ROOT)


def _unaddressed(record) -> bool:
    """No recipient, or one of no country ("threatened to expel diplomats": ---GOV), which names no party."""
    return not record.target or record.target.startswith(UNKNOWN_COUNTRY)


def _unaimed(record) -> bool:
    """No recipient, or only the forces it moves: the source's own country's actor or state forces of no country
    ("raised its military readiness": ---MIL), which resolve/mobilised_forces.py drops as no recipient."""
    target = record.target
    return not target or target[:3] == record.source[:3] \
        or (target.startswith(UNKNOWN_COUNTRY) and target[len(UNKNOWN_COUNTRY):] in MOVED_FORCES)


def _addressed(records: Sequence, view: SentenceView, reader, frame: str, coded, party, step: str, open_) -> list:
    out: list = []
    for record in records:
        parties = _parties(view, reader, record, frame, party) if open_(record) and coded(record.code) else []
        if not parties:
            out.append(record)
            continue
        out.extend(replace(record, target=code, target_tokens=tokens, steps=tuple(record.steps) + (step,))
                   for code, tokens in parties)
    return out


def _parties(view: SentenceView, reader, record, frame: str, party) -> list[tuple[str, tuple[int, ...]]]:
    """(printed code, tokens) of each actor the subject of a clause of `frame` on the record's verb chain names that
    `party(code, source)` admits, from the first such clause that names one."""
    marks = adverbial_marks()
    for clause_verb in _adverbial_clauses(view, record.verb):
        if not any(view.deps[m] == "mark" and marks.get(view.words[m]) == frame for m in view.children[clause_verb]):
            continue
        clause = view.clauses.get(clause_verb)
        found = []
        for np in clause.subjects if clause is not None else []:
            for code in reader.meaning(np):
                printed = printed_code(code)
                if printed and party(printed, record.source) and printed not in (c for c, _ in found):
                    found.append((printed, tuple(np.words)))
        if found:
            return found
    return []


def _adverbial_clauses(view: SentenceView, verb: int) -> list[int]:
    """The `advcl` verbs hanging on the verb, on the acts it governs (xcomp, ccomp, down) and on the verbs that
    govern it so (up): "threatened to close X unless ...", "said it would halt X unless ..."."""
    chain, stack = [], [verb]
    while stack:
        v = stack.pop()
        if v in chain:
            continue
        chain.append(v)
        stack.extend(c for c in view.children[v] if view.deps[c] in CHAIN_DEPS)
    up = verb
    while view.deps[up] in CHAIN_DEPS and view.heads[up] != up:
        up = view.heads[up]
        chain.append(up)
    return [c for v in chain for c in view.children[v] if view.deps[c] == "advcl"]


def _other_party(code: str, source: str) -> bool:
    """An actor that names a country and is not the source (a state and its government one actor)."""
    return not code.startswith(UNKNOWN_COUNTRY) and not _same_actor(code, source)


def _foreign_party(code: str, source: str) -> bool:
    """An actor of a country other than the source's."""
    return not code.startswith(UNKNOWN_COUNTRY) and code[:3] != source[:3]


def _same_actor(code: str, source: str) -> bool:
    return code == source or (code[:3] == source[:3] and code[3:] in STATE_ROLES and source[3:] in STATE_ROLES)
