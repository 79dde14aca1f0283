"""One-off converter: PETRARCH-2's CAMEO.2.0.txt verb dictionary -> communique's pattern TSV.

Kept for provenance: it documents how src/communique/data/verb_patterns_petrarch.tsv was made.
Run from the repository root:

    .venv/bin/python tools/convert_petrarch_verbs.py \
        ../shared/reference/petrarch2-dictionaries/CAMEO.2.0.txt \
        src/communique/data/verb_patterns_petrarch.tsv

What it does (see the header it writes, and the counts it prints):
- synonym sets (`&NAME` then `+WORD` lines) become `|` alternatives;
- every verb synonym of a block `---  NAME  [code]  ---` becomes a line with the block's code (or the
  synonym's own `[code]`); `+CALL_OFF` becomes the phrasal trigger `call off`;
- every pattern `- * WORDS [code]  # VERB` becomes context groups for VERB (the verb the pattern was
  written for, when it is a member of the block; otherwise every verb of the block, as PETRARCH does);
  bare particles right after `*`, and a leading preposition in `(...)` right after `*`, join the trigger
  (`look (into allegation)` -> trigger `look into`, context `allegation`); `{A B}` compounds become the
  phrase `a_b`; `$ + % ^` markers and prepositions/articles inside `(...)` are dropped;
- codes: `[A:B]` keeps A (B, the target->source code, goes in the note); `[:B]` patterns are dropped;
- a generic verb (GENERIC_VERBS: "take", "help", "die", "face"...) keeps its patterns with context, but its
  context-free line says `---`: alone, such a verb is far more often no event than its block's code.
"""
from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PARTICLES = {"up", "down", "out", "off", "over", "back", "away", "forward", "aside", "in", "on",
             "together", "through", "by", "around", "along", "apart", "into", "to", "with", "for",
             "against", "from", "at", "about", "upon", "onto", "after", "behind", "across"}
FUNCTION_WORDS = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
                  "about", "against", "as", "and", "or", "over", "under", "upon", "onto", "that",
                  "this", "its", "his", "her", "their", "after", "before", "during", "toward",
                  "towards", "behind", "between", "among", "through", "across", "along", "near"}
CONJUNCTIONS = {"and", "or"}
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"}
MARKERS = {"$", "+", "%", "^"}
MAX_ALTERNATIVES = 400
# Verbs whose PETRARCH block code, with no context, mostly codes ordinary language ("took the bus",
# "helped the economy", "died of cancer", "faces elections"): context-free, they are not events.
GENERIC_VERBS = {"take", "give", "go", "pull", "push", "die", "hurt", "break", "catch", "approach",
                 "leave", "see", "face", "pass", "head", "join", "seek", "express", "handle", "deal", "lead",
                 "engage", "come", "bring", "meet", "run", "turn", "move", "keep", "hold", "get", "make",
                 "put", "set", "carry", "draw", "call", "step", "stand", "fall", "raise", "cover", "work",
                 "show", "reach", "tackle", "treat", "pick", "send", "hit", "open", "close", "end", "start",
                 "begin", "use", "mark", "offer", "share", "serve", "visit", "return", "enter", "cross",
                 "clear"}


@dataclass
class Block:
    name: str
    code: str
    verbs: list[tuple[str, str]] = field(default_factory=list)  # (trigger, code)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)  # (text, code, origin verb)


class Lemmatiser:
    """Noun lemmas as the spaCy model gives them in a sentence, so context words compare with `token.lemma_`."""

    def __init__(self):
        from communique.nlp import load_model

        self.nlp = load_model()
        self.cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        word = word.lower()
        if word not in self.cache:
            doc = self.nlp(f"they saw the {word} .")
            self.cache[word] = doc[3].lemma_.lower() if len(doc) == 5 and word.isalpha() else word
        return self.cache[word]


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = synsets.setdefault(text, [])
        elif text.startswith("+") and current is not None:
            current.append(text[1:].strip())
        elif not text:
            current = None
    return synsets


