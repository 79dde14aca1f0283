"""The profile `communique`'s sense tables, asked by compose.py where no pattern of the dictionary matched a clause:
the sense its verb takes from its object, particle or adjective complement. Each table behind its switch of
`profiles.py`, asked in this order by `_object_sense`:

* `object_senses` (data/coder_additions_objects.tsv): a verb no pattern matched takes the sense its object gives it
  ("the talks will take place": no event; "blocked roads": 144 obstruct passage, 140 in PETRARCH-2's code table);
* `silent_verbs` (phenomena/silent_verbs.py): a verb and object from a CAMEO code's own name ("reduce relations":
  160) code a clause no pattern matched;
* `named_senses` (phenomena/named_senses.py): a verb whose act a CAMEO code's name names ("vetoed": 129,
  "convicted": 116, "sued": 115, "denied any wrongdoing": 016) codes a clause no pattern matched, after the
  silent verbs, where the dictionary's block gives another code; also asked over a pattern that only restates
  the verb's own code (`_named_sense`, `_own_code`);
* `act_nouns` (nouns/acts.py): a verb that starts or stops an act named by its object ("extended the curfew":
  1723, "relaxed the blockade": 0872, "halted negotiations": 164) codes a clause no pattern matched, after the
  silent verbs;
* `judicial_findings` (phenomena/judicial_annulments.py): a court that sets aside a law, an order, a decision or an
  election ("struck down the law", "quashed the decree") finds it unlawful, 116, asked first (session 37);
* `deployed_forces` (phenomena/deployments.py) and `hosted_visitors` (phenomena/hosting.py): forces moved
  somewhere, a visitor received.

`_aid_over_pattern` is asked over a matched pattern too: a force supplied WITH arms (`supplied_arms`, 072), relief
dropped by aircraft (`relief_drops`, 073), relief conveyed that a modifier or a food word names (`relief_kinds`, 073).
`agreed_objects` (`_agreed_object`): agreeing to a thing no pattern of AGREE names is 030, not the block's 050.
`SenseTableSteps` is mixed into `recall.RecallSteps`, and so into `compose.Composer`, which holds the view, the
verbs, the actor reader and the switches.
"""
from __future__ import annotations

from .nouns.acts import act_noun_code, amount_words
from .additions import object_senses
from .phenomena.deployments import deployment_code
from .phenomena.hosting import hosting_code
from .phenomena.judicial_annulments import annulment_code
from .phenomena.let_clauses import let_clause_nouns, permitted_party_nouns
from .phenomena.left_places import left_place_code
from .phenomena.relief_drops import relief_drop_code
from .phenomena.relief_kinds import relief_goods, relief_kind_code
from .phenomena.supplied_arms import supplied_arms_code
from .phenomena.named_senses import named_sense_code
from .phenomena.silent_verbs import silent_verb_code

AGREE_BLOCK = "AGREE"  # CAMEO.2.0's block of AGREE, coded 050
ANY_OBJECT = "*"  # an object-senses row for the verb with any object or none ("decommissioned its weapons")
# spaCy's dependencies of an adjective that completes a verb: "found him GUILTY" (ccomp, oprd), "was found GUILTY"
ADJECTIVE_COMPLEMENTS = frozenset({"ccomp", "oprd", "acomp", "xcomp"})


