"""Expelling or withdrawing peacekeepers, inspectors, observers or aid agencies is the CAMEO code named for
it (1661-1663, PLOVER SANCTION expel), where CAMEO.2.0 has no pattern for the object and the verb's block
default (DEPORT 174: a deportation; WITHDRAW's yield) would code it: rows of data/coder_silent_verbs.tsv,
each the phrase of its code's name (switch `silent_verbs`). Sentences written for
tests/fixtures/expulsion_sentences.tsv; an ambassador expelled keeps the block's code."""
from __future__ import annotations

from fixture_tables import coded_rows, fixture_rows

from ..toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def table_rows() -> list[tuple[str, str]]:
    return fixture_rows("expulsion_sentences.tsv")  # type: ignore[return-value]


def test_the_named_codes_in_communique_the_block_defaults_in_petrarch2(nlp, toy):
    text = "Xland expelled the inspectors of Yland."
    assert {c for _, _, c in code(nlp, toy, text, "communique")} == {"1662"}
    assert {c for _, _, c in code(nlp, toy, text, "petrarch2")} == {"174"}
    # a conditional announcement of it is a threat to reduce relations (13x), made now: see the mood table
    assert {c for _, _, c in code(nlp, toy, "Xland withdrew its observers from Yland.", "communique")} == {"1662"}


def test_the_table(nlp):
    rows = table_rows()
    assert len(rows) >= 10
    wrong = [f"{text}: {[e.cameo['code'] for e in document.events]}"
             for (text, expected), document in coded_rows(rows)
             if expected not in {e.cameo["code"] for e in document.events}]
    assert not wrong, "\n".join(wrong)
