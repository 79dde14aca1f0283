"""The census of the material PLOVER types (branch material, issue 10): for each type and mode of the PLOVER
manual, the acts it names, written as plain clauses of our own (material_census.tsv), coded through the whole
pipeline in the profile communique. A `coded` row must get its type; a `control` row (another sense) must not;
a row a switch of this branch made code is not coded with that switch off; `lost` rows are the census's record
of what is still lost and why (docs/evaluation.md), not asserted. The profile petrarch2 is untouched."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import coded_rows, communique_without, padded_rows

HERE = Path(__file__).resolve().parent


def rows(status: str) -> list[tuple[str, ...]]:
    return [r for r in padded_rows(HERE / "material_census.tsv", 4) if r[2].split(":")[0] == status]


def types(document) -> set[str]:
    return {e.plover["type"] for e in document.events if e.modality not in ("negated", "hypothetical")}


def test_the_census_covers_every_material_type_and_its_rows_are_coded(nlp):
    coded = rows("coded")
    assert {r[1] for r in coded} >= {"CONCEDE", "RETREAT", "SANCTION", "COERCE", "AID", "MOBILIZE", "ASSAULT"}
    assert len(coded) >= 110 and len(rows("lost")) >= 12  # the census: what is coded, what is still lost
    wrong = [f"{text} ({want}): {sorted(t for t in types(doc) if t)}"
             for (text, want, *_), doc in coded_rows(coded) if want not in types(doc)]
    assert not wrong, "\n".join(wrong)


def test_the_controls_in_another_sense_are_not_given_the_type(nlp):
    controls = rows("control")
    assert len(controls) >= 17
    wrong = [f"{text}: {want} coded" for (text, want, *_), doc in coded_rows(controls) if want in types(doc)]
    assert not wrong, "\n".join(wrong)


# `uncombined_acts` (branch verbal) also keeps a governing verb's code where PETRARCH-2's combination drops it,
# so a material act over a purpose clause is kept by either switch: both must be off for the row to be lost.
# switches that code the same rows another way: with one off, the other still codes them ("moved warships": the
# object-senses table's MOVE WARSHIPS, and deployed_forces's weapons moved, session 12; act_nouns: aid by its things)
# and session 18's borrowed_patterns codes soldiers' arrests 173 in CAMEO, where plover_material_senses made TAKE's 192
# for an arrest COERCE in PLOVER
# session 27's stopped_acts reads a verb of stopping over a protest noun as easing dissent (082), as act_nouns does:
# both must be off for "suspended its protests" to be lost.
# session 31's supplied_arms reads weapons delivered TO a recipient as military aid, as the object-senses table does;
# session 37's additions (branch psweep37) read exercises held by HOLD's own rows (CONFINE EXERCISES [150]), as the
# object-senses table's HOLD EXERCISES does
OVERLAPPING = {"adverbial_acts": ("uncombined_acts",),
               "object_senses": ("deployed_forces", "act_nouns", "supplied_arms", "additions"),
               "act_nouns": ("stopped_acts",),
               "plover_material_senses": ("borrowed_patterns", "additions", "left_places")}
# and session 22's RETREAT (FROM &TOWN), (FROM &COMMUNIQUE_HELD_GROUND) [0874] in the additions (branch types24) codes
# a retreat from a town or the outskirts RETREAT by its CAMEO code, where plover_material_senses typed 080 RETREAT;
# and session 36's left_places (branch p11read36) reads a body left by WITHDRAW FROM as 161, SANCTION by its code,
# where plover_material_senses typed WITHDRAW's 080 SANCTION withdraw


def test_each_switch_of_the_branch_is_what_codes_its_rows(nlp, monkeypatch):
    by_switch: dict[str, list[tuple[str, ...]]] = {}
    for row in rows("coded"):
        if row[3]:
            by_switch.setdefault(row[3], []).append(row)
    assert set(by_switch) >= {"act_nouns", "object_senses", "adverbial_acts", "relative_discards",
                              "particle_patterns", "plover_concessions", "plover_material_senses", "silent_verbs"}
    for switch, switched in by_switch.items():
        with monkeypatch.context() as patch:
            communique_without(patch, switch, *OVERLAPPING.get(switch, ()))
            coded = [text for (text, want, *_), doc in coded_rows(switched, "communique") if want in types(doc)]
        assert not coded, f"coded with {switch} off: {coded}"


def test_petrarch2_keeps_its_conventions_on_the_branch_rows(nlp):
    switched = [r for r in rows("coded")
                if r[3] in ("adverbial_acts", "relative_discards", "plover_concessions", "particle_patterns")]
    documents = coded_rows(switched, "petrarch2")
    steps = [s for _, doc in documents for e in doc.events for s in e.steps]
    assert not any("adverbial clause" in s for s in steps)
    assert not any(s.startswith(("pattern: - * DOWN", "pattern: - * OFF", "pattern: - * UP")) for s in steps)
    assert not any(e.plover["type"] == "CONCEDE" and e.cameo["code"].startswith(("0871", "084"))
                   for _, doc in documents for e in doc.events)
