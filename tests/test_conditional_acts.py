"""An intent, offer, appeal, demand or threat is made now though its content hangs on a condition (switch
`conditional_intents`, modality/conditions.py). Sentences written here, none from an evaluation set or from the
PLOVER census."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without

MADE_NOW = [
    ("Peru said it was willing to resume talks with Chile if the attacks stopped.", "AGREE"),
    ("Bolivia is ready to negotiate with Chile if Santiago drops its conditions.", "AGREE"),
    ("The Bolivian government offered to mediate between the two sides if they asked.", "AGREE"),
]


def _asserted_types(document) -> set:
    return {e.plover.get("type") for e in document.events if e.modality == "asserted"}


def test_a_conditional_offer_is_made_now(nlp):
    wrong = [text for (text, kind), document in coded_rows(MADE_NOW) if kind not in _asserted_types(document)]
    assert not wrong


def test_without_the_switch_the_offer_is_left_a_possibility(nlp, monkeypatch):
    communique_without(monkeypatch, "conditional_intents")
    lost = [text for (text, kind), document in coded_rows(MADE_NOW) if kind not in _asserted_types(document)]
    assert len(lost) >= 2


def test_the_condition_s_own_act_and_a_hedged_act_stay_hypothetical(nlp):
    rows = [("Peru said it was willing to resume talks with Chile if the attacks stopped.",),
            ("The rebels said they could release the hostages if the army withdrew.",),
            ("The Bolivian government offered to mediate between the two sides if they asked.",)]
    (_, offer), (_, hedged), (_, asked) = coded_rows(rows)
    assert all(e.modality == "hypothetical" for e in offer.events if e.cameo["root"] in ("18", "19"))
    # the hedged act and the condition's act stay hypothetical; the speakers' statement itself is made now
    # (adverbial_background keeps it where every act is told in an adverbial clause of the silent reported clause)
    assert all(e.modality == "hypothetical" for e in hedged.events if e.cameo["root"] != "01")
    assert any(e.modality == "hypothetical" for e in hedged.events)
    assert all(e.modality == "hypothetical" for e in asked.events if e.cameo["root"] == "02")
