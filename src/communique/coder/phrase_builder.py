"""Builds the phrase view (`phrases.py`) of one sentence from its dependency parse, top-down from the root
verb: clauses with their levels, coordination and complements, noun phrases on demand, the existential
conversion (§5.2) and the PRE-noun candidates; pronoun antecedents (§3.7) are antecedents.py's."""
from __future__ import annotations

from .antecedents import COMPLEMENT_LABELS, find_antecedents
from .phrases import Clause, NounPhrase, PrepPhrase, SentenceView

CLAUSE_LABELS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "acl", "pcomp", "parataxis"})
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})
OBJECT_LABELS = frozenset({"dobj", "dative", "attr", "oprd"})
NESTED_LABELS = frozenset({"poss", "appos", "conj"})
NOT_WORDS = frozenset({"prep", "agent", "acl", "relcl", "appos", "conj", "cc", "poss", "punct", "case",
                       "nummod", "dep", "parataxis", "advcl", "ccomp", "xcomp"})
BE_FORMS = frozenset({"AM", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"})
GET_FORMS = frozenset({"GET", "GETS", "GOT", "GOTTEN", "GETTING"})


class Builder:
    """Fills a SentenceView: clauses top-down from the root, noun phrases on demand."""

    def __init__(self, view: SentenceView):
        self.v = view
        self.pronouns = False  # whether a pronoun's noun phrase was built: else there is no antecedent to find

    # ---- noun phrases ------------------------------------------------------------------------------
    def noun_phrase(self, h: int, kind: str = "np", skip: frozenset[int] = frozenset()) -> NounPhrase:
        v = self.v
        known = v.nps.get(h)
        if known is not None and not skip:
            return known
        deps, children, words, glued = v.deps, v.children, v.words, v.glued
        own, modifiers, stack = [h], [], [h]
        nested: list[NounPhrase] = []
        pps: list[PrepPhrase] = []
        acl: list[Clause] = []
        np = NounPhrase(h, own, modifiers, nested, pps, acl, tag=v.tags[h], kind=kind)
        if kind == "np" and not skip:
            v.nps[h] = np
        while stack:
            k = stack.pop()
            for c in children[k]:
                d = deps[c]
                if c in skip:
                    continue
                if k == h:
                    if d in ("prep", "agent"):
                        pps.append(self.prep_phrase(c))
                        continue
                    if d == "acl" and v.pos[c] in ("VERB", "AUX"):
                        acl.append(self.clause(c, "acl", upper=[np]))
                        continue
                    if d in NESTED_LABELS:
                        if d == "conj":  # the chain's first conjunct holds them all (the conjuncts none)
                            if deps[h] != "conj":
                                nested.extend(self.noun_phrase(j) for j in self._conj_chain(c))
                        else:
                            nested.append(self.noun_phrase(c))
                        continue
                if k != h and d == "conj":  # "Xland and Yland soldiers": coordinated modifiers are words
                    pass
                elif k != h and d == "poss":  # "Xland's President Name": the possessor of a title compound
                    nested.append(self.noun_phrase(c))  # is the noun phrase's, as in a constituency parse
                    continue
                elif d == "punct" and glued[c] and c + 1 < len(words) and glued[c + 1]:
                    pass  # the hyphen inside a hyphenated word
                elif d in NOT_WORDS or d == "relcl" or d == "acl":
                    if d in ("prep", "agent") and k != h:
                        pps.append(self.prep_phrase(c))
                    continue
                own.append(c)
                stack.append(c)
                if k == h:
                    modifiers.append(c)
        own.sort()
        modifiers.sort()
        nested.sort(key=lambda n: n.head)
        tag = np.tag
        if tag == "PRP":
            np.is_pronoun = self.pronouns = True
            np.is_reflexive = words[h].endswith("SELF") or words[h].endswith("SELVES")
        return np

    def _conj_chain(self, c: int) -> list[int]:
        """c and the conjuncts chained below it (spaCy chains A -> B -> C)."""
        found = [c]
        for j in found:
            found.extend(k for k in self.v.children[j] if self.v.deps[k] == "conj")
        return sorted(found)

    def prep_phrase(self, p: int) -> PrepPhrase:
        v = self.v
        pp = PrepPhrase(p, v.words[p])
        for c in v.children[p]:
            d = v.deps[c]
            if d == "pobj" and pp.obj is None:
                pp.obj = self.noun_phrase(c)
            elif d == "pcomp" and pp.clause is None and v.pos[c] in ("VERB", "AUX"):
                pp.clause = self.clause(c, "pcomp")
        return pp

    # ---- clauses -----------------------------------------------------------------------------------
    def clause(self, verb: int, dep: str, upper: list[NounPhrase] | None = None,
               governor: int | None = None) -> Clause:
        v = self.v
        known = v.clauses.get(verb)
        if known is not None:
            return known
        words, deps, children, tags = v.words, v.deps, v.children, v.tags
        cl = Clause(verb, words[verb], dep, governor=governor)
        v.clauses[verb] = cl
        first_subject = None
        for c in self._unglued(children[verb]):
            d = deps[c]
            if d in SUBJECT_LABELS:
                cl.subjects.append(self.noun_phrase(c))
                if first_subject is None:
                    first_subject = c
            elif d in ("aux", "auxpass"):
                cl.auxiliaries.append(c)
            elif d in OBJECT_LABELS:
                if d == "dative" and v.pos[c] == "ADP":
                    cl.pps.append(self.prep_phrase(c))
                else:
                    cl.objects.append(self.noun_phrase(c))
            elif d in ("prep", "agent"):
                if c < verb:  # a PP before the verb hangs on the S in a Stanford parse, not on the VP
                    cl.fronted_pps.append(self.prep_phrase(c))
                else:
                    cl.pps.append(self.prep_phrase(c))
            elif d == "prt":
                cl.particles.append(words[c])
            elif d == "advmod":
                cl.particles.append(words[c])
                cl.adverbs.append(self.noun_phrase(c, kind="advp"))
        for c in children[verb]:
            if deps[c] == "npadvmod" and c < verb and (first_subject is None or c < first_subject):
                if tags[c].startswith("NN"):
                    cl.fronted = self.noun_phrase(c)
                break
        # negation: "not" right after the first auxiliary
        if cl.auxiliaries:
            first = cl.auxiliaries[0]
            nxt = first + 1
            cl.negated = nxt < v.end and deps[nxt] == "neg" and words[nxt] == "NOT" and v.heads[nxt] in (verb, first)
        self._voice(cl, cl.auxiliaries)
        cl.upper = list(upper) if upper is not None else list(cl.subjects)
        # complements and coordination
        for c in children[verb]:
            d = deps[c]
            if d in COMPLEMENT_LABELS and v.pos[c] in ("VERB", "AUX"):
                if d == "advcl" and c < verb:
                    continue  # a fronted adverbial clause is ignored
                comp = self.clause(c, d, governor=verb)
                if d == "ccomp" and first_subject is not None and c < first_subject:
                    comp.fronted_top = True
                    continue
                cl.complements.append(comp)
        if dep != "conj":
            self._coordination(cl)
        return self._existential(cl)

    def _unglued(self, kids) -> list[int]:
        """The children, where sibling tokens with one label that form a hyphenated word ("al - Shabab"
        parsed as three subjects) are one phrase: its last token, the others added to its own words."""
        v = self.v
        glued, deps = v.glued, v.deps
        if not any(glued[c] for c in kids):
            return kids
        out: list[int] = []
        pending: list[int] = []
        for c in kids:
            if pending and c == pending[-1] + 1 and glued[c] and deps[c] == deps[pending[-1]]:
                pending.append(c)
                continue
            out.extend(self._merge(pending))
            pending = [c]
        out.extend(self._merge(pending))
        return out

    def _merge(self, group: list[int]) -> list[int]:
        if len(group) > 1:
            np = self.noun_phrase(group[-1])
            np.words[:0] = group[:-1]
            np.words.sort()
        return group[-1:]

    def _voice(self, cl: Clause, auxiliaries: list[int]) -> None:
        words, tags = self.v.words, self.v.tags
        participle = tags[cl.verb] in ("VBN", "VBD")
        last_two = [words[a] for a in auxiliaries[-2:]]
        cl.passive = participle and (cl.dep == "acl" or any(w in BE_FORMS for w in last_two))
        cl.got_passive = tags[cl.verb] == "VBN" and any(w in GET_FORMS for w in last_two) and not cl.passive

    def _active_past(self, cl: Clause) -> bool:
        """A past tense with its own direct object ("it was concerned by the reports and urged the leaders to ..."):
        active, though it shares the auxiliary of a passive it is coordinated with. An amount is no such object:
        "was sentenced to a year and fined $1,000" is a passive with two objects."""
        v = self.v
        return v.tags[cl.verb] == "VBD" and any(v.deps[c] == "dobj" and v.tags[c] not in ("CD", "$")
                                               for c in v.children[cl.verb])

    def _coordination(self, cl: Clause) -> None:
        """Sort the verbs chained by `conj` under cl into bare conjuncts (sharing the subject of the
        nearest preceding conjunct that has one) and coordinated clauses with their own subject."""
        v = self.v
        if not any(v.deps[c] == "conj" for c in v.children[cl.verb]):
            return  # no coordination: no conjunct, no coordinated clause, no coordinator
        chain, group = [], cl
        for j in self._conj_chain(cl.verb)[1:]:
            if v.pos[j] in ("VERB", "AUX"):
                chain.append(j)
        for j in chain:
            sub = self.clause(j, "conj", governor=cl.verb)
            if sub.subjects:
                cl.coordinated.append(sub)
                group = sub
            else:
                group.conjuncts.append(sub)
                sub.upper = []
                sub.governor = group.verb
                if not sub.passive and not self._active_past(sub):
                    self._voice(sub, group.auxiliaries + sub.auxiliaries)
        for g in [cl] + cl.coordinated:
            if not g.conjuncts:
                continue  # only a coordination of bare conjuncts takes a coordinator
            for member in [g] + g.conjuncts:
                for c in v.children[member.verb]:
                    if v.deps[c] == "cc" and g.coordinator is None and g.conjuncts:
                        g.coordinator = v.words[c]

    # ---- the sentence ------------------------------------------------------------------------------
    def build(self, root: int) -> None:
        v = self.v
        if v.pos[root] in ("VERB", "AUX"):
            top = self.clause(root, "ROOT")
            v.top.append(top)
            v.top.extend(top.coordinated)
        elif v.tags[root].startswith("NN") or v.pos[root] in ("PROPN", "NOUN"):
            np = self.noun_phrase(root)
            v.top.extend(np.acl)
        for cl in list(v.clauses.values()):
            if cl.fronted_top and cl.governor is not None:
                gov = v.clauses.get(cl.governor)
                if gov is not None and any(gov is t or gov in t.coordinated for t in v.top):
                    v.top.append(cl)
        self._candidates()
        find_antecedents(self.v, self.pronouns)

    def _existential(self, cl: Clause) -> Clause:
        """§5.2: "there were N doing X" -> N is the subject and its first post-modifier the predicate."""
        v = self.v
        if not any(v.deps[c] == "expl" for c in v.children[cl.verb]):
            return cl
        attr = next((o for o in cl.objects if v.deps[o.head] == "attr"), None)
        if attr is None:
            return cl
        post = next((c for c in v.children[attr.head] if c > attr.head
                     and v.deps[c] in ("acl", "relcl", "prep")), None)
        cl.objects.remove(attr)
        if post is None or v.deps[post] == "prep":
            subject = self.noun_phrase(attr.head)
            cl.subjects = cl.upper = [subject]
            if post is not None:
                subject.pps = [p for p in subject.pps if p.prep != post]
                cl.pps.append(self.prep_phrase(post))
            cl.existential = True
            return cl
        subject = self.noun_phrase(attr.head, skip=frozenset({post}))
        v.nps[attr.head] = subject
        inner = self.clause(post, "ccomp", governor=cl.verb)
        inner.dep, inner.governor = cl.dep, cl.governor  # the predicate takes the place of "there is"
        inner.fronted_top = cl.fronted_top
        inner.auxiliaries = sorted(cl.auxiliaries + [cl.verb])
        inner.subjects = inner.upper = inner.subject_candidates = [subject]
        inner.negated = cl.negated or inner.negated
        inner.existential = True
        self._voice(inner, inner.auxiliaries)
        inner.passive = inner.passive or (v.tags[post] in ("VBN", "VBD") and v.deps[post] == "acl")
        inner.coordinated = cl.coordinated
        return inner

    def _candidates(self) -> None:
        """The PRE-noun candidates: own subjects, else (subjectless complements) the governor's."""
        v = self.v
        for cl in v.clauses.values():
            if cl.subjects:
                cl.subject_candidates = cl.subjects
        for cl in v.clauses.values():
            if cl.subject_candidates:
                continue
            seen, g = set(), cl
            while not g.subject_candidates and g.governor is not None and g.governor not in seen:
                seen.add(g.governor)
                gov = v.clauses.get(g.governor)
                if gov is None:
                    break
                g = gov
            if cl.dep == "acl":
                continue
            cl.subject_candidates = g.subject_candidates
