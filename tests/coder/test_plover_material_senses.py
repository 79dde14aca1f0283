"""`plover_material_senses` (branch material2, issue 10): a material act the PLOVER manual names under another type
than its CAMEO code's crosswalk takes the manual's type, read from its trigger and its object
(data/plover_material_senses.tsv): a raid COERCE, an attack on computers COERCE cyber, diplomats expelled SANCTION
expel, a conviction SANCTION convict, riot police deployed MOBILIZE, a retreat RETREAT, an amnesty CONCEDE, a debt
forgiven AID; deportations, attacks on towns, charges, pardons and apologies keep their types (controls)."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_the_on_off_table, padded_rows

CASES = Path(__file__).resolve().parent / "plover_material_senses_cases.tsv"


def _types(document) -> str:
    found = sorted({e.plover["type"] or "none" for e in document.events
                    if e.modality not in ("negated", "hypothetical")})
    return "|".join(found) or "-"


def test_the_manual_types_the_acts_and_the_switch_is_what_does_it(nlp, monkeypatch):
    rows = [r for r in padded_rows(CASES, 3)]
    # 13 changed: session 36's left_places reads the alliance left as 161 itself (an interaction, the table's note)
    assert_the_on_off_table(monkeypatch, rows, _types, ("plover_material_senses",), at_least=20,
                            changed_at_least=13)


def test_the_table_reads_a_trigger_and_an_object():
    from communique.coder.profiles import Profile
    from communique.plover_conventions import plover_in_profile

    on, off = Profile.named("communique"), Profile.named("petrarch2")
    assert plover_in_profile("174", "expel", on, objects=("diplomat",))["type"] == "SANCTION"
    assert plover_in_profile("174", "expel", on, objects=("migrant",))["type"] == "COERCE"
    assert plover_in_profile("056", "forgive", on, objects=("part", "debt"))["type"] == "AID"
    assert plover_in_profile("190", "raid", off)["type"] == "ASSAULT"  # petrarch2 keeps the table
