"""Parse repairs: general misparses of the small spaCy model that break PETRARCH-2's constituency notions
(clause, NP, upper/lower; spec §4.1), undone on one sentence's tree before its phrase view is built.

PETRARCH-2 was written for the Stanford parser's trees; `phrases.py` rebuilds its notions from spaCy's
dependencies. Where the small model makes a kind of error that hides a clause (its verb read as a noun
modifier or an auxiliary) or invents one (a `conj` no coordination supports), the phrase view inherits it
and the clause is lost or coded wrongly. Each repair below is one named, general rule of English grammar:

* `dateline` — a wire story's opening dateline ("CITY (Agency) -") is no part of the sentence: detached
  (`datelines.py`).
* `verb-read-as-modifier` — a sentence with no finite verb for its subject (its root is a noun, or a
  `to`-infinitive has a subject of its own), where a dictionary verb form sits between a noun phrase that
  agrees with it and a following noun it was attached to as a modifier ("Rebels attack army base",
  "Ministers X and Y urge rebels to lay down arms"; in a sentence with no verb at all, also a past form
  read as a participle modifier: "Xland test-fired two missiles", and so in a reported clause that is a
  noun, a `ccomp` with no verb: "Xland test-fired two missiles, Yland's army said"): the form is the finite
  verb. It takes the clause's place, the noun phrase before it is its subject, the noun it modified its
  object, and a `to`-infinitive its complement (`xcomp`), as in "urged Yland to release" (§4.1).
* `verb-read-as-auxiliary` — a token labelled `aux` that is not of the closed class of English
  auxiliaries (be, have, do, the modals, `to`, get) is a lexical verb with a bare-infinitive complement
  ("sent a team to help identify the victims"): it becomes the clause verb, the other verb its `xcomp`.
* `subject-read-as-compound` — a finite clause verb with no subject whose noun dependent right before it
  is labelled `compound` ("Egypt army attacks militants"): a verb has no compounds; the noun phrase is
  its subject.
* `disagreeing-verb` — a plain present-tense verb that disagrees with its singular subject, right after a
  third-person dictionary form read as its noun modifier ("President X pledges support for ...", read
  "X pledges-support"): the form that agrees is the verb and the other word its object (a noun).
* `conj-without-coordinator` — a verb labelled `conj` of an earlier verb with no coordinating word and no
  punctuation between the two is no coordination (English coordinates clauses with a conjunction or, in
  lists, a comma): it is the bare-infinitive complement (`xcomp`) of the nearest verb before it
  ("detained a teacher for urging students join the protest" is not "detained ... and joined"); where a
  preposition that is also a subordinator ("after", "before", "since", "until", "as") took the clause's
  subject as its object right before the verb, the clause is that word's adverbial clause instead
  (`subordinator-read-as-preposition`: "joined talks after one of the groups raided a town").
* `acronym-read-as-verb` — an all-capital word opening a sentence with lower-case words, read as its root verb
  with a dictionary verb's past form after it read as a modifier ("ECOWAS imposed sanctions on Mali"): the acronym
  is the subject and the past form the verb (`acronyms.py`).
* `adjective-particle-read-as-modifier` — an adjective right after a verb, labelled the modifier of the verb's
  object with a determiner or numeral of that object after it ("set FREE twenty hostages": English puts the
  determiner and numeral before a noun's adjectives), is the verb's particle, as in the Stanford parser's VP, so
  CAMEO's SET `- * FREE` and the phrasal SET_FREE are found; adjectives English puts before numerals ("additional",
  "other", "further") are left alone (`particles.py`).
* `verb-read-as-plural-noun` — a sentence with no verb whose root is a dictionary verb's third-person form read as a
  plural noun, with a singular noun right before it and a noun phrase right after it ("Army shells rebel positions
  in Donbas"): the form is the finite verb, the noun before it its subject, the phrase after it its object
  (`plural_nouns.py`). In `verb-read-as-modifier` a plural noun with no -s ("police", "people") agrees as a plural
  ("Police fire tear gas at protesters").
* `descriptor-name-apposition` — a descriptor and the proper name right after it ("the militant group
  al-Shabab") split into two subjects, or into a noun root and a relative clause: one subject (`appositions.py`).
* `close-apposition-misattached` (`close_appositions.py`), `subject-read-as-apposition` and
  `trailing-phrase-read-as-root` (`wire_clauses.py`): a long wire sentence's close apposition, subject
  and root put back (docs/evaluation.md, "The PETRARCH-2 long-sentence census (session 15)").

The verb forms are those of the verb dictionaries the coder reads (CAMEO.2.0.txt and the project's
additions, `data/coder_additions.txt`). A repair that would leave the tree other than a tree is not made.
"""
from __future__ import annotations

