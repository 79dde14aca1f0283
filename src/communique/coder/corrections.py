"""The `communique` profile's corrections of a sentence's records, in the order they run: `CORRECTIONS`.

A correction is a step `(records, view, context) -> records` over one sentence's `CodedEvent` records (after the
output filter of `sentence.py` made them), behind a switch of `profiles.py`; `sentence.code_view` runs each row
whose switch is on, in the table's order (the order changes the output: a later row reads what an earlier one
recoded). A new correction is one row, placed where what it reads has been settled, with a comment giving its
example and module. `CorrectionContext` holds what a step needs beyond the records and the sentence's view.

The steps before the records are made (the matcher's settings, event nouns, refused comments) and the attribution
statement added after the corrections are not records -> records corrections: they stay in `sentence.py`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Sequence

from spacy.tokens import Span

from .conjunct_targets import shared_targets
from .nouns.noun_tables import sentence_lemmas
from .phrases import SentenceView
from .recall import RECIPROCAL_STEP
from .phenomena.adverbial_parties import condition_addressees, provoked_mobilisations
from .phenomena.aid_kinds import aid_kinds
from .phenomena.approved_aid import approved_aid
from .phenomena.cooperation_kinds import cooperation_kinds
from .phenomena.discussed_topics import without_discussed_topics
from .phenomena.crowd_gatherings import crowd_gatherings
from .phenomena.electoral_contests import without_electoral_force
from .phenomena.figurative_harm import without_figurative_harm
from .phenomena.foiled_attacks import foiled_attacks
from .phenomena.foreign_bans import foreign_bans
from .phenomena.home_clashes import home_clashes
from .phenomena.intent_defaults import intent_defaults
from .phenomena.hazard_tolls import without_hazard_tolls
from .phenomena.natural_causes import without_natural_causes
from .phenomena.participle_grounds import without_grounds_contents
from .phenomena.protest_violence import protester_acts
from .phenomena.raised_negations import without_raised_negations
from .phenomena.rehearsed_force import rehearsed_force
from .phenomena.reversed_pairs import one_way
from .phenomena.scale_defaults import scale_defaults
from .phenomena.self_recipients import without_self_recipients
from .phenomena.venues import venues_apart


@dataclass(frozen=True)
class CorrectionContext:
    """What a correction may need beyond the records and the view: the sentence (its lemmas, read on first use),
    the step reciprocal records carry (`recall.RECIPROCAL_STEP`) and the sentence's noun-phrase reader."""
    sent: Span
    reciprocal_step: str = RECIPROCAL_STEP
    reader: object = None  # the sentence's actors.noun_phrases.NounReader, for a step that reads a phrase's actors

    @cached_property
    def lemmas(self) -> list[str]:
        """The lemmas of the sentence's Doc (doc-wide list, index by token)."""
        return sentence_lemmas(self.sent)


Correction = Callable[[Sequence, SentenceView, CorrectionContext], list]


