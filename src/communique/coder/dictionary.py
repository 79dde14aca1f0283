"""The verb dictionary compiled the PETRARCH-2 way (spec §2.2): verb forms, pattern tries, transformations.

`load_verb_dictionary(paths)` reads the package's copy of CAMEO.2.0.txt
(`data/petrarch/CAMEO.2.0.txt`), then each user file in `paths` (the `--verbs` files, same syntax),
once per process per path tuple (in the profile `communique`, the last of them is communique's own
`data/coder_additions.txt`: `additions.verb_files`). With `synset_additions` (the profile's switch of that name),
the members `read_synset_additions` reads from `data/coder_additions_synsets.txt` join their synsets before any
pattern is expanded. Precedence when several files are read, which follows from PETRARCH-2's own rules applied
across files in that order:

* verb forms: the **first** definition of a form wins, so a user file cannot recode a built-in verb
  form by listing it again; it can add new verbs, and add patterns to any block (blocks with the same
  name share one pattern store);
* patterns: a later line with the same trie path overwrites the earlier one, so a user pattern
  replaces a built-in one with the same path; `- * [CODE]` in a block sets the block-wide default
  that applies when nothing longer matches (the way to recode a built-in verb);
* synsets defined in an earlier file can be used in a later one; transformations with the same key
  are overwritten by the later file.

Reading follows PETRARCH-2: `&LABEL`/`+MEMBER` synset lines count only before the
`####### VERB PATTERNS #######` marker (or, in a user file without it, before the first block header);
a line starting `<!` switches pattern recording off for the rest of its file; `~` transformation lines
are resolved after the file's verbs. Two malformed lines of CAMEO.2.0.txt (a stray `)`) keep the stray
text inside a literal word, so those patterns never match, as nothing in them can be verified.

A syntax error in a file raises `VerbDictionaryError` naming the file and the line. The compiled
package dictionary is kept pickled in the user's cache directory (`compiled_cache.py`); a file's lines are read by
`dictionary_reader.py`'s `FileReader`; `stats`
counts what was read and stored (`patterns_expanded == patterns_stored + patterns_overwritten`).
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..data_files import data_path
from ..errors import DataFileError
from .compiled_cache import load_or_build
from .codes import TABLE_FILE
from .verb_patterns import PatternPayload, Synset

BUILTIN_VERBS = "petrarch/CAMEO.2.0.txt"
SYNSET_END_MARKER = "####### VERB PATTERNS #######"
SYNSET_ADDITIONS_FILE = "coder_additions_synsets.txt"  # the profile communique's synset members (switch synset_additions)
Q = -1                     # "any inner code" in a transformation
VOWELS = set("AEIOU")

__all__ = ["PatternPayload", "VerbDictionary", "VerbDictionaryError", "VerbEntry", "load_verb_dictionary",
           "read_verb_dictionary"]


class VerbDictionaryError(DataFileError):
    """A line of a verb dictionary that cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class VerbEntry:
    """One stored verb form: its block meaning and its code (own code, else the block's)."""

    meaning: str | None
    active: int
    passive: int
    verb: str = ""                       # the dictionary line's verb, e.g. "+CORDON_OFF"
    line: int = 0
    source: str = ""
    own_code: bool = False               # the line gives a code of its own ("RESIGN [083]"), not its block's


@dataclass
class LoadStats:
    """How much was read and stored; `patterns_expanded == patterns_stored + patterns_overwritten`."""

    pattern_lines: int = 0
    patterns_expanded: int = 0          # copies after synset expansion
    patterns_stored: int = 0            # distinct trie paths holding a payload
    patterns_overwritten: int = 0       # copies that replaced an earlier identical path
    patterns_ignored: int = 0           # lines after a `<!` line (pattern recording off)
    verb_lines: int = 0
    forms_shadowed: int = 0             # forms already defined earlier (first definition wins)
    transformations: int = 0


