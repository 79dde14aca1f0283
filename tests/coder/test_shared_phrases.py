"""A phrase that two actor records share (spec §2.3, corrected): PETRARCH-2 stores each record's codes under
its phrases as it reads them, so the later record holds the phrase in `petrarch2`; `communique` reads the
records in file order and takes the first whose chosen code is dated. Sentences written for this test, the
real CAMEO.2.0 verbs and Phoenix agents, and a toy actor file in the spec's §6 style."""
from __future__ import annotations

import datetime

import pytest

TWO_DOES = """\
XLAND [XLD]
YLAND [YLD]
JOHN_DOE_SENIOR
+PRESIDENT_DOE
\t[XLDGOV 19900101-19950101]
\t[XLDELI]
JOHN_DOE_JUNIOR
+PRESIDENT_DOE
\t[XLDGOV 20100101-20150101]
\t[XLDOPP]
END_OF_FILE [END]
"""


@pytest.fixture(scope="module")
def two_does(tmp_path_factory):
    from communique.coder import CoderKnowledge
    from communique.coder.actor_dictionary import AGENT_FILE, read_actor_dictionary
    from communique.coder.dictionary import load_verb_dictionary
    from communique.data_files import data_path

    path = tmp_path_factory.mktemp("does") / "does.actors.txt"
    path.write_text(TWO_DOES, encoding="utf-8")
    verbs = load_verb_dictionary(())
    built = {}
    for quirks in (True, False):
        actors = read_actor_dictionary([path], [data_path(AGENT_FILE)], [], petrarch_quirks=quirks)
        built[quirks] = CoderKnowledge(verbs, actors, actors.discards)
    return built


def _code(nlp, knowledge, text, profile, date):
    from communique.coder import code_sentence
    from communique.coder.profiles import Profile

    sent = next(iter(nlp(text).sents))
    return [(e.source, e.target, e.code) for e in code_sentence(sent, date, knowledge, Profile.named(profile))]


@pytest.mark.parametrize("date, petrarch2, communique", [
    (datetime.date(2012, 5, 5), "XLDGOV", "XLDGOV"),    # the junior's term: both readings agree
    (datetime.date(1992, 5, 5), "XLDOPP", "XLDGOV"),    # the senior's term: PETRARCH-2 no longer sees it
    (datetime.date(2001, 5, 5), "XLDOPP", "XLDELI"),    # no term: the holder's undated code
])
def test_the_later_record_holds_a_shared_phrase_in_petrarch2(nlp, two_does, date, petrarch2, communique):
    text = "President Doe met Yland officials."   # OFFICIALS is consumed by a MEET pattern (spec E8)
    assert _code(nlp, two_does[True], text, "petrarch2", date) == [(petrarch2, "YLD", "040")]
    assert (communique, "YLD", "040") in _code(nlp, two_does[False], text, "communique", date)
