"""A passive whose subject is the noun its verb's pattern names as the object (switch `object_passives` of the
profile communique, coder/recall.py `_object_subject`, the passive path of coder/compose.py): read as its
active, the by-agent is the source and the verb's other PPs the target. The fixture table
object_passives_cases.tsv (sentences written for it, real countries, the real dictionaries) is coded with
the switch on and not with it off; a BY phrase naming no actor is no source; an actor subject keeps
PETRARCH-2's passive reading; the petrarch2 profile is untouched."""
from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import pytest

from fixture_tables import padded_rows

from communique.coder.profiles import Profile

HERE = Path(__file__).resolve().parent
COMMUNIQUE, PETRARCH2 = Profile.named("communique"), Profile.named("petrarch2")
# session 27's passive_doers also keeps a by-doer's act whose subject is no actor, with no target: where the object
# passive's reading has no target either, it gives the same triple by that road, so both are off here
WITHOUT = replace(COMMUNIQUE, object_passives=False, passive_doers=False)


def cases() -> list[tuple[str, ...]]:
    return padded_rows(HERE / "object_passives_cases.tsv", 4)


@pytest.fixture(scope="module")
def petrarch_knowledge():
    from communique.coder.additions import load_coder_knowledge

    return load_coder_knowledge(None, PETRARCH2)


def triples(nlp, knowledge, text, profile=COMMUNIQUE) -> list[tuple[str, str, str]]:
    from communique.coder import code_sentence

    sent = next(iter(nlp(text).sents))
    return [(e.code, e.source, e.target) for e in code_sentence(sent, datetime.date(2018, 5, 5), knowledge, profile)]


@pytest.mark.parametrize("text,code,source,target", cases())
def test_a_passive_of_the_patterns_object_noun_is_read_as_its_active(nlp, knowledge, text, code, source, target):
    got = triples(nlp, knowledge, text)
    assert got == [(code, source, target)]
    assert (code, source, target) not in triples(nlp, knowledge, text, WITHOUT)  # failed before


def test_the_petrarch2_profile_is_untouched(nlp, petrarch_knowledge):
    # §4.4: BY / FROM / IN are the sources, the subject the target; a subject that is no actor loses the event
    for text, *_ in cases():
        assert triples(nlp, petrarch_knowledge, text, PETRARCH2) == [], text
    assert triples(nlp, petrarch_knowledge, "The blockade of Qatar was lifted by Saudi Arabia.", PETRARCH2) == \
        [("0872", "SAU", "QAT")]


def test_a_by_phrase_naming_no_actor_is_no_source(nlp, knowledge):
    # "by a vote", "by a decree": the act is kept only where the sentence names an actor it is done to
    assert triples(nlp, knowledge, "Sanctions will be imposed on Iran by a vote.") == [("163", "", "IRN")]
    for text in ("The state of emergency was ended by a vote.", "The curfew was lifted by a decree."):
        assert all(not source and not target for _, source, target in triples(nlp, knowledge, text)), text


def test_the_subjects_own_actors_and_an_actor_subject_keep_their_reading(nlp, knowledge):
    for text, want in (
            # no PP of the verb names an actor: the subject's own actor is the target, as before
            ("The curfew in Cairo has been relaxed by Egyptian authorities.", ("0813", "EGYGOV", "EGY")),
            ("The blockade of Qatar was lifted by Saudi Arabia.", ("0872", "SAU", "QAT")),
            ("Military aid to Egypt was suspended by the United States.", ("162", "USA", "EGYMIL")),
            # ON / AGAINST targets with a by-agent were read so already
            ("Sanctions were renewed against Russia by the European Union.", ("163", "IGOEUREEC", "RUS")),
            # an actor subject is no pattern noun: PETRARCH-2's passive, IN a source, the subject the target
            ("Kenya was attacked in Somalia by al-Shabaab.", ("190", "SOM", "KEN")),
            ("Iran was accused by Israel of spying.", ("112", "ISR", "IRN"))):
        assert want in triples(nlp, knowledge, text), text
        assert want in triples(nlp, knowledge, text, WITHOUT), text
