"""Fixtures the coder's tests share."""
import pytest


@pytest.fixture(scope="module")
def knowledge():
    """The dictionaries the profile communique reads: CAMEO.2.0.txt with communique's additions file."""
    from communique.coder.additions import load_coder_knowledge
    from communique.coder.profiles import Profile

    return load_coder_knowledge(None, Profile.named("communique"))


@pytest.fixture(scope="module")
def petrarch2():
    """The profile petrarch2 and the dictionaries it reads (CAMEO.2.0.txt alone)."""
    from communique.coder import CoderKnowledge
    from communique.coder.profiles import Profile

    profile = Profile.named("petrarch2")
    return profile, CoderKnowledge.load(profile=profile)
