"""The switch `renounced_terms` (coder/phenomena/renounced_terms.py): a leader's word that he or she will not run again
("said he would not seek another term", "'I will not be a candidate'") is an intent to change leadership, 0341;
sentences written for this test (tests/fixtures/renounced_terms.tsv), read on and off; and session 39's sweep of a
stated intent to leave office (tests/fixtures/leaving_office_sweep39.tsv), scored as the wire censuses are."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, assert_wire_sweep_at, code_dyads, fixture_rows


def test_a_candidacy_renounced_is_an_intent_to_change_leadership(nlp, monkeypatch):
    rows = fixture_rows("renounced_terms.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("renounced_terms",), at_least=10, changed_at_least=5)
    assert all(on.startswith("0341 ") for _, on, off in rows if on != off)
    assert sum(on == off for _, on, off in rows) >= 4  # no office, another's candidacy, a candidacy sought


def test_the_leaving_office_sweep_is_read_at_its_floor(nlp):
    assert_wire_sweep_at("leaving_office_sweep39.tsv", 0.75)


def test_a_renounced_candidacy_is_looked_for_in_its_own_sentence_only(nlp, monkeypatch):
    """The view's lists are the Doc's: the verbs of candidacy are looked for among the sentence's own tokens, not
    every token of the document for each sentence (session 40, speed40, as perf38 did for ruling_participles): each
    verb found lies in the sentence read, and a document of several sentences reads its 0341 once, as a
    one-sentence one does."""
    from fixture_tables import coded_rows

    from communique.coder.phenomena import renounced_terms

    seen = []
    own = renounced_terms.renounced_verbs

    def spied(view):
        found = own(view)
        seen.extend((view.start, view.end, verb) for verb in found)
        return found

    monkeypatch.setattr(renounced_terms, "renounced_verbs", spied)
    renounced = "The governor of Lagos said on Friday that he would not seek a third term in office."
    others = ("Supporters of the ruling party gathered outside his residence in Ikeja.",
              "Police said the crowd dispersed peacefully after the speech.")
    [(_, alone), (_, before), (_, after)] = coded_rows([(renounced,), (" ".join((renounced,) + others),),
                                                      (" ".join(others + (renounced,)),)])
    assert seen and all(start <= verb < end for start, end, verb in seen)
    for document in (before, after):
        assert [e.cameo["code"] for e in document.events if e.cameo["code"] == "0341"] == \
            [e.cameo["code"] for e in alone.events if e.cameo["code"] == "0341"] != []
