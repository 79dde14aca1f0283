"""communique's own knowledge, as a layer that fires only where PETRARCH-2's dictionary is silent.

The layer is a verb file in PETRARCH-2 syntax, `data/coder_additions.txt`: news verbs that CAMEO.2.0.txt
has no entry for (URGE, SANCTION, LYNCH, ...), each block naming the general phenomenon it covers and
its origin in the CAMEO or PLOVER manual. It is read after CAMEO.2.0.txt and after the user's `--verbs`
file, and PETRARCH's own precedence does the rest: the first definition of a verb form wins, so an
addition can never recode a verb the dictionary (or the user) already defines, and its blocks have
names of their own, so it adds no pattern to a block of the dictionary. The engine then codes an added
verb like any other: patterns, passives, composition with its complements.

The other addition of the profile `communique`, an unidentified source for material conflict with no
actor named, is a switch of the engine's output filter (`Profile.agentless_material_conflict`).
"""
from __future__ import annotations

from pathlib import Path

from ..data_files import data_path
from .profiles import Profile

ADDITIONS_FILE = "coder_additions.txt"
BLOCK_PREFIX = "COMMUNIQUE_"  # every block of the additions file is named so


def additions_path() -> Path:
    return data_path(ADDITIONS_FILE)


def verb_files(user_verbs: Path | None, profile: Profile) -> tuple[Path, ...]:
    """The verb files read after CAMEO.2.0.txt, in order: the user's, then (by the profile) the additions."""
    files = (Path(user_verbs),) if user_verbs else ()
    return files + ((additions_path(),) if profile.additions else ())


def load_coder_knowledge(user_verbs: Path | None, profile: Profile):
    """The coder's dictionaries for a profile: CAMEO.2.0.txt, the user's verbs, the additions."""
    from . import CoderKnowledge

    return CoderKnowledge.load(verb_files=verb_files(user_verbs, profile))
