"""A possibility its own side announces is a warning (profile `communique`, switch `own_side_warnings`; session 38,
branch p13read38).

"Xland could cut gas supplies to Yland, Xland's energy minister said": modality/ reads "could" as a possibility and
the runner leaves hypothetical events unscored. But when the one who says what Xland could do is Xland itself (its
government, a minister, its own spokesman, a company's own executive), the saying is the act: a warning of harm
held over the other side. The PLOVER manual names this reading ("THREATEN could be ASSAULT + hypothetical ... the
coder should always return the single event category"), and CAMEO's 13 "Threaten" covers warnings of coercion or
force whatever their grammatical mood. So an act of coercion, sanction or force (what the mood table,
data/coder_additions_mood.tsv, turns into a threat when announced for later) told with "could", "may" or "might"
(modality/conditions.py `hedged_announcement`), whose speaker is the actor's own side, is the threat, made now.
A third party's "could" ("Xland could attack Yland within weeks, Zland's intelligence officials said", "analysts
said") stays a possibility: speculation, not a threat; so does a past counterfactual ("could have") and any act the
mood table leaves alone (a meeting, aid). `petrarch2` keeps PETRARCH-2's reading.
"""
from __future__ import annotations

from ...records import ActorRef
from ..actors.party_sides import side_of


def own_side_speaker(sources: list[ActorRef], speaker: ActorRef | None) -> bool:
    """Whether the speaker who reports the act is the same side as one of its actors."""
    said_by = side_of(speaker.code) if speaker is not None and speaker.code else None
    return said_by is not None and any(side_of(source.code) == said_by for source in sources if source.code)
