"""Acts named by a noun and told by a verb that starts or stops them (profile `communique`, switch
`act_nouns`; issue 10, "hand-written knowledge only where the dictionary is silent").

The CAMEO codebook names many acts by a noun with a verb of imposing and a paired verb of easing: "Impose
curfew" (1723) / "Ease curfew" (0813), "Impose embargo, boycott, or sanctions" (163) / "Ease economic
sanctions, boycott, embargo" (085), "Provide aid" (070) / "Reduce or stop aid" (162). PETRARCH-2's
CAMEO.2.0.txt has patterns for some verbs with these nouns (IMPOSE, LIFT, EASE: "- * CURFEW [0813]") but
news tells the same acts with many others: "extended the curfew", "renewed sanctions", "declared martial
law", "relaxed the blockade", "ended the state of emergency", "halted negotiations". Two tables hold the
phenomenon: data/act_nouns.tsv, each act noun with its START code (put in force, declared, kept, widened;
cooperation given) and its STOP code (lifted, ended, eased, suspended; cooperation cut), from the
codebook's code names; data/act_noun_verbs.tsv, the verbs that start and the verbs that stop an act, a
phrasal verb written VERB_PARTICLE ("CALL_OFF": "called off the strike", "pulled its forces out of Yland").

`act_noun_code` is asked by `sense_tables.SenseTableSteps._object_sense` for a clause no pattern of the dictionary
matched, after the object-senses and silent-verbs tables (the same precedence: a pattern always wins, a
block's default code does not): the verb's object (a passive's subject) is read as a noun phrase, its head
with its modifiers ("MARTIAL LAW") and its prepositional complement ("STATE (OF EMERGENCY)"). The clause
keeps the composer's reading of actors: the subject is the source, the object's or the verb's PP actors the
target ("renewed sanctions on Russia", "extended the curfew in Cairo"), none where the sentence names none;
a negation folds into the code as for a pattern's ("did not renew sanctions": no CAMEO code, dropped). An
object that controls an infinitive or participle complement of the verb is that complement's doer, not what the
verb starts or stops ("ordered the newspaper to suspend publication": the order, not the newspaper's reopening).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...codes import is_valid_code
from ...data_files import data_path, tsv_rows, upper_words
from ...errors import DataFileError
from ..codes import to_internal, to_written
from ..dictionary import NOUN_PLURAL_ENDINGS
from ..phenomena.silent_verbs import verb_forms
from ..phrases import Clause, NounPhrase, SentenceView

NOUNS_FILE = "act_nouns.tsv"
VERBS_FILE = "act_noun_verbs.tsv"
CARRIERS_FILE = "act_noun_carriers.tsv"
KINDS = ("start", "stop")
NONE = "-"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "quantmod"})  # quantmod: "$" of "$2 billion"


@dataclass(frozen=True)
class ActNoun:
    """One row of data/act_nouns.tsv."""
    head: str
    modifiers: tuple[str, ...]  # words that stand before the head in its noun phrase
    complement: tuple[str, str] | None  # (preposition, its object's head) after the head
    start: str  # CAMEO code, "" for none
    stop: str

    @property
    def size(self) -> int:
        return 1 + len(self.modifiers) + (2 if self.complement else 0)

    @property
    def name(self) -> str:
        words = " ".join(self.modifiers + (self.head,))
        return f"{words} ({' '.join(self.complement)})" if self.complement else words


@dataclass(frozen=True)
class ActTables:
    nouns: dict[str, tuple[ActNoun, ...]]  # head -> entries, the most words first
    verbs: dict[str, str]  # verb form -> start | stop
    carriers: frozenset[str] = frozenset()  # nouns of an act's instance ("aid DELIVERIES", "aid PROGRAM")


@lru_cache(maxsize=1)
def act_tables() -> ActTables:
    """The act nouns and the verbs that start or stop them, read once per process."""
    path = data_path(NOUNS_FILE)
    nouns: dict[str, list[ActNoun]] = {}
    for n, parts in tsv_rows(path, "the act noun table"):
        entry = _noun_row(parts) if len(parts) == 4 else None
        if entry is None:
            raise DataFileError(f"{path} line {n}: expected 'NOUN [(PREP OBJECT)]<TAB>START code or -<TAB>"
                                "STOP code or -<TAB>names'.")
        nouns.setdefault(entry.head, []).append(entry)
    vpath = data_path(VERBS_FILE)
    verbs: dict[str, str] = {}
    for n, parts in tsv_rows(vpath, "the act noun verb table"):
        forms = parts[0].split() if parts else []
        lemma, _, particle = forms[0].partition("_") if forms else ("", "", "")
        if len(parts) != 2 or parts[1] not in KINDS or not forms or not (particle == "" or particle.isalpha()) \
                or not all(f.isalpha() and f.isupper() for f in [lemma, *forms[1:]]) or particle != particle.upper():
            raise DataFileError(f"{vpath} line {n}: expected 'VERB[_PARTICLE] [FORMS]<TAB>start|stop'.")
        for form in [lemma, *verb_forms(lemma), *forms[1:]]:
            verbs[f"{form} {particle}" if particle else form] = parts[1]
    carriers = upper_words(CARRIERS_FILE, "the act noun carriers")
    return ActTables({h: tuple(sorted(e, key=lambda x: -x.size)) for h, e in nouns.items()}, verbs, carriers)


AMOUNTS_FILE = "coder_amounts.tsv"


@lru_cache(maxsize=1)
def amount_words() -> frozenset[str]:
    """The heads of an amount or a measure, singular and plural (data/coder_amounts.tsv), read past to their OF or
    IN object: "20 tonnes of food", "$2 billion in assistance" (here), "thousands of troops" (deployments.py)."""
    return frozenset(w for word in upper_words(AMOUNTS_FILE, "the heads of amounts") for w in (word, word + "S"))


def _noun_row(parts: list[str]) -> ActNoun | None:
    phrase, _, rest = parts[0].partition("(")
    words = phrase.split()
    complement = tuple(rest.rstrip(")").split()) if rest else None
    codes = [("" if c == NONE else c) for c in parts[1:3]]
    if not words or (complement is not None and len(complement) != 2) or not any(codes) \
            or not all(c == "" or (is_valid_code(c) and to_internal(c) is not None) for c in codes):
        return None
    return ActNoun(words[-1], tuple(words[:-1]), complement, codes[0], codes[1])


def act_noun_code(view: SentenceView, cl: Clause, nps: list[NounPhrase],
                  partitives: frozenset[str] = frozenset(), measures: frozenset[str] = frozenset()) \
        -> tuple[int, str] | None:
    """(internal code, step) where the clause verb starts or stops the act a noun phrase of `nps` (the
    verb's undergoers) names; None where the verb is no such verb, or no noun phrase names such an act, or
    the act has no code for that kind ("ended the ceasefire"). A noun phrase headed by a partitive noun of
    `partitives` ("part of its aid programme") is read at its OF object too, one headed by a noun of `measures` at
    its OF or IN object ("$2 billion in security assistance"); one headed by a noun of an act's
    instance (data/act_noun_carriers.tsv: "aid deliveries", "its military aid programme") at the act noun
    its compounds name."""
    tables = act_tables()
    kind = next((tables.verbs[key] for word in _particles(cl) if (key := f"{cl.form} {word}") in tables.verbs),
                tables.verbs.get(cl.form))
    if kind is None or (not cl.passive and cl.objects and any(c.dep == "xcomp" for c in cl.complements)):
        return None  # the object is the doer of a complement ("ordered the newspaper to suspend publication")
    for np in nps:
        entry = _entry(view, np.head, np.pps, tables)
        if entry is None and (view.words[np.head] in partitives or view.words[np.head] in measures):
            preps = ("OF", "IN") if view.words[np.head] in measures else ("OF",)  # "$2 billion in aid"
            entry = next((found for pp in np.pps if pp.text in preps and pp.obj is not None
                          for found in [_entry(view, pp.obj.head, pp.obj.pps, tables)] if found), None)
        if entry is None:
            continue
        cameo = entry.start if kind == "start" else entry.stop
        if not cameo:
            return None
        code = to_written(cameo) or 0
        return code, f"addition: {cl.form} {entry.name}, an act noun's {kind} code {cameo} ({code:X})"
    return None


def _particles(cl: Clause) -> list[str]:
    """The words that can make the clause's verb a phrasal verb of data/act_noun_verbs.tsv ("called OFF the
    strike", "pulled its forces OUT of Yland"): its particles, and the first word of each of its PPs, as a
    particle before OF is parsed as the head of a compound preposition."""
    return list(cl.particles) + [pp.text.split(None, 1)[0] for pp in cl.pps if pp.text.strip()]


def _entry(view: SentenceView, head: int, pps, tables: ActTables) -> ActNoun | None:
    """The entry with the most words whose head, modifiers and complement the noun phrase has; for a head
    that names an act's instance (a carrier), the entry its nearest compound names, with that word's own
    modifiers ("military aid programme": MILITARY AID)."""
    kids = {view.words[k] for k in _left_modifiers(view, head)}
    for entry in _head_entries(view, head, tables.nouns):
        if not all(w in kids for w in entry.modifiers):
            continue
        if entry.complement is None or any(
                pp.text == entry.complement[0] and pp.obj is not None and
                entry.complement[1] in singular_forms(view.words[pp.obj.head]) for pp in pps):
            return entry
    # no entry of the head's own fits: a carrier is read at its compound ("aid supplies": AID, though
    # "medical supplies" is an entry of SUPPLY's)
    if not any(form in tables.carriers for form in singular_forms(view.words[head])):
        return None
    compounds = [k for k in view.children[head] if k < head and view.deps[k] == "compound"]
    return _entry(view, compounds[-1], (), tables) if compounds else None


def _left_modifiers(view: SentenceView, head: int) -> list[int]:
    """The modifiers before a head, and theirs in turn ("its military aid": MILITARY modifies AID)."""
    out = []
    for k in view.children[head]:
        if k < head and view.deps[k] in MODIFIER_DEPS:
            out.append(k)
            out.extend(_left_modifiers(view, k))
    return out


def _head_entries(view: SentenceView, head: int, nouns: dict[str, tuple[ActNoun, ...]]) -> tuple[ActNoun, ...]:
    """The entries of the hyphenated word the head ends, written as it stands or closed up ("a cease-fire":
    CEASE-FIRE, then CEASEFIRE), one word in Penn Treebank tokens; else the head's own."""
    whole = view.hyphenated_word(head)
    if whole is not None:
        found = _noun_entries(nouns, whole) or _noun_entries(nouns, whole.replace("-", ""))
        if found:
            return found
    return _noun_entries(nouns, view.words[head])


def _noun_entries(nouns: dict[str, tuple[ActNoun, ...]], word: str) -> tuple[ActNoun, ...]:
    for form in singular_forms(word):
        if form in nouns:
            return nouns[form]
    return ()


def singular_forms(word: str) -> list[str]:
    """The written form, then the form without each plural ending it has (SANCTIONS: SANCTION)."""
    return [word] + [word[: -len(end)] + new for end, new in NOUN_PLURAL_ENDINGS
                     if word.endswith(end) and len(word) > len(end) + 2]