def read_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    in_verbs = False
    for line in lines:
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs:
            continue
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if header:
            blocks.append(Block(header.group(1), header.group(2)))
        elif line.startswith("-") and blocks:
            body, _, comment = line[1:].partition("#")
            codes = re.findall(r"\[([^\]]*)\]", body)
            if not codes:
                continue
            text = body[: body.index("[")].strip()
            origin = comment.split()[0] if comment.split() else ""
            blocks[-1].patterns.append((text, codes[-1], origin))
        elif re.match(r"^[A-Z+]", line) and blocks:
            body = line.split("#", 1)[0]
            code = re.findall(r"\[([^\]]*)\]", body)
            word = re.sub(r"\{[^}]*\}", " ", body).split()[0]
            blocks[-1].verbs.append((word, code[0] if code else blocks[-1].code))
    return blocks


def known_code(code: str) -> bool:
    from communique.codes import is_valid_code

    return code == "---" or is_valid_code(code)


def split_code(code: str) -> tuple[str | None, str]:
    """`042:043` -> ('042', 'target->source 043'); `:173` -> (None, ...); `080!` -> '080'."""
    code = code.strip().rstrip("!")
    if code == "---":
        return "---", ""
    first, _, second = code.partition(":")
    extra = f"; target->source code {second}" if second and second != first else ""
    return (first or None), extra


def verb_trigger(word: str) -> tuple[str | None, str]:
    """`+CALL_OFF` -> 'call off'; returns (None, reason) where the form cannot be a trigger."""
    parts = [p for p in word.lstrip("+").lower().split("_") if p]
    if not parts:
        return None, "empty verb"
    if parts[0] in AUXILIARIES:
        return None, "verb phrase headed by an auxiliary (IS_..., WILL_...)"
    if any(p in CONJUNCTIONS for p in parts[1:]):
        return None, "coordinated verb phrase (KILLED_AND ...)"
    return " ".join(parts), ""


def tokenise(pattern: str) -> list[str]:
    return re.findall(r"[(){}*$+%^]|[^\s(){}*$+%^]+", pattern)


class PatternConverter:
    def __init__(self, synsets: dict[str, list[str]], lemma: Lemmatiser):
        self.synsets = synsets
        self.lemma = lemma

    def word_alternatives(self, word: str) -> list[str]:
        """One pattern word -> its alternatives, each a phrase of lemmas joined by `_`."""
        members = self.synsets.get(word, None) if word.startswith("&") else [word]
        if members is None:
            raise KeyError(word)
        out = []
        for member in members:
            parts = [p for p in member.lower().split("_") if p]
            if member.endswith("_"):  # PETRARCH: a trailing `_` means "this form only, no inflection"
                out.append("_".join(parts))
            else:  # only the head (last) word of a phrase inflects: "armed_forces" -> "armed_force"
                out.append("_".join(parts[:-1] + [self.lemma(parts[-1])]))
        return list(dict.fromkeys(out))

    def phrase_alternatives(self, words: list[str]) -> list[str]:
        words = [w for w in words if w.lower() not in FUNCTION_WORDS or w.startswith("&")]
        options = [self.word_alternatives(w) if n == len(words) - 1 or w.startswith("&") else [w.lower()]
                   for n, w in enumerate(words)]
        combos = ["_".join(c) for c in itertools.islice(itertools.product(*options), MAX_ALTERNATIVES)]
        return list(dict.fromkeys(combos))

    def convert(self, pattern: str) -> tuple[list[str], list[str]] | str:
        """Pattern text -> (particles, context groups), or a reason string when it cannot be expressed."""
        tokens = tokenise(pattern)
        if "*" not in tokens:
            return "no verb position (*) in pattern"
        star = tokens.index("*")
        before = [t for t in tokens[:star] if t not in MARKERS]
        groups: list[str] = []
        for word in before:
            if word.lower().endswith("ly") or word.lower() in {"not", "never"}:
                groups.append(word.lower())
            else:
                return "words before the verb (subject nouns) cannot be expressed"
        particles, rest = self._leading_particles(tokens[star + 1:])
        groups += self._groups(rest)
        if not groups and not particles:
            return "nothing left after dropping markers and prepositions"
        return particles, groups

    def _leading_particles(self, tokens: list[str]) -> tuple[list[str], list[str]]:
        particles = []
        tokens = [t for t in tokens if t not in MARKERS]
        while tokens and tokens[0].lower() in PARTICLES:
            particles.append(tokens.pop(0).lower())
        if len(tokens) >= 2 and tokens[0] == "(" and tokens[1].lower() in PARTICLES and not particles:
            particles.append(tokens[1].lower())
            tokens = ["("] + tokens[2:]
        return particles, tokens

    def _groups(self, tokens: list[str]) -> list[str]:
        groups, compound = [], None
        for token in tokens:
            if token == "{":
                compound = []
            elif token == "}":
                if compound:
                    groups.append("|".join(self.phrase_alternatives(compound)))
                compound = None
            elif token in "()" or token in MARKERS:
                continue
            elif compound is not None:
                compound.append(token)
            elif token.lower() not in FUNCTION_WORDS:
                groups.append("|".join(self.word_alternatives(token)))
        return [g for g in groups if g]


