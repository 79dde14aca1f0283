"""Quantifiers that head a partitive ("most of its troops", "some of the hostages") are read at their OF object,
as the partitive nouns of data/coder_additions_partitives.tsv are (switches partitive_subjects, act_nouns).
Sentences written here, none from an evaluation set or from the PLOVER census."""
from __future__ import annotations

from fixture_tables import coded_rows


def test_a_quantified_act_noun_is_the_act_noun(nlp):
    (_, document), = coded_rows([("Russia withdrew most of its troops from Syria on Monday.",)])
    assert {e.plover["type"] for e in document.events} == {"RETREAT"}, [e.cameo for e in document.events]


def test_the_quantifiers_are_in_the_table():
    from communique.data_files import data_path

    words = {line.strip() for line in data_path("coder_additions_partitives.tsv").read_text().splitlines()
             if line.strip() and not line.startswith("#")}
    assert {"MOST", "SOME", "ALL", "HALF"} <= words
