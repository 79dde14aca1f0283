"""The switch `judicial_findings`, its reading of a court's participle of ruling after its act
(coder/phenomena/ruling_participles.py, session 37): "..., ruling that the governor had acted unconstitutionally" is
the court's finding (116) where PETRARCH-2 read nothing of it; sentences written for this test
(tests/fixtures/ruling_participles.tsv), read on and off."""
from __future__ import annotations

from fixture_tables import assert_the_on_off_table, code_dyads, fixture_rows


def test_a_courts_participle_of_ruling_that_finds_fault_is_its_finding(nlp, monkeypatch):
    rows = fixture_rows("ruling_participles.tsv")
    assert_the_on_off_table(monkeypatch, rows, code_dyads, ("judicial_findings",), at_least=10, changed_at_least=6)
    assert sum("116 " in on and "116 " not in off for _, on, off in rows) >= 5  # the finding, added
    assert sum(on == off for _, on, off in rows) >= 3  # no court, no ruling, RULE OUT


def test_a_participle_of_ruling_is_read_in_its_own_sentence_only(nlp, monkeypatch):
    """The view's lists are the Doc's: the participles are looked for among the sentence's own tokens, not every
    token of the document for each sentence (session 38, perf38): no sentence adds a record whose verb lies in
    another sentence, and a document of several sentences reads its ruling once, as a one-sentence one does."""
    from fixture_tables import coded_rows

    from communique.coder.phenomena import ruling_participles

    seen = []
    own = ruling_participles.participle_rulings

    def spied(view, *args):
        added = own(view, *args)
        seen.extend((view.start, view.end, r.verb) for r in added)
        return added

    monkeypatch.setattr(ruling_participles, "participle_rulings", spied)
    ruling = "The Supreme Court of Kenya restored the county government on Tuesday, ruling that the governor had " \
             "acted unconstitutionally."
    others = ("Lawyers for the governor gathered outside the court in Nairobi.",
              "Kenyan police said the crowd dispersed peacefully.")
    [(_, alone), (_, before), (_, after)] = coded_rows([(ruling,), (" ".join((ruling,) + others),),
                                                      (" ".join(others + (ruling,)),)])
    assert seen and all(start <= verb < end for start, end, verb in seen)
    for document in (before, after):
        assert [e.cameo["code"] for e in document.events if e.cameo["code"] == "116"] == \
            [e.cameo["code"] for e in alone.events if e.cameo["code"] == "116"]
