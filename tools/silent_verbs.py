"""The verbs CAMEO's own code names use that PETRARCH-2's verb dictionary has no entry for (issue 10).

    .venv/bin/python tools/silent_verbs.py [--codefile FILE] [--text FILE] [--all]
    .venv/bin/python tools/silent_verbs.py --names [--codefile FILE | --text FILE]
    .venv/bin/python tools/silent_verbs.py --forms [--list]

Reads the code names of the CAMEO codebook (`../shared/reference/CAMEO_codefile.txt`, lines
`LABEL: 0231= Appeal for economic aid`), lemmatises them with the project's spaCy model, and prints each
verb lemma with no entry in CAMEO.2.0.txt (nor in communique's additions, `data/coder_additions.txt`), with
the codes whose names contain it. With `--text FILE` (a plain-text corpus you write yourself, one sentence a
line) the verbs of that corpus are listed instead, with their counts. `--all` also prints the verbs that do
have an entry. This is the census behind `data/coder_silent_verbs.tsv`: a verb is added there only where a
code name contains it, and the table is consulted only where no pattern coded the clause.
`--names` lists the code names whose own phrase, said of an actor ("Xland sign formal agreement."), gets no
code of the name's CAMEO root from the dictionary: the verb (and object) a code's name uses, unknown to it;
`--names --text FILE` the sentences of a corpus whose main verb the dictionary (with the silent-verb table and
the spellings) gives no code.
`--forms` is the census behind the switch `english_inflections`: for each verb line of CAMEO.2.0.txt plus the
additions, the standard English forms (`coder/silent_verbs.english_forms`) the dictionary has no entry for, by
kind (a doubled consonant, -CHES / -SHES, vowel + Y, -UE / -IE, consonant + O, -IC); `--list` prints each verb.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.coder.additions import additions_path  # noqa: E402
from communique.coder.dictionary import load_verb_dictionary  # noqa: E402
from communique.nlp import load_model  # noqa: E402
from communique.settings import Settings  # noqa: E402

CODEFILE = REPO.parent / "shared" / "reference" / "CAMEO_codefile.txt"
LABEL = re.compile(r"^LABEL[iI]?:\s*(\d+)[a-z]?\s*=\s*(.+)$")


def code_names(path: Path) -> list[tuple[str, str]]:
    """(code, name) of every LABEL line of the codebook file."""
    out = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = LABEL.match(line.strip())
        if m:
            out.append((m.group(1), m.group(2).strip()))
    return out


def verb_lemmas(nlp, texts: list[str]) -> list[list[tuple[str, str]]]:
    """The (lemma, surface form) of each verb of each text, upper case. A code name is an imperative
    ("Appeal for aid"), which the tagger often reads as a noun: it is parsed as "They <name>."."""
    out = []
    for doc in nlp.pipe(texts):
        out.append([(t.lemma_.upper(), t.text.upper()) for t in doc if t.pos_ == "VERB" and t.lemma_.isalpha()])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--codefile", type=Path, default=CODEFILE)
    parser.add_argument("--text", type=Path, help="a corpus you wrote, one sentence a line")
    parser.add_argument("--all", action="store_true", help="also the verbs the dictionary has")
    args = parser.parse_args(argv)
    nlp = load_model(Settings.build(env={}).model)
    verbs = load_verb_dictionary((additions_path(),))
    where: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    silent_forms: dict[str, set[str]] = defaultdict(set)  # a lemma the dictionary has, an inflection it lacks
    if args.text:
        lines = [s.strip() for s in args.text.read_text(encoding="utf-8").splitlines() if s.strip()]
        for lemmas in verb_lemmas(nlp, lines):
            for lemma, form in lemmas:
                counts[lemma] += 1
                if verbs.lookup(form) is None:
                    silent_forms[lemma].add(form)
    else:
        names = code_names(args.codefile)
        for (code, name), lemmas in zip(names, verb_lemmas(nlp, [f"They {n[:1].lower()}{n[1:]}." for _, n in names])):
            for lemma, _ in lemmas:
                counts[lemma] += 1
                where[lemma].add(code)
    for lemma, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        known = verbs.lookup(lemma) is not None
        forms = sorted(silent_forms.get(lemma, ())) if known else []
        if known and not forms and not args.all:
            continue
        status = "NO ENTRY" if not known else f"no entry for {' '.join(forms)}" if forms else "entry"
        codes = " ".join(sorted(where.get(lemma, ())))
        print(f"{lemma}\t{n}\t{status}\t{codes}")
    return 0




def uncoded_names(nlp, verbs, names: list[tuple[str, str]]) -> list[tuple[str, str, str, str, str]]:
    """(code, name, verb, object head, what the dictionary gave) for each code name whose own phrase, said
    of an actor ("Xland <name>."), gets from PETRARCH's dictionary no code of the name's CAMEO root."""
    from communique.coder.match import match_verb
    from communique.coder.phrases import phrase_view

    out = []
    for code, name in names:
        doc = nlp(f"Xland {name[:1].lower()}{name[1:]}.")
        view = phrase_view(next(iter(doc.sents)))
        root = next((cl for cl in view.clauses.values() if cl.dep == "ROOT"), None)
        if root is None or doc[root.verb].pos_ != "VERB":
            continue
        found = match_verb(root, view, verbs)
        from communique.coder.codes import to_cameo

        given = to_cameo(found.code) or "" if found.code else ""
        if given[:2] == code[:2]:
            continue
        obj = view.words[root.objects[0].head] if root.objects else ""
        out.append((code, name, root.form, obj, given or "none"))
    return out


def uncoded_sentences(nlp, verbs, lines: list[str]) -> list[tuple[str, str]]:
    """(verb form, sentence) of each sentence whose main verb the dictionary gives no code: no entry, or a
    block with no code of its own and no pattern for this clause (spelling variants and English inflections
    tried as the coder does)."""
    from communique.coder.match import match_verb
    from communique.coder.phrases import phrase_view
    from communique.coder.phenomena.silent_verbs import dictionary_stem, silent_verb_code, spelling_variants

    out = []
    for doc in nlp.pipe(lines):
        view = phrase_view(next(iter(doc.sents)))
        root = next((cl for cl in view.clauses.values() if cl.dep == "ROOT"), None)
        if root is None:
            continue
        forms = [root.form] + spelling_variants(root.form) + [f for f in (dictionary_stem(root.form, verbs),) if f]
        codes = [match_verb(replace(root, form=f), view, verbs).code for f in forms]
        objects = [view.words[np.head] for np in root.objects] + [""]
        if not any(codes) and not any(silent_verb_code(root.form, o) for o in objects):
            out.append((root.form, doc.text))
    return out


def names_main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="code names whose own phrase the dictionary does not code")
    parser.add_argument("--codefile", type=Path, default=CODEFILE)
    parser.add_argument("--text", type=Path, help="instead: the sentences of this corpus whose main verb gets no code")
    args = parser.parse_args(argv)
    nlp = load_model(Settings.build(env={}).model)
    verbs = load_verb_dictionary((additions_path(),))
    if args.text:
        lines = [s.strip() for s in args.text.read_text(encoding="utf-8").splitlines()
                 if s.strip() and not s.startswith("#")]
        rows = uncoded_sentences(nlp, verbs, lines)
        for form, text in rows:
            print(f"{form}\t{text}")
        print(f"{len(rows)} of {len(lines)} sentences: no code for the main verb", file=sys.stderr)
        return 0
    for row in uncoded_names(nlp, verbs, code_names(args.codefile)):
        print("\t".join(row))
    return 0


def form_kind(verb: str, form: str) -> str:
    """The spelling rule PETRARCH-2's generator misses for this form of this verb."""
    if form.endswith(("CHES", "SHES")):
        return "3sg -CHES / -SHES"
    if form.endswith("OES"):
        return "3sg consonant + O: -OES"
    if verb.endswith("Y") and form.endswith(("IED", "IES")):
        return "consonant + Y: -IED"
    if verb.endswith("Y") and form.endswith("YS"):
        return "3sg vowel + Y: -YS"
    if verb.endswith("IE") and form.endswith("YING"):
        return "gerund -IE: -YING"
    if verb.endswith("E") and form.endswith("ING"):
        return "gerund -UE: -UING"
    if verb.endswith("IC"):
        return "-IC: -ICKED / -ICKING"
    if verb.endswith("L") and form[len(verb)] == "L":
        return "final L doubled (British)"
    if len(form) > len(verb) and form[len(verb)] == verb[-1]:
        return "consonant doubled"
    return "other"


