"""The switch `address_participles` (coder/phenomena/address_participles.py): a detached participle of addressing an
audience ("..., speaking to reporters", "..., addressing parliament") hung by the parse on an infinitive or conjunct
below the main verb is no content of that clause, so a promise, an appeal or a threat keeps its own code; sentences
written for this test (tests/fixtures/address_participles.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import code_dyads, fixture_rows
from ..switch_tables import on_off_table_test

from communique.coder.phenomena.address_participles import address_participle_forms


test_a_participle_of_address_is_no_content_of_the_clause_below_the_main_verb = on_off_table_test(
    "address_participles.tsv", ("address_participles",), at_least=13, changed_at_least=6, read=code_dyads)


def test_the_changed_rows_lose_a_statement_to_the_audience():
    changed = [(on, off) for _, on, off in fixture_rows("address_participles.tsv") if on != off]
    # off: the participle's statement (010) or the act addressed to the audience; on: never a statement
    assert sum(off.startswith("010 ") for _, off in changed) >= 6
    assert all(not on.startswith("010 ") and (off.startswith("010 ") or off.split()[0] == on.split()[0])
               for on, off in changed)


def test_the_table_names_participles_of_address_not_of_saying():
    forms = address_participle_forms()
    assert {"SPEAKING", "ADDRESSING", "TELLING"} <= forms and not forms & {"SAYING", "ADDING", "ARGUING"}
