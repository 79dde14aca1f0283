"""The event-noun tables (data/event_nouns.tsv, event_noun_verbs.tsv, coder_episode_nouns.tsv) and how a word of
a sentence finds its entries: by its lemma, its written form, the form without an inflection, or the hyphenated
word it ends; and which entry a noun phrase's premodifiers choose. nouns/events.py places and codes what is found.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...data_files import data_path, tsv_rows, upper_words
from ...errors import DataFileError
from ...nlp import doc_tokens
from ..codes import to_internal
from ..dictionary import NOUN_PLURAL_ENDINGS
from ..phrases import SentenceView

NOUNS_FILE = "event_nouns.tsv"
VERBS_FILE = "event_noun_verbs.tsv"
EPISODES_FILE = "coder_episode_nouns.tsv"
GENITIVE_ROLES = ("agent", "patient", "split")
VERB_KINDS = ("support", "undergo", "occur", "speech")


@dataclass(frozen=True)
class EventNoun:
    """One row of data/event_nouns.tsv."""
    words: tuple[str, ...]  # modifiers, then the head
    code: str  # CAMEO
    genitive: str  # agent | patient | split
    name: str  # the CAMEO manual's name of the code


@dataclass(frozen=True)
class NounTables:
    nouns: dict[str, tuple[EventNoun, ...]]  # head -> entries, longest first
    verbs: dict[tuple[str, str], frozenset[str]]  # (verb lemma, kind) -> required objects ("" for none)
    forms: frozenset[str] = frozenset()  # every written form `noun_entries` finds a head from (`_forms_of`)


@lru_cache(maxsize=1)
def noun_tables() -> NounTables:
    """The event nouns and the support and occurrence verbs, read once per process."""
    path = data_path(NOUNS_FILE)
    nouns: dict[str, list[EventNoun]] = {}
    for n, parts in tsv_rows(path, "the event noun table"):
        if len(parts) != 4 or parts[2] not in GENITIVE_ROLES or to_internal(parts[1]) is None:
            raise DataFileError(f"{path} line {n}: expected 'NOUN<TAB>CAMEO code<TAB>agent|patient|split<TAB>name'.")
        words = tuple(parts[0].split())
        nouns.setdefault(words[-1], []).append(EventNoun(words, parts[1], parts[2], parts[3]))
    vpath = data_path(VERBS_FILE)
    verbs: dict[tuple[str, str], set[str]] = {}
    for n, parts in tsv_rows(vpath, "the event noun verb table"):
        if len(parts) not in (2, 3) or parts[1] not in VERB_KINDS:
            raise DataFileError(f"{vpath} line {n}: expected 'VERB<TAB>support|undergo|occur|speech[<TAB>OBJECT]'.")
        verbs.setdefault((parts[0], parts[1]), set()).add(parts[2] if len(parts) == 3 else "")
    return NounTables({h: tuple(sorted(e, key=lambda x: -len(x.words))) for h, e in nouns.items()},
                      {k: frozenset(v) for k, v in verbs.items()}, _forms_of(nouns))


@lru_cache(maxsize=1)
def episode_nouns() -> frozenset[str]:
    """The nouns of a stretch or a batch of an event, which stand in its place (switch `episode_nouns`)."""
    return upper_words(EPISODES_FILE, "the episode noun table")


def _forms_of(heads) -> frozenset[str]:
    """The heads, and each head inflected as `noun_entries` strips it ("CLASH" -> "CLASHS", "CLASHES";
    "PARTY" -> "PARTIES"), under the same length limit: a written form outside this set finds no head."""
    forms = set(heads)
    for head in heads:
        for end, new in NOUN_PLURAL_ENDINGS:
            if head.endswith(new):
                word = head[:len(head) - len(new)] + end
                if len(word) > len(end) + 2:
                    forms.add(word)
    return frozenset(forms)


PREMODIFIER_DEPS = ("compound", "amod", "nmod")


def entry_of(view: SentenceView, i: int, entries: tuple[EventNoun, ...]) -> EventNoun | None:
    """The longest entry whose modifiers stand before the head in its noun phrase ("AIR STRIKE")."""
    if not entries:
        return None
    mods = [k for k in view.children[i] if k < i and view.deps[k] in PREMODIFIER_DEPS]
    kids = {view.words[k] for k in mods}
    # coordinated premodifiers share the words before them, hung on the first conjunct ("joint air and naval drills")
    kids |= {view.words[g] for k in mods if any(view.deps[c] == "conj" for c in view.children[k])
             for g in view.children[k] if g < k and view.deps[g] in PREMODIFIER_DEPS}
    for entry in entries:
        if all(w in kids for w in entry.words[:-1]):
            return entry
    return None


def lemma_of(view: SentenceView, i: int, lemmas: list[str]) -> str:
    return lemmas[i].upper() if i < len(lemmas) else view.words[i]


# A verb's inflections, (ending, replacement), as dictionary.NOUN_PLURAL_ENDINGS are a noun's: a table word is
# found from its written form where the tagger's lemma is wrong ("staged" -> "stag"; a headline's "Clashes"
# tagged NNPS keeps its -es)
VERB_ENDINGS = (("IED", "Y"), ("IES", "Y"), ("ED", "E"), ("ED", ""), ("ES", ""), ("S", ""), ("ING", "E"),
                ("ING", ""))


def head_entries(view: SentenceView, i: int, nouns: dict, lemmas: list[str]) -> tuple:
    """The entries of the noun at token i: those of the hyphenated word it ends, if the table has it, then its own."""
    return hyphenated_entries(view, i, nouns) or noun_entries(nouns, view.words[i], lemma_of(view, i, lemmas))


def hyphenated_entries(view: SentenceView, i: int, nouns: dict) -> tuple:
    """The entries of the hyphenated word token i ends, one word in Penn Treebank tokens, written as it stands or
    closed up ("a cease-fire": CEASE-FIRE, then CEASEFIRE; "a shoot-out": SHOOTOUT); () where it ends none."""
    whole = view.hyphenated_word(i)
    if whole is None:
        return ()
    return noun_entries(nouns, whole, whole) or noun_entries(nouns, whole.replace("-", ""), whole.replace("-", ""))


def noun_entries(nouns: dict, word: str, lemma: str) -> tuple:
    """The entries of the first of `word_forms(word, lemma, NOUN_PLURAL_ENDINGS)` the table has, else (); the lemma
    and the written form tried before the inflections are stripped (most nouns stop there)."""
    found = nouns.get(lemma)
    if found is None:
        found = nouns.get(word)
    if found is not None:
        return found
    for end, new in NOUN_PLURAL_ENDINGS:  # then the written form without each inflection, in word_forms' order
        if word.endswith(end) and len(word) > len(end) + 2:
            found = nouns.get(word[:-len(end)] + new)
            if found is not None:
                return found
    return ()


def word_forms(word: str, lemma: str, endings) -> list[str]:
    """The lemma, the written form, then the written form without each inflection it ends with."""
    forms = [lemma, word]
    forms.extend(word[:-len(end)] + new for end, new in endings if word.endswith(end) and len(word) > len(end) + 2)
    return list(dict.fromkeys(forms))


def sentence_lemmas(sent) -> list[str]:
    """The lemmas of the sentence's Doc (doc-wide list, index by token)."""
    return doc_tokens(sent.doc).lemma
