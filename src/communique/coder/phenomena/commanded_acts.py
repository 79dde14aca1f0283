"""The act an authority commands or enacts is that act, done by the one commanding it (profile `communique`, switch
`commanded_acts`; session 42, branch orders42).

News tells a closure, a ban, a dismissal, a demolition, a pardon as the order, the decree or the law that makes it,
and the CAMEO codebook codes the act commanded by the one with the power to command it (172-175, 1711, 1712, 0841,
073), not the speech act of ordering (ORDER's 100, DECREE's 010, SIGN `- * DECREE [100]`, PASS's 080). Issue 10's
item 3: a clause's code from its verb's pattern and its inner clause's meaning. Three frames, read from
data/coder_commanded_acts.tsv where CAMEO.2.0.txt is silent:
* an enactment noun whose participle or relative clause names its act, the object of a verb that makes it take
  effect: "the president signed a decree dismissing 120 judges", "parliament passed a law that bans ...", "issued
  an order suspending mobile internet", "passed a law making it a crime to ..." -- the inner clause's act (its own
  code where that is an act of coercion, reduced relations or easing, else its verb's commanded sense), the enactor
  as source, the inner clause's object as target (`enacted_acts`, asked before the clause's own verb);
* a directive verb's object noun of an act: "ordered the demolition of 200 homes", "decreed the lifting of the
  curfew" -- the noun's code (or the act noun's stop code under LIFTING), the noun's OF object its target
  (`commanded_noun`, asked where no pattern of the directive verb matched);
* a declaration that opens state relief: "declared the flooded districts a disaster zone", "declared a state of
  calamity" -- 073 by the declarer (`declared_relief`).
`ordered_acts.py`'s participle and infinitive frames ask `commanded_sense` for a verb whose own code is no act
of the table's roots ("ordered the resort closed": CLOSE's sense 172; "ordered the resort closed" parsed with the
resort as the order's object), and `closed_addressee` for an infinitive of closing told to an addressee under the
orderer (no actor code, or its own state's schools, firms, media: "directed the schools to close"). The dictionary
goes first: a pattern of the clause's verb, or of the object noun's own verb, that reads the noun as another act (a
withdrawal, a cut of aid) leaves it so. A negated clause is left to the negation.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...data_files import data_path, kinded_words
from ..code_tokens import phrase_tokens, tagged
from ..nouns.acts import act_noun_code
from ..codes import to_cameo, to_written
from ..phrase_builder import Builder
from ..phrases import Clause, NounPhrase
from ..resolve import Event
from .silent_verbs import lemma_row_forms

COMMANDED_ACTS_FILE = "coder_commanded_acts.tsv"
KINDS = ("directive", "sense", "noun", "enacting", "enactment", "crime", "declared", "subject_roles")
ACT_ROOTS = frozenset({"07", "08", "16", "17"})  # the acts an authority does by commanding them (ordered_acts.tsv)
RELIEF = "073"
SANCTION = "172"  # administrative sanctions, 1721-1724 below it
INNER_DEPS = frozenset({"acl", "relcl"})
NOUN_ACTS = ("17", "081", "085")  # the acts an order's noun names as the orderer's own (16: ordered_acts.py)
# nouns of stopping: "the lifting of the curfew", "the suspension of the newspaper" are the act noun's stop code
STOPPING_NOUNS = frozenset({"LIFTING", "REMOVAL", "EASING", "SUSPENSION", "CLOSURE", "SHUTDOWN"})


def _coded_forms(words: list[str], code: str) -> list[tuple[str, str]]:
    return [(form, code) for form in lemma_row_forms(words)]


@lru_cache(maxsize=1)
def commanded_tables() -> dict[str, frozenset]:
    """kind -> words (or (form, code) pairs for `sense` and `noun`) of data/coder_commanded_acts.tsv."""
    forms = {kind: lemma_row_forms for kind in ("directive", "enacting")}
    return kinded_words(data_path(COMMANDED_ACTS_FILE), "the coder's commanded acts", KINDS, widths=(2, 3),
                        rows={**forms, "sense": _coded_forms,
                              "noun": lambda words, code: [(w, code) for w in words],
                              "declared": lambda words: [tuple(words)]})


def _codes(kind: str) -> dict[str, str]:
    return dict(commanded_tables()[kind])


def _root(code) -> str:
    return (to_cameo(code) or "")[:2]


def commanded_sense(form: str) -> tuple[int, str] | None:
    """(internal code, step) of a verb form's act where an authority commands it ("closed": 172), None elsewhere."""
    cameo = _codes("sense").get(form)
    if cameo is None:
        return None
    return to_written(cameo), f"addition: {form} commanded by an authority, its act {cameo} (commanded_acts)"


