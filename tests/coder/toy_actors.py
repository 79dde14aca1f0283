"""B's shared test helpers: the spec §6 toy actor file (XLAND, YLAND, ZLAND, a date-restricted JOHN DOE)
with the real CAMEO.2.0 verb dictionary and the real Phoenix agents, and a `code` helper."""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest

TOY_ACTORS = """\
# toy actors for the coder tests (spec §6); the last record of a file is lost in the petrarch2 profile
XLAND [XLD]
+XLANDIAN
YLAND [YLD]
+YLANDIAN
ZLAND [ZLD]
QLAND_UNION [IGO~]
JOHN_DOE_
\t[XLDGOV 20100101-20150101]
\t[XLDOPP >20150101]
\t[XLDELI]
RICHARD_ROE_
\t[YLDGOV 20100101-20150101]
WLAND [WLD]
"""
TOY_DISCARDS = """\
# toy discards
FOOTBALL MATCH
+CELEBRITY GOSSIP
"""


def make_knowledge(tmp: Path, quirks: bool):
    from communique.coder import CoderKnowledge
    from communique.coder.actors.dictionary import AGENT_FILE, read_actor_dictionary
    from communique.coder.dictionary import load_verb_dictionary
    from communique.data_files import data_path

    (tmp / "toy.actors.txt").write_text(TOY_ACTORS, encoding="utf-8")
    (tmp / "toy.discards.txt").write_text(TOY_DISCARDS, encoding="utf-8")
    actors = read_actor_dictionary([tmp / "toy.actors.txt"], [data_path(AGENT_FILE)], [tmp / "toy.discards.txt"],
                                   petrarch_quirks=quirks)
    return CoderKnowledge(load_verb_dictionary(()), actors, actors.discards)


@pytest.fixture(scope="session")
def toy(tmp_path_factory):
    """The toy knowledge as PETRARCH-2 reads it (its quirks kept)."""
    return make_knowledge(tmp_path_factory.mktemp("toy"), quirks=True)


def code(nlp, knowledge, text, profile="petrarch2", date=datetime.date(2012, 5, 5)):
    """The (source, target, CAMEO) records of the first sentence of `text`."""
    from communique.coder import code_sentence
    from communique.coder.profiles import Profile

    sent = next(iter(nlp(text).sents))
    return [(e.source, e.target, e.code) for e in code_sentence(sent, date, knowledge, Profile.named(profile))]
