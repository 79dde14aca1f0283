"""The phrase view of one dependency-parsed sentence (built by `phrase_builder.py`): PETRARCH-2's NP / PP / VP structure rebuilt from a
spaCy parse (spec §3.1, §4.1, §5.2), computed once per sentence from token indices.

Every token reference is an index into the Doc. Texts are upper-cased (PETRARCH matches upper-case
surface forms). The matcher (`match.py`) and the meaning steps (`actors/noun_phrases.py`, `compose.py`) read:

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
    speaker     for a first-person pronoun ("I", "we") in a quotation fronted before its reporting verb, that
                verb's subject ('"We will attack," the army said'): read by the profile switch `quoted_speakers`
                only, since PETRARCH-2 resolves no pronoun of a fronted quotation (§4.1, §3.7)
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

from spacy.tokens import Doc, Span

from communique.nlp import doc_tags, doc_tokens, doc_tree

from .repairs import repaired_view

WORDS_KEY = "communique.coder.words"
GLUED_KEY = "communique.coder.glued"
VIEWS_KEY = "communique.coder.views"  # doc.user_data: {(sentence start, end): SentenceView}


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
    speaker: NounPhrase | None = None  # a first-person pronoun's in a quotation fronted before its reporting verb
    # a clause subject a possessive pronoun determines ("his country"): the pronoun's antecedent by §3.7's recipe
    possessor: NounPhrase | None = None
    kind: str = "np"
    # the tokens an actor read from this NP stands on (resolve.phrase_tokens), computed once; not copied by replace()
    token_cache: tuple[int, ...] | None = field(default=None, init=False, repr=False)


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
    repairs: list[str] = field(default_factory=list)  # the parse repairs made (`coder/repairs`)
    built: tuple[int, int] = (0, 0)  # (noun phrases, clauses) as `phrase_view` built them

    def pristine(self) -> bool:
        """Whether the view is still as `phrase_view` built it: no noun phrase or clause built on demand
        since (the only changes the coder makes to a view; a reader's own state is the reader's)."""
        return len(self.nps) == self.built[0] and len(self.clauses) == self.built[1]

    def phrase_heads(self, tokens: tuple[int, ...]) -> list[int]:
        """The heads of a record's phrase given as its tokens: those whose own head lies outside it (or is the
        root itself) -- one token for a plain phrase, one per conjunct where the phrase is a coordination."""
        return [t for t in tokens if self.heads[t] not in tokens or self.heads[t] == t]

    def hyphenated_word(self, i: int) -> str | None:
        """The whole hyphenated word that token i ends ("RE-ARRESTED" for "arrested" in "re-arrested"), one word in
        PETRARCH's (Penn Treebank) tokenization where spaCy splits it (`glued`); None where token i ends none."""
        glued = self.glued
        if not glued or not glued[i] or self.words[i] == "-" or (i + 1 < self.end and glued[i + 1]):
            return None
        first = i
        while first > self.start and glued[first]:
            first -= 1
        return "".join(self.words[first:i + 1])

    def noun_phrase(self, i: int) -> NounPhrase:
        found = self.nps.get(i)
        if found is None:
            found = _phrase_builder.Builder(self).noun_phrase(i)
        return found


def doc_words(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """(upper-cased texts, Penn tags, glued) of every token of `doc`, read once and kept with the Doc."""
    words = doc.user_data.get(WORDS_KEY)
    if words is None:
        words = doc.user_data[WORDS_KEY] = [t.upper() for t in doc_tokens(doc).text]
    tags = doc_tags(doc)  # the Doc's tags as the other stages read them, read once (repairs copy before they change one)
    glued = doc.user_data.get(GLUED_KEY)
    if glued is None:
        spaced = doc_tokens(doc).spaced
        glued = doc.user_data[GLUED_KEY] = [False] + [
            not spaced[i - 1] and (words[i] == "-" or words[i - 1] == "-") and words[i] != words[i - 1]
            for i in range(1, len(words))]
    return words, tags, glued


def phrase_view(sent: Span) -> SentenceView:
    """The phrase view of `sent`: its clauses, their phrases and the top-level clauses, built on its parse
    as `coder/repairs` repairs it. Kept with the Doc: asked for again (the coder's additions read the
    sentence after the coder), the same view is given while it is as built (`SentenceView.pristine`)."""
    views = sent.doc.user_data.get(VIEWS_KEY)
    if views is None:
        views = sent.doc.user_data[VIEWS_KEY] = {}
    key = (sent.start, sent.end)
    view = views.get(key)
    if view is None or not view.pristine():
        view = views[key] = _built_view(sent)
    return view


def _built_view(sent: Span) -> SentenceView:
    doc = sent.doc
    words, tags, glued = doc_words(doc)
    tree = doc_tree(doc)
    view = SentenceView(sent.start, sent.end, words, tags, tree.heads, tree.dep, tree.children,
                        pos=doc_tokens(doc).pos, glued=glued)
    _phrase_builder.Builder(view).build(repaired_view(view, sent.root.i, doc_tokens(doc).text))
    view.built = (len(view.nps), len(view.clauses))
    return view


def all_words(np: NounPhrase, positions: list[int], skip=None) -> None:
    """Every word of an NP, untagged: own words, nested NPs, PPs (preposition included); not those of a PP
    `skip(pp)` names (`place_pps`, `helper_pps`)."""
    positions.extend(np.words)
    for nested in np.nested:
        all_words(nested, positions, skip)
    for pp in np.pps:
        if skip is not None and skip(pp):
            continue
        positions.append(pp.prep)
        if pp.obj is not None:
            all_words(pp.obj, positions, skip)


from . import phrase_builder as _phrase_builder  # noqa: E402 -- at the end: the builder reads this module's classes
