"""A clause's lower set, its target (spec §4.5): the actors of its NP children, else of its PP children; agents
likewise; mixed. Mixed into compose.Composer, whose switches it reads.

Profile `communique` reads some phrases otherwise (each behind its switch of profiles.py):
- `act_kinds`: an agent premodifier of a noun of an act or of help names the act's kind ("sent military aid").
- `adjunct_pps`: a PP of concession names no target ("despite Yland's objections"); a PP of cause or topic over
  a common noun ("over its invasion of Yland") names one only where nothing else does, but in verbal conflict
  (VERBAL_CONFLICT_ROOTS: "complained to the UN over Yland's air raids") as PETRARCH-2 reads it
  (adjuncts/places.py), unless the verb's object is the protest's addressee and names an actor ("summoned the
  Yland ambassador over the treatment of a journalist": addressee_verbs).
- `transfer_recipients`: the TO phrase of a verb of transfer is the recipient, not the object handed over
  (phenomena/transfer_recipients.py).
- `legal_forums`: the court a case is brought before ("filed a lawsuit at the ICJ") names no target of an act of
  CAMEO root 11 where a party does: the clause's, or a same-subject participle of accusing's ("..., accusing Togo of
  ..."); where none is named the court stays (phenomena/legal_forums.py).
"""
from __future__ import annotations

from .actors.arithmetic import mix_codes, split_codes
from .adjuncts.places import addressee_verbs, adjunct_prepositions, cause_pp, time_pp
from .cameo_roots import SPOKEN_CONFLICT_ROOTS
from .codes import to_cameo
from .phenomena.act_kinds import act_kind_nouns, kind_named
from .phenomena.legal_forums import accused_objects, forum_act, forum_only, forum_pp
from .phenomena.transfer_recipients import RECIPIENT_PREPOSITIONS, transfers
from .phrases import Clause
from .code_tokens import pp_object_tokens, phrase_tokens, tagged

VERBAL_CONFLICT_ROOTS = frozenset(SPOKEN_CONFLICT_ROOTS)  # demand, disapprove, reject, threaten


class LowerSets:
    """The lower set of a clause (`_lower_codes`), for compose.Composer."""

    def _lower_codes(self, cl: Clause, code: int = 0) -> list[str]:
        """§4.5: actors of the NP children, else of the PP children; agents likewise; mixed. With `adjunct_pps`, a
        PP of cause names a target only where nothing else does, but in verbal conflict (VERBAL_CONFLICT_ROOTS)
        as PETRARCH-2 reads it; with `place_pps`, a PP of time gives no agent to the objects' actors ("after the
        military coup": another event's agents, which §4.5 would mix into the object's actor); its actors still name
        a target where the objects name none ("after talks with Yland")."""
        reader = self.reader
        causes_kept = (to_cameo(code) or "")[:2] in VERBAL_CONFLICT_ROOTS
        if causes_kept and self.adjunct_pps and self._addressed(cl):
            causes_kept = False  # "summoned the Yland ambassador over ...": the object is the one protested to
        np_codes, np_heads, courts = [], [], []
        forums = self.legal_forums and forum_act(to_cameo(code))
        for np in cl.objects:
            if reader.wildcarded(np.head):
                continue
            found = reader.meaning(np) + (reader.cause_codes(np) if causes_kept else [])
            if forums and forum_only(self.view, np, found, reader.pp_meaning):
                courts.append((found, phrase_tokens([np])))  # "a complaint with the ICJ": the noun's forum
                continue
            if found and self.act_kinds and self.view.words[np.head] in act_kind_nouns():
                found = kind_named(self.reader, np, found) if split_codes(found)[0] else []
                if not found:
                    continue  # "sent military aid": the agent names the aid's kind, not a recipient
            if found:
                np_codes.extend(found)
                np_heads.extend(phrase_tokens([np]))
        pp_codes, pp_heads, causes, recipients, untimed = [], [], [], [], []
        for pp in cl.pps:
            found = [] if self.adjunct_pps and pp.text in adjunct_prepositions() else reader.pp_meaning(pp)
            if forums and forum_pp(self.view, pp, found):
                courts.append((found, pp_object_tokens(pp)))  # "at the ICJ": the case's forum (legal_forums.py)
                continue
            found = found + (reader.cause_codes(pp.obj) if causes_kept else [])
            if found and self.act_kinds and pp.obj is not None and self.view.words[pp.obj.head] in act_kind_nouns():
                found = kind_named(self.reader, pp.obj, found)  # "asked Yland for military aid": YLD
            if found and self.adjunct_pps and cause_pp(self.view, pp) and not causes_kept:
                causes.append((found, pp))  # "over its invasion of Yland": a target only if nothing else names one
            elif found:
                pp_codes.extend(found)
                pp_heads.extend(pp_object_tokens(pp))
                untimed += [] if self.place_pps and time_pp(pp) else found
                recipients += [(found, pp)] if pp.text in RECIPIENT_PREPOSITIONS and split_codes(found)[0] else []
        if causes and not np_codes and not pp_codes:
            for found, pp in causes:
                pp_codes.extend(found)
                pp_heads.extend(pp_object_tokens(pp))
        if forums and not np_codes and not pp_codes:
            for np in accused_objects(self.view, cl):  # "..., accusing Togo of ...": the one accused
                np_codes.extend(reader.meaning(np))
                np_heads.extend(phrase_tokens([np]))
        if courts and not np_codes and not pp_codes:
            for found, tokens in courts:  # no party named: the court stays, as PETRARCH-2 reads it
                pp_codes.extend(found)
                pp_heads.extend(tokens)
        if recipients and np_codes and self.transfer_recipients and transfers(self.verbs, cl.form, tuple(cl.particles)):
            np_codes, np_heads = [], []  # "extradited the commander to Yland": Yland (transfer_recipients.py)
            pp_codes = untimed = [c for f, _ in recipients for c in f]  # no PP of time among them
            pp_heads = [h for _, pp in recipients for h in pp_object_tokens(pp)]
        np_actors, np_agents = split_codes(np_codes)
        pp_actors, pp_agents = split_codes(pp_codes)
        if self.place_pps:  # "Mali's membership after the military coup": no MIL
            untimed_actors, untimed_agents = split_codes(untimed)
            if np_actors or untimed_actors:  # a time PP's agents go with its own actors only, not with MLI
                pp_agents = untimed_agents
        actors = np_actors or pp_actors
        agents = np_agents or pp_agents
        if not actors and not agents:
            return []
        heads = tuple(sorted(set((np_heads if np_actors else pp_heads) + (np_heads if np_agents else pp_heads))))
        return tagged(mix_codes(agents, actors), heads)

    def _addressed(self, cl: Clause) -> bool:
        """Whether the clause's verb is one whose object is the protest's addressee (adjuncts/places.py
        addressee_verbs) and an object names an actor."""
        entry = self.verbs.lookup(cl.form, tuple(cl.particles))
        if entry is None or entry.verb.lstrip("+") not in addressee_verbs():
            return False
        return any(not self.reader.wildcarded(np.head) and self.reader.meaning(np) for np in cl.objects)
