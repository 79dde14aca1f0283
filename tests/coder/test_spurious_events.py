"""What a request asks for is no event (coder/contents.py, switch `request_contents` of the profile communique),
an adverbial clause of time is the background of the news (switch `background_clauses`), a verb with an
adjective complement is a linking verb (switch `linking_verbs`): the tables tests/fixtures/request_contents.tsv,
background_clauses.tsv and linking_verbs.tsv (sentences written for them, the real dictionaries), each "dropped" row a candidate with its switch off and none with it on, each "kept" row a
candidate with it on; the nouns of request are the CAMEO codebook's; a residual statement has no PLOVER type
(switch `plover_statements`, tests/fixtures/plover_statements.tsv); the petrarch2 profile has them all off."""
from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from fixture_tables import cameo_code_names, fixture_rows

from communique.coder.contents import request_nouns
from communique.coder.profiles import Profile
from communique.data_files import data_path, tsv_rows

COMMUNIQUE = Profile.named("communique")
SWITCHES = {"request_contents.tsv": "request_contents", "background_clauses.tsv": "background_clauses",
            "linking_verbs.tsv": "linking_verbs"}
PLOVER_SWITCHES = ("plover_statements",)
# switches that keep a row's content from being coded by another road, turned off with the table's own: a letter's
# participle of request ("signed a letter demanding that ...") is read whole as the demand by `message_participles`
# (session 45), so its content is never built whether or not `request_contents` drops it
OVERLAPPING = {"request_contents.tsv": ("message_participles",)}


def candidates(nlp, knowledge, text, profile):
    from communique.coder.adapter import document_candidates

    doc = nlp(text)
    return {(c.code, doc[c.trigger].text) for c in document_candidates(doc, None, knowledge, profile,
                                                                        datetime.date(2019, 3, 4))}


@pytest.mark.parametrize("table", sorted(SWITCHES))
def test_the_table(nlp, knowledge, table):
    rows = fixture_rows(table)
    assert len(rows) >= 10 and {r[1] for r in rows} == {"dropped", "kept"}
    without = replace(COMMUNIQUE, **{switch: False for switch in (SWITCHES[table], *OVERLAPPING.get(table, ()))})
    wrong = []
    for text, kind, code, trigger in rows:
        on = candidates(nlp, knowledge, text, COMMUNIQUE)
        if kind == "kept" and (code, trigger) not in on:
            wrong.append(f"{text}: {code} {trigger} lost, got {sorted(on)}")
        if kind == "dropped":
            off = candidates(nlp, knowledge, text, without)
            if (code, trigger) in on or (code, trigger) not in off:
                wrong.append(f"{text}: {code} {trigger}: on {sorted(on)}, off {sorted(off)}")
    assert not wrong, "\n".join(wrong)


def test_petrarch2_has_the_switches_off_and_the_nouns_name_requests():
    for switch in (*SWITCHES.values(), *PLOVER_SWITCHES):
        assert getattr(Profile.named("petrarch2"), switch) is False and getattr(COMMUNIQUE, switch) is True
    assert {"appeal", "demand", "request"} <= request_nouns()
    names = cameo_code_names()
    if names is None:
        pytest.skip("the CAMEO codebook is not on this machine")
    for _, (noun, code) in tsv_rows(data_path("coder_request_nouns.tsv"), "nouns"):
        assert code in names and code[:2] in ("02", "10", "13"), noun


def test_a_residual_statement_has_no_plover_type(nlp):
    from fixture_tables import coded_rows

    from communique.plover_conventions import plover_in_profile

    rows = fixture_rows("plover_statements.tsv")
    assert len(rows) >= 10
    without = replace(COMMUNIQUE, plover_statements=False)
    wrong = []
    for (text, code, on, off), document in coded_rows(rows):
        found = [e for e in document.events if e.cameo["code"] == code]
        if not found or (found[0].plover["type"] or "-") != on \
                or plover_in_profile(code, "say", without)["type"] != off:
            wrong.append(f"{text}: {[(e.cameo['code'], e.plover['type']) for e in document.events]}")
    assert not wrong, "\n".join(wrong)
    assert plover_in_profile("010", "say", Profile.named("petrarch2"))["type"] == "SUPPORT"
