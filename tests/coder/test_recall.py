"""The recall mechanisms of the profile `communique` (coder/profiles.py), each on sentences written for these
tests with the spec §6 toy actors and the real CAMEO.2.0 verbs; each is off in `petrarch2`."""
from __future__ import annotations

from .toy_actors import code, toy  # noqa: F401  (toy is a fixture)


def test_coded_speech_act_over_an_uncoded_complement_keeps_its_code(nlp, toy):  # complement_actors
    text = "Xland threatened to cut off electricity to Yland."
    assert code(nlp, toy, text) == []
    assert ("XLD", "YLD", "130") in code(nlp, toy, text, profile="communique")
    assert ("XLD", "ZLD", "130") in code(nlp, toy, "Xland threatened to resume its raids in Zland.", profile="communique")
    # an uncoded governing verb adds nothing
    assert code(nlp, toy, "Xland tried to cut off electricity to Yland.", profile="communique") == []
