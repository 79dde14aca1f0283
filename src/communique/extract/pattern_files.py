"""Reading pattern files into a PatternSet: the built-in ones (read once per process) and a user's.

Pattern files are TSV: `trigger<TAB>pos<TAB>context<TAB>code<TAB>note`, `#` comments, one header line.
- trigger: a lemma, optionally followed by particles/prepositions (`call on`, `pull out`) that must be found
  among the trigger's children or in the tokens right after it;
- pos: VERB or NOUN;
- context: `-`, or space-separated groups, each `|`-separated alternatives, each of which must be found among
  the lemmas (or lowercased forms) of the trigger's complement; `air_strike` is a phrase of consecutive
  words; a group prefixed `!` must not occur; a group prefixed `subj:` is looked for in the subject instead
  ("a grenade exploded", "shells landed": the subject of an intransitive verb is what the event is about);
- code: a CAMEO event code with leading zeros, or `---` for "not an event".
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from communique.errors import DataFileError
from communique.extract.patterns import ContextGroup, Pattern, PatternSet

BUILTIN_FILES = (("verb_patterns.tsv", "curated"), ("noun_patterns.tsv", "curated"),
                 ("verb_patterns_petrarch.tsv", "petrarch"))
CODE_SHAPE = re.compile(r"^(---|\d{2,4})$")
SUBJECT_PREFIX = "subj:"


def parse_pattern_file(text: str, name: str, origin: str, first_order: int = 0) -> list[Pattern]:
    """Patterns from TSV text; a bad line raises DataFileError naming the file and the line."""
    patterns = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#") or line.startswith("trigger\t"):
            continue
        try:
            patterns.append(_parse_line(line, origin, first_order + number))
        except ValueError as problem:
            raise DataFileError(f"{name}, line {number}: {problem}") from None
    return patterns


def _parse_line(line: str, origin: str, order: int) -> Pattern:
    fields = line.rstrip("\n").split("\t")
    if len(fields) < 4:
        raise ValueError(f"expected trigger, pos, context, code (and a note) separated by tabs, got {line!r}")
    trigger, pos, context, code = (f.strip() for f in fields[:4])
    if not trigger:
        raise ValueError("empty trigger")
    if pos.upper() not in ("VERB", "NOUN"):
        raise ValueError(f"pos must be VERB or NOUN, not {pos!r}")
    if not CODE_SHAPE.match(code):
        raise ValueError(f"code must be a CAMEO code like 0256 or ---, not {code!r}")
    groups = tuple(_parse_group(g) for g in context.split()) if context not in ("", "-") else ()
    note = fields[4].strip() if len(fields) > 4 else ""
    return Pattern(" ".join(trigger.lower().split()), pos.upper(), groups,
                   None if code == "---" else code, origin, note, order)


def _parse_group(text: str) -> ContextGroup:
    negated = text.startswith("!")
    body = text.lstrip("!").lower()
    in_subject = body.startswith(SUBJECT_PREFIX)
    body = body[len(SUBJECT_PREFIX):] if in_subject else body
    alternatives = tuple(tuple(w for w in alt.split("_") if w) for alt in body.split("|"))
    if not alternatives or any(not alt for alt in alternatives):
        raise ValueError(f"empty alternative in context group {text!r}")
    return ContextGroup(alternatives, negated, in_subject)


@lru_cache(maxsize=1)
def _builtin_patterns() -> PatternSet:
    patterns: list[Pattern] = []
    data = resources.files("communique") / "data"
    for number, (name, origin) in enumerate(BUILTIN_FILES):
        text = (data / name).read_text(encoding="utf-8")
        patterns += parse_pattern_file(text, name, origin, first_order=number * 1_000_000)
    return PatternSet(patterns)


def load_patterns(user_file: Path | None = None) -> PatternSet:
    """The built-in patterns (read once per process), with a user's pattern file layered on top."""
    builtin = _builtin_patterns()
    if user_file is None:
        return builtin
    try:
        text = Path(user_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise DataFileError(f"{user_file}: cannot read the pattern file ({problem})") from None
    return builtin.with_patterns(parse_pattern_file(text, str(user_file), "user", first_order=9_000_000))