def closed_addressee(composer, inf: Clause, orderers: list, orderer_heads, addressees: list[NounPhrase],
                     codes: list[str]) -> list | None:
    """The events of a closure an authority orders of an addressee under it, one no actor code names (a site, a
    plant) or one of its own state with a role of the table's `subject_roles` (schools, firms, media): "directed all
    private schools to close", "ordered the plant to shut" -- the infinitive's commanded sense where it is an
    administrative sanction (172x) and the infinitive has no object of its own (the addressee closes itself), the one
    ordering as source; None elsewhere (another state told to close is a demand; a release or an arrest ordered of
    an unnamed addressee may be another's act: ordered_acts.py's own-agent rule)."""
    sense = commanded_sense(inf.form)
    if inf.negated or inf.objects or sense is None or not (to_cameo(sense[0]) or "").startswith(SANCTION) \
            or not all(_subject_of(code, orderers) for code in codes):
        return None
    composer.ordered_verbs.add(inf.verb)  # not coded again as a clause of its own (sentence.py)
    steps = (f"verb: {inf.form}", sense[1], f"addition: {inf.form} ordered of an addressee with no actor, its closure")
    return [Event(tuple(orderers), "", sense[0], inf.verb, None, steps, tuple(orderer_heads),
                  tuple(phrase_tokens(addressees)))]


def _subject_of(addressee: str, orderers: list[str]) -> bool:
    """The addressee is of an orderer's state with a role of the table's `subject_roles` ("TZAEDU" of "TZAGOV")."""
    return any(len(o) >= 3 and addressee[:3] == o[:3] for o in orderers) \
        and addressee[3:6] in commanded_tables()["subject_roles"]


def inner_act_code(composer, act: Clause) -> tuple[int, str, tuple] | None:
    """(code, step, matched pattern text or None) of the act an inner clause names: its own code where that is an
    act of the table's roots, the verb's commanded sense where not, a criminalised act for "making it a crime to"."""
    if act.negated:
        return None
    view = composer.view
    active = replace(act, subjects=[], subject_candidates=[], upper=[], passive=False, auxiliaries=[])
    m = composer.matched_clause(active)
    if m.code and _root(m.code) in ACT_ROOTS:
        return m.code, f"verb: {act.form} {m.code:X}", m.pattern.text if m.pattern is not None else None
    if _criminalising(view, act):
        return to_written("172"), f"addition: {act.form} it a crime, a criminalised act 172 (commanded_acts)", None
    sense = commanded_sense(act.form)
    return (*sense, None) if sense is not None else None


def _criminalising(view, act: Clause) -> bool:
    """"making it a crime / an offence / illegal to ...": MAKE with a predicate of the table's `crime` words."""
    if view.words[act.verb] not in ("MAKE", "MAKES", "MAKING", "MADE"):
        return False
    crimes = commanded_tables()["crime"]
    return any(view.words[k] in crimes or any(view.words[j] in crimes for j in view.children[k])
               for k in view.children[act.verb])


def enacted_acts(composer, cl: Clause, upper_source) -> list | None:
    """The events of the act an enactment noun names, the object of a verb of enacting ("signed a decree dismissing
    120 judges": 172 by the signer), or None (module docstring)."""
    tables = commanded_tables()
    if cl.form not in tables["enacting"] or cl.passive or cl.negated:
        return None
    view = composer.view
    for obj in cl.objects:
        if view.words[obj.head] not in tables["enactment"]:
            continue
        for act in _inner_clauses(view, cl, obj):
            found = inner_act_code(composer, act)
            if found is None:
                continue
            up, up_heads = upper_source()
            if not up and cl.upper:
                up, up_heads = composer.upper_codes(cl.upper), phrase_tokens(cl.upper)
            if not up:
                return None
            code, step, pattern = found
            return _events(composer, act, up, up_heads, code, pattern,
                           (f"verb: {cl.form} {view.words[obj.head]}", step,
                            f"addition: {cl.form} {view.words[obj.head]} {view.words[act.verb]}, the enacted act"))
    return None


def _inner_clauses(view, cl: Clause, obj: NounPhrase) -> list[Clause]:
    """The clauses that say what an enactment does: its participle or relative ("a decree dismissing", "a law that
    bans"), or a participle hung on the enacting verb with no subject of its own ("passed a law on Wednesday
    making it a crime": the parser's `advcl`)."""
    heads = [k for k in view.children[obj.head] if view.deps[k] in INNER_DEPS]
    heads += [k for k in view.children[cl.verb] if view.deps[k] == "advcl" and view.tags[k] == "VBG"
              and not any(view.deps[j] in ("nsubj", "nsubjpass", "mark") for j in view.children[k])]
    return [view.clauses[k] if k in view.clauses else Builder(view).clause(k, view.deps[k]) for k in heads]


