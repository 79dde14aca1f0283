"""A verb ending a hyphenated word that spaCy splits is looked up whole, as PETRARCH's tokenizer keeps it
(coder/compose.py, `SentenceView.hyphenated_word`; switch `hyphenated_verb_parts` for the fallback to its last
part). Sentences written for this test (tests/fixtures/hyphenated_verbs.tsv), read with the switch on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_actors, fixture_rows

from communique.coder.phrases import phrase_view
from communique.nlp import parse


def test_the_hyphenated_word_a_token_ends():
    doc = parse("Riot police tear-gassed students after a pro-government rally in the city.")
    view = phrase_view(next(iter(doc.sents)))
    found = {doc[i].text: view.hyphenated_word(i) for i in range(len(doc)) if view.hyphenated_word(i)}
    assert found == {"gassed": "TEAR-GASSED", "government": "PRO-GOVERNMENT"}


def test_a_hyphenated_verb_is_read_whole(nlp, monkeypatch):
    rows = fixture_rows("hyphenated_verbs.tsv")
    assert [on for text, on, _ in rows if text.startswith("Police tear-gassed")] == ["175 UGACOP>UGAOPPLEG"]
    assert_the_on_off_table(monkeypatch, rows, code_actors, ("hyphenated_verb_parts",), at_least=10,
                            changed_at_least=1)