def block_lines(block: Block, converter: PatternConverter, stats: Counter) -> list[tuple]:
    rows = []
    triggers = {}
    for word, code in block.verbs:
        trigger, reason = verb_trigger(word)
        stats["verbs read"] += 1
        if trigger is None:
            stats[f"verb dropped: {reason}"] += 1
            continue
        triggers[word.lstrip("+").upper()] = trigger
        main, extra = usable_code(code, "verb", stats)
        if main is None:
            continue
        note = f"petrarch verb {word.lstrip('+')} in block {block.name}{extra}"
        if trigger in GENERIC_VERBS and main != "---":
            stats["verb default made --- (generic verb)"] += 1
            main, note = "---", f"{note}; block code {main} dropped: a generic verb alone is no event"
        rows.append((trigger, "-", main, note))
    for text, code, origin in block.patterns:
        stats["patterns read"] += 1
        main, extra = usable_code(code, "pattern", stats)
        if main is None:
            continue
        try:
            result = converter.convert(text)
        except KeyError as missing:
            stats[f"pattern dropped: undefined synonym set {missing}"] += 1
            continue
        if isinstance(result, str):
            stats[f"pattern dropped: {result}"] += 1
            continue
        particles, groups = result
        origin_key = origin.lstrip("+").upper()
        verbs = [triggers[origin_key]] if origin_key in triggers else list(dict.fromkeys(triggers.values()))
        if not verbs:
            stats["pattern dropped: block has no usable verb"] += 1
            continue
        stats["patterns converted"] += 1
        note = f"petrarch block {block.name} pattern '- {' '.join(text.split())}' (from {origin or '?'}){extra}"
        for verb in verbs:
            trigger = " ".join([verb] + particles)
            rows.append((trigger, " ".join(groups) or "-", main, note))
    return rows


HEADER = """# verb_patterns_petrarch.tsv: CAMEO verb patterns converted from PETRARCH-2's CAMEO.2.0.txt
# Origin: petrarch2 dictionaries (CAMEO.2.0.txt, 30 April 2015), Copyright (c) 2015 Open Event Data
# Alliance, MIT licence; converted for communique by tools/convert_petrarch_verbs.py (MIT).
# Format: trigger<TAB>pos<TAB>context<TAB>code<TAB>note -- see src/communique/extract/pattern_files.py.
# The curated verb_patterns.tsv wins over this file at equal specificity.
trigger\tpos\tcontext\tcode\tnote
"""


def convert_file(source: Path, target: Path) -> Counter:
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines[: next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)])
    converter = PatternConverter(synsets, Lemmatiser())
    stats: Counter = Counter()
    seen: set[tuple[str, str]] = set()
    out = [HEADER]
    for block in read_blocks(lines):
        for trigger, context, code, note in block_lines(block, converter, stats):
            key = (trigger, context)
            if key in seen:
                stats["lines dropped: same trigger and context as an earlier line"] += 1
                continue
            seen.add(key)
            out.append(f"{trigger}\tVERB\t{context}\t{code}\t{note}\n")
            stats["lines written"] += 1
    target.write_text("".join(out), encoding="utf-8")
    return stats


def usable_code(code: str, kind: str, stats) -> tuple[str | None, str]:
    """(CAMEO code, note on any extra code), or (None, "") counting why a verb or pattern is dropped."""
    main, extra = split_code(code)
    if main is None:
        stats[f"{kind} dropped: only a target->source code ([:B])"] += 1
        return None, ""
    if not known_code(main):
        stats[f"{kind} dropped: code {main} is not in the CAMEO code table"] += 1
        return None, ""
    return main, extra


def main(argv: list[str]) -> int:
    source, target = Path(argv[1]), Path(argv[2])
    stats = convert_file(source, target)
    for key, count in sorted(stats.items()):
        print(f"{count:6d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
