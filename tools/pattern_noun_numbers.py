"""How many verb patterns' nouns CAMEO.2.0.txt lists in one number only (issue 10, switch `pattern_noun_numbers`).

    .venv/bin/python tools/pattern_noun_numbers.py [--list]

For each block of the verb dictionary, the head nouns written in its pattern lines (braces' heads and PP objects
included; synsets' members left out, since the dictionary expands those to both numbers itself) are checked for
their other number (coder/dictionary.other_numbers: singulars by dictionary.NOUN_PLURAL_ENDINGS, plurals as the
dictionary spells them) among every word of the block's pattern trie. A noun with none is one that PETRARCH-2's
exact match (spec §2.2.1, §4.3) meets in one number only. The figure is an upper bound: mass nouns ("PEACE") and
words that are no noun are counted too. `--list` prints each (block, noun).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from communique.coder.dictionary import load_verb_dictionary
from communique.coder.dictionary import other_numbers
from communique.coder.verb_patterns import Noun, Prep, parse_slots, split_pattern_line, tokens


def trie_words(node: dict, into: set[str]) -> set[str]:
    for key, child in node.items():
        if key != "#" and isinstance(child, dict):
            into.add(key)
            trie_words(child, into)
    return into


def written_heads(text: str) -> list[str]:
    body, _ = split_pattern_line(text)
    pre, post = parse_slots(tokens(body))
    nouns = [n for slot in pre + post for n in ([slot] if isinstance(slot, Noun) else slot.nouns)]
    return [n.head for n in nouns if n.head.isalpha()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each (block, noun) lacking its other number")
    args = parser.parse_args(argv)
    verbs = load_verb_dictionary()
    nouns: dict[str, set[str]] = defaultdict(set)
    lines: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for block, trie in verbs.tries.items():
        payloads: dict[int, str] = {}
        stack = [trie]
        while stack:
            node = stack.pop()
            for key, child in node.items():
                if key == "#":
                    payloads[child.line] = child.text
                elif isinstance(child, dict):
                    stack.append(child)
        for line, text in payloads.items():
            for head in written_heads(text):
                nouns[block].add(head)
                lines[block][head].add(line)
    total = lacking = 0
    lacking_lines: set[int] = set()
    for block in sorted(nouns):
        words = trie_words(verbs.tries[block], set())
        for noun in sorted(nouns[block]):
            total += 1
            if not any(form in words for form in other_numbers(noun)):
                lacking += 1
                lacking_lines |= lines[block][noun]
                if args.list:
                    print(f"{block}\t{noun}")
    all_lines = {n for block in lines.values() for ls in block.values() for n in ls}
    print(f"{lacking} of {total} (block, written head noun) pairs lack their other number in the block; "
          f"{len(lacking_lines)} of {len(all_lines)} pattern lines with a written head noun have such a noun",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
