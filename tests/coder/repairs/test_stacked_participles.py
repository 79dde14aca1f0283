"""coder/repairs/clauses.py, `participle-complement-read-as-sibling`: a passive verb of belief or report with a
participle complement inside a noun phrase ("a missile believed fired by X"), which the small model flattens into two
`acl` participles of the noun. The sweep tests/fixtures/stacked_participles43.tsv (labelled by the spec before the
coder ran) is coded under the profile petrarch2; its controls must be right, and its rows at a floor just below what
the repair reaches (13 of 19: the rows still missed are other misparses, "thought" read as a noun and "said" as an
auxiliary, left; before the repair 8 of 19)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .view_helpers import clause, triples, view_of

pytestmark = pytest.mark.model

SWEEP = Path(__file__).resolve().parents[2] / "fixtures" / "stacked_participles43.tsv"
REPAIR = "participle-complement-read-as-sibling"


def sweep_rows() -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    lines = [line.rstrip("\n") for line in SWEEP.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = []
    for line in lines[1:]:
        kind, text, events = line.split("\t")
        wanted = [] if events == "-" else sorted(tuple(e.split()) for e in events.split(";"))
        rows.append((kind, text, wanted))
    return rows


def test_the_sweep_at_its_floor_and_every_control_right(nlp, petrarch2):
    rows = sweep_rows()
    assert len(rows) >= 15 and sum(kind == "control" for kind, _, _ in rows) >= 5
    right = [triples(nlp, petrarch2, text) == wanted for _, text, wanted in rows]
    assert sum(right) >= 13
    assert all(ok for ok, (kind, _, _) in zip(right, rows) if kind == "control")


def test_the_inner_participle_is_the_outer_ones_complement_and_active(nlp):
    view = view_of(nlp, "A Syrian helicopter was attacked by a missile believed fired by Turkish troops.")
    assert REPAIR in view.repairs
    believed, fired = clause(view, "BELIEVED"), clause(view, "FIRED")
    assert fired in believed.complements and fired.dep == "xcomp" and not fired.passive


@pytest.mark.parametrize("text", [
    "A Syrian helicopter was attacked by a missile fired by Turkish troops.",   # one participle
    "Weapons seized and destroyed by the army were shown to reporters.",       # coordinated participles
    "Documents stolen, copied and leaked by the group were published on Monday.",
])
def test_a_single_or_coordinated_participle_is_left_alone(nlp, text):
    assert REPAIR not in view_of(nlp, text).repairs
