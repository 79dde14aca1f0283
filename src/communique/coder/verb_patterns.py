"""Pattern lines of a PETRARCH verb dictionary -> paths in the block's pattern trie (spec §2.2.4).

A pattern line `- PRE * POST [CODE]  # comment` is parsed into noun slots and PP slots, its synsets are
expanded (one copy per member and per member plural, recursively, §2.2.1), and each copy becomes one
path of keys in the trie of its block meaning:

    PRE nouns   head, then `-` + modifier per modifier, `,` between slots
    PRE PPs     one `|`, then per PP its preposition and nouns (plain noun: `-` + noun;
                braced: head, then `-` + modifiers)
    POST        `*`, POST nouns as PRE nouns, then per PP `|` + preposition and nouns
                (plain: `-` + noun; braced: `-` + head, `-` + modifiers)
    end         `#` -> PatternPayload

`^` is a noun key like any word; `$`, `+`, `%` and `|` are kept as literal words, as PETRARCH-2 does,
so patterns containing them never match. An undefined `&SET` stays a literal word too.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from itertools import product
from typing import Iterator, Union

CONTROL_KEYS = ("-", ",", "|", "*", "#")


@dataclass(frozen=True)
class PatternPayload:
    """What a complete pattern path stores: internal codes and the source line."""

    active: int
    passive: int
    line: int
    text: str
    source: str = ""          # the file the line comes from
    code: str = ""            # the code field as written, e.g. "042:043"


@dataclass(frozen=True)
class Noun:
    """A noun slot: a head word and the modifiers a brace requires (`{M1 M2 H}`)."""

    head: str
    modifiers: tuple[str, ...] = ()
    braced: bool = False


@dataclass(frozen=True)
class Prep:
    """A PP slot `(P N ...)`: the preposition and the nouns its object must have."""

    prep: str
    nouns: tuple[Noun, ...] = ()


Slot = Union[Noun, Prep]


@dataclass(frozen=True)
class Synset:
    """One `&LABEL` member: its words, and whether a plural is generated for it."""

    words: tuple[str, ...]


class PatternSyntaxError(ValueError):
    """A pattern line that cannot be split into slots (unbalanced braces or parentheses)."""


def split_pattern_line(line: str) -> tuple[str, str]:
    """`- PRE * POST [CODE] # comment` -> (pattern text without the leading dash, code field)."""
    body = line.split("#", 1)[0].strip()
    if body.startswith("-"):
        body = body[1:]
    open_at = body.rfind("[")
    close_at = body.rfind("]")
    if open_at < 0 or close_at < open_at:
        raise PatternSyntaxError("the pattern has no [CODE]")
    return body[:open_at].strip(), body[open_at + 1:close_at].strip()


def tokens(text: str) -> list[str]:
    """Split pattern text into top-level tokens: words, `{...}` groups and `(...)` groups."""
    out: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char in "({":
            if depth == 0 and current.strip():
                out.extend(current.split())
                current = ""
            depth += 1
            current += char
        elif char in ")}" and depth == 0:
            current += char          # a stray closer: kept inside a literal word, which never matches
        elif char in ")}":
            depth -= 1
            current += char
            if depth == 0:
                out.append(current.strip())
                current = ""
        elif char.isspace() and depth == 0:
            if current.strip():
                out.append(current.strip())
            current = ""
        else:
            current += char
    if depth:
        raise PatternSyntaxError("unbalanced braces or parentheses")
    if current.strip():
        out.extend(current.split())
    return out


def expand_synsets(pre: list[Slot], post: list[Slot],
                   synsets: dict[str, list[Synset]]) -> Iterator[tuple[list[Slot], list[Slot]]]:
    """Every copy of a parsed pattern with its known `&LABEL`s replaced by members (§2.2.1).

    A member replaces the label where it stands: a lone label becomes a noun slot (a multi-word member
    a brace, its last word the head); a label inside a brace is replaced by the member's words in place.
    The copies are the product over all labels of the pattern, in member order."""
    choices = [_slot_choices(slot, synsets) for slot in pre + post]
    for combination in product(*choices):
        yield list(combination[:len(pre)]), list(combination[len(pre):])


def names_synset(pre: list[Slot], post: list[Slot], synsets: dict[str, list[Synset]]) -> bool:
    """Whether a parsed pattern names any label of `synsets` (as a noun, a brace's word or a PP's noun)."""
    return any(any(_has_label(n, synsets) for n in slot.nouns) if isinstance(slot, Prep) else _has_label(slot, synsets)
               for slot in pre + post)


def _slot_choices(slot: Slot, synsets: dict[str, list[Synset]]) -> list[Slot]:
    if isinstance(slot, Prep):
        if not any(_has_label(noun, synsets) for noun in slot.nouns):
            return [slot]
        return [Prep(slot.prep, nouns) for nouns in product(*(_noun_choices(n, synsets) for n in slot.nouns))]
    return _noun_choices(slot, synsets)


def _has_label(noun: Noun, synsets: dict[str, list[Synset]]) -> bool:
    return noun.head in synsets or any(m in synsets for m in noun.modifiers)


def _noun_choices(noun: Noun, synsets: dict[str, list[Synset]]) -> list[Noun]:
    if not _has_label(noun, synsets):
        return [noun]
    if not noun.braced:
        return [_member_noun(member.words) for member in synsets[noun.head]]
    word_lists: list[list[str]] = [[]]
    for word in (*noun.modifiers, noun.head):
        if word in synsets:
            word_lists = [words + list(m.words) for words in word_lists for m in synsets[word]]
        else:
            word_lists = [words + [word] for words in word_lists]
    return [Noun(words[-1], tuple(words[:-1]), True) for words in word_lists]


def _member_noun(words: tuple[str, ...]) -> Noun:
    return Noun(words[-1], words[:-1], True) if len(words) > 1 else Noun(words[0])


TABARI_MARKERS = ("$", "+", "%")   # stored as literal words; never a head, so such patterns are dead
# English prepositions CAMEO.2.0.txt writes in patterns without the parentheses of a PP slot ("- * INTO [190]",
# "- * FROM &DETENTION [0841]"): 89 lines, which PETRARCH-2 reads as literal noun words that no NP head ever is
BARE_PREPOSITIONS = frozenset("""ABOUT ACROSS AFTER AGAINST ALONG AMONG AROUND AT BEFORE BEHIND BETWEEN BEYOND BY DURING
FOR FROM IN INSIDE INTO NEAR OF ON ONTO OUTSIDE OVER THROUGH TO TOWARD TOWARDS UNDER UPON WITH WITHIN WITHOUT""".split())


SLASHED_WORD = re.compile(r"[A-Z&_'-]+(?:/[A-Z&_'-]+)+")


def slash_alternatives(text: str) -> list[str]:
    """A pattern's text once for each alternative of each word written with slashes (`(BY/WITH SANCTIONS)` ->
    `(BY SANCTIONS)`, `(WITH SANCTIONS)`; `(IN FAVOUR/FAVOR)` -> two spellings): the dictionary's writers meant
    alternatives (the profile communique's reading, switch `slash_alternatives`; PETRARCH-2 keeps the word whole, a
    word no parse has, so the pattern is dead). A text with no such word is returned as it is."""
    found = SLASHED_WORD.search(text)
    if found is None:
        return [text]
    head, tail = text[:found.start()], text[found.end():]
    return [head + word + rest for word in found.group(0).split("/") for rest in slash_alternatives(tail)]


# Of those, the ones English also uses as a verb's particle (spaCy `prt`): "took IN refugees", "took OVER the
# investigation", "took ON the tanks" are phrasal verbs whose particle is no preposition of a PP.
PARTICLE_PREPOSITIONS = frozenset("ABOUT ACROSS ALONG AROUND BY IN ON OVER THROUGH".split())


def bare_preposition_readings(parts: list[str]) -> list[list[str]]:
    """The pattern tokens as `bracket_bare_prepositions` reads them and, where the word right after `*` is a bare
    preposition that is also a verb particle and bracketing changed it (`* IN &REFUGEE`), as written too: the
    lexicographers' line covers both parses, the PP ("took the refugees in") and the particle with its object
    ("took in refugees", read by match.py's particle retry, switch `particle_patterns`)."""
    bracketed = bracket_bare_prepositions(parts)
    if bracketed == parts or "*" not in parts:
        return [bracketed]
    after = parts.index("*") + 1
    if after < len(parts) - 1 and parts[after] in PARTICLE_PREPOSITIONS:
        return [bracketed, parts]
    return [bracketed]


def bracket_bare_prepositions(parts: list[str]) -> list[str]:
    """Pattern tokens with each preposition written bare and followed by a noun made a PP slot with the nouns that
    follow it, up to the next preposition, `*` or slot: `* FROM &DETENTION` -> `* (FROM &DETENTION)`, `* IN HUNGER
    STRIKE` -> `* (IN {HUNGER STRIKE})` (the profile communique's reading of a Quirk: PETRARCH-2 keeps the word as a
    noun that never matches). A preposition with no noun after it (`* SHOCK AT`, `* INTO`) is left as written."""
    out: list[str] = []
    group: list[str] | None = None
    for part in [*parts, None]:
        if group is not None and (part is None or part in BARE_PREPOSITIONS or part == "*" or part.startswith("(")):
            nouns = group[1:]
            if len(nouns) > 1 and all(n.isalpha() for n in nouns):
                nouns = ["{" + " ".join(nouns) + "}"]  # "IN HUNGER STRIKE": the object's head and its modifier
            # a bare preposition with no noun ("- * INTO [192] # MOVE") stays the dead word it is: any PP with it
            # would match ("moved into a new building")
            # and one before a TABARI marker (`- * FROM + [0874]`) too: the profile's marker slots read it as written
            live = nouns and not any(n in TABARI_MARKERS for n in nouns)
            out.extend(["(" + " ".join(group[:1] + nouns) + ")"] if live else group)
            group = None
        if part is None:
            break
        if part in BARE_PREPOSITIONS:
            group = [part]
        elif group is not None:
            group.append(part)
        else:
            out.append(part)
    return out


def parse_slots(parts: list[str]) -> tuple[list[Slot], list[Slot]]:
    """Token list (synsets expanded) -> (PRE slots, POST slots), split at the first `*`."""
    pre: list[Slot] = []
    post: list[Slot] = []
    target = pre
    for part in parts:
        if part == "*" and target is pre:
            target = post
        elif part.startswith("("):
            words = tokens(part[1:-1])
            if not words:
                raise PatternSyntaxError("an empty preposition slot ()")
            target.append(Prep(words[0], tuple(_noun(w) for w in words[1:])))
        else:
            target.append(_noun(part))
    return pre, post


def _noun(token: str) -> Noun:
    if token.startswith("{"):
        words = token[1:-1].replace("{", " ").replace("}", " ").split()
        if not words:
            return Noun("{}", (), True)
        return Noun(words[-1], tuple(words[:-1]), True)
    return Noun(token)


def trie_path(pre: list[Slot], post: list[Slot]) -> list[str]:
    """The keys leading from a block's trie root to the node that holds the pattern's `#`."""
    path: list[str] = []
    _noun_slots(path, [s for s in pre if isinstance(s, Noun)])
    pre_pps = [s for s in pre if isinstance(s, Prep)]
    if pre_pps:
        path.append("|")
        for pp in pre_pps:
            path.append(pp.prep)
            for noun in pp.nouns:
                if noun.braced:
                    path.append(noun.head)
                    for modifier in noun.modifiers:
                        path += ["-", modifier]
                else:
                    path += ["-", noun.head]
    if post:
        path.append("*")
        _noun_slots(path, [s for s in post if isinstance(s, Noun)])
        for pp in (s for s in post if isinstance(s, Prep)):
            path += ["|", pp.prep]
            for noun in pp.nouns:
                path += ["-", noun.head]
                for modifier in noun.modifiers:
                    path += ["-", modifier]
    return path


def _noun_slots(path: list[str], nouns: list[Noun]) -> None:
    for index, noun in enumerate(nouns):
        if index:
            path.append(",")
        path.append(noun.head)
        for modifier in noun.modifiers:
            path += ["-", modifier]


OWNERS = "#owners"  # a trie node's patterns kept for the verbs they were written for (dictionary_reader.py)


def pattern_owners(line: str) -> tuple[str, ...]:
    """The verbs a pattern line's comment names as the ones it was written for ("# CLASH , STRIKE": CLASH and
    STRIKE); CAMEO.2.0.txt writes one after almost every pattern of a block several verbs share."""
    _, hash_, comment = line.partition("#")
    return tuple(w for w in re.split(r"[^A-Z_]+", comment) if len(w) > 1) if hash_ else ()


def store(trie: dict, path: list[str], payload: PatternPayload) -> bool:
    """Put the payload at the end of the path; True if it replaced an earlier pattern (later wins)."""
    node = trie
    for key in path:
        node = node.setdefault(key, {})
    replaced = "#" in node
    node["#"] = payload
    return replaced


# ---- a pattern line's sections (read by match.py and the composer) ----------------------------------

def written_in_line(key: str, payload: PatternPayload) -> bool:
    """The key is a word written in the pattern's own line (not a synset's member)."""
    return re.search(rf"(?<![&\w]){re.escape(key)}(?!\w)", payload.text.split("[", 1)[0]) is not None


def pattern_sections(payload: PatternPayload | str) -> tuple[str, str]:
    """A pattern line's subject (PRE) and object (POST) sections: "- &MILITARY * [192]" -> ("&MILITARY", "")."""
    text = payload if isinstance(payload, str) else payload.text
    body = text.split("[", 1)[0].strip().removeprefix("-")
    pre, _, post = body.partition("*")
    return pre.strip(), post.strip()


def names_object(payload: PatternPayload | str) -> bool:
    """An object section with a word in it, not a bare preposition alone (`- * (TO) [040]` names no object);
    `payload` is a matched pattern or its line."""
    return bool(re.sub(r"\(\w+\)", "", pattern_sections(payload)[1]).strip())


def subject_only(payload: PatternPayload) -> bool:
    """A pattern with a subject noun and nothing after its `*` (`- &MILITARY *`, `- POLICE *`)."""
    pre, post = pattern_sections(payload)
    return bool(pre) and not pre.startswith("(") and not post
