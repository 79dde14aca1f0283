"""A visitor received or welcomed is a visit hosted (switch `hosted_visitors`, coder/phenomena/hosting.py,
data/coder_hosting.tsv). Sentences written here, none from an evaluation set or from the PLOVER census."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without

HOSTED = [("China received a delegation of North Korean officials.", "CHN", "PRK"),
          ("The Ghanaian president received his Togolese counterpart in Accra.", "GHA", "TGO"),
          ("The Belgian prime minister was welcomed in Kinshasa by the Congolese president.", "COD", "BEL")]


def _hosts(document) -> set:
    """(host, guest) of each visit hosted: the host's 043, host -> guest, told in the active or the passive."""
    return {(a.country, b.country) for e in document.events if e.cameo["code"] == "043"
            for a in e.source for b in e.target}


def test_a_visitor_received_is_a_visit_hosted(nlp):
    wrong = [(text, _hosts(d)) for (text, host, guest), d in coded_rows(HOSTED) if (host, guest) not in _hosts(d)]
    assert not wrong


def test_without_the_switch_no_visit_is_hosted(nlp, monkeypatch):
    communique_without(monkeypatch, "hosted_visitors")
    assert sum(bool(_hosts(d)) for _, d in coded_rows(HOSTED)) <= 1


def test_a_thing_received_or_welcomed_is_no_visit(nlp):
    rows = [("Egypt received a shipment of arms from Russia.",), ("Germany welcomed the decision by Greece.",),
            ("The Kenyan president received a letter from the Somali leader.",)]
    assert not any(e.cameo["code"] == "043" for _, d in coded_rows(rows) for e in d.events)


# session 33 (branch p8read33): a passive bare conjunct shares its subject, the visitor ("arrived ... and was greeted
# by"), where the clause had no undergoer of its own and WELCOME's block default (051) stood
CONJUNCTS = [("Peruvian President Martin Vizcarra arrived in Santiago on Monday and was greeted at the airport by Chilean "
              "President Sebastian Pinera.", "CHL", "PER"),
             ("Kenyan President Uhuru Kenyatta landed in Kampala on Tuesday and was welcomed by Ugandan President Yoweri "
              "Museveni.", "UGA", "KEN"),
             ("The Ghanaian foreign minister flew to Lome on Friday and was greeted by the Togolese president.",
              "TGO", "GHA"),
             ("The Chilean foreign minister landed in Lima and was welcomed by his Peruvian counterpart.", "PER", "CHL")]


def test_a_visitor_arriving_and_then_received_is_a_visit_hosted(nlp, monkeypatch):
    wrong = [(text, _hosts(d)) for (text, host, guest), d in coded_rows(CONJUNCTS) if (host, guest) not in _hosts(d)]
    assert not wrong
    communique_without(monkeypatch, "hosted_visitors")
    assert not any(_hosts(d) for _, d in coded_rows(CONJUNCTS))
    rows = [("The Ghanaian president arrived in Lome on Friday and was welcomed by cheering crowds.",),  # no visitor
            ("A shipment of Russian arms arrived in Cairo and was received by the Egyptian army.",)]        # a thing
    assert not any(e.cameo["code"] == "043" for _, d in coded_rows(rows) for e in d.events)
