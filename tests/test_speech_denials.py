"""A claim rejected, dismissed or denied is a denial (CAMEO 016, the statement/appeal class), not a rejection (12x):
the sweep tests/fixtures/speech_denials_sweep.tsv (session 46, branch speech46; its own sentences, labelled before
anything was run) read whole, and the two mechanisms it measures on and off: the nouns of a thing asserted that
REFUSE's and DISMISS's blocks lack (data/coder_additions.txt, switch `additions`) and a denial kept beside its
grounds participle (coder/phenomena/stance_grounds.py, switch `denied_grounds`)."""
from __future__ import annotations

from fixture_tables import FIXTURES, coded_rows, communique_without, padded_rows

SWEEP = "speech_denials_sweep.tsv"
COLUMNS = 7
DENIALS_AT_LEAST = 23  # of the sweep's 28 denials (21 before session 46, 23 after); its 8 controls stay all right

# (sentence, main CAMEO code): denials whose grounds a participle of saying gives; rule F flattened the denial into
# the participle's statement (010, dropped with no target) or SAY's composition over it (015, 011)
GROUNDS = (
    ("Libya's government rejected charges that its militias had looted the port, saying the goods were seized "
     "by smugglers.", "016"),
    ("Ankara dismissed claims that its drones had hit a wedding party, saying the strike had targeted militants.",
     "016"),
)
# (sentence, main CAMEO code): nouns of a thing asserted the blocks lack, and a proposal that stays a rejection
NOUNS = (
    ("Pakistan rejected India's assertion that its spy agency had sheltered the militants.", "016"),
    ("Algeria dismissed rumours that the president had died in a Swiss hospital.", "016"),
    ("Hungary rejected the European Commission's proposal for migrant quotas.", "120"),
)


def _main_code(document) -> str | None:
    from communique.evaluate.main_class import main_event

    chosen = main_event(document.events)
    return chosen.cameo.get("code") if chosen else None


def test_the_sweep_reads_denials_as_statements_and_leaves_rejections():
    from communique.evaluate.main_class import event_class, main_event
    from communique.pipeline import extract_articles
    from communique.records import Article

    rows = [row for row in padded_rows(FIXTURES / SWEEP, COLUMNS) if row[0] != "class"]
    documents = extract_articles([Article(text=row[6], published="2018-03-01") for row in rows])
    got = [(row, event_class(main_event(d.events)) if d.events else None) for row, d in zip(rows, documents)]
    denials = [row[6] for row, cls in got if row[5] == "denial" and cls == row[0]]
    wrong_controls = [row[6] for row, cls in got if row[5] == "control" and cls != row[0]]
    assert len(denials) >= DENIALS_AT_LEAST, f"{len(denials)} denials right"
    assert not wrong_controls, wrong_controls


def test_a_denial_given_its_grounds_is_kept_on_and_lost_off(monkeypatch):
    rows = [(text,) for text, _ in GROUNDS]
    on = coded_rows(rows)
    assert [_main_code(d) for _, d in on] == [code for _, code in GROUNDS]
    communique_without(monkeypatch, "denied_grounds")
    off = coded_rows(rows)
    assert all(_main_code(d) != "016" for _, d in off)  # the denial lost to the participle's or the content's act


def test_the_asserted_nouns_are_denials_in_communique_only():
    rows = [(text,) for text, _ in NOUNS]
    assert [_main_code(d) for _, d in coded_rows(rows)] == [code for _, code in NOUNS]
    assert [_main_code(d) for _, d in coded_rows(rows, profile="petrarch2")][:2] != ["016", "016"]
