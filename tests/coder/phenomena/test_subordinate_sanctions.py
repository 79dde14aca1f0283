"""An authority's acts on those under it (switch `subordinate_sanctions`, data/coder_subordinate_sanctions.tsv):
"police charged the captain with negligence" 173, "sacked the head of the railways corporation" 172, "ordered the
factory to stop production" 172, "told the energy ministry to find out why ..." 010 -- not an accusation, a
disapproval or a demand. Sentences written for this test (tests/fixtures/subordinate_sanctions.tsv), read on and
off; the sweep of session 44 (tests/fixtures/sanction_sweep44.tsv, labelled by hand before the coder was run) read
at its floor."""
from __future__ import annotations

import hashlib

from fixture_tables import assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_an_authoritys_acts_on_those_under_it_are_sanctions_and_statements(nlp, monkeypatch):
    rows = fixture_rows("subordinate_sanctions.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("subordinate_sanctions",), at_least=15, changed_at_least=9)
    assert sum(on == off for _, on, off in rows) >= 6  # the controls


def test_the_sanction_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("sanction_sweep44.tsv", 0.88)


def test_the_sweep_has_a_half_built_on_and_a_half_only_measured():
    rows = fixture_rows("sanction_sweep44.tsv")[1:]
    halves = [int(hashlib.sha1(row[2].encode()).hexdigest()[-1], 16) % 2 for row in rows]
    assert len(rows) >= 40 and 0 < sum(halves) < len(rows)


def test_the_table_gives_verbs_with_their_forms_and_roles():
    from communique.coder.phenomena.subordinate_sanctions import sanction_tables

    tables = sanction_tables()
    assert {"CHARGED", "BOOKED", "SACKED", "TOLD", "INSTRUCTS", "HALTING"} <= tables["charging"] | tables["dismissing"] \
        | tables["directive"] | tables["stopping"]
    assert {"COP", "JUD"} == tables["legal_roles"] and "LICENCE" in tables["permit"] and "17" in tables["material"]


UNNAMED_RULERS = [  # written for this test (session 46): a ruler the sentence does not name by state
    ("The government fired the head of the state broadcaster on Thursday over its election coverage.", "172"),
    ("The president sacked the commander of the presidential guard after a failed mutiny.", "172"),
    ("The cabinet suspended the director of the national roads agency pending an audit.", "172"),
    ("The government dismissed the union's calls for a general strike.", "not 172"),
]


def test_a_ruler_left_unnamed_removing_an_official_is_a_sanction_on_and_not_off(nlp, monkeypatch):
    from fixture_tables import coded_rows, communique_without

    def codes():
        return [code_dyads(d) for _, d in coded_rows([(text, "", "") for text, _ in UNNAMED_RULERS])]

    on = codes()
    assert all(c.startswith("172") == (want == "172") for c, (_, want) in zip(on, UNNAMED_RULERS)), on
    communique_without(monkeypatch, "subordinate_sanctions")
    assert not any(c.startswith("172") for c in codes())


def test_the_unnamed_ruler_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("unnamed_ruler_sweep46.tsv", 0.9)
