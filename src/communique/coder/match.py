"""The verb code and the pattern matcher of one clause verb (spec §4.2-§4.3), over the phrase view.

`match_verb(clause, view, verbs)`:

1. looks the verb's upper-cased surface form up, with its `prt`/`advmod` particles for post-compounds
   (no entry: code 0, no meaning);
2. runs the depth-first pattern search on the trie of the verb's block meaning; a matched pattern's
   `[A:P]` replaces the verb's (a `---` pattern code therefore sets the code to 0);
3. forced passive: P != 0 and A = 0 gives code P.

Roles (§4.3): for an active verb the PRE (subject) candidates are `clause.subject_candidates` and the
POST (object) candidates the verb's objects and adverbs in sentence order; for a passive verb the
PRE candidates are the objects of its BY/FROM PPs and the POST candidates the clause subjects. PP
slots are searched among the verb's PPs (and, first, the PPs inside a matched PRE noun).

The search returns the first complete path in the spec's order: at a noun step every candidate whose
head (an NN*-tagged anchor, or an adverb) is a key, with (a) the PPs inside the candidate (tried before
the noun's own end marker, so `- * TALKS (WITH)` matches "talks with Yland" whichever word spaCy hangs
the PP on - checklist item 13), then (b) CONTINUE; then the wildcard `^` (consumes the first candidate, no further fallback); then a skip.
CONTINUE tries `-` (one modifier only: PETRARCH-2 cannot verify a second), `,` (a noun step on the
object candidates, even in the PRE section), `|` (the verb's PPs), `*` (the object candidates),
`#`. Adverb candidates only complete through a PP attached to them (PETRARCH-2's 2016 crash fix).
A `%` token that spaCy tags NN ("40 % voted") is not a head: patterns with `$ + %` stay dead (item 12).

With `fix_quirks` (profile `communique`) four named Quirks of the spec are fixed:
  1. braces with several modifiers: every modifier is verified (PETRARCH-2 verifies one at most);
  2. TABARI's `$ + %` markers (source, target, compound actor): a slot that takes the first candidate
     NP, like `^`, but leaves it to be read as the actor (tried after the candidates' own heads; no NP,
     no match);
  3. adverb heads complete a match like noun heads (`- * FORWARD [013]` matches "look forward");
  4. a braced noun inside a PRE preposition matches (`- ENVOY (FOR {PEACE TALKS}) *`).

With `other_numbers` (switch `pattern_noun_numbers`, profile `communique`), when no pattern of the verb
matched by exact form, the search is run once more with each noun head (NN*-tagged, PRE, POST or PP object)
also matching its other number ("closed its borders" meets `- * BORDER [172]`): the singulars of
dictionary.NOUN_PLURAL_ENDINGS and the plurals the dictionary generates (`dictionary.other_numbers`); a key met so must be written in the
matched pattern's own line (a synset member is already expanded to both numbers, or deliberately to one).

The AND-coordination rule (a coordination node with AND has code 0; OR/BUT take the last conjunct's
code) belongs to the coordination node, which the composer builds: `coordination_code` gives it.
`match_verb` always codes the clause's own verb.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .codes import to_cameo
from .dictionary import other_numbers
from .candidates import (bare_particles, inner_prep_phrases as held_phrases, loads_first, particle_phrases,
                         verb_particles, with_object_of_phrases, with_preverbal_words)
from .phrases import Clause, NounPhrase, PrepPhrase, SentenceView
from .verb_patterns import (CONTROL_KEYS, OWNERS, TABARI_MARKERS, PatternPayload, names_object, pattern_owners,
                            subject_only, written_in_line)

PASSIVE_AGENT_PREPS = frozenset({"BY", "FROM"})
OBJECT_NESTED_DEPS = frozenset({"conj", "appos"})

__all__ = ["VerbMatch", "coordination_code", "match_verb"]


@dataclass(frozen=True)
class VerbMatch:
    """The verb's meaning and codes after the pattern match; `code` is what the clause level uses."""

    meaning: str | None
    active: int
    passive: int
    code: int
    forced_passive: bool
    consumed: frozenset[int]            # heads and modifiers a pattern matched (they leave NP word lists)
    wildcard: frozenset[int]            # heads of NPs covered by `^` (they give no actor at all)
    pattern: PatternPayload | None
    entry_found: bool = False           # the verb form is in the dictionary


NO_MATCH = VerbMatch(None, 0, 0, 0, False, frozenset(), frozenset(), None)


