"""The classifier with its model: the encoder, the head's scores on sentences it was not fitted on, and the
classifier in the pipeline. The encoder is loaded once for the session (the `classifier` fixture)."""
from __future__ import annotations

import numpy
import pytest

from communique.pipeline import extract_text
from communique.settings import Settings

pytestmark = pytest.mark.classifier

EVENTS = Settings(classifier="events")


def test_the_encoder_ignores_case_and_puts_like_sentences_together(classifier):
    shouted, lower, reworded, unrelated = classifier.encoder.encode([
        "POLICE ARREST FIVE MEN IN LAHORE", "police arrest five men in lahore",
        "Officers detained five suspects in Lahore.", "The orchestra played Mozart to a full hall."])
    assert float(shouted @ lower) > 0.999
    assert float(lower @ reworded) > float(lower @ unrelated) + 0.2
    assert numpy.isclose(numpy.linalg.norm(reworded), 1.0, atol=1e-4)


@pytest.mark.parametrize("sentence, label", [
    ("Insurgents fired rockets at the airbase on Wednesday night.", "ART_MISS_ATTACK"),
    ("hundreds of nurses marched to the health ministry demanding better pay", "PEACE_PROTEST"),
    ("A powerful earthquake flattened villages in the mountains.", "NATURAL_DISASTER"),
    ("The Two Parties Sign A Truce In Doha", "AGREEMENT"),
    ("Masked men seized a priest from his parish house and drove him away.", "ABDUCT_DISSAP"),
])
def test_the_head_scores_sentences_it_was_not_fitted_on(classifier, sentence, label):
    [scores] = classifier.score([sentence])
    assert label in [s.label for s in scores.acled[:3]], scores.acled[:3]
    assert abs(sum(s.score for s in scores.acled) - 1.0) < 1e-3


def test_the_plover_head_scores_a_meeting_as_consult(classifier):
    [scores] = classifier.score(["The minister met his French counterpart in Paris to talk about trade."])
    assert scores.best_plover.label == "CONSULT"


# Written for this test, in none of the training sentences: appeals to agree a truce or deal, and agreements made.
APPEALS = [
    "Australia called on Papua New Guinea's warring highland tribes to agree a truce after the massacre.",
    "the organisation of islamic cooperation urged pakistan and afghanistan to accept a ceasefire along the border",
    "Angola's President Urges Congo And Rwanda To Sign Peace Deal",
    "The Commonwealth secretary-general pressed the government and the separatists to conclude a peace accord.",
    "Qatar and the United States asked Israel and Hamas to agree to a hostage exchange and a pause in the fighting.",
    "the chinese foreign ministry urged thailand and cambodia to agree a ceasefire on their border",
    "Tanzania appealed to Burundi's government and the rebels to sign the Arusha roadmap.",
    "The UN refugee chief called on both sides in Sudan to agree safe routes out of the besieged city.",
    "Local chiefs urged the two villages to sign a peace pact and end the land feud.",
    "the opposition leader called on the president to accept the church's offer to mediate a truce with the rebels",
]
AGREEMENTS_MADE = [
    "Pakistan and Afghanistan agreed a ceasefire along the border after talks in Doha, both governments said.",
    "thailand and cambodia agreed to an immediate ceasefire on their border following a call between their leaders",
    "Congo And Rwanda Sign Peace Deal In Washington",
    "The highland tribes agreed a truce at a meeting with police and church leaders, ending weeks of killings.",
    "Israel and Hamas agreed to exchange hostages for prisoners under a deal announced by Qatar.",
    "the separatists and the government signed a peace accord that grants the region autonomy",
    "The two villages signed a peace pact before the district officer, ending the land feud.",
    "Burundi's government and the rebel movement signed a ceasefire in Dar es Salaam on Thursday.",
    "the militia and the army agreed on safe routes for civilians to leave the city, the un said",
    "Both sides accepted the church's mediation and agreed a truce that took effect at noon.",
]


