"""A preposition a pattern writes without parentheses, followed by a noun, is a PP slot in the profile communique
(switch `bare_prepositions`, coder/verb_patterns.py). Sentences written for this test
(tests/fixtures/bare_prepositions.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import code_actors, coded_rows, fixture_rows
from .switch_tables import on_off_table_test

from communique.coder.verb_patterns import bare_preposition_readings, bracket_bare_prepositions, tokens


test_the_lexicographers_pps_match = on_off_table_test(
    "bare_prepositions.tsv", ("bare_prepositions",), at_least=10, changed_at_least=6)


def test_only_a_preposition_before_a_noun_becomes_a_slot():
    assert bracket_bare_prepositions(tokens("* FROM &DETENTION")) == ["*", "(FROM &DETENTION)"]
    assert bracket_bare_prepositions(tokens("* IN HUNGER STRIKE")) == ["*", "(IN {HUNGER STRIKE})"]
    assert bracket_bare_prepositions(tokens("* INTO")) == ["*", "INTO"]
    assert bracket_bare_prepositions(tokens("* FROM +")) == ["*", "FROM", "+"]
    assert bracket_bare_prepositions(tokens("* SHOCK AT")) == ["*", "SHOCK", "AT"]


def test_a_particle_written_as_a_bare_preposition_still_meets_its_line(nlp):
    """tests/fixtures/particle_prepositions.tsv: "took in 25,000 refugees" (IN a particle) meets `- * IN &REFUGEE`
    [075] # TAKE again, as the PP slot alone had stopped it doing; the third column is the reading before."""
    rows = fixture_rows("particle_prepositions.tsv")
    assert len(rows) >= 12
    wrong = [f"{text}: {code_actors(d)}" for (text, now, _), d in coded_rows(rows) if code_actors(d) != now]
    assert not wrong, "\n".join(wrong)
    assert sum(now != before for _, now, before in rows) >= 7
    assert sum(now == before for _, now, before in rows) >= 6  # the controls and the rows left lost


def test_a_particle_preposition_right_after_the_verb_keeps_its_written_reading_too():
    assert bare_preposition_readings(tokens("* IN &REFUGEE")) == [["*", "(IN &REFUGEE)"], ["*", "IN", "&REFUGEE"]]
    assert bare_preposition_readings(tokens("* OVER &INVESTIGATION")) == [["*", "(OVER &INVESTIGATION)"],
                                                                         ["*", "OVER", "&INVESTIGATION"]]
    assert bare_preposition_readings(tokens("* FROM &DETENTION")) == [["*", "(FROM &DETENTION)"]]  # no particle
    assert bare_preposition_readings(tokens("* PART IN CONFERENCE")) == [["*", "PART", "(IN CONFERENCE)"]]  # not next
    assert bare_preposition_readings(tokens("* IN")) == [["*", "IN"]]  # nothing bracketed
