"""A noun phrase's meaning: the list of actor codes PETRARCH-2 reads from it (spec §3).

    reader = NounReader(view, actors, date)
    reader.meaning(np)   -> ["XLDMIL", ...]     (memoised: computed once per NP, like PETRARCH)
    reader.consumed      token indices a verb pattern consumed (heads and modifiers, §4.3); they leave the
                         own words of an NP whose meaning is computed afterwards
    reader.wildcard      heads of NPs consumed by a `^` slot: a PP with such an object means nothing

The steps: the word list (own and nested words with a JJ/NN/DT tag, the words of PPs that carry no
actor), the longest-match scan (actors before agents, left to right), the fallbacks for a phrase
without an actor or agent (nested-NP PP codes, own PP codes, the theme of a participle), pronoun
antecedents, and `mix_codes`.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Callable

from .arithmetic import members_agents, mix_codes, split_codes, subsumed_dropped
from .framework_names import framework_words
from .conjuncts import WORD_TAGS, ConjunctReading
from .mended_lists import stranded_words
from .nationality_plurals import group_of_plurals, plural_codes
from .hyphenated_states import names_a_person, split_states
from .participle_words import leader_participles, phrase_participles
from .possessors import possessed_codes
from .phrase_scan import scanned_codes
from .qualified_agents import qualifying_codes
from ..phrases import NounPhrase, PrepPhrase, SentenceView, all_words
from ..phenomena.light_verbs import is_light
from ..adjuncts.places import border_pp, cause_pp, helper_pp, settlement_heads, time_pp, where_prepositions

ThemeReader = Callable[["object", list[str]], list[str]]  # (acl Clause, upper codes) -> theme codes


@dataclass
class NounReader(ConjunctReading):
    """Reads NP meanings for one sentence; `theme` (set by compose) codes an `acl` participle's events."""
    view: SentenceView
    actors: object  # dictionary.ActorDictionary (this package)
    date: datetime.date | None
    theme: ThemeReader | None = None
    conjuncts_apart: bool = False  # profile switch `conjunct_actors`: each conjunct of an NP read on its own
    one_actor_named: bool = False  # profile switch `appositive_actors`: a country beside its own actor is one
    relations_apart: bool = False  # profile switch `appositive_relations`: "Xland, a Yland ally" is XLD only
    leaders_apart: bool = False  # profile switch `leader_compounds`: "Xland-led forces" read as "Xland led forces"
    places_apart: bool = False  # profile switch `place_pps`: a border PP, a time PP's places, name no participant
    helpers_apart: bool = False  # profile switch `helper_pps`: "with Zland's help" names a helper (adjuncts/places.py)
    causes_apart: bool = False  # profile switch `adjunct_pps`: "sanctions on Xland over its invasion of Yland"
    lists_mended: bool = False  # profile switch `broken_lists`: "Xland, along with Yland," a list (mended_lists.py)
    speakers_read: bool = False  # profile switch `quoted_speakers`: '"We will attack," the army said': "we" is the army
    names_whole: bool = False  # profile switch `whole_names`: "the Democratic Republic of Congo" is one name, COD
    reflexives_apart: bool = False  # profile switch `reflexive_objects`: "blew themselves up" names no target
    qualifiers_apart: bool = False  # profile switch `act_qualifiers`: "held military talks" names no recipient
    collectives_read: bool = False  # profile switch `collective_states`: "the two Koreas" is PRK and KOR
    ranks_read: bool = False  # profile switch `rank_titles`: "deputy high commissioner" is the office's, not COP
    plurals_read: bool = False  # profile switch `nationality_plurals`: "thousands of Armenians" is ARM
    qualified_read: bool = False  # profile switch `qualified_agents`: "Argentina's Senate" is ARGLEG
    possessors_read: bool = False  # profile switch `possessive_antecedents`: "said his country would" (possessors.py)
    frameworks_apart: bool = False  # profile switch `framework_names`: "the Kyoto protocol" names no Japan
    participles_read: bool = False  # profile switch `participle_agents`: "the ruling party" (participle_words.py)
    members_read: bool = False  # profile switch `armed_group_members`: "Taliban fighters" AFGREB (arithmetic.py)
    owned_roles_read: bool = False  # profile switch `owned_roles`: "Chinese officials" CHNGOV (owned_roles.py)
    states_apart: bool = False  # profile switch `hyphenated_states`: "Indian-Pakistani talks" (hyphenated_states.py)
    # switches `person_names`, `common_words`: the sentence's words, its name and common words marked
    named_words: list[str] | None = None
    consumed: set[int] = field(default_factory=set)
    wildcard: set[int] = field(default_factory=set)
    # the heads found not `^`-covered outside any noun phrase's meaning, in order (`wildcarded`)
    wildcard_misses: list[int] = field(default_factory=list, repr=False)
    _memo: dict[int, list[str]] = field(default_factory=dict, repr=False)
    _own: dict[int, list[str]] = field(default_factory=dict, repr=False)
    _causes: dict[int, list[str]] = field(default_factory=dict, repr=False)  # `causes_apart`: set aside, by NP
    # the noun phrases the memos above are keyed by (`id`), kept alive with them: a phrase made for the
    # moment (a conjunct's copy) and freed could otherwise hand its id, and its meaning, to a later one
    _keyed: list[NounPhrase] = field(default_factory=list, repr=False)
    _busy: set[int] = field(default_factory=set, repr=False)
    _stranded: frozenset[int] | None = field(default=None, repr=False)
    _named: tuple[frozenset[int], frozenset[int]] | None = field(default=None, repr=False)  # `_named_words`

    # ---- public ------------------------------------------------------------------------------------
    def meaning(self, np: NounPhrase | None) -> list[str]:
        if np is None or (self.reflexives_apart and np.is_reflexive):  # the actor acting on itself: no one else
            return []
        key = id(np)
        known = self._memo.get(key)
        if known is not None:
            return known
        if key in self._busy:
            return []
        self._busy.add(key)
        try:
            if self.conjuncts_apart and self._conjuncts(np):
                result = self._conjunct_meanings(np)
            else:
                result = self._meaning(np, with_theme=True)
        finally:
            self._busy.discard(key)
        self._memo[key] = result
        self._keyed.append(np)
        return result

    def own_meaning(self, np: NounPhrase) -> list[str]:
        """The meaning without the participle fallback: the upper an `acl` verb is coded with."""
        key = id(np)
        if key in self._memo:
            return self._memo[key]
        known = self._own.get(key)
        if known is None:
            apart = self.conjuncts_apart and self._conjuncts(np)
            known = self._own[key] = (self._conjunct_meanings(np, with_theme=False) if apart
                                      else self._meaning(np, with_theme=False))
            self._keyed.append(np)
        return known

    def cause_codes(self, np: NounPhrase | None) -> list[str]:
        """The codes of the PPs of cause the phrase's meaning set aside (`causes_apart`); empty until it is read."""
        return self._causes.get(id(np), []) if np is not None else []

    def pp_meaning(self, pp: PrepPhrase) -> list[str]:
        """§3.6: the meaning of the PP's object NP; empty for a clausal object or a `^`-consumed object."""
        if pp.obj is None or self.wildcarded(pp.obj.head):
            return []
        if self._aside(pp):
            return []
        if self.places_apart and time_pp(pp):  # "following the fighting in Zland": another event's place
            return self._meaning(pp.obj, with_theme=False, places=False)
        return self.meaning(pp.obj)

    def _aside(self, pp: PrepPhrase) -> bool:
        """A PP that names no participant (adjuncts/places.py): a border's place, a helper."""
        return (self.places_apart and border_pp(self.view, pp)) or (self.helpers_apart and helper_pp(self.view, pp))

    def wildcarded(self, head: int) -> bool:
        """Whether a `^` slot covered the NP headed by `head`. A head found not covered while no noun
        phrase's meaning is being computed is noted in `wildcard_misses`: the composer's memo of clause
        meanings (compose.py) holds while none of them has been covered since."""
        if head in self.wildcard:
            return True
        if not self._busy:
            self.wildcard_misses.append(head)
        return False

    @property
    def reading(self) -> bool:
        """Whether a noun phrase's meaning is being computed (the clause meanings asked for then depend
        on which ones)."""
        return bool(self._busy)

    # ---- the steps ---------------------------------------------------------------------------------
    def _meaning(self, np: NounPhrase, with_theme: bool, places: bool = True) -> list[str]:
        positions: list[tuple[int, bool]] = []
        pp_codes: list[str] = []
        nested_codes: list[str] = []
        causes: list[str] = []
        self._collect(np, positions, pp_codes, nested_codes, own=True, places=places, causes=causes)
        if causes:
            self._causes[id(np)] = causes
        first: list[str] = []
        if self.conjuncts_apart:
            first, positions = self._modifier_conjunct(np, positions)
        codes = self.scan(self._word_list(positions), qualifying_codes(self, np) if self.qualified_read else ())
        if np.is_pronoun and np.antecedent is not None and np.antecedent is not np:
            codes = codes + self.meaning(np.antecedent)
        elif self.speakers_read and np.speaker is not None and np.speaker is not np:
            codes = codes + self.meaning(np.speaker)
        actors, agents = split_codes(codes)
        if self.possessors_read and np.possessor is not None and np.possessor is not np:
            actors = actors + possessed_codes(self.view.words[np.head], actors, agents, self.meaning(np.possessor))
        if self.relations_apart and len(actors) > 1:
            actors = self._relations_dropped(np, positions, actors)
        if self.one_actor_named and len(actors) > 1:
            actors = subsumed_dropped(actors)
        if not actors or not agents:
            actors, agents = self._fallback(np, actors, agents, (nested_codes, pp_codes, causes), with_theme)
        if self.members_read:
            agents = members_agents(agents, actors)
        if first:
            return first + [code for code in mix_codes(agents, actors) if code not in first]
        return mix_codes(agents, actors)

    def _relations_dropped(self, np: NounPhrase, positions: list[tuple[int, bool]], actors: list[str]) -> list[str]:
        """A name with an appositive description, a common-noun phrase ("Pakistan, a key U.S. ally"): a
        country the description alone names is the name's relation, not a second actor; the name's own
        actors, and those of their countries, are kept. A name with no actor of its own takes the
        description's ("Khan, a Pakistani general"); a name in apposition ("... Front (FIS)") is no
        description."""
        appositives = [n for n in np.nested if self.view.deps[n.head] == "appos" and n.tag in ("NN", "NNS")]
        if not appositives or not np.tag.startswith("NNP"):
            return actors
        described: list[int] = []
        for appositive in appositives:
            all_words(appositive, described)
        own = split_codes(self.scan(self._word_list([p for p in positions if p[0] not in described])))[0]
        countries = {code[:3] for code in own}
        return [code for code in actors if code[:3] in countries] if own else actors

    def _fallback(self, np: NounPhrase, actors: list[str], agents: list[str], sources: tuple,
                  with_theme: bool) -> tuple[list[str], list[str]]:
        """The actors, else those of the first source with any (nested NPs' PP codes, own PP codes, then
        the participle's theme, computed only when still needed); the agents likewise, independently."""
        need_actors, need_agents = not actors, not agents
        for codes in sources + ((None,) if with_theme and np.acl else ()):
            if codes is None:
                codes = self._acl_theme(np)
            found_actors, found_agents = split_codes(codes)
            if need_actors and found_actors:
                actors, need_actors = found_actors, False
            if need_agents and found_agents:
                agents, need_agents = found_agents, False
            if not (need_actors or need_agents):
                break
        return actors, agents

    def _word_list(self, positions: list[tuple[int, bool]]) -> list[str]:
        """The words in sentence order; the tokens of a hyphenated word (`view.glued`) are one word, kept
        when one of its tokens is (Stanford tags "Xland-backed" as one JJ)."""
        view = self.view
        words, glued = self.named_words or view.words, view.glued
        out: list[str] = []
        group: list[int] = []
        keep = False
        last = -2
        if not any(glued[i] for i, _ in positions):  # no hyphenated word: each kept token is a word
            return [w for i in sorted({i for i, kept in positions if kept}) for w in self._hyphenated([i])]
        merged: dict[int, bool] = {}
        for i, kept in positions:
            merged[i] = merged.get(i, False) or kept
        for i, kept in sorted(merged.items()):
            if group and not (i == last + 1 and glued[i]):
                if keep:
                    out.extend(self._hyphenated(group))
                group, keep = [], False
            group.append(i)
            keep = keep or kept
            last = i
        if group and keep:
            out.extend(self._hyphenated(group))
        return out

    def _hyphenated(self, group: list[int]) -> list[str]:
        """A hyphenated word's tokens as one word; with `leaders_apart`, one that ends in "-led", "-run" or
        "-owned" (data/coder_leader_participles.tsv) that no dictionary entry starts with ("STATE-OWNED" is
        one) as the words before the hyphen and the participle."""
        words = self.named_words or self.view.words
        if len(group) == 1:  # the word as it is (a NameWord stays one), unless spaCy kept "U.S.-led" one token
            word = words[group[0]]
            if self.leaders_apart and "-" in word:
                first, _, participle = word.rpartition("-")
                if first and participle in leader_participles() \
                        and word not in self.actors.actor_trie and word not in self.actors.agent_trie:
                    return [first, participle]
            if self.states_apart and "-" in word and not names_a_person(self.view, group, self.actors):  # one token
                parts = split_states([word], self.actors, self.date)
                if parts is not None:
                    return parts
            return [word]
        joined = "".join(words[j] for j in group)
        if self.states_apart and not names_a_person(self.view, group, self.actors):  # "Indian-Pakistani talks"
            parts = split_states([words[j] for j in group], self.actors, self.date,  # "Japan-South Korea talks"
                                 words[max(group[0] - 2, 0):group[0]], words[group[-1] + 1:group[-1] + 3])
            if parts is not None:
                return parts
        if self.leaders_apart and len(group) >= 3 and words[group[-2]] == "-" \
                and words[group[-1]] in leader_participles() \
                and joined not in self.actors.actor_trie and joined not in self.actors.agent_trie:  # STATE-OWNED
            return ["".join(words[j] for j in group[:-2]), words[group[-1]]]
        return [joined]

    def _collect(self, np: NounPhrase, positions: list[tuple[int, bool]], pp_codes: list[str],
                 nested_codes: list[str], own: bool, places: bool = True, causes: list[str] | None = None) -> None:
        """The word positions of np and its nested NPs, each with whether it is kept (a JJ/NN/DT tag, and
        for an own word not consumed by a pattern), the words of PPs without an actor, and the
        actor-coded PPs' codes kept aside; with `causes_apart`, those of a PP of cause or topic in `causes`, read
        only where nothing else gives a code ("sanctions on Xland over its invasion of Yland": XLD)."""
        tags = self.view.tags
        consumed = self.consumed if own else ()
        stranded = self._stranded_words() if self.lists_mended else frozenset()
        if np.head in stranded:
            stranded = frozenset()  # the member itself, read as its list's conjunct
        qualifiers = self._act_qualifiers(np) if own and self.qualifiers_apart and np.head in consumed \
            and self.view.deps[np.head] == "dobj" and is_light(self.view.words[self.view.heads[np.head]]) else ()
        settled, named = self._named_words()  # "in the village of X", "the Kyoto protocol"
        participles = phrase_participles(self.view, self.actors, np, self.date) if self.participles_read else ()
        for i in np.words:
            if i not in stranded:
                positions.append((i, (tags[i].startswith(WORD_TAGS) or i in participles) and i not in consumed
                                  and i not in qualifiers and i not in named))
        def skip(pp: PrepPhrase) -> bool:  # `place_pps`, `helper_pps`: neither its actors nor its words count
            return self._aside(pp) or (not places and pp.text in where_prepositions())

        for pp in np.pps:
            if skip(pp):
                continue
            meaning = self.pp_meaning(pp)
            if self.plurals_read and not split_codes(meaning)[0] and group_of_plurals(self.view.words[np.head], pp):
                meaning = meaning + self._plurals(pp)  # "thousands of Armenians": nationality_plurals.py
            if causes is not None and self.causes_apart and cause_pp(self.view, pp):
                causes.extend(meaning)  # neither its actors nor its words are the phrase's, unless nothing else
            elif split_codes(meaning)[0] and not (self.names_whole and self._name_across(np, pp)):
                (pp_codes if own else nested_codes).extend(meaning)
            else:
                found: list[int] = [pp.prep]
                # a `^`-covered object has no text in PETRARCH-2 (spec §4.3, checklist 14): its words do not
                # come back through the phrase's word list ("condemned the killing of Yland civilians")
                if pp.obj is not None and not self.wildcarded(pp.obj.head):
                    all_words(pp.obj, found, skip if (self.places_apart or self.helpers_apart) else None)
                positions.extend((i, i not in settled) for i in found)
        for nested in np.nested:
            if nested.head not in stranded:
                self._collect(nested, positions, nested_codes, nested_codes, own=False, places=places, causes=causes)

    def _plurals(self, pp: PrepPhrase) -> list[str]:
        """`plurals_read`: the countries of the nationality plurals among the words of the PP's object."""
        found: list[int] = []
        all_words(pp.obj, found)
        return plural_codes([self.view.words[i] for i in sorted(found)])

    def _act_qualifiers(self, np: NounPhrase) -> frozenset[int]:
        """`act_qualifiers`: the modifiers of a light verb's object that its pattern consumed as the act it names
        ("held military talks", "launched a military offensive", "conducted a criminal investigation"), agent
        words only, no actor's: they tell the kind of act the subject does, not a recipient. Another verb's
        object keeps them ("defied a police ban", "hit a military position": the police, the military)."""
        view, actors = self.view, self.actors
        return frozenset(i for i in np.words if i != np.head and view.heads[i] == np.head
                         and view.deps[i] in ("amod", "compound") and view.words[i] in actors.agent_trie
                         and actors.longest_actor([view.words[i]], 0, self.date) is None)

    def _name_across(self, np: NounPhrase, pp: PrepPhrase) -> bool:
        """`whole_names`: whether an actor phrase of the dictionary begins in the NP's own words and runs on
        into the PP after them ("the Democratic Republic | of Congo", "the Economic Community | of West
        African States"): the PP is then part of one name, its words the phrase's own, where PETRARCH-2
        (spec §3.2) keeps the PP's actor (COG) aside and loses the name."""
        own = sorted(i for i in np.words if i < pp.prep)
        if not own:
            return False
        after: list[int] = [pp.prep]
        if pp.obj is not None:
            all_words(pp.obj, after)
        words = self.view.words
        sequence = [words[i] for i in own] + [words[i] for i in sorted(after)]
        for start in range(len(own)):
            found = self.actors.longest_actor(sequence, start, self.date)
            if found is not None and start + found[1] > len(own):
                return True
        return False

    def _stranded_words(self) -> frozenset[int]:
        """`broken_lists`: the words of the sentence's list members an inserted phrase cut off (computed once)."""
        if self._stranded is None:
            self._stranded = stranded_words(self.view)
        return self._stranded

    def _named_words(self) -> tuple[frozenset[int], frozenset[int]]:
        """Once per sentence, not per phrase: (`places_apart`'s settlement heads, those and `frameworks_apart`'s)."""
        if self._named is None:
            settled = settlement_heads(self.view) if self.places_apart else frozenset()
            framed = framework_words(self.view, self.actors, self.date) if self.frameworks_apart else frozenset()
            self._named = settled, framed | settled
        return self._named

    def scan(self, words: list[str], named: list[str] | tuple = ()) -> list[str]:
        """§3.3, the longest-match scan of a word list (phrase_scan.py); `named`: the codes of the states the
        phrase's IN and OF phrases name (`qualified_read`)."""
        return scanned_codes(self, words, named)

    def _acl_theme(self, np: NounPhrase) -> list[str]:
        """§3.4: the theme of the first participle's events, coded with the noun's own meaning as upper."""
        if self.theme is None:
            return []
        for clause in np.acl:
            return self.theme(clause, self.own_meaning(np))
        return []