@dataclass
class VerbDictionary:
    """Verb forms, one pattern trie per block meaning, and the transformation map."""

    forms: dict[str, dict[tuple[tuple[str, ...], tuple[str, ...]], VerbEntry]] = field(default_factory=dict)
    tries: dict[str, dict] = field(default_factory=dict)
    transformations: dict = field(default_factory=dict)
    synsets: dict[str, list[Synset]] = field(default_factory=dict)
    stats: LoadStats = field(default_factory=LoadStats)

    def lookup(self, form: str, following: Sequence[str] = ()) -> VerbEntry | None:
        """The entry of an upper-cased surface form (§2.2.2): a post-compound whose words are all among
        `following` (the verb's prt/advmod children, upper-cased) beats the plain entry; pre-compound
        entries are never used, and a form with no plain entry and no matching compound has no entry."""
        entries = self.forms.get(form)
        if not entries:
            return None
        best: tuple[int, VerbEntry] | None = None
        for (after, before), entry in entries.items():
            if before:
                continue
            if after and not _follows(after, following):
                continue
            if best is None or len(after) > best[0]:
                best = (len(after), entry)
        return best[1] if best else None

    def patterns(self, meaning: str | None) -> dict:
        """The pattern trie root of a block meaning ({} when the block has no patterns)."""
        return self.tries.get(meaning, {}) if meaning else {}


def _follows(after: tuple[str, ...], following: Sequence[str]) -> bool:
    remaining = list(following)
    for word in after:
        if word not in remaining:
            return False
        remaining = remaining[remaining.index(word) + 1:]
    return True


def load_verb_dictionary(paths: Sequence[Path] = (), synset_additions: Path | None = None,
                         bare_prepositions: bool = False, slash_alternatives: bool = False) -> VerbDictionary:
    """The built-in CAMEO.2.0.txt, then the user's files in order; compiled once per path tuple. With
    `synset_additions` (a file of synset lines, `read_synset_additions`), its members join the synsets of the
    same label before any pattern is expanded; with `bare_prepositions`, a preposition a pattern writes without
    parentheses opens a PP slot (verb_patterns.py `bracket_bare_prepositions`); with `slash_alternatives`, a word
    written `A/B` is read as its alternatives (verb_patterns.py `slash_alternatives`)."""
    extra = Path(synset_additions).resolve() if synset_additions else None
    return _cached(tuple(Path(p).resolve() for p in paths), extra, bare_prepositions, slash_alternatives)


@lru_cache(maxsize=8)
def _cached(paths: tuple[Path, ...], synset_additions: Path | None = None, bare: bool = False,
            slashes: bool = False) -> VerbDictionary:
    package_data = data_path("").resolve()
    if paths and not all(package_data in p.parents for p in paths):
        # the user's files are read on top of a private copy of the compiled built-in dictionary
        base = _cached((), synset_additions, bare, slashes)
        return read_verb_dictionary(paths, pickle.loads(pickle.dumps(base)), synset_additions, bare, slashes)
    files = (data_path(BUILTIN_VERBS), *paths)     # the package's own files: compiled once, kept on disk
    keyed = files + ((synset_additions,) if synset_additions else ())
    modules = (*_COMPILER_MODULES, data_path(TABLE_FILE))
    kind = "verbs" + ("-bare" if bare else "") + ("-slashes" if slashes else "")
    return load_or_build(kind, keyed, modules, lambda: read_verb_dictionary(
        files, synset_additions=synset_additions, bare_prepositions=bare, slash_alternatives=slashes))


_COMPILER_MODULES = tuple(Path(__file__).parent / name
                          for name in ("dictionary.py", "dictionary_reader.py", "verb_patterns.py", "codes.py"))


