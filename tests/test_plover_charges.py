"""A charge is an accusation, an arrest a coercion (profile switch `plover_charges`): CAMEO 173 lumps them,
the crosswalk makes both COERCE, the PLOVER manual makes a charge, indictment, prosecution or lawsuit ACCUSE
allege. Sentences written for tests/fixtures/charge_sentences.tsv."""
from __future__ import annotations

from communique.coder.profiles import Profile
from communique.plover_conventions import plover_in_profile

from fixture_tables import coded_rows, fixture_rows

COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("charge_sentences.tsv")  # type: ignore[return-value]


def test_the_trigger_names_the_sense_of_173_in_communique_only():
    assert plover_in_profile("173", "indict", COMMUNIQUE)["type"] == "ACCUSE"
    assert plover_in_profile("173", "indict", COMMUNIQUE)["mode"] == "allege"
    assert plover_in_profile("173", "prosecute", COMMUNIQUE)["type"] == "ACCUSE"
    assert plover_in_profile("173", "arrest", COMMUNIQUE)["type"] == "COERCE"
    assert plover_in_profile("173", "indict", PETRARCH2)["type"] == "COERCE"  # the crosswalk as it is
    assert plover_in_profile("1724", "indict", COMMUNIQUE)["type"] != "ACCUSE"  # only 173
    assert plover_in_profile("083", "resign", COMMUNIQUE)["type"] == "RETREAT"  # the other table still read


def test_the_table(nlp):
    rows = table_rows()
    assert len(rows) >= 9
    wrong = [f"{text}: {[(e.cameo['code'], e.plover['type']) for e in document.events]}"
             for (text, code, kind), document in coded_rows(rows)
             if (code, kind) not in {(e.cameo["code"], e.plover["type"]) for e in document.events}]
    assert not wrong, "\n".join(wrong)