def _of_view(step: Callable[[Sequence, SentenceView], list]) -> Correction:
    """A correction that reads only the records and the view, in the table's signature."""
    def correction(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
        return step(records, view)
    correction.__name__ = correction.__qualname__ = step.__name__
    return correction


def _venues(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return venues_apart(records, view, context.reciprocal_step, context.sent)


def _discussed_topics(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return without_discussed_topics(records, view, context.lemmas, context.reciprocal_step)


def _home_clashes(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return home_clashes(records, view, context.lemmas, context.reciprocal_step)


def _foiled_attacks(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return foiled_attacks(records, view, context.lemmas, context.sent)


def _participle_grounds(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return without_grounds_contents(records, view, context.lemmas)


def _self_recipients(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return without_self_recipients(records, context.reciprocal_step, view)


def _condition_addressees(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return condition_addressees(records, view, context.reader)


def _provoked_mobilisations(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return provoked_mobilisations(records, view, context.reader)


def _one_way(records: Sequence, view: SentenceView, context: CorrectionContext) -> list:
    return one_way(records)


# (switch of profiles.py, correction), in the order they run; each row's comment: its example (its module)
CORRECTIONS: tuple[tuple[str, Correction], ...] = (
    # "suspended arms sales to Turkey, saying Ankara had broken its promises": no 190 (participle_grounds.py)
    ("participle_grounds", _participle_grounds),
    # "said he did not think Yland needed new elections": an opinion, no appeal or rejection (raised_negations.py)
    ("raised_negations", _of_view(without_raised_negations)),
    # "troops thwarted a rocket attack launched by rebels": the rebels' 193, not the troops' (foiled_attacks.py)
    ("foiled_attacks", _foiled_attacks),
    # "killed three Yland soldiers and wounded four others" (conjunct_targets.py)
    ("conjunct_targets", _of_view(shared_targets)),
    # "protesters set fire to the ministry": 145, not 180 (protest_violence.py)
    ("protester_acts", _of_view(protester_acts)),
    # "crowds gathered outside parliament": 141, not 040 (crowd_gatherings.py)
    ("crowd_gatherings", _of_view(crowd_gatherings)),
    # "banned all trade with Yland": 163, not 172 (foreign_bans.py)
    ("foreign_bans", _of_view(foreign_bans)),
    # "Cholera has killed 120 people": no one's act (natural_causes.py)
    ("natural_causes", _of_view(without_natural_causes)),
    # "23 people were killed when a fire swept through a market": the accident's toll (hazard_tolls.py)
    ("hazard_tolls", _of_view(without_hazard_tolls)),
    # "practised repelling an invasion by Yland": 150, not 190 (rehearsed_force.py)
    ("rehearsed_force", _of_view(rehearsed_force)),
    # "the election was marred by fraud": no violence (figurative_harm.py)
    ("figurative_harm", _of_view(without_figurative_harm)),
    # "beat the incumbent in Sunday's run-off": no force (electoral_contests.py)
    ("electoral_contests", _of_view(without_electoral_force)),
    # "the World Bank approved a $300 million loan to Kenya": 071, not 0311 (approved_aid.py)
    ("approved_aid", _of_view(approved_aid)),
    # "provided military aid to Yland": 072, not 070 (aid_kinds.py)
    ("aid_kinds", _of_view(aid_kinds)),
    # "expanded economic cooperation with Yland": 061, not 050 (cooperation_kinds.py)
    ("cooperation_kinds", _of_view(cooperation_kinds)),
    # "Iran increased uranium enrichment": no 060 (scale_defaults.py)
    ("scale_defaults", _of_view(scale_defaults)),
    # "Iran intends to enrich uranium": no 030 (intent_defaults.py)
    ("intent_defaults", _of_view(intent_defaults)),
    # "threatened to close its airspace unless Zcity withdrew the map": to Zcity (adverbial_parties.py)
    ("condition_addressees", _condition_addressees),
    # "scrambled fighter jets after Yland bombers flew near its coast": against Yland (adverbial_parties.py)
    ("provoked_mobilisations", _provoked_mobilisations),
    # "Xland and Yland met in Zcity": no recipient (venues.py)
    ("venues", _venues),
    # "Xland and Yland discussed the dispute over Zland's dam": no recipient (discussed_topics.py)
    ("discussed_topics", _discussed_topics),
    # "Kenyan police and protesters clashed in Nairobi": no recipient (home_clashes.py)
    ("home_clashes", _home_clashes),
    # "Chile and Peru agreed to reopen the crossing between Santiago and Lima": no recipient (self_recipients.py)
    ("self_recipients", _self_recipients),
    # "paid a visit to Yland": 042 kept, its reversed 043 dropped (reversed_pairs.py)
    ("one_way_pairs", _one_way),
)

# The corrections that rule a sentence's harm no one's act of force (a disease, a hazard, an accident's toll): the
# records they drop go to the sentence's trace with this reason, so that the steps after the coder, which may add
# events of their own (classify/: switch `disaster_rulings`), know the coder's ruling and keep to it.
DISASTER_DROPS: dict[str, str] = {
    "natural_causes": "drop: the harm of a natural cause, no one's act (natural_causes)",
    "hazard_tolls": "drop: an accident's toll, no one's act (hazard_tolls)",
}


def ruled_a_disaster(record) -> bool:
    """Whether a record of the trace was dropped by one of the DISASTER_DROPS corrections."""
    return bool(record.steps) and record.steps[-1] in DISASTER_DROPS.values()