from . import acronyms, appositions, clauses, close_appositions, datelines, particles, plural_nouns, wire_clauses
from .tree import AUXILIARIES, FINITE_TAGS, MODIFIER_LABELS, NOUN_TAGS, Tree, VerbForms, dictionary_verb_forms
from .verbs import (conj_without_coordinator, disagreeing_verb, subject_as_compound, verb_as_auxiliary,
                    verb_as_modifier)

__all__ = ["Tree", "VerbForms", "dictionary_verb_forms", "repair", "repaired_view"]


def repair(tree: Tree, forms: VerbForms) -> Tree:
    """The sentence's tree with every repair that applies made (`tree.repairs` names them in order). Each
    token is first checked against the cheap condition that opens a rule (a label, a tag, a known form):
    this runs on every sentence."""
    datelines.dateline(tree)
    acronyms.acronym_as_verb(tree, forms)
    appositions.descriptor_name(tree)
    clauses.repair_clauses(tree)
    close_appositions.repair_close_appositions(tree)
    wire_clauses.repair_wire_clauses(tree)
    if tree.tags[tree.root] == "NNS":
        plural_nouns.verb_as_plural_noun(tree, forms)
    known, start = forms.known, tree.start
    deps, tags, pos = tree.deps, tree.tags, tree.pos
    for i in range(start, tree.end):
        dep = deps[i]
        if dep == "aux":
            if tree.words[i] not in AUXILIARIES and verb_as_auxiliary(tree, i):
                deps, tags, pos = tree.deps, tree.tags, tree.pos  # the lists are the tree's own copies now
            continue
        if dep == "conj" and conj_without_coordinator(tree, i):
            deps, tags, pos = tree.deps, tree.tags, tree.pos
        if dep == "amod" and tags[i] == "JJ" and particles.adjective_particle(tree, i):
            deps, tags, pos = tree.deps, tree.tags, tree.pos
        tag = tags[i]
        if tag in FINITE_TAGS and i > start and pos[i] == "VERB":
            before = deps[i - 1]
            if (before == "compound" or tags[i - 1] in NOUN_TAGS) and subject_as_compound(tree, i):
                deps, tags, pos = tree.deps, tree.tags, tree.pos
            if tag == "VBP" and before in MODIFIER_LABELS and disagreeing_verb(tree, i, forms):
                deps, tags, pos = tree.deps, tree.tags, tree.pos
    words, heads = tree.words, tree.heads
    for i in range(start, tree.end):
        if deps[i] in MODIFIER_LABELS and words[i] in known and heads[i] > i and verb_as_modifier(tree, i, forms):
            break  # one finite verb recovered per clause-less stretch; the rest is the verb's object
    return tree


def repaired_view(view, root: int, texts: list[str] | None = None) -> int:
    """Repair the parse a SentenceView (`phrases.py`) holds, before its phrases are built: where a repair
    applies, the view's heads, labels, tags, POS and children become the repaired (copied) lists and
    `view.repairs` names the repairs. `texts`: the Doc's token texts (case kept). Returns the root."""
    tree = repair(Tree(view.words, view.tags, view.pos, view.heads, view.deps, view.start, view.end, root,
                       texts=texts or [], glued=view.glued, kids=view.children), dictionary_verb_forms())
    if not tree.repairs:
        return root
    view.tags, view.pos, view.heads, view.deps = tree.tags, tree.pos, tree.heads, tree.deps
    children = list(view.children)
    for i in range(view.start, view.end):
        children[i] = ()
    for i in range(view.start, view.end):
        h = tree.heads[i]
        if h != i:
            children[h] = children[h] + [i] if children[h] else [i]
    view.children = children
    view.repairs = tree.repairs
    return tree.root
