"""An envoy summoned is told a grievance (110, the PLOVER manual's ACCUSE; data/coder_named_senses.tsv, switch
`named_senses`), and the summons' PP of cause names what is protested, not a second target
(data/coder_addressee_verbs.tsv, read by lower_sets.py under switch `adjunct_pps`). Sentences written for this test
(tests/fixtures/summons.tsv), read on, with `named_senses` off, and with the addressee verbs emptied."""
from __future__ import annotations

from fixture_tables import assert_bad_row_named, assert_the_on_off_table, code_actors, coded_rows, fixture_rows

from communique import data_files
from communique.coder.adjuncts import places as module


def test_summon_is_an_addressee_verb():
    assert "SUMMON" in module.addressee_verbs()
    assert "COMPLAIN" not in module.addressee_verbs()


def test_a_bad_row_is_named(monkeypatch, tmp_path):
    assert_bad_row_named(monkeypatch, tmp_path, module, "addressee_verbs", "# header\nsummon\tlower case\n", 2,
                         reads_through=data_files)


def test_an_envoy_summoned_is_told_a_grievance(nlp, monkeypatch):
    rows = fixture_rows("summons.tsv")
    assert_the_on_off_table(monkeypatch, [r[:3] for r in rows], code_actors, ("named_senses",), at_least=20,
                            changed_at_least=14)
    assert sum(on == off for _, on, off, _ in rows) >= 6  # the controls


def test_the_summons_topic_is_no_target(nlp, monkeypatch):
    from communique.coder import lower_sets

    rows = fixture_rows("summons.tsv")
    assert sum(on != joined for _, on, _, joined in rows) >= 5  # rows the exemption changes
    monkeypatch.setattr(lower_sets, "addressee_verbs", frozenset)
    wrong = [f"{row[0]}: {code_actors(d)}" for row, d in coded_rows(rows) if code_actors(d) != row[3]]
    assert not wrong, "\n".join(wrong)
