"""The verb dictionary compiled the PETRARCH-2 way (spec §2.2): verb forms, pattern tries, transformations.

`load_verb_dictionary(paths)` reads the package's copy of CAMEO.2.0.txt
(`data/petrarch/CAMEO.2.0.txt`), then each user file in `paths` (the `--verbs` files, same syntax),
once per process per path tuple. Precedence when several files are read, which follows from
PETRARCH-2's own rules applied across files in that order:

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
package dictionary is kept pickled in the user's cache directory (`compiled_cache.py`); `stats`
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
from .codes import TABLE_FILE, split_code_field, to_internal
from .verb_patterns import (PatternPayload, PatternSyntaxError, Synset, bracket_bare_prepositions, expand_synsets,
                            parse_slots, split_pattern_line, store, tokens, trie_path)

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
                         bare_prepositions: bool = False) -> VerbDictionary:
    """The built-in CAMEO.2.0.txt, then the user's files in order; compiled once per path tuple. With
    `synset_additions` (a file of synset lines, `read_synset_additions`), its members join the synsets of the
    same label before any pattern is expanded; with `bare_prepositions`, a preposition a pattern writes without
    parentheses opens a PP slot (verb_patterns.py `bracket_bare_prepositions`)."""
    extra = Path(synset_additions).resolve() if synset_additions else None
    return _cached(tuple(Path(p).resolve() for p in paths), extra, bare_prepositions)


@lru_cache(maxsize=8)
def _cached(paths: tuple[Path, ...], synset_additions: Path | None = None, bare: bool = False) -> VerbDictionary:
    package_data = data_path("").resolve()
    if paths and not all(package_data in p.parents for p in paths):
        # the user's files are read on top of a private copy of the compiled built-in dictionary
        base = _cached((), synset_additions, bare)
        return read_verb_dictionary(paths, pickle.loads(pickle.dumps(base)), synset_additions, bare)
    files = (data_path(BUILTIN_VERBS), *paths)     # the package's own files: compiled once, kept on disk
    keyed = files + ((synset_additions,) if synset_additions else ())
    modules = (*_COMPILER_MODULES, data_path(TABLE_FILE))
    return load_or_build("verbs-bare" if bare else "verbs", keyed, modules,
                         lambda: read_verb_dictionary(files, synset_additions=synset_additions, bare_prepositions=bare))


_COMPILER_MODULES = tuple(Path(__file__).parent / name for name in ("dictionary.py", "verb_patterns.py", "codes.py"))


def read_verb_dictionary(paths: Sequence[Path], into: VerbDictionary | None = None,
                         synset_additions: Path | None = None, bare_prepositions: bool = False) -> VerbDictionary:
    """Compile exactly these files, in order (no built-in file, no cache), into `into` or a new dictionary.
    The members of `synset_additions` join each synset of their label that a file defines, when that file's
    synsets end and before its patterns."""
    dictionary = into if into is not None else VerbDictionary()
    extra = read_synset_additions(synset_additions) if synset_additions else {}
    for path in paths:
        _Reader(dictionary, str(path), extra, bare_prepositions).read(_lines(path))
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


class _Reader:
    """Reads one file into a dictionary, keeping the per-file state (block, synset, recording)."""

    def __init__(self, dictionary: VerbDictionary, source: str, extra_members: dict[str, list[str]] | None = None,
                 bare_prepositions: bool = False):
        self.d = dictionary
        self.bare_prepositions = bare_prepositions
        self.source = source
        self.extra_members = extra_members or {}
        self.defined: list[str] = []                 # the synsets this file defines, in order
        self.block: str | None = None
        self.block_code = ""
        self.synset: str | None = None
        self.in_synsets = True
        self.recording = True
        self.pending: list[tuple[int, str]] = []     # transformations, resolved after all verbs

    def error(self, number: int, message: str) -> VerbDictionaryError:
        return VerbDictionaryError(f"{self.source}, line {number}: {message}.")

    def read(self, lines: list[str]) -> None:
        for number, raw in enumerate(lines, start=1):
            if raw.startswith("<!"):
                self.recording = False
                continue
            if raw.startswith(SYNSET_END_MARKER):
                self.end_synsets()
                continue
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("---"):
                self.block_header(number, line)
            elif line.startswith("-"):
                self.pattern(number, raw)
            elif line.startswith("~"):
                self.pending.append((number, line))
            elif self.in_synsets and line.startswith("&"):
                self.synset = line.split()[0]
                self.d.synsets[self.synset] = []
                self.defined.append(self.synset)
            elif self.in_synsets and line.startswith("+") and self.synset is not None:
                self.synset_member(line)
            else:
                self.verb_line(number, line)
        self.end_synsets()  # a file of synsets alone
        for number, line in self.pending:
            self.transformation(number, line)

    def block_header(self, number: int, line: str) -> None:
        name, bracket, rest = line.strip("-").partition("[")
        code, closed, _ = rest.partition("]")
        if len(name.split()) != 1 or not bracket or not closed:
            raise self.error(number, "a block header must read '---  NAME  [CODE]  ---'")
        self.block = name.strip()
        self.end_synsets()
        self.block_code = code.strip()
        if split_code_field(self.block_code) is None:
            raise self.error(number, f"unknown CAMEO code [{self.block_code}]")

    def end_synsets(self) -> None:
        """The end of the file's synset lines: the added members join the synsets the file defined."""
        if self.in_synsets:
            for label in self.defined:
                self.synset = label
                for member in self.extra_members.get(label, ()):
                    self.synset_member(member)
        self.synset = None
        self.in_synsets = False

    def synset_member(self, line: str) -> None:
        term = line[1:].split()[0]
        plural = not term.endswith("_")
        term = term.rstrip("_")
        words = tuple(w for w in term.split("_") if w)
        if not words:
            return
        members = self.d.synsets[self.synset]
        members.append(Synset(words))
        if plural and len(words) == 1:
            members.append(Synset((_noun_plural(words[0]),)))

    def pattern(self, number: int, raw: str) -> None:
        if not self.recording:
            self.d.stats.patterns_ignored += 1
            return
        if self.block is None:
            raise self.error(number, "a pattern line comes before any '--- NAME [CODE] ---' block header")
        try:
            text, code = split_pattern_line(raw)
            parts = tokens(text)
            pre, post = parse_slots(bracket_bare_prepositions(parts) if self.bare_prepositions else parts)
        except PatternSyntaxError as exc:
            raise self.error(number, str(exc)) from None
        codes = split_code_field(code)
        if codes is None:
            raise self.error(number, f"unknown CAMEO code [{code}]")
        stats = self.d.stats
        stats.pattern_lines += 1
        payload = PatternPayload(codes[0], codes[1], number, raw.strip(), self.source, code)
        trie = self.d.tries.setdefault(self.block, {})
        for pre, post in expand_synsets(pre, post, self.d.synsets):
            stats.patterns_expanded += 1
            if store(trie, trie_path(pre, post), payload):
                stats.patterns_overwritten += 1
            else:
                stats.patterns_stored += 1

    def verb_line(self, number: int, line: str) -> None:
        if self.block is None:
            raise self.error(number, f"the verb line {line!r} comes before any block header")
        head = line
        code = self.block_code
        own_code = "[" in head
        if own_code:
            head, _, rest = head.partition("[")
            code = rest.partition("]")[0].strip()
        forms_text = None
        if "{" in head:
            head, _, rest = head.partition("{")
            forms_text = rest.partition("}")[0]
        words = head.split()
        if not words:
            raise self.error(number, "a verb line has no verb")
        codes = split_code_field(code)
        if codes is None:
            raise self.error(number, f"unknown CAMEO code [{code}]")
        self.d.stats.verb_lines += 1
        stem = words[0]
        entry = VerbEntry(self.block, codes[0], codes[1], stem, number, self.source, own_code)
        parts = [p for p in stem.split("_") if p]
        verb_at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        if forms_text is None:
            verb = parts[verb_at].lstrip("+")
            surface = [verb, *regular_verb_forms(verb)]
            variants = [parts[:verb_at] + [f] + parts[verb_at + 1:] for f in surface]
        else:
            variants = [parts] + [[p for p in f.split("_") if p] for f in forms_text.replace(",", " ").split()]
        for variant in variants:
            at = next((i for i, p in enumerate(variant) if p.startswith("+")), min(verb_at, len(variant) - 1))
            form = variant[at].lstrip("+")
            key = (tuple(variant[at + 1:]), tuple(variant[:at]))
            slot = self.d.forms.setdefault(form, {})
            if key in slot:
                self.d.stats.forms_shadowed += 1
            else:
                slot[key] = entry

    def transformation(self, number: int, line: str) -> None:
        body = line[1:].replace("(", " ").replace(")", " ")
        left, equals, right = body.partition("=")
        lhs, rhs = left.split(), right.split()
        if not equals or len(lhs) != 5 or len(rhs) != 3:
            raise self.error(number, "a transformation must read '~ a (b c VERB2) VERB1 = x y CODE'")
        outer_source, inner_source, inner_target, inner_verb, outer_verb = lhs
        outer = self.verb_code(number, outer_verb)
        inner = self.verb_code(number, inner_verb)
        if rhs[2] != "Q" and to_internal(rhs[2]) is None:
            raise self.error(number, f"unknown CAMEO code {rhs[2]}")
        leaf = (rhs[0], rhs[1], rhs[2])       # the answer code stays a CAMEO string, or "Q"
        (self.d.transformations.setdefault(outer, {}).setdefault(outer_source, {}).setdefault(inner, {})
         .setdefault(inner_source, {}))[inner_target] = (leaf, number)
        self.d.stats.transformations += 1

    def verb_code(self, number: int, name: str) -> int:
        """A transformation's verb: Q, or the summed own codes of plain entries (W1_W2)."""
        if name == "Q":
            return Q
        total = 0
        for word in name.split("_"):
            entry = self.d.forms.get(word, {}).get(((), ()))
            if entry is None:
                raise self.error(number, f"the transformation names {word}, which is not a verb of the dictionary")
            total += entry.active
        return total


# A noun's plural endings as (ending, replacement), in the order a written form is tried without them
# ("PARTIES" -> "PARTY", "EMBARGOES" -> "EMBARGO", "SANCTIONS" -> "SANCTION"): the event-noun and act-noun tables
# (event_nouns.py, act_nouns.py) find their singular heads by them where the tagger's lemma is wrong.
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


def _noun_plural(word: str) -> str:
    """A synset member's plural: Y -> IES; S -> drop the S, add ES (PRESS -> PRESES, as PETRARCH); else +S."""
    if word.endswith("Y"):
        return word[:-1] + "IES"
    if word.endswith("S"):
        return word[:-1] + "ES"
    return word + "S"