def match_verb(clause: Clause, view: SentenceView, verbs, fix_quirks: bool = False,
               partitives: frozenset[str] = frozenset(), other_numbers: bool = False,
               particle_modifiers: bool = False, cargo: dict[str, frozenset[str]] | None = None,
               object_patterns_first: bool = False, preverbal_words: bool = False,
               object_of_phrases: bool = False, inner_prep_phrases: bool = False) -> VerbMatch:
    """§4.2 steps 2-4 for the clause's own verb; `fix_quirks` (profile `communique`) fixes the matcher's
    named Quirks (see the module docstring); a subject headed by one of `partitives` (switch
    `partitive_subjects`: "thousands of troops") also offers its OF object as a PRE candidate;
    `other_numbers` (switch `pattern_noun_numbers`) retries a verb no pattern matched with each noun head
    also matching its other number; `particle_modifiers` (switch `particle_patterns`) retries a verb no
    pattern matched with its particles among its object candidates, in sentence order, as PETRARCH-2 reads
    the words after the verb ("laid down its weapons" meets `- * DOWN &WEAPON`, "built up its forces"
    `- * UP FORCES`, "will step down" `- * DOWN`), where the verb's entry is not itself the verb with that
    particle, and reads a `prep` tagged RP with no object as a particle, in the lookup too; `cargo` (switch
    `carried_cargo`, coder/additions.py `carried_cargo`) offers a vehicle's load before the vehicle ("sent two
    planes carrying tents": the tents); `object_patterns_first` (switch `object_patterns_first`) prefers, where a
    subject-only pattern (`- &MILITARY * [192]`) won, a pattern of the block with an object or PP slot and no
    subject slot that also matches ("the army took part in the conference": `- * PART (IN CONFERENCE)` [046]),
    where that pattern was written for the clause's verb or names none (its comment: TAKE's PART is no part
    captured, HIT's POSITIONS no position warplanes struck) and does not merely refine, in the same CAMEO root,
    the verb's own code that the subject's pattern keeps ("police arrested the protesters": 173); `preverbal_words`
    (switch `preverbal_words`) offers the adverb right before an active verb, or the first part of a hyphenated
    one, as a PRE candidate after the subject, as the TABARI patterns of CAMEO.2.0.txt read the word before the
    verb (`- VERBALLY * [111] # ATTACK`, `- TEST * [150] # FIRE`); `object_of_phrases` (switch `object_of_phrases`)
    offers the OF phrase spaCy hangs on a direct object to the verb's PP slots ("accused Egypt of torture" meets
    `- * (OF TORTURE) [1122]`; candidates.py `with_object_of_phrases`); `inner_prep_phrases` (switch
    `inner_prep_phrases`) offers the PP spaCy hangs on a compound preposition's first word to a pattern's PP slot
    written right after that word's ("pulled out of the talks" meets `- * (OUT) (OF TALKS)`; candidates.py
    `inner_prep_phrases`) and, where nothing else matched, that first word as a particle holding the PP ("walked
    out of the summit" meets `- * OUT (OF SUMMIT)`, "ordered them out of the country" `- * OUT (OF COUNTRY)`)."""
    bare = bare_particles(clause, view) if particle_modifiers else ()
    entry = verbs.lookup(clause.form, tuple(clause.particles) + tuple(view.words[k] for k in bare))
    if entry is None:
        return NO_MATCH
    active, passive = entry.active, entry.passive
    consumed: tuple[int, ...] = ()
    wildcard: tuple[int, ...] = ()
    payload = None
    trie = verbs.patterns(entry.meaning)
    if trie:
        owner = entry.verb.lstrip("+")
        first = (verbs, entry.active) if object_patterns_first else None
        if preverbal_words:
            clause = with_preverbal_words(clause, view)
        if object_of_phrases:
            clause = with_object_of_phrases(clause)
        inner = held_phrases(clause, view) if inner_prep_phrases else {}
        found = _Search(clause, view, fix_quirks, partitives, cargo=cargo, owner=owner, objects_first=first,
                        inner=inner).run(trie)
        if found is None and other_numbers:
            found = _Search(clause, view, fix_quirks, partitives, other_numbers=True, cargo=cargo,
                            owner=owner, objects_first=first, inner=inner).run(trie)
        particles = tuple(sorted(verb_particles(clause, view) + bare)) if particle_modifiers and found is None else ()
        if particles:
            found = _Search(clause, view, fix_quirks, partitives, other_numbers, particles, cargo, owner,
                            first, inner).run(trie)
        if found is None and inner:  # "walked OUT of the summit" meets `- * OUT (OF SUMMIT)`: OUT holds the PP
            found = _Search(clause, view, fix_quirks, partitives, other_numbers, particles, cargo, owner,
                            first, inner, outer_particles=True).run(trie)
        if found is not None:
            payload, consumed, wildcard = found
            active, passive = payload.active, payload.passive
    forced = active == 0 and passive != 0
    return VerbMatch(entry.meaning, active, passive, passive if forced else active, forced,
                     frozenset(consumed), frozenset(wildcard), payload, True)


