"""The switch `targetless_statements` (coder/adapter.py): a statement addressed to no one by an identified source
is kept where it is the sentence's only event, at low confidence; sentences written for this test
(tests/fixtures/targetless_statements.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import coded_rows
from .switch_tables import on_off_table_test


def events(document) -> str:
    """The document's events as "code source>target", most prominent first; "none" where it has none."""
    return "; ".join(f"{e.cameo['code']} {'+'.join(r.code for r in e.source)}>{'+'.join(r.code for r in e.target)}"
                     for e in document.events) or "none"


# a denial is kept by `targetless_denials` too (branch verbal2): both off lose it
test_a_statement_to_no_one_is_kept_only_as_the_sentences_only_event = on_off_table_test(
    "targetless_statements.tsv", ("targetless_statements", "targetless_denials"), at_least=15, changed_at_least=10,
    read=events)


def test_it_ranks_below_an_addressed_statement_and_petrarch2_keeps_none(nlp):
    texts = ["The Egyptian president said the economy was recovering.",
             "The Egyptian president told the Kenyan president that the economy was recovering."]
    (_, alone), (_, addressed) = coded_rows([(t,) for t in texts])
    assert [e.cameo["code"] for e in alone.events] == ["010"] and addressed.events
    assert alone.events[0].confidence < addressed.events[0].confidence
    assert any("targetless_statements" in step for step in alone.events[0].steps)
    (_, faithful), = coded_rows([(texts[0],)], profile="petrarch2")
    assert not faithful.events
