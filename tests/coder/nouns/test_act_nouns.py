"""Acts named by a noun and started or stopped by a verb (coder/nouns/acts.py, switch `act_nouns` of the profile
communique): the fixture table act_nouns_cases.tsv (sentences written for it, real countries, the real
dictionaries), each row coded with the switch on and not with it off; the dictionary's own patterns win;
negation folds; the petrarch2 profile is untouched; the tables' codes are the CAMEO codebook's."""
from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import pytest

from fixture_tables import cameo_code_names, padded_rows

from communique.coder.profiles import Profile

HERE = Path(__file__).resolve().parent
COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")
WITHOUT = replace(COMMUNIQUE, act_nouns=False)
STEP = "an act noun's"  # in the step of every event the switch codes


def cases() -> list[tuple[str, ...]]:
    return padded_rows(HERE / "act_nouns_cases.tsv", 4)


def records(nlp, knowledge, text, profile=COMMUNIQUE, trace=None):
    from communique.coder import code_sentence

    sent = next(iter(nlp(text).sents))
    return code_sentence(sent, datetime.date(2018, 5, 5), knowledge, profile, trace)


def triples(events) -> list[tuple[str, str, str]]:
    return [(e.code, e.source, e.target) for e in events]


@pytest.mark.parametrize("text,code,source,target", cases())
def test_a_verb_that_starts_or_stops_an_act_noun_codes_the_act(nlp, knowledge, text, code, source, target):
    got = records(nlp, knowledge, text)
    assert (code, source, target) in triples(got), triples(got)
    assert any(STEP in step for e in got for step in e.steps)
    assert (code, source, target) not in triples(records(nlp, knowledge, text, WITHOUT))  # failed before


def test_the_dictionarys_patterns_win_and_petrarch2_is_untouched(nlp, knowledge):
    for text, code in (("Thailand's military government lifted the curfew on Monday.", "0813"),  # LIFT - * CURFEW
                       ("Indian authorities imposed a curfew on Srinagar.", "1723"),  # IMPOSE - * CURFEW
                       ("Kuwait downgraded diplomatic relations with Iran.", "161"),
                       ("The European Union extended its economic sanctions against Russia.", "163")):
        got = records(nlp, knowledge, text)
        assert code in [e.code for e in got] and all(STEP not in s for e in got for s in e.steps), text
    for text, *_ in cases()[:12]:
        assert all(STEP not in s for e in records(nlp, knowledge, text, PETRARCH2) for s in e.steps)


def test_negation_folds_and_other_verbs_or_nouns_are_not_read(nlp, knowledge):
    trace: list = []
    assert records(nlp, knowledge, "The Egyptian government did not renew the state of emergency.", trace=trace) == []
    steps = [s for e in trace for s in e.steps]  # the dropped event: coded, then negated to no CAMEO code
    assert any(STEP in s for s in steps) and any(s.startswith("negate:") for s in steps)
    for text in ("The opposition criticised the curfew in Cairo.",  # no verb of starting or stopping
                 "Egypt extended the deadline for Ethiopia.",  # no act noun
                 "The curfew ended on Sunday.",  # the act noun is no undergoer: nobody is said to end it
                 "Israel and Hamas ended the ceasefire.",  # the codebook pairs no code with ending a ceasefire
                 # the object is the doer of the verb's complement: an order to it, not its reopening
                 "The Sudanese government ordered the opposition newspaper to suspend publication.",
                 "The army ordered the Kurdish newspaper to stop printing.",
                 # a block that is no ban (session 37): shares bought, a building demolished
                 "The Chinese company bought a block of shares in the Brazilian firm.",
                 "Israeli troops demolished a residential block in Gaza on Tuesday.",
                 ):
        assert all(STEP not in s for e in records(nlp, knowledge, text) for s in e.steps), text


def test_the_tables_read_and_their_codes_are_the_codebooks():
    from communique.coder.nouns.acts import act_tables
    from communique.data_files import data_path, tsv_rows

    tables = act_tables()
    assert [e.name for e in tables.nouns["BAN"]] == ["BAN (ON PARTY)", "BAN"]  # the most words first
    assert tables.verbs["EXTENDED"] == "start" and tables.verbs["SCRAPPED"] == tables.verbs["FROZE"] == "stop"
    names = cameo_code_names()
    if names is None:
        pytest.skip("../shared/reference is not present on this machine")
    for _, parts in tsv_rows(data_path("act_nouns.tsv"), "the act noun table"):
        for code, name in zip(parts[1:3], parts[3].split(" / ")):
            assert (code, name) == ("-", "-") or name in names.get(code, set()), f"{parts[0]}: {code} is not '{name}'"