def read_verb_dictionary(paths: Sequence[Path], into: VerbDictionary | None = None,
                         synset_additions: Path | None = None, bare_prepositions: bool = False,
                         slash_alternatives: bool = False) -> VerbDictionary:
    """Compile exactly these files, in order (no built-in file, no cache), into `into` or a new dictionary.
    The members of `synset_additions` join each synset of their label that a file defines, when that file's
    synsets end and before its patterns."""
    from .dictionary_reader import FileReader  # the reader builds this module's entries

    dictionary = into if into is not None else VerbDictionary()
    extra = read_synset_additions(synset_additions) if synset_additions else {}
    for path in paths:
        FileReader(dictionary, str(path), extra, bare_prepositions, slash_alternatives).read(_lines(path))
    unknown = sorted(set(extra) - set(dictionary.synsets))
    if unknown:
        raise VerbDictionaryError(f"{synset_additions}: no verb dictionary defines the synset {unknown[0]}; "
                                  "add members only to a synset CAMEO.2.0.txt or your --verbs file defines.")
    return dictionary


def read_synset_additions(path: Path) -> dict[str, list[str]]:
    """The `+MEMBER` lines of a synset additions file, under each `&LABEL` (PETRARCH-2's synset syntax; `#`
    starts a comment)."""
    members: dict[str, list[str]] = {}
    label = None
    for number, raw in enumerate(_lines(path), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("&") and len(line.split()) == 1:
            label = line
            members.setdefault(label, [])
        elif line.startswith("+") and label is not None and len(line.split()) == 1:
            members[label].append(line)
        else:
            raise VerbDictionaryError(f"{path}, line {number}: expected '&LABEL' or a '+MEMBER' under one.")
    return members


def _lines(path: Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise VerbDictionaryError(f"Cannot read the verb dictionary {path}: {exc.strerror}.") from exc


# A noun's plural endings as (ending, replacement), in the order a written form is tried without them
# ("PARTIES" -> "PARTY", "EMBARGOES" -> "EMBARGO", "SANCTIONS" -> "SANCTION"): the event-noun and act-noun tables
# (nouns/events.py, nouns/acts.py) find their singular heads by them where the tagger's lemma is wrong.
NOUN_PLURAL_ENDINGS = (("IES", "Y"), ("ES", ""), ("S", ""))


def regular_verb_forms(verb: str) -> list[str]:
    """3sg, past and gerund of a regular verb, PETRARCH's way (no consonant doubling)."""
    if verb.endswith(("S", "X", "Z")):
        third = verb + "ES"
    elif verb.endswith("Y"):
        third = verb[:-1] + "IES"
    else:
        third = verb + "S"
    past = verb + "D" if verb.endswith("E") else verb + "ED"
    if verb.endswith("E") and len(verb) > 1 and verb[-2] not in VOWELS:
        gerund = verb[:-1] + "ING"
    else:
        gerund = verb + "ING"
    return [third, past, gerund]


def noun_plural(word: str) -> str:
    """A synset member's plural: Y -> IES; S -> drop the S, add ES (PRESS -> PRESES, as PETRARCH); else +S."""
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith("S"):
        return word[:-1] + "ES"
    return word + "S"


ES_STEMS = ("S", "X", "Z", "CH", "SH", "O")   # stems whose plural takes -ES


def other_numbers(word: str) -> list[str]:
    """An upper-cased noun's forms in the other number, as spelled candidates: its singulars by
    NOUN_PLURAL_ENDINGS ("BORDERS" -> "BORDER", "PARTIES" -> "PARTY", "CLASHES" -> "CLASH"; -ES only
    after a sibilant or O, so "PLANES" is not "PLAN"), else its plurals as the dictionary generates a synset
    member's (Y -> IES, else +S), with +ES after a sibilant or O ("CLASH" -> "CLASHES")."""
    if not word.isalpha() or len(word) < 3:
        return []
    if word.endswith("S") and not word.endswith("SS"):
        forms = [word[:-len(end)] + repl for end, repl in NOUN_PLURAL_ENDINGS
                 if word.endswith(end) and (end != "ES" or word[:-2].endswith(ES_STEMS))]
    else:
        forms = [noun_plural(word), word + "S"] + ([word + "ES"] if word.endswith(ES_STEMS) else [])
    return [f for f in dict.fromkeys(forms) if f != word and len(f) >= 3]
