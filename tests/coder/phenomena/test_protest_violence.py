"""Force or coercion by those named as protesters is the protest (switch `protester_acts`,
coder/phenomena/protest_violence.py): the CAMEO codebook's 145 "Protest violently, riot" and 144 "Obstruct passage, block"
(PLOVER PROTEST riot, obstruct), not an assault. Sentences written here, none from an evaluation set or from the
censuses."""
from __future__ import annotations

from fixture_tables import (assert_the_on_off_table, code_actors, code_dyads, coded_rows, communique_without,
                            fixture_rows)

# sentence, the CAMEO code the protesters' act must have
ROWS = [("Protesters set fire to a police station in the Bolivian city of Cochabamba.", "145"),
        ("Demonstrators clashed with riot police outside the Georgian parliament.", "145"),
        ("Anti-government protesters stormed the presidential palace in Colombo.", "145"),
        ("Protesters occupied the main airport in Bangkok.", "140"),
        # session 15 (branch plover2): BLOCK's default 170 "Coerce" by protesters is their obstruction, 144
        ("Demonstrators blocked the central square in Yerevan on Monday.", "140"),
        ("Protesters blocked the entrance avenue to the port of Durban for a third day.", "140")]
# acts the switch must leave as the dictionary codes them: not by protesters, or not force
KEPT = [("Armed men attacked a police station in Cochabamba.", "190"),
        ("Police fired tear gas at protesters in Nairobi.", "175"),
        ("Soldiers blocked the central square in Yerevan on Monday.", "170")]


def _codes(document) -> set:
    return {e.cameo["code"] for e in document.events}


def test_force_by_protesters_is_the_protest(nlp):
    got = [(row, _codes(d)) for row, d in coded_rows(ROWS + KEPT)]
    assert all(codes == {row[1]} for row, codes in got), got
    assert all(e.plover["type"] == "PROTEST" for _, d in coded_rows(ROWS) for e in d.events)


def test_without_the_switch_it_is_an_assault(nlp, monkeypatch):
    communique_without(monkeypatch, "protester_acts")
    got = [(row, _codes(d)) for row, d in coded_rows(ROWS + KEPT)]
    assert all(row[1] not in codes for row, codes in got[:len(ROWS)]), got
    assert all(codes == {row[1]} for row, codes in got[len(ROWS):]), got


def test_a_riots_missile_thrown_is_the_riot(nlp, monkeypatch):
    """Session 32: a crowd not named by its protest that throws a riot's missile (data/coder_riot_missiles.tsv) riots,
    145; armed actors' missiles and an attack with no missile stay (tests/fixtures/riot_missiles.tsv, on and off)."""
    rows = fixture_rows("riot_missiles.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("protester_acts",), at_least=10, changed_at_least=5)
    assert all(on.startswith("145 ") for _, on, off in rows if on != off)


def test_a_populations_boycott_is_a_protest(nlp, monkeypatch):
    """Session 35: a boycott (163) whose every source is a population's noun (data/coder_boycotting_populations.tsv:
    consumers, shoppers, residents, traders) is the codebook's 143, PLOVER PROTEST; a boycott by the EU, by states or
    by a party keeps its code (tests/fixtures/boycotting_populations.tsv, on and off)."""
    rows = fixture_rows("boycotting_populations.tsv")
    changed = [(row[0],) for row in rows if row[1] != row[2]]  # typed PROTEST with the switch on (the default)
    assert all(e.plover["type"] == "PROTEST" for _, d in coded_rows(changed) for e in d.events)
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("protester_acts",), at_least=10, changed_at_least=6)
    assert all(on.startswith("143 ") and off.startswith("163 ") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # the EU, states, a party, students