class SenseTableSteps:
    """Mixed into `recall.RecallSteps` (and so into `compose.Composer`)."""

    def _agreed_object(self, cl, m) -> bool:
        """Whether the clause agrees to a thing no pattern of AGREE names ("agreed to an extension",
        "agreed a trade deal"): the CAMEO manual's 030 "express intent to cooperate ... agree to" (PLOVER
        AGREE), where the block's own code is 050 "diplomatic cooperation"."""
        return m.meaning == AGREE_BLOCK and not cl.passive and \
            (bool(cl.objects) or any(pp.text in ("TO", "ON", "UPON") and pp.obj is not None for pp in cl.pps))

    def _object_sense(self, cl):
        """(code, step) where the verb's object or particle gives it a sense of its own in the object-senses
        table (`object_senses`): an idiom that is no event ("take place", "take effect", "broke out": code
        0) or the manual's narrower code ("block roads": 144 obstruct passage, written 140); else, with
        `silent_verbs`, the code whose CAMEO name is the verb with that object ("reduced relations": 160);
        else, with `act_nouns`, the start or stop code of the act its object names ("extended the curfew":
        1723); None where no table has the clause."""
        parts = self.partitives()  # "received a mission of UN observers": the OF object names what is received
        words = [self.view.words[np.head] for np in _undergoers(cl)] + list(cl.particles) + [
            self.view.words[pp.obj.head] for np in _undergoers(cl) if self.view.words[np.head] in parts
            for pp in np.pps if pp.text == "OF" and pp.obj is not None]
        # an adjective complement ("found the president guilty": FIND GUILTY, 116) and the object of TO ("agreed
        # to the demands": 083) are read after the objects
        more = self._adjective_complements(cl) + [self.view.words[pp.obj.head] for pp in cl.pps
                                                  if pp.text == "TO" and pp.obj is not None]
        if self.let_clauses:  # "let peacekeepers into Darfur": the small clause's noun (let_clauses.py)
            more += let_clause_nouns(self.view, cl)
        if self.permitted_parties:  # "allowed inspectors to enter": the infinitive's subject (let_clauses.py)
            more += permitted_party_nouns(self.view, cl)
        if self.left_places and (left := left_place_code(self.view, cl, self.reader.meaning)) is not None:
            return left  # "troops left the Central African Republic": 0874, not GO_SOMEWHERE's 040 (left_places.py)
        if self.judicial_findings and (annulled := annulment_code(self.view, cl, self.reader.meaning)) is not None:
            return annulled  # "the court struck down the law": 116, a finding (judicial_annulments.py)
        if self.object_senses:
            table = object_senses()
            for noun in words + more + [ANY_OBJECT]:
                if (cl.form, noun) in table:
                    code = table[(cl.form, noun)]
                    sense = f"as {code:X}" if code else "is no event"
                    return code, f"addition: {cl.form} {noun} {sense}"
        if self.silent_verbs:
            for noun in words + more + [""]:
                code = silent_verb_code(cl.form, noun)
                if code is not None:
                    return code, f"addition: {' '.join((cl.form, noun)).strip()} as a CAMEO code name says, {code:X}"
        if self.named_senses:  # "vetoed the draft": 129, not BAN's 172 (named_senses.py)
            named = self._named_sense(cl, words + more)
            if named is not None:
                return named
        # an amount is read at what it measures: "$2 billion in assistance", "thousands of troops"
        measures = amount_words() if self.act_nouns or self.deployed_forces else frozenset()
        if self.act_nouns:
            found = act_noun_code(self.view, cl, _undergoers(cl), parts, measures)
            if found is not None:
                return found
        if self.deployed_forces:  # "deployed 5,000 police officers": a mobilisation (deployments.py)
            # the subject is read only where a member noun asks whose it is: an early read would fix its reading
            # before the matcher's (a subject a pattern consumes, "- &MILITARY *", reads otherwise after)
            def movers() -> list[str]:
                return [] if cl.passive else [c for np in cl.subjects for c in self.reader.meaning(np)]
            found = deployment_code(cl.form, [self._object_words(np, parts | measures) for np in _undergoers(cl)],
                                    tuple(c.form for c in cl.complements if c.dep in ("xcomp", "advcl")), movers)
            if found is not None:
                return found
        if self.hosted_visitors:  # "received his Yland counterpart": a visit hosted (hosting.py)
            view = self.view
            return hosting_code(cl.form, [(self.reader.meaning(np), view.words[np.head],
                                           view.tags[np.head].startswith("NNP")) for np in _received(cl)])
        return None

    def _aid_over_pattern(self, cl, pattern, code: int) -> tuple[int, str] | None:
        """(code, step) where a clause the dictionary read otherwise, matched pattern or not, is aid by its objects: a
        force supplied WITH arms (`supplied_arms`: 072), relief dropped by aircraft (`relief_drops`: 073); None
        where neither switch reads it so."""
        if self.supplied_arms and (armed := supplied_arms_code(self.view, cl, code)) is not None:
            return armed  # "supplied Syria's army with missiles": 072, not GIVE's 150 (supplied_arms.py)
        if self.relief_drops and (dropped := relief_drop_code(self.view, cl, pattern, code)) is not None:
            return dropped  # "planes dropped humanitarian aid": 073, not DROP's &AIRCRAFT 195 (relief_drops.py)
        if self.relief_kinds and (kind := relief_kind_code(self.view, cl, code, relief_goods() if self.act_nouns else frozenset(),
                                                           self.conveyed_people)) is not None:
            return kind  # "sent firefighting planes": 073, not SEND's &AIRCRAFT 062 or 166 (relief_kinds.py)
        return None

    def _object_words(self, np, partitives) -> tuple[list[str], list[str]]:
        """An object's actor codes and its words up to its head (`deployed_forces`), read at its OF or IN object
        where its head is a partitive or an amount ("a contingent of marines", "20 tonnes of food")."""
        words = self.view.words
        if words[np.head] in partitives:
            inner = next((pp.obj for pp in np.pps if pp.text in ("OF", "IN") and pp.obj is not None), None)
            np = inner or np
        return self.reader.meaning(np), [words[k] for k in sorted(np.words) if k <= np.head]

    def _named_sense(self, cl, words: list[str] | None = None) -> tuple[int, str] | None:
        """(code, step) where the codebook names the verb's act, alone or with its object, by another code than
        the dictionary's block gives it (named_senses.py); `words` the object heads `_object_sense` read."""
        if words is None:
            words = [self.view.words[np.head] for np in _undergoers(cl)] + list(cl.particles)
        # an object shifted after the AS phrase of its predicate is parsed as that phrase's object
        # ("dismissed as false a newspaper REPORT that ...")
        shifted = [self.view.words[pp.obj.head] for pp in cl.pps if pp.text == "AS" and pp.obj is not None]
        for noun in words + shifted + [""]:
            code = named_sense_code(cl.form, noun)
            if code is not None:
                return code, f"addition: {' '.join((cl.form, noun)).strip()} as a CAMEO code name names it, {code:X}"
        return None

    def _own_code(self, cl) -> int | None:
        """The code of the verb's own line or block (no pattern), None where the form has no entry."""
        entry = self.verbs.lookup(cl.form, tuple(cl.particles))
        return entry.active if entry is not None else None

    def _adjective_complements(self, cl) -> list[str]:
        """The adjectives that complement the clause's verb with or without their own subject ("found the
        president GUILTY", "was found GUILTY"), which a code name makes the verb's object (116 "Find guilty");
        with `postnominal_predicates`, also an adjective spaCy hangs after the object's head as its modifier, an
        object predicate by its place ("held Iran RESPONSIBLE for the attack": HOLD * RESPONSIBLE 112)."""
        view = self.view
        found = [view.words[k] for k in view.children[cl.verb]
                 if view.deps[k] in ADJECTIVE_COMPLEMENTS and view.tags[k].startswith("JJ")]
        if self.postnominal_predicates:  # "held Iran RESPONSIBLE": spaCy's `amod` after the object's head
            found += [view.words[k] for o in view.children[cl.verb] if view.deps[o] == "dobj"
                      for k in view.children[o] if view.deps[k] == "amod" and k > o and view.tags[k].startswith("JJ")]
        return found

    def _sensed(self, form: str, noun: str) -> bool:
        """Whether a sense table codes this verb with this object noun."""
        return (self.object_senses and (form, noun) in object_senses()) or \
            (self.silent_verbs and silent_verb_code(form, noun) is not None)


def _undergoers(cl) -> list:
    """The noun phrases a verb acts on: its objects; for a passive, its subjects ("an embargo was imposed")."""
    return list(cl.subjects) + list(cl.objects) if cl.passive else list(cl.objects)


def _received(cl) -> list:
    """`hosted_visitors`: the noun phrases a verb of receiving acts on; for a passive bare conjunct, the subject it
    shares ("Xland's president arrived in Ycity and was greeted by ...": the president; session 33)."""
    if cl.passive and not cl.subjects and cl.dep == "conj":
        return list(cl.subject_candidates) + list(cl.objects)
    return _undergoers(cl)
