"""The switch `protest_concessions` (coder/phenomena/protest_concessions.py, data/coder_protest_concessions.tsv): a
policy undone, a price or a wage changed (0832) or an office holder removed (0831) to end a protest or a strike
accedes to it; sentences written for this test (tests/fixtures/protest_concessions.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_an_act_done_to_end_a_protest_accedes_to_it(nlp, monkeypatch):
    rows = fixture_rows("protest_concessions.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("protest_concessions",), at_least=26, changed_at_least=17)
    assert sum(on == off for _, on, off in rows) >= 9  # force, a curfew, arrests, an invitation, internet cut
    assert all(on.split()[0] in ("0831", "0832") for _, on, off in rows if on != off)


def test_the_table_gives_verbs_purposes_and_protests():
    from communique.coder.phenomena.protest_concessions import protest_concessions_table

    table = protest_concessions_table()
    assert {"SCRAPPED", "WITHDREW", "CUT", "SUSPENDED"} <= table["policy"]
    assert {"SACKED", "RESHUFFLED", "DISMISSED"} <= table["office"] and "MINISTER" in table["post"]
    assert {"BID", "EFFORT"} <= table["aim"] and {"END", "DEFUSE"} <= table["purpose"]
    assert {"PROTESTS", "STRIKE"} <= table["protest"] and "INTERNET" in table["not"]
    assert "FIRED" not in table["policy"] and "ARRESTED" not in table["policy"]
