"""The main clause's act as a long sentence's event: partitive objects, coordinated verbs of one unnamed subject,
acts told only in a background clause (coder/partitive_objects.py, coder/coordinated_subjects.py,
coder/background_acts.py; tests/fixtures/main_events.tsv). Sentences written for these tests, read with the switches
on and off."""
from __future__ import annotations

import pytest
from fixture_tables import communique_without
from .switch_tables import on_off_table_test

from communique.coder.partitive_objects import partitive_object_heads


test_the_main_clause_s_act_is_coded = on_off_table_test(
    "main_events.tsv", ("partitive_objects", "coordinated_subjects", "background_acts"), at_least=25,
    changed_at_least=9)


def test_background_to_needs_a_subordinate_link_under_the_verb(nlp):
    from communique.coder.background_acts import background_to

    doc = nlp("He appealed for help to rebuild the city, parts of which were destroyed, and soldiers fired on crowds.")
    words = [t.text for t in doc]
    appealed, destroyed, fired = words.index("appealed"), words.index("destroyed"), words.index("fired")
    assert background_to(doc, destroyed, [appealed])  # a relative clause below the appeal
    assert not background_to(doc, fired, [appealed])  # a coordinated act is no background
    assert not background_to(doc, appealed, [destroyed])  # the main verb is not under its own background


def test_the_partitive_nouns_of_objects_leave_episodes_and_quantities_of_persons():
    heads = partitive_object_heads()
    assert {"SET", "SHIPMENT", "CONSIGNMENT", "COMPONENTS"} <= heads  # data/coder_partitive_objects.tsv
    assert not {"ROUND", "SERIES", "STRING"} & heads  # "a new round of talks": data/coder_episode_nouns.tsv's
    assert not {"DOZENS", "GROUP", "MEMBERS"} & heads  # over persons: data/coder_additions_partitives.tsv's subjects


BACKGROUND_VIOLENCE = (
    "The bloc condemned the crackdown, in which Venezuelan security forces killed at least 40 protesters.",
    "He urged calm hours after a suicide bomber killed 30 people at a market in Baghdad.",
)


@pytest.mark.classifier
@pytest.mark.parametrize("text", BACKGROUND_VIOLENCE)
def test_violence_the_classifier_reads_in_a_background_clause_does_not_replace_the_main_act(
        nlp, classifier, monkeypatch, text):
    from communique.pipeline import extract_text
    from communique.settings import Settings

    events = extract_text(text, "2021-03-01", Settings(classifier="events")).events
    assert [e.origin for e in events] == ["coder", "classifier"]  # the kind subject's act, then the background's
    assert events[0].confidence > events[1].confidence
    communique_without(monkeypatch, "background_acts")
    events = extract_text(text, "2021-03-01", Settings(classifier="events")).events
    assert [e.origin for e in events] == ["classifier"]  # without the switch the recalled act replaced it


# session 34 (c21read34): a sum written out in any currency of CAMEO.2.0's &CURRENCY heads a partitive object
test_a_sum_in_a_currency_offers_what_it_is_of = on_off_table_test(
    "partitive_sums.tsv", ("partitive_objects",), at_least=11, changed_at_least=7)
