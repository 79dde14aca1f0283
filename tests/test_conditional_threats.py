"""An act announced for later on a condition (profile switch `conditional_threats`): "will cut aid to Yland
unless ..." is a threat made now, as "will cut aid" is (data/coder_additions_mood.tsv), not a possibility
left unscored; cooperation so announced is an offer. A hedge ("could") or a past counterfactual stays
hypothetical. Sentences written for tests/fixtures/conditional_threats.tsv."""
from __future__ import annotations

from fixture_tables import coded_rows, fixture_rows


def table_rows() -> list[tuple[str, str, str]]:
    return fixture_rows("conditional_threats.tsv")  # type: ignore[return-value]


def test_conditional_future_needs_a_future_auxiliary_and_an_if_or_unless_clause(nlp):
    from communique.modality import conditional_future

    def check(text, word):
        doc = nlp(text)
        return conditional_future(doc, next(t.i for t in doc if t.text == word))

    assert check("Xland will attack Yland unless Yland withdraws.", "attack")
    assert check("Xland said it would attack Yland if the talks fail.", "attack")
    assert not check("Xland will attack Yland next week.", "attack")  # future, no condition
    assert not check("Xland could attack Yland if the talks fail.", "attack")  # a possibility
    assert not check("Xland attacked Yland after the talks failed.", "attacked")


def test_the_table_conditional_announcements_are_threats_or_offers_made_now(nlp):
    rows = table_rows()
    assert len(rows) >= 12
    wrong = []
    for (text, prefix, modality), document in coded_rows(rows):
        if not any(e.cameo["code"].startswith(prefix) and e.modality == modality for e in document.events):
            wrong.append(f"{text}: " + "; ".join(f"{e.cameo['code']} {e.modality}" for e in document.events))
    assert not wrong, "\n".join(wrong)
    # petrarch2 adds nothing: the conditional act keeps its own code
    (_, faithful), = coded_rows(rows[1:2], profile="petrarch2")
    assert faithful.events and all(not e.cameo["code"].startswith("13") for e in faithful.events)