def test_an_appeal_to_agree_a_truce_is_not_read_as_an_agreement(classifier):
    """ACLED's Agreement is an agreement made; a call to make one is none (data/classify_training.tsv, round 6).
    The head fitted before round 6 read 6 of these appeals as AGREEMENT (and 9 of the agreements); this one 2 (7)."""
    appeals = [s.best_acled.label for s in classifier.score(APPEALS)]
    made = [s.best_acled.label for s in classifier.score(AGREEMENTS_MADE)]
    assert appeals.count("AGREEMENT") <= 3, appeals
    assert made.count("AGREEMENT") >= 6, made


def test_a_lowercase_killing_the_coder_misses_is_recalled_with_lower_confidence(nlp, classifier):
    text = "two maoists were killed in an encounter with the police in dantewada on monday."
    assert extract_text(text, "2021-03-01", Settings(classifier="off")).events == []  # the coder alone reads nothing
    [event] = extract_text(text, "2021-03-01", EVENTS).events
    assert event.origin == "classifier" and event.to_dict()["origin"] == "classifier"
    assert event.plover["type"] == "ASSAULT" and event.acled["by"] == "classifier"
    assert event.confidence < 0.45
    assert event.trigger == "killed"  # the act, not "maoists", though both are words of the trigger list
    assert [a.sector for a in event.source] == ["COP"]  # "police", read without a capital; passive: the agent
    assert event.date["value"] == "2021-03-01"


def test_a_disaster_is_not_made_a_political_event(nlp, classifier):
    document = extract_text("A fire at a chemical plant in Gujarat killed four workers and injured nine.",
                            "2021-03-01", EVENTS)
    assert all(e.acled is None for e in document.events)