def forms_main(argv: list[str] | None = None) -> int:
    """The census of the verb forms PETRARCH-2's regular-form rule misses."""
    from communique.coder.phenomena.silent_verbs import PAST, english_forms, verb_word
    from communique.coder.dictionary import regular_verb_forms

    parser = argparse.ArgumentParser(description="standard English verb forms the dictionary lacks")
    parser.add_argument("--list", action="store_true", help="print every verb of each kind")
    args = parser.parse_args(argv)
    verbs = load_verb_dictionary((additions_path(),))
    lines: dict[tuple[str, int], tuple[str, bool]] = {}
    n_forms = Counter((e.source, e.line) for slot in verbs.forms.values() for e in slot.values())
    for form, slot in verbs.forms.items():
        for key, entry in slot.items():
            word = verb_word(entry.verb)
            if n_forms[(entry.source, entry.line)] == 1:
                continue  # `{}`: the line wants its word alone ("KILLED {}", "IS {}")
            if form == word:
                regular = all(verbs.forms.get(f, {}).get(key) == entry for f in regular_verb_forms(word))
                lines.setdefault((entry.source, entry.line), (word, regular))
    kinds: dict[str, set[str]] = defaultdict(set)
    lacking = Counter()
    for word, regular in lines.values():
        first = {}
        for slot, form in english_forms(word):  # a slot's first spelling (an L verb's second is American)
            first.setdefault(slot, form)
        for slot, form in first.items():
            if form in verbs.forms or not (regular or slot != PAST):
                continue
            kinds[form_kind(word, form) if regular else
                  f"{('3sg', '', 'gerund')[slot]} not among the forms a line lists"].add(word)
            lacking[word] += 1
    n_regular = sum(1 for _, r in lines.values() if r)
    print(f"{len(lines)} verb lines ({n_regular} with PETRARCH's regular forms); "
          f"{len(lacking)} verbs lack {sum(lacking.values())} standard forms")
    for kind, words in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print(f"{kind}\t{len(words)}" + (f"\t{' '.join(sorted(words))}" if args.list else ""))
    return 0


if __name__ == "__main__":
    modes = {"--names": names_main, "--forms": forms_main}
    raise SystemExit(modes[sys.argv[1]](sys.argv[2:]) if sys.argv[1:2] and sys.argv[1] in modes else main())