def coordination_code(coordinator: str | None, last_conjunct: VerbMatch) -> int:
    """§4.2 step 1: a VP coordination with AND has code 0; with OR/BUT the last conjunct's code."""
    if coordinator is None or coordinator.upper() == "AND":
        return 0
    return last_conjunct.code


Found = tuple[PatternPayload, tuple[int, ...], tuple[int, ...]]


class _Search:
    """The depth-first search of one clause's pattern trie (§4.3)."""

    def __init__(self, clause: Clause, view: SentenceView, fix_quirks: bool = False,
                 partitives: frozenset[str] = frozenset(), other_numbers: bool = False,
                 particles: tuple[int, ...] = (), cargo: dict[str, frozenset[str]] | None = None,
                 owner: str = "", objects_first=None, inner: dict | None = None, outer_particles: bool = False):
        self.view = view
        self.inner = inner or {}  # `inner_prep_phrases`: the PP a compound preposition's first word holds
        self.objects_first = objects_first     # `object_patterns_first`: the verb dictionary and the verb's own code
        self.owner = owner
        self.fix = fix_quirks
        self.other_numbers = other_numbers
        self.pps: list[PrepPhrase] = list(clause.pps)
        if clause.passive:
            self.subjects = [pp.obj for pp in clause.pps if pp.text in PASSIVE_AGENT_PREPS and pp.obj is not None]
            self.objects = list(clause.subjects or clause.subject_candidates)
        else:
            self.subjects = list(clause.subject_candidates)
            if partitives:  # "a contingent of Kenyan troops": the troops are what the pattern is about
                self.subjects += [pp.obj for np in clause.subject_candidates if view.words[np.head] in partitives
                                  for pp in np.pps if pp.text == "OF" and pp.obj is not None]
            self.objects = sorted([*clause.objects, *clause.adverbs], key=lambda np: np.head)
            if particles:  # `particle_patterns`: "laid DOWN its weapons" meets `- * DOWN &WEAPON`
                self.objects = sorted([*self.objects, *(NounPhrase(k, [k], [], kind="advp") for k in particles)],
                                      key=lambda np: np.head)
                self.pps += particle_phrases(clause, view, particles)  # "shrugged OFF the sanctions"
            if outer_particles:  # a compound preposition's first word as the particle holding its PP
                self.objects = sorted([*self.objects, *(NounPhrase(k, [k], [], pps=[held], kind="advp")
                                                        for k, held in self.inner.items())], key=lambda np: np.head)
        if cargo:  # `carried_cargo`: "a ship carrying aid" is about the aid where a pattern names it
            self.subjects = loads_first(self.subjects, view, cargo)
            self.objects = loads_first(self.objects, view, cargo)

    def run(self, trie: dict) -> Found | None:
        found = self.noun_step(trie, self.subjects)
        if found is not None and self.objects_first is not None and subject_only(found[0]):
            other = self.cont(trie, None)   # the search's own step past the subject: object and PP patterns
            if other is not None and names_object(other[0]) and self.written_for_verb(other[0]) \
                    and not self.refines(found[0], other[0]):
                return other
        return found

    def written_for_verb(self, payload: PatternPayload) -> bool:
        """The pattern's comment names the clause's verb, or no verb (`- * PART [030] # TAKE` is TAKE's; a compound
        named by its first word is a verb too: `# KIDNAPPED_AND_KILLED`)."""
        verbs = self.objects_first[0]
        named = [w for w in pattern_owners(payload.text) if verbs.lookup(w) or verbs.lookup(w.split("_")[0])]
        return not named or self.owner in named

    def refines(self, subject: PatternPayload, other: PatternPayload) -> bool:
        """The object's pattern only refines, in the same CAMEO root, the act the verb's own code names and the
        subject's pattern keeps: "police arrested the protesters" stays ARREST's own 173, not `PROTESTERS` 175."""
        own = self.objects_first[1]
        root = (to_cameo(other.active) or "")[:2]
        return bool(own) and subject.active == own and root == (to_cameo(own) or "")[:2]

    # -- the steps -----------------------------------------------------------------------------

    def head_word(self, np: NounPhrase) -> str | None:
        """The noun phrase's head as PETRARCH's (Penn Treebank) tokens give it: a hyphenated word spaCy splits is
        one word ("SIT-IN" for "a sit-in", as `- * SIT-IN [141]` is written)."""
        word = self.view.hyphenated_word(np.head) or self.view.words[np.head]
        if word in TABARI_MARKERS:
            return None
        if np.kind == "advp" or self.view.tags[np.head].startswith("NN"):
            return word
        return None

    def noun_step(self, node: dict, candidates: Sequence[NounPhrase]) -> Found | None:
        for candidate in candidates:
            word = self.head_word(candidate)
            if word is None:
                continue
            for key in self.keys(word, candidate):
                child = node.get(key)
                if child is None:
                    continue
                found = None
                if "|" in child and candidate.pps:
                    found = self.pp_step(child["|"], candidate.pps)
                if found is None and (candidate.kind != "advp" or self.fix):
                    found = self.cont(child, candidate)
                if found is not None and key != word and not written_in_line(key, found[0]):
                    found = None        # met through a synset member's expansion: no other number there
                if found is not None:
                    return _with(found, consumed=(candidate.head,))
        if self.fix and candidates:
            found = self.marker_slot(node, candidates[0])
            if found is not None:
                return found
        if "^" in node:
            if not candidates:
                return None
            found = self.cont(node["^"], None)
            return _with(found, wildcard=(candidates[0].head,)) if found is not None else None
        return self.cont(node, None)

    def keys(self, word: str, candidate: NounPhrase) -> list[str]:
        """The trie keys a head word meets: itself; with `other_numbers`, a noun's other numbers too."""
        if not self.other_numbers or candidate.kind == "advp" or word in CONTROL_KEYS:
            return [word]
        return [word, *other_numbers(word)]

    def marker_slot(self, node: dict, candidate: NounPhrase) -> Found | None:
        """Fix 2: a TABARI marker takes the candidate NP, which stays to be read as the actor."""
        for marker in TABARI_MARKERS:
            if marker in node:
                found = self.cont(node[marker], candidate)
                if found is not None:
                    return found
        return None

    def cont(self, node: dict, candidate: NounPhrase | None, used: tuple[int, ...] = ()) -> Found | None:
        if "-" in node and candidate is not None and (not used or self.fix):
            keys = node["-"]
            for i in candidate.modifiers:
                child = keys.get(self.view.words[i]) if i not in used else None
                if child is not None:
                    found = self.cont(child, candidate, used + (i,))
                    if found is not None:
                        return _with(found, consumed=(i,))
        if "," in node:
            found = self.noun_step(node[","], self.objects)
            if found is not None:
                return found
        if "|" in node:
            found = self.pp_step(node["|"], self.pps)
            if found is not None:
                return found
        if "*" in node:
            found = self.noun_step(node["*"], self.objects)
            if found is not None:
                return found
        payload = self.payload(node)
        return (payload, (), ()) if payload is not None else None

    def pp_step(self, node: dict, pps: Sequence[PrepPhrase]) -> Found | None:
        for pp in pps:
            child = node.get(pp.text)
            if child is None:
                continue
            if "-" in child and pp.obj is not None:
                found = self.noun_step(child["-"], self.pp_objects(pp))
                if found is not None:
                    return found
            if self.fix and pp.obj is not None:     # fix: a braced noun of a PRE preposition (head first)
                for obj in self.pp_objects(pp):
                    word = self.head_word(obj)
                    if word is not None and word not in CONTROL_KEYS and word in child:
                        found = self.cont(child[word], obj)
                        if found is not None:
                            return _with(found, consumed=(obj.head,))
            if "," in child:
                found = self.pp_step(child[","], pps)
                if found is not None:
                    return found
            if "|" in child:  # a slot after this PP's: the PP it holds ("out OF THE TALKS") first, where any
                held = self.inner.get(pp.prep)
                found = self.pp_step(child["|"], [held, *self.pps] if held is not None else self.pps)
                if found is not None:
                    return found
            if "*" in child:
                found = self.noun_step(child["*"], self.objects)
                if found is not None:
                    return found
            if "#" in child:
                return self.payload(child), (), ()
        return None

    def payload(self, node: dict) -> PatternPayload | None:
        """The node's pattern: PETRARCH-2's later winner, or one a synset addition's copy replaced that was written
        for the clause's verb (dictionary_reader.py `_kept_from_added`; only the profile communique has these)."""
        kept = node.get(OWNERS)
        return kept.get(self.owner, node.get("#")) if kept else node.get("#")

    def pp_objects(self, pp: PrepPhrase) -> list[NounPhrase]:
        obj = pp.obj
        deps = self.view.deps
        return [obj, *(n for n in obj.nested if deps[n.head] in OBJECT_NESTED_DEPS)]


def _with(found: Found, consumed: tuple[int, ...] = (), wildcard: tuple[int, ...] = ()) -> Found:
    payload, c, w = found
    return payload, c + consumed, w + wildcard
