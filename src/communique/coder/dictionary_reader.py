"""One verb dictionary file read into a `VerbDictionary` (dictionary.py), line by line the PETRARCH-2 way (spec §2.2):
block headers, synset lines (with the profile communique's added members), patterns expanded over the synsets
into the block's trie, verb lines with their forms, and `~` transformations, resolved after the file's verbs.
The per-file state (block, synset, recording) lives in one `FileReader`."""
from __future__ import annotations

from .codes import split_code_field, to_internal
from .dictionary import (Q, SYNSET_END_MARKER, VerbDictionary, VerbDictionaryError, VerbEntry, noun_plural,
                         regular_verb_forms)
from .verb_patterns import (OWNERS, PatternPayload, PatternSyntaxError, Synset, bare_preposition_readings,
                            expand_synsets, names_synset, parse_slots, pattern_owners, slash_alternatives,
                            split_pattern_line, store, tokens, trie_path)


class FileReader:
    """Reads one file into a dictionary, keeping the per-file state (block, synset, recording)."""

    def __init__(self, dictionary: VerbDictionary, source: str, extra_members: dict[str, list[str]] | None = None,
                 bare_prepositions: bool = False, slashes: bool = False):
        self.d = dictionary
        self.bare_prepositions = bare_prepositions
        self.slashes = slashes
        self.source = source
        self.extra_members = extra_members or {}
        self.defined: list[str] = []                 # the synsets this file defines, in order
        self.block: str | None = None
        self.block_code = ""
        self.synset: str | None = None
        self.in_synsets = True
        self.recording = True
        self.pending: list[tuple[int, str]] = []     # transformations, resolved after all verbs
        self.added: dict[str, list[Synset]] = {}     # the members `extra_members` added, by synset label
        self.added_paths: set[tuple[str, ...]] = set()  # (block, path...) holding a copy made through one
        self.own_members: dict[str, list[Synset]] | None = None  # the synsets without them

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
                    before = len(self.d.synsets[label])
                    self.synset_member(member)
                    self.added.setdefault(label, []).extend(self.d.synsets[label][before:])
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
            members.append(Synset((noun_plural(words[0]),)))

    def pattern(self, number: int, raw: str) -> None:
        if not self.recording:
            self.d.stats.patterns_ignored += 1
            return
        if self.block is None:
            raise self.error(number, "a pattern line comes before any '--- NAME [CODE] ---' block header")
        try:
            text, code = split_pattern_line(raw)
            slots = [parse_slots(read) for parts in map(tokens, slash_alternatives(text) if self.slashes else [text])
                     for read in (bare_preposition_readings(parts) if self.bare_prepositions else [parts])]
        except PatternSyntaxError as exc:
            raise self.error(number, str(exc)) from None
        codes = split_code_field(code)
        if codes is None:
            raise self.error(number, f"unknown CAMEO code [{code}]")
        stats = self.d.stats
        stats.pattern_lines += 1
        payload = PatternPayload(codes[0], codes[1], number, raw.strip(), self.source, code)
        trie = self.d.tries.setdefault(self.block, {})
        for pre, post in slots:
            self._store(trie, pre, post, payload)

    def _store(self, trie: dict, pre, post, payload: PatternPayload) -> None:
        """One pattern's slots stored in the block's trie, once per copy its synsets expand to."""
        stats = self.d.stats
        written = self._written_paths(pre, post) if self.added else None
        for pre, post in expand_synsets(pre, post, self.d.synsets):
            stats.patterns_expanded += 1
            path = trie_path(pre, post)
            if self.added:
                self._kept_from_added(trie, path, written, payload)
            if store(trie, path, payload):
                stats.patterns_overwritten += 1
            else:
                stats.patterns_stored += 1

    def _written_paths(self, pre, post) -> set[tuple[str, ...]] | None:
        """The trie paths of a pattern's copies made without the members `extra_members` added; None where the
        pattern names no synset that has any (all its copies are written ones)."""
        if not names_synset(pre, post, self.added):
            return None
        if self.own_members is None:
            self.own_members = {label: [m for m in members if m not in self.added.get(label, [])]
                                for label, members in self.d.synsets.items()}
        return {tuple(trie_path(p, q)) for p, q in expand_synsets(pre, post, self.own_members)}

    def _kept_from_added(self, trie: dict, path: list[str], written: set[tuple[str, ...]] | None,
                         payload: PatternPayload) -> None:
        """Before a copy made through an added member replaces a pattern the block wrote with the member's own
        word (or through the synset's own members), the replaced pattern is kept for the verbs its line's
        comment names and the copy's does not: PHYSICAL_CONFLICT writes `- * DEAL [057]` for STRIKE, and its
        later `- * &TREATY [111]` for ATTACK, copied for the added DEAL, would make "struck a deal" a criticism
        by PETRARCH-2's later-wins rule (match.py reads the kept pattern for a clause of STRIKE). A copy over
        a pattern written for the same verb, over nothing, or over another added member's copy replaces it as
        every pattern does."""
        key = (self.block, *path)
        if written is None or tuple(path) in written:
            self.added_paths.discard(key)
            return
        node = trie
        for step in path:
            node = node.get(step)
            if node is None:
                break
        if node is not None and "#" in node and key not in self.added_paths:
            replaced = node["#"]
            for owner in set(pattern_owners(replaced.text)) - set(pattern_owners(payload.text)):
                node.setdefault(OWNERS, {})[owner] = replaced
        self.added_paths.add(key)

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