def _events(composer, act: Clause, sources, source_heads, code, pattern, steps) -> list:
    """One event of `code` per patient of the inner clause's objects (none named: no target), sources the enactor."""
    patients = [(tagged(found, phrase_tokens([np])), phrase_tokens([np]))
                for np in act.objects if (found := composer.reader.meaning(np))]
    composer.ordered_verbs.add(act.verb)  # not coded again as a clause of its own (sentence.py)
    targets = [(t, heads) for found, heads in patients for t in found] or [("", ())]
    steps += (f"pattern: {pattern}",) if pattern else ()
    return [Event(tuple(sources), t, code, act.verb, pattern, steps, tuple(source_heads), tuple(heads))
            for t, heads in targets]


def commanded_noun(composer, cl: Clause) -> tuple[Clause, int, str] | None:
    """(the clause with the act noun's OF object as its object, the code, the step) where a directive verb's object
    is a noun of an act ("ordered the demolition of 200 homes": 1712), or the lifting of an act noun's act ("decreed
    the lifting of the curfew": its stop code, 0813); None elsewhere."""
    tables = commanded_tables()
    if cl.form not in tables["directive"] or cl.passive:
        return None
    view, nouns = composer.view, _codes("noun")
    spoken: list = []  # the codes the noun's own verb reads ("the suspension of budget support to X": SUSPEND's 1621)
    if (read := composer._nominal(cl, light=True, accept=lambda code: spoken.append(code) or _orderers_own(code))):
        as_verb, m, step = read  # the dictionary first: the noun's verb's pattern names an act of the orderer's own
        return as_verb, m.code, f"{step}, ordered by {cl.form} (commanded_acts)"
    if spoken:
        return None  # the dictionary reads the noun as another act (a withdrawal, a cut of aid: ordered_acts.py's)
    for np in cl.objects:
        word = view.words[np.head]
        of = next((pp for pp in np.pps if pp.text == "OF" and pp.obj is not None), None)
        if word in STOPPING_NOUNS and of is not None and composer.act_nouns:
            stopped = replace(cl, form="LIFT", objects=[of.obj], complements=[])
            found = act_noun_code(view, stopped, [of.obj])
            if found is not None and _orderers_own(found[0]):
                return _as_object(cl, np, of), found[0], f"{found[1]}, ordered by {cl.form} (commanded_acts)"
        if word in nouns and not (of is not None and _names_act(view, cl, of.obj)):
            code = to_written(nouns[word])
            step = f"addition: {cl.form} the {word}, the commanded act {nouns[word]} (commanded_acts)"
            return (_as_object(cl, np, of) if of is not None else cl), code, step
    return None


def _names_act(view, cl: Clause, np: NounPhrase) -> bool:
    """The noun phrase names an act of data/act_nouns.tsv ("the suspension of budget support": aid, whose suspension
    is a reduction of relations, read as ordered_acts.py reads it), not a thing the commanded act falls on."""
    return any(act_noun_code(view, replace(cl, form=verb, objects=[np], complements=[]), [np]) is not None
               for verb in ("IMPOSE", "LIFT"))


def _orderers_own(code) -> bool:
    """An act a noun names that only the one ordering it can do: coercion, easing its own
    sanctions (`NOUN_ACTS`; reduced relations are ordered_acts.py's `ordered_noun_act`); a withdrawal or a release named by a noun may be another's (a demand)."""
    return (to_cameo(code) or "").startswith(NOUN_ACTS)


def _as_object(cl: Clause, np: NounPhrase, of) -> Clause:
    """The clause with the noun's OF object in the noun's place ("the demolition of homes": demolished homes)."""
    objects = [o for o in cl.objects if o is not np] + [of.obj]
    return replace(cl, objects=objects, pps=list(cl.pps) + [p for p in np.pps if p is not of])


def declared_relief(view, cl: Clause) -> tuple[int, str] | None:
    """(073, step) where DECLARE's object or predicate is a noun phrase of the table's `declared` words: a head with
    its modifiers ("declared the districts a disaster zone") or one word as STATE's OF object ("declared a state
    of calamity"); None elsewhere."""
    if not cl.form.startswith("DECLAR") or cl.negated:
        return None
    rows = commanded_tables()["declared"]
    near = [k for c in view.children[cl.verb] for k in (c, *view.children[c])]
    for k in near:
        if not view.tags[k].startswith("NN"):
            continue
        words = tuple(view.words[j] for j in view.children[k] if j < k and view.deps[j] in ("compound", "amod")) \
            + (view.words[k],)
        of = [view.words[o] for p in view.children[k] if view.words[p] == "OF" for o in view.children[p]] \
            if view.words[k] == "STATE" else []
        if any(len(row) > 1 and words[-len(row):] == row for row in rows) or any((w,) in rows for w in of):
            named = " ".join(words + tuple(f"OF {w}" for w in of))
            return to_written(RELIEF), f"addition: {cl.form} {named}, state relief opened (commanded_acts)"
    return None
