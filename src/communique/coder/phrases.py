"""The phrase view of one dependency-parsed sentence: PETRARCH-2's NP / PP / VP structure rebuilt from a
spaCy parse (spec §3.1, §4.1, §5.2), computed once per sentence from token indices.

Every token reference is an index into the Doc. Texts are upper-cased (PETRARCH matches upper-case
surface forms). The matcher (`match.py`) and the meaning steps (`noun_phrases.py`, `compose.py`) read:

`SentenceView` (`phrase_view(sent)`)
    start, end      the sentence's token range in the Doc
    words           upper-cased text of every Doc token (doc-wide list; index by token index)
    tags            Penn tag of every Doc token (doc-wide list)
    glued           glued[i]: token i and token i-1 are one word in PETRARCH's (Penn Treebank) tokenization,
                    a hyphenated word spaCy splits ("pro-Xland", "al-Shabab"); the dictionaries hold such words
    heads, deps, children   the Doc's tree as index lists (`nlp.DocTree`)
    clauses         {verb index: Clause} for every clause verb of the sentence
    top             the top-level clauses, in order (spec §5.1)
    noun_phrase(i)  the NounPhrase anchored at token i (built once, then memoised)

`NounPhrase`
    head        the anchor token
    words       own words, ascending: head plus det/amod/compound/nmod/predet/quantmod/... dependents,
                recursively (not the nested NPs', PPs' or clauses' words; no punct/cc/case/nummod);
                unfiltered — the JJ/NN/DT tag filter is the meaning step's (§3.2)
    modifiers   the words depending directly on the head (what a pattern's `-` modifier may match)
    nested      nested NPs: `poss` (minus `case`), `appos`, `conj` (minus `cc`); conjuncts are flattened
    pps         PrepPhrases of the head (`prep`/`agent` + `pobj`)
    acl         Clauses of the head's `acl` participles (`relcl` ignored)
    tag         the head's Penn tag
    is_pronoun  tag PRP;  is_reflexive  a PRP ending in SELF/SELVES
    antecedent  for a pronoun, the NounPhrase it stands for by the spec's dependency recipe (§3.7), else None
    kind        "np" for a noun phrase, "advp" for an adverb slot (a clause's `advmod`)

`PrepPhrase`
    prep        the preposition token (`prep`, `agent`, or an ADP `dative`)
    text        its upper-cased text (spaCy's `agent` "by" gives "BY")
    obj         NounPhrase of its `pobj` (None when there is none)
    clause      Clause of its `pcomp` verb (a clausal object: "by attacking Yland"), else None

`Clause` (one per clause verb: VERB/AUX with label ROOT, ccomp, xcomp, advcl, conj, acl, pcomp, parataxis)
    verb, form, dep   the verb token, its upper-cased surface form, its label
    subjects          own `nsubj`/`nsubjpass` NPs (the existential noun for "there is/are", §5.2)
    subject_candidates   the PRE-noun candidates of the pattern matcher for an active verb (§4.3): own
                      subjects, else a bare conjunct's shared subjects, else (subjectless xcomp/advcl) the
                      nearest governing clause's
    upper             the upper of the clause's outermost level: own subjects; for an `acl`, the modified
                      noun; for a bare conjunct, nothing (its coordination node holds the upper)
    fronted           a bare-NP `npadvmod` before the subject ("Monday, Xland attacked ...") or None;
                      PETRARCH-2 takes it as the upper (§4.1, Fidelity)
    objects           NP children: `dobj`, non-ADP `dative`, `attr`, `oprd`, in sentence order
    adverbs           `advmod` adverbs as NounPhrases of kind "advp" (pattern noun slots only)
    pps               PrepPhrases of the verb after it, in order (an ADP `dative` "to"/"for" included): the
                      VP's PP children
    fronted_pps       PrepPhrases of the verb before it ("In Xland, police arrested ..."): children of the S
                      in a Stanford parse, so neither pattern PPs nor lower/passive-source PPs
    particles         upper-cased texts of the `prt` and `advmod` children (post-compound lookup, §2.2.2)
    complements       Clauses of `ccomp`, `xcomp` and post-verbal `advcl` (a fronted `advcl` is dropped;
                      a `ccomp` before its governor's subject is a top-level clause instead)
    conjuncts         bare `conj` verbs (no own subject) coordinated with this one: they share its subject
                      and auxiliaries, under one coordination node (§4.1)
    coordinator       upper-cased text of the coordination's `cc` word ("AND", "OR", "BUT") or None
    coordinated       `conj` verbs with their own subject: sibling clauses at this clause's level
    auxiliaries       `aux`/`auxpass` tokens in order, `to` included: the outer VP levels (§4.1); a bare
                      conjunct has none of its own (they wrap its coordination)
    negated           a `neg` "not" directly follows the first auxiliary (§4.5): that level subtracts 0xFFFF
    passive           VBD/VBN with a BE-form among the last two auxiliaries (inherited for a conjunct), or an
                      `acl` participle (§4.4); "got attacked" is not passive
    got_passive       a VBN under a GET-form auxiliary: PETRARCH-2 re-labels it an NP, so it is uncoded (§5.2)
    governor          the head verb for a complement / conjunct / acl, else None
    existential       True where the clause is the predicate of "there is/are N ..." (§5.2)
    fronted_top       a `ccomp` before its governor's subject: coded as a top-level clause (§4.1)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import TAG
from spacy.tokens import Doc, Span

from communique.nlp import doc_tokens, doc_tree

CLAUSE_LABELS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "acl", "pcomp", "parataxis"})
COMPLEMENT_LABELS = frozenset({"ccomp", "xcomp", "advcl"})
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})
OBJECT_LABELS = frozenset({"dobj", "dative", "attr", "oprd"})
NESTED_LABELS = frozenset({"poss", "appos", "conj"})
NOT_WORDS = frozenset({"prep", "agent", "acl", "relcl", "appos", "conj", "cc", "poss", "punct", "case",
                       "nummod", "dep", "parataxis", "advcl", "ccomp", "xcomp"})
BE_FORMS = frozenset({"AM", "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"})
GET_FORMS = frozenset({"GET", "GETS", "GOT", "GOTTEN", "GETTING"})
TAGS_KEY = "communique.coder.tags"
WORDS_KEY = "communique.coder.words"
GLUED_KEY = "communique.coder.glued"


@dataclass(eq=False)
class PrepPhrase:
    prep: int
    text: str
    obj: NounPhrase | None = None
    clause: Clause | None = None


@dataclass(eq=False)
class NounPhrase:
    head: int
    words: list[int]
    modifiers: list[int]
    nested: list[NounPhrase] = field(default_factory=list)
    pps: list[PrepPhrase] = field(default_factory=list)
    acl: list[Clause] = field(default_factory=list)
    tag: str = ""
    is_pronoun: bool = False
    is_reflexive: bool = False
    antecedent: NounPhrase | None = None
    kind: str = "np"


@dataclass(eq=False)
class Clause:
    verb: int
    form: str
    dep: str
    subjects: list[NounPhrase] = field(default_factory=list)
    subject_candidates: list[NounPhrase] = field(default_factory=list)
    upper: list[NounPhrase] = field(default_factory=list)
    fronted: NounPhrase | None = None
    objects: list[NounPhrase] = field(default_factory=list)
    adverbs: list[NounPhrase] = field(default_factory=list)
    pps: list[PrepPhrase] = field(default_factory=list)
    fronted_pps: list[PrepPhrase] = field(default_factory=list)
    particles: list[str] = field(default_factory=list)
    complements: list[Clause] = field(default_factory=list)
    conjuncts: list[Clause] = field(default_factory=list)
    coordinator: str | None = None
    coordinated: list[Clause] = field(default_factory=list)
    auxiliaries: list[int] = field(default_factory=list)
    negated: bool = False
    passive: bool = False
    got_passive: bool = False
    governor: int | None = None
    existential: bool = False
    fronted_top: bool = False


@dataclass(eq=False)
class SentenceView:
    start: int
    end: int
    words: list[str]
    tags: list[str]
    heads: list[int]
    deps: list[str]
    children: list
    clauses: dict[int, Clause] = field(default_factory=dict)
    top: list[Clause] = field(default_factory=list)
    nps: dict[int, NounPhrase] = field(default_factory=dict, repr=False)
    pos: list[str] = field(default_factory=list, repr=False)
    glued: list[bool] = field(default_factory=list, repr=False)

    def noun_phrase(self, i: int) -> NounPhrase:
        found = self.nps.get(i)
        if found is None:
            found = _Builder(self).noun_phrase(i)
        return found


def doc_words(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """(upper-cased texts, Penn tags, glued) of every token of `doc`, read once and kept with the Doc."""
    words = doc.user_data.get(WORDS_KEY)
    if words is None:
        words = doc.user_data[WORDS_KEY] = [t.upper() for t in doc_tokens(doc).text]
    tags = doc.user_data.get(TAGS_KEY)
    if tags is None:
        strings = doc.vocab.strings
        tags = doc.user_data[TAGS_KEY] = [strings[h] for h in doc.to_array([TAG]).tolist()]
    glued = doc.user_data.get(GLUED_KEY)
    if glued is None:
        spaced = doc_tokens(doc).spaced
        glued = doc.user_data[GLUED_KEY] = [False] + [
            not spaced[i - 1] and (words[i] == "-" or words[i - 1] == "-") and words[i] != words[i - 1]
            for i in range(1, len(words))]
    return words, tags, glued


def phrase_view(sent: Span) -> SentenceView:
    """The phrase view of `sent`: its clauses, their phrases and the top-level clauses."""
    doc = sent.doc
    words, tags, glued = doc_words(doc)
    tree = doc_tree(doc)
    view = SentenceView(sent.start, sent.end, words, tags, tree.heads, tree.dep, tree.children,
                        pos=doc_tokens(doc).pos, glued=glued)
    _Builder(view).build(sent.root.i)
    return view


class _Builder:
    """Fills a SentenceView: clauses top-down from the root, noun phrases on demand."""

    def __init__(self, view: SentenceView):
        self.v = view

    # ---- noun phrases ------------------------------------------------------------------------------
    def noun_phrase(self, h: int, kind: str = "np", skip: frozenset[int] = frozenset()) -> NounPhrase:
        v = self.v
        known = v.nps.get(h)
        if known is not None and not skip:
            return known
        deps, children, words = v.deps, v.children, v.words
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
                        if d == "conj":
                            nested.extend(self.noun_phrase(j) for j in self._conj_chain(c))
                        else:
                            nested.append(self.noun_phrase(c))
                        continue
                if k != h and d == "conj":  # "Xland and Yland soldiers": coordinated modifiers are words
                    pass
                elif d == "punct" and v.glued[c] and c + 1 < len(words) and v.glued[c + 1]:
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
            np.is_pronoun = True
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

    def _coordination(self, cl: Clause) -> None:
        """Sort the verbs chained by `conj` under cl into bare conjuncts (sharing the subject of the
        nearest preceding conjunct that has one) and coordinated clauses with their own subject."""
        v = self.v
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
                if not sub.passive:
                    self._voice(sub, group.auxiliaries + sub.auxiliaries)
        for g in [cl] + cl.coordinated:
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
        self._antecedents()

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

    def _antecedents(self) -> None:
        """§3.7: a pronoun in a complement clause stands for its governor's first object (before the
        complement), else its subject, climbing further when the governor has neither; a reflexive object
        stands for its own clause's subject; pronouns in top-level or conj-only clauses stay unresolved."""
        v = self.v
        for cl in v.clauses.values():
            for np in self._clause_nps(cl):
                if not np.is_pronoun or np.antecedent is not None:
                    continue
                if np.is_reflexive:
                    if np in cl.objects and cl.subject_candidates:
                        np.antecedent = cl.subject_candidates[0]
                    continue
                np.antecedent = self._governing_np(cl)

    def _clause_nps(self, cl: Clause):
        stack = list(cl.subjects) + list(cl.objects) + [pp.obj for pp in cl.pps + cl.fronted_pps if pp.obj is not None]
        seen = set()
        while stack:
            np = stack.pop()
            if id(np) in seen:
                continue
            seen.add(id(np))
            yield np
            stack.extend(np.nested)
            stack.extend(pp.obj for pp in np.pps if pp.obj is not None)

    def _governing_np(self, cl: Clause) -> NounPhrase | None:
        v = self.v
        g, seen = cl, set()
        while g.dep == "conj" and g.governor is not None and g.governor not in seen:
            seen.add(g.governor)
            g = v.clauses[g.governor]
        while g.dep in COMPLEMENT_LABELS and g.governor is not None and g.governor not in seen:
            seen.add(g.governor)
            h = v.clauses.get(g.governor)
            if h is None:
                return None
            before = [o for o in h.objects if o.head < g.verb and v.deps[o.head] in ("dobj", "dative", "attr")]
            if before:
                return before[0]
            if h.subjects:
                return h.subjects[0]
            g = h
            while g.dep == "conj" and g.governor is not None and g.governor not in seen:
                seen.add(g.governor)
                g = v.clauses[g.governor]
        return None