def test_the_acled_field_says_who_decided(nlp, classifier):
    document = extract_text("Police arrested three men for stoning a bus in the old city on Friday.",
                            "2021-03-01", EVENTS)
    arrests = [e for e in document.events if e.acled and e.acled["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0].acled["by"] in {"rules", "rules+classifier"}
    assert arrests[0].origin == "coder"


def test_eval_prints_the_figures_with_the_classifier_off_and_on(nlp, classifier, tmp_path, capsys):
    import json

    from communique.cli import main

    gold = tmp_path / "mine.jsonl"
    records = [{"id": "1", "text": "two maoists were killed in an encounter with the police in dantewada on monday.",
                "subtype": "ARMED_CLASH"},
               {"id": "2", "text": "Floodwaters swept away homes in three districts after a week of rain.",
                "subtype": "NATURAL_DISASTER"}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["eval", str(gold), "--classifier", "events", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"classifier_off", "classifier_events"}
    off, on = figures["classifier_off"], figures["classifier_events"]
    assert off["per_label"].get("ARMED_CLASH", {}).get("tp", 0) == 0  # the coder alone reads no event there
    assert on["non_political"]["coded_political"] == 0
    assert on["accuracy"] >= off["accuracy"]


def test_the_int8_encoder_stays_close_to_the_float_one(classifier):
    from communique.classify.encoder import Encoder

    sentences = ["Rebels shelled the airport overnight.", "the police lathicharged protesting farmers in the town",
                 "Shares Plunge As Tech Giant Misses Targets"]
    assert classifier.encoder.quantised
    quantised, exact = classifier.encoder.encode(sentences), Encoder(quantised=False).encode(sentences)
    assert (quantised * exact).sum(axis=1).min() > 0.97  # 8-bit inputs over fixed ranges: ~0.99 (dynamic: ~0.97)
    assert float(quantised[0] @ quantised[2]) < 0.5  # still far apart where the sentences are


def test_a_sentences_vector_is_the_same_alone_among_short_sentences_and_among_long_ones(classifier):
    encoder = classifier.encoder
    sentence = "Gunmen on motorbikes shot dead a village headman outside his house in the north on Sunday."
    short = ["Talks resumed.", "Rain fell all day.", "Police made arrests.", "A bomb exploded."] * 8
    long = ["The finance minister told parliament on Tuesday that the budget deficit would narrow next year as "
            "fuel subsidies were phased out, tax collection improved and spending on new roads, ports and power "
            "stations in the southern provinces was spread over five years instead of three."] * 8 + \
           ["Thousands of teachers marched through the capital demanding the back pay they say they have been owed "
            "since the schools reopened, and their union threatened a national strike if it is not paid in full."] * 8
    alone = encoder.encode([sentence])[0]
    among_short = encoder.encode(short[:13] + [sentence] + short[13:])[13]
    among_long = encoder.encode(long[:5] + [sentence] + long[5:])[5]  # padded to the long ones' width
    assert numpy.abs(among_short - alone).max() < 1e-5
    assert numpy.abs(among_long - alone).max() < 1e-5
    batched = encoder.encode([sentence] * 40 + short, batch_size=8)  # other batch sizes too
    assert numpy.abs(batched[:40] - alone).max() < 1e-5


def test_a_batch_of_articles_is_classified_as_each_article_alone(nlp, classifier):
    from communique.pipeline import extract_articles
    from communique.records import Article

    texts = ["two maoists were killed in an encounter with the police in dantewada on monday.",
             "Floodwaters swept away homes in three districts after a week of rain.",
             "Police arrested three men for stoning a bus in the old city on Friday."]
    together = list(extract_articles([Article(text=t, id=str(n)) for n, t in enumerate(texts)], EVENTS))
    alone = [extract_text(t, None, EVENTS) for t in texts]
    assert [[(e.trigger, e.acled) for e in d.events] for d in together] == \
        [[(e.trigger, e.acled) for e in d.events] for d in alone]
    # the encoder's int8 inputs have fixed ranges (classify/quantise.py), so a sentence's vector, and so its
    # scores, do not depend on the sentences read beside it (with ranges scaled per batch, the Maoist sentence's
    # best class moved by 0.08 beside the arrest)
    assert [[c.label for c in d.sentence_classes] for d in together] == \
        [[c.label for c in d.sentence_classes] for d in alone]
    assert all(abs(a.score - b.score) < 1e-5 for x, y in zip(together, alone)
               for a, b in zip(x.sentence_classes, y.sentence_classes))
    assert together[1].sentence_classes == []  # no event and no violence or police word: not encoded at all
    assert together[2].sentence_classes[0].label == "ARREST"


def test_the_sentences_encoded_are_those_whose_reading_the_classifier_can_change(nlp, classifier):
    from communique.classify.candidates import settled_by_rules

    text = ("Police fired tear gas at protesters in Nairobi on Tuesday. "
            "The minister met his French counterpart in Paris to talk about trade. "
            "Maize prices rose in Nairobi markets this week.")
    document = extract_text(text, "2021-03-01", EVENTS)
    by_sentence = {e.sentence: e for e in document.events}
    encoded = {c.sentence for c in document.sentence_classes}
    # tear gas is read by a word rule, a default the classifier may override: encoded, as is the meeting;
    # the price rise holds no event and no violence, police or protest word: not encoded
    assert encoded == {0, 1}, (encoded, [(e.sentence, e.cameo["code"], e.acled) for e in document.events])
    assert not settled_by_rules(by_sentence[0]) and by_sentence[0].acled["event_type"] == "Protests"
    assert by_sentence[1].acled["by"] == "classifier"


def test_lowercase_police_news_is_read_at_least_as_well_as_with_keywords(nlp, classifier):
    """tools/police_sentence_f1.py on the written sentences of tests/fixtures/police_lowercase.tsv."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "police_sentence_f1.py"
    spec = importlib.util.spec_from_file_location("police_sentence_f1", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    rows = tool.read(tool.FILE)
    off, on = tool.measure(rows, "off"), tool.measure(rows, "events")
    for label in ("ARREST", "KILL", "FORCE"):
        assert on[label][2] >= off[label][2], label  # F1 with the classifier on never below the coder's
    assert on["ARREST"][2] >= 0.8


def test_an_encoder_whose_range_file_lacks_a_layer_says_to_rebuild_it(classifier, monkeypatch):
    from communique.classify import quantise
    from communique.classify.encoder import Encoder
    from communique.errors import DataFileError

    monkeypatch.setattr(quantise, "read_ranges", lambda: {"encoder_layer_0_output_dense": (-0.2, 27.0)})
    with pytest.raises(DataFileError, match="no range for the layer .* rebuild it with tools/build_classifier_head.py"):
        Encoder()
