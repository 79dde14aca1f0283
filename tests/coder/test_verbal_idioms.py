"""Fixed verbal idioms of political action: a verb with a fixed object or a fixed prepositional phrase whose whole
phrase names the act ("took issue with", "came to the aid of", "pulled the plug on"), written in PETRARCH-2's own
pattern syntax in the verb's block (data/coder_additions.txt, switch `additions`; tests/fixtures/verbal_idioms.tsv).
Sentences written for these tests, read with the switch on and off."""
from __future__ import annotations

from .switch_tables import on_off_table_test

from communique.coder.additions import communique_verb_dictionary
from communique.coder.dictionary import load_verb_dictionary


test_verbal_idioms_are_coded_by_the_patterns_of_their_verbs = on_off_table_test(
    "verbal_idioms.tsv", ("additions",), at_least=50, changed_at_least=45)


def test_an_idiom_is_a_deeper_path_and_the_verbs_own_patterns_stay():
    verbs, base = communique_verb_dictionary(), load_verb_dictionary(())
    for form in ("TOOK", "CAME", "PULLED", "GAVE", "SLAMMED", "STOOD"):  # the verb keeps its block
        assert verbs.lookup(form).meaning == base.lookup(form).meaning
    came = verbs.patterns("ARRIVE")["*"]["|"]["TO"]
    assert "#" in came and came["#"] == base.patterns("ARRIVE")["*"]["|"]["TO"]["#"]  # plain `- * (TO)` [040] stays
    assert "AID" in came["-"] and "AID" not in base.patterns("ARRIVE")["*"]["|"]["TO"].get("-", {})
    for form in ("TURNED", "FLEXED", "WASHED", "THUMBED"):  # verbs CAMEO.2.0 lacks: a block with no code of its own
        entry = verbs.lookup(form)
        assert base.lookup(form) is None and entry.meaning.startswith("COMMUNIQUE_") and entry.active == 0
