"""The switch `owned_roles` (coder/actors/owned_roles.py): a role noun Phoenix holds only in compounds ("officials",
"forces", "leader", "counterpart") is the role of the state its noun phrase names and of nothing else; sentences
written for this test (tests/fixtures/owned_roles.tsv), read with the switch on and off."""
from __future__ import annotations

from communique.coder.actors.owned_roles import owned_role

from ..switch_tables import on_off_table_test

test_a_states_role_noun_is_its_role = on_off_table_test(
    "owned_roles.tsv", ("owned_roles",), at_least=17, changed_at_least=9)


def test_the_role_noun_needs_a_bare_state_and_nothing_else():
    words = ["CHINESE", "OFFICIALS"]
    assert owned_role(words, 1, ["CHN"]) == ("~GOV", 1)
    assert owned_role(["FORCES"], 0, ["IRQ", "SYR"]) == ("~MIL", 1)
    assert owned_role(words, 1, []) is None  # "officials said": no state named
    assert owned_role(words, 1, ["CHN", "~OPP"]) is None  # a role already
    assert owned_role(words, 1, ["IGOUNO"]) is None  # an organisation's
    assert owned_role(words, 1, ["PSEREBHMS"]) is None  # a group's
    assert owned_role(["FORCE"], 0, ["IRQ"]) is None  # the mass noun
