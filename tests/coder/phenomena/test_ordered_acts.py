"""An authority's order of a coercive or cooperative act is that act, done by the orderer (switch `ordered_acts`,
data/coder_ordered_acts.tsv): "a court ordered the opposition leader detained", "was ordered jailed by a court",
"ordered troops to detain" are 173, not ORDER's 100.
Sentences written for this test (tests/fixtures/ordered_acts.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_ordered_small_clauses_are_the_orderers_acts(nlp, monkeypatch):
    rows = fixture_rows("ordered_acts.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("ordered_acts",), at_least=32, changed_at_least=17)
    assert sum(on == off for _, on, off in rows) >= 14  # the controls and the known losses


def test_the_table_gives_the_verbs_forms_and_the_roots():
    from communique.coder.phenomena.ordered_acts import ordered_act_table

    verbs, roots, agents = ordered_act_table()
    assert {"ORDER", "ORDERED", "ORDERS", "DIRECTED"} <= verbs
    assert roots == {"07", "08", "16", "17"}
    assert {"MIL", "COP"} <= agents and "OPP" not in agents


def test_an_addressee_is_the_orderers_own_agent_by_state_and_role():
    from communique.coder.phenomena.ordered_acts import _own_agent

    agents = frozenset({"MIL", "COP", "GOV"})
    assert _own_agent("THAMIL", ["THAGOV"], agents)
    assert _own_agent("~MIL", ["THAGOV"], agents)
    assert _own_agent("EGY", ["EGYGOV"], agents)
    assert not _own_agent("IRQ", ["IGOUNO"], agents)  # another state: a demand
    assert not _own_agent("SDNOPP", ["SDNGOV"], agents)  # the opposition is no agent of the state
    assert not _own_agent("RUSMIL", ["USAGOV"], agents)
