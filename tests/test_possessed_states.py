"""'The Yland president said his government ...': a state noun a possessive determines is the state of the actor
named before it (switch `possessed_states`, resolve/possessed_states.py). Sentences written here, none from an
evaluation set or from the PLOVER census."""
from __future__ import annotations

from fixture_tables import coded_rows, communique_without

ROWS = [
    ("The Peruvian president said his government was ready to cooperate with Chile.", "PER"),
    ("The Ghanaian foreign minister said her government would expel two Nigerian diplomats.", "GHA"),
    ("Uganda's leader said his army would withdraw from South Sudan.", "UGA"),
]


def _sources(document) -> set:
    return {a.country for e in document.events if e.cameo["root"] != "01" for a in e.source}


def test_the_possessed_state_is_the_speaker_s(nlp):
    wrong = [(text, _sources(d)) for (text, country), d in coded_rows(ROWS) if _sources(d) != {country}]
    assert not wrong


def test_without_the_switch_the_act_has_a_source_of_no_country(nlp, monkeypatch):
    # the coder's own reading of the same possessive (switch possessive_antecedents, session 31) is off too
    communique_without(monkeypatch, "possessed_states", "possessive_antecedents")
    lost = [text for (text, country), d in coded_rows(ROWS) if None in _sources(d)]
    assert len(lost) >= 2


def test_a_state_already_named_and_a_possessive_of_another_noun_are_left(nlp):
    from communique.extract.actors import find_actors
    from communique.pipeline import Knowledge
    from communique.resolve.possessed_states import link_possessed_states
    from communique.settings import Settings

    lexicon = Knowledge.load(Settings.build(classifier="off")).lexicon
    doc = nlp("The Chilean president said his visit to Peru's army base was a success.")
    actors = find_actors(doc, lexicon, None)
    assert link_possessed_states(doc, actors) == []  # "his visit": no state noun; "Peru's army": named
    doc = nlp("Chile's president said his country would not give up.")
    actors = find_actors(doc, lexicon, None)
    linked = link_possessed_states(doc, actors)
    assert [(m.actors[0].code, doc[m.start:m.end].text) for m in linked] == [("CHL", "his country")]


def test_the_reporting_subject_wins_over_a_nearer_actor(nlp):
    rows = [("The Iranian foreign minister told his Turkish counterpart that his government would expel two Saudi "
             "diplomats.",),
            ("The Iranian foreign minister met his Turkish counterpart on Monday and said his government would expel "
             "the Saudi ambassador.",)]
    for (text,), d in coded_rows(rows):
        threats = [e for e in d.events if e.cameo["root"] == "13"]
        assert threats and all(a.country == "IRN" for e in threats for a in e.source), text
