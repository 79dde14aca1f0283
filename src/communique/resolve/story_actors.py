"""Whether the actors of two event mentions can be the same, and how precisely each names them.

GDELT's weakness is that it re-emits one event many times, and the copies name an actor at different
precision: "the parties" and "all parties in Libya", "Russia" and "Russian President Putin" (RUS and
RUSGOV), "militants" (`---REB`, no country) and "Colombian rebels" (COLREB), "the United Nations" and
"the UN refugee agency" (IGOUNO and IGOUNOREFHCR). Two actors are compatible when they are equal or one
refines the other:

- an actor is the pair (anchor, role): the anchor is its state, or the non-state body's group code
  (IGO, NGO, ...); an actor with no country, or an unknown "country" (UIS, XXX), has no anchor, and its
  role is what its code says after `---` (REB, MIL, or nothing: "someone");
- A refines B (A is B named more precisely) when B has no anchor or the same one, and A's role is B's
  role or starts with it (RUS < RUSGOV < RUSGOVMIL; ---REB < COLREB; IGOUNO < IGOUNOREFHCR); a generic
  role (UAF "unknown gunmen", UNK, PPL "people": data/story_rules.tsv) is refined by any role;
- two different specific countries (or bodies) are never compatible, and neither are two roles of one
  state that do not extend each other (police and protesters: IRQCOP, IRQOPP).

A side of a dyad (its sources, or its targets) is compatible with the other mention's side when the
states and bodies one names are among those the other names, and each actor of one side is compatible
with some actor of the other (a source set that is a subset of the other's names fewer actors of the
same act; "Turkey" and "Egypt and others" never meet). How the sides relate, and their cost in doubts:

- `same`: the same actors (no doubt);
- `refined`: both sides name someone, one more precisely or more of them (`refined_side_doubts`,
  half a doubt: the same actor named at another precision is weaker evidence than an exact match);
- `unnamed`: one side names no one in particular (no actor, or only actors without a country) and
  the other does (`unnamed_side_doubts`, one doubt), except for anaphora: within one article, a
  later mention whose side names no country ("urged the parties to stop") is read as the addressee
  the article named earlier ("all parties in Libya") when the rest agrees (`anaphoric_side_doubts`);
- `unnamed on both`: neither side names anyone (no doubt, and no tie).

A dyad matches only where at least one side ties the two mentions: an actor with an anchor named in
both (a shared state, or a shared body). Actors without a country never tie two events together.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

UNKNOWN_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """One actor as the story rules see it."""
    anchor: str | None  # the state, or the non-state group code (IGO, NGO, ...); None: no country
    role: str  # the code after the anchor ("GOV", "UNOREFHCR", "REB", "")
    code: str  # the code as the mention gives it, for the reasons
    named: bool  # names someone in particular: a state, or a body within a group
    generic: bool  # says nothing of who: no role, or a generic one (UAF, UNK)
    key: str | None  # the blocking key of a named actor (`blocking_keys`)


@dataclass(frozen=True, slots=True)
class SideFit:
    """How one side of a dyad relates to the same side of another mention."""
    kind: str  # same | refined | unnamed | unnamed on both
    tie: bool  # an anchored actor named on both: the side ties the two mentions together
    unnamed_in_new: bool  # for `unnamed`: the side naming no one is the new mention's


def actor_specs(refs: Iterable[dict[str, Any]], nonstate: frozenset[str], unknown: frozenset[str],
                generic_roles: frozenset[str]) -> tuple[ActorSpec, ...]:
    """The actors of one side (refs as contract dicts), each once, in order."""
    specs: list[ActorSpec] = []
    for ref in refs:
        spec = actor_spec(ref, nonstate, unknown, generic_roles)
        if spec not in specs:
            specs.append(spec)
    return tuple(specs)


def actor_spec(ref: dict[str, Any], nonstate: frozenset[str], unknown: frozenset[str],
               generic_roles: frozenset[str]) -> ActorSpec:
    code = str(ref.get("code") or "")
    country = ref.get("country") or None
    if code.startswith(UNKNOWN_COUNTRY):
        role = code[len(UNKNOWN_COUNTRY):]
    elif country and code.startswith(str(country)):
        role = code[len(str(country)):]
    else:  # no country: a bare role code ("MIL"), or nothing
        role = code
    anchor = None if not country or country == UNKNOWN_COUNTRY or country in unknown else str(country)
    body = anchor in nonstate
    named = anchor is not None and (not body or bool(role))
    # a key two tying actors share: the state, or a body's group and first role segment (CAMEO codes
    # are three-letter segments, so of two bodies one of which refines the other, both begin alike)
    key = (anchor + role[:3] if body else anchor) if named and anchor else None
    return ActorSpec(anchor, role, code or str(country or UNKNOWN_COUNTRY), named,
                     not role or role in generic_roles, key)


def blocking_keys(specs: Iterable[ActorSpec]) -> set[str]:
    """Keys under which a side is indexed: two sides that tie share one."""
    return {spec.key for spec in specs if spec.key}


@lru_cache(maxsize=65536)  # a pure function of two small tuples, met again and again in one index
def side_fit(new: tuple[ActorSpec, ...], old: tuple[ActorSpec, ...]) -> SideFit | None:
    """How the new mention's side relates to the old one's; None where they cannot be the same actors."""
    new_anchors = {spec.anchor for spec in new if spec.named}
    old_anchors = {spec.anchor for spec in old if spec.named}
    if new_anchors and old_anchors and not (new_anchors <= old_anchors or old_anchors <= new_anchors):
        return None  # each names a state or body the other does not: two different specific actors
    new_named, old_named = bool(new_anchors), bool(old_anchors)
    if new and old:
        new_in_old = all(any(_compatible(a, b) for b in old) for a in new)
        old_in_new = all(any(_compatible(b, a) for a in new) for b in old)
        if not (new_in_old or old_in_new):
            return None
    tie = any(a.named and b.named and a.anchor == b.anchor and _compatible(a, b) for a in new for b in old)
    if not new_named and not old_named:
        return SideFit("unnamed on both", False, False)
    if not new_named or not old_named:
        return SideFit("unnamed", tie, not new_named)
    if {(a.anchor, a.role) for a in new} == {(b.anchor, b.role) for b in old}:
        return SideFit("same", tie, False)
    return SideFit("refined", tie, False)


def describe_side(name: str, fit: SideFit, new: tuple[ActorSpec, ...], old: tuple[ActorSpec, ...],
                  anaphoric: bool) -> str:
    """Why a side was taken as the same actors, where it is not an exact match ('' where it is);
    `anaphoric`: the new mention is later in the same article."""
    if fit.kind == "refined":
        return (f"{name} refined ({_codes(new)} / {_codes(old)}: the same actors named at another "
                f"precision, weaker than an exact match)")
    if fit.kind != "unnamed":
        return ""
    named, unnamed = (old, new) if fit.unnamed_in_new else (new, old)
    unnamed_text = f"{_codes(unnamed)} names no country" if unnamed else "no actor named"
    if anaphoric and fit.unnamed_in_new:
        return f"{name} anaphoric: {unnamed_text}, the article named {_codes(named)} earlier"
    return f"{name} named in one mention only: {unnamed_text}, the other names {_codes(named)}"


def _compatible(a: ActorSpec, b: ActorSpec) -> bool:
    """Equal, or one refines the other."""
    return _refines(a, b) or _refines(b, a)


def _refines(precise: ActorSpec, general: ActorSpec) -> bool:
    """Whether `precise` is `general` named at the same or a finer precision."""
    if general.anchor is not None and general.anchor != precise.anchor:
        return False
    if general.generic:
        return True  # "someone", "unknown gunmen", "Iraqi people": anyone (of that state) may be meant
    return precise.role.startswith(general.role)


def _codes(specs: tuple[ActorSpec, ...]) -> str:
    return "+".join(spec.code for spec in specs)


@dataclass(frozen=True)
class SideCosts:
    """Doubts counted for a side that is not an exact match (data/story_rules.tsv)."""
    refined: float
    unnamed: float
    anaphoric: float


@dataclass(frozen=True)
class DyadFit:
    doubts: float
    swapped: bool
    source: SideFit
    target: SideFit
    anaphoric: bool  # an unnamed side of the new mention may be read as the old one's (same article, later)


def dyad_fit(new: tuple[tuple[ActorSpec, ...], tuple[ActorSpec, ...]],
             old: tuple[tuple[ActorSpec, ...], tuple[ActorSpec, ...]], symmetric: bool, anaphoric: bool,
             costs: SideCosts) -> DyadFit | None:
    """How the new mention's (sources, targets) fit the old one's: both sides compatible and at least one
    tying them, straight or (for symmetric codes only) swapped; None where neither way fits."""
    for swapped in (False, True):
        if swapped and not symmetric:
            break
        old_source, old_target = (old[1], old[0]) if swapped else old
        source = side_fit(new[0], old_source)
        target = side_fit(new[1], old_target) if source is not None else None
        if source is None or target is None or not (source.tie or target.tie):
            continue
        doubts = _side_doubts(source, anaphoric, costs) + _side_doubts(target, anaphoric, costs)
        return DyadFit(doubts, swapped, source, target, anaphoric)
    return None


def describe_dyad(fit: DyadFit, new: tuple[tuple[ActorSpec, ...], tuple[ActorSpec, ...]],
                  old: tuple[tuple[ActorSpec, ...], tuple[ActorSpec, ...]]) -> str:
    """The notes on the sides of a fit that are not exact matches, joined ('' where both are)."""
    old_source, old_target = (old[1], old[0]) if fit.swapped else old
    notes = [describe_side("source", fit.source, new[0], old_source, fit.anaphoric),
             describe_side("target", fit.target, new[1], old_target, fit.anaphoric)]
    return "; ".join(note for note in notes if note)


def _side_doubts(fit: SideFit, anaphoric: bool, costs: SideCosts) -> float:
    if fit.kind == "refined":
        return costs.refined
    if fit.kind == "unnamed":
        return costs.anaphoric if anaphoric and fit.unnamed_in_new else costs.unnamed
    return 0.0
