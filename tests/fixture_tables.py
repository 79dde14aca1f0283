"""The sentence tables of tests/fixtures/ (sentences we wrote, with what the coder must make of them): one row
a line, fields separated by tabs; blank lines and lines starting with `#` are skipped."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TOOLS = Path(__file__).resolve().parents[1] / "tools"
PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})  # PLOVER 2.0's


def project_tool(name: str):
    """The module of tools/<name>.py (the tools are scripts, not a package), loaded afresh."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fixture_rows(name: str) -> list[tuple[str, ...]]:
    """The rows of tests/fixtures/<name>, each a tuple of its tab-separated fields."""
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def padded_rows(path: Path, width: int) -> list[tuple[str, ...]]:
    """The rows of the table at `path` (blank and `#` lines skipped), each cut or padded with "" to `width` fields."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple((line.split("\t") + [""] * width)[:width]) for line in lines
            if line.strip() and not line.startswith("#")]


def cameo_code_names() -> dict[str, set[str]] | None:
    """Every name the CAMEO codebook (../shared/reference/CAMEO_codefile.txt) gives each code, its ICEWS labels
    included; None where the reference folder is not on this machine."""
    codefile = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "CAMEO_codefile.txt"
    if not codefile.is_file():
        return None
    names: dict[str, set[str]] = {}
    for line in codefile.read_text(encoding="utf-8").splitlines():
        m = re.match(r"LABELi?: (\d+)= (.*)", line)
        if m:
            names.setdefault(m.group(1), set()).add(m.group(2).strip())
    return names


def coded_rows(rows: list[tuple[str, ...]], profile: str | None = None,
               published: str = "2019-03-04") -> list[tuple[tuple[str, ...], Any]]:
    """Each table row with the Document its first field (the sentence) is coded to by the pipeline, in order;
    under `profile`, or the default profile where None. The tables are the coder's: they are read with the
    learned classifier off (its events and its word on `acled` have their own tests, tests/test_classify_*)."""
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    settings = Settings.build(profile=profile, classifier="off")
    documents = extract_articles([Article(text=row[0], published=published) for row in rows], settings)
    return list(zip(rows, documents))


def communique_without(monkeypatch, *switches: str) -> None:
    """For one test, the profile `communique` with the named switches of coder/profiles.py off."""
    import dataclasses

    from communique.coder import profiles

    off = dict.fromkeys(switches, False)
    monkeypatch.setitem(profiles.PROFILES, "communique", dataclasses.replace(profiles.PROFILES["communique"], **off))


def assert_the_table_is_coded(rows: list[tuple[str, ...]], wrong, at_least: int = 10) -> None:
    """A switch's sentence table, `at_least` rows long, is coded as it says under the default settings:
    `wrong(rows, documents)` (one message for each row coded otherwise) finds none."""
    assert len(rows) >= at_least, f"{len(rows)} rows, fewer than {at_least}"
    found = wrong(rows, [document for _, document in coded_rows(rows)])
    assert not found, "\n".join(found)


def assert_rows_read(rows: list[tuple[str, str, str]], at_least: int, controls_at_least: int, read=None) -> None:
    """A table of (text, reading, kind) -- kind "control..." for a row its rows must leave alone -- at least
    `at_least` rows long with `controls_at_least` controls, every row read as it says under the default settings
    (`read`: code_actors unless given)."""
    read = read or code_actors
    assert len(rows) >= at_least and sum(kind.startswith("control") for _, _, kind in rows) >= controls_at_least
    wrong = [f"{text}: {read(d)}" for (text, reading, _), d in coded_rows(rows) if read(d) != reading]
    assert not wrong, "\n".join(wrong)


def rows_changed_without(monkeypatch, rows: list[tuple[str, str, str]], *switches: str, read=None) -> list:
    """With the named switches off, the (text, reading) of each row that is no control and is read otherwise than
    its table says (`read`: code_actors unless given): the rows those switches make."""
    read = read or code_actors
    communique_without(monkeypatch, *switches)
    return [(text, reading) for (text, reading, kind), d in coded_rows(rows)
            if not kind.startswith("control") and read(d) != reading]


def assert_each_row_needs_the_switch(monkeypatch, rows: list[tuple[str, ...]], wrong, switch: str,
                                     overlapping: tuple[str, ...] = ()) -> None:
    """With `switch` off (and the rest of the profile communique on, but the `overlapping` switches that code some
    rows the same way by another road), every row of its table is coded otherwise than the table says:
    `wrong(rows, documents)` gives a message for each of them."""
    communique_without(monkeypatch, switch, *overlapping)
    found = wrong(rows, [document for _, document in coded_rows(rows)])
    assert len(found) == len(rows), f"with {switch} off, {len(rows) - len(found)} of {len(rows)} rows still coded right"


def assert_the_on_off_table(monkeypatch, rows: list[tuple[str, str, str]], read, switches: tuple[str, ...],
                            at_least: int = 10, changed_at_least: int = 10) -> None:
    """A table of (text, read with the switches on, read with them off): `read(document)` gives the first
    column's reading under the default settings and the second's with `switches` off; at least
    `changed_at_least` rows differ between the two (the others are controls the switches must not change)."""
    assert len(rows) >= at_least, f"{len(rows)} rows, fewer than {at_least}"
    wrong = [f"{text}: {read(d)}" for (text, on, _), d in coded_rows(rows) if read(d) != on]
    assert not wrong, "\n".join(wrong)
    assert sum(on != off for _, on, off in rows) >= changed_at_least  # rows the switches change
    communique_without(monkeypatch, *switches)
    wrong = [f"{text}: {read(d)}" for (text, _, off), d in coded_rows(rows) if read(d) != off]
    assert not wrong, "with " + ", ".join(switches) + " off:\n" + "\n".join(wrong)


def assert_bad_row_named(monkeypatch, tmp_path: Path, module, loader: str, rows: str, line: int,
                         reads_through=None) -> None:
    """The cached table loader `module.<loader>`, reading `rows` in place of its data file, raises the one clear
    DataFileError naming `line`; its cache is emptied before and after. `reads_through`: the module whose
    `data_path` finds the file, where the loader reads it through a shared reader (data_files.upper_words)."""
    import pytest

    from communique.errors import DataFileError

    bad = tmp_path / "table.tsv"
    bad.write_text(rows, encoding="utf-8")
    monkeypatch.setattr(reads_through or module, "data_path", lambda name: bad)
    read = getattr(module, loader)
    read.cache_clear()
    try:
        with pytest.raises(DataFileError, match=f"line {line}"):
            read()
    finally:
        read.cache_clear()


def main_class_misses(rows: list[tuple[str, ...]]) -> list[str]:
    """The texts of census-format rows (class, code, text, phenomenon) whose main event's class (or "(no event)")
    is not the row's class, each coded as an article published 2018-03-01 with the whole pipeline."""
    from communique.evaluate.main_class import event_class, main_event
    from communique.pipeline import extract_articles
    from communique.records import Article

    documents = extract_articles([Article(text=row[2], published="2018-03-01") for row in rows])
    wrong = []
    for (expected, _, text, *_), document in zip(rows, documents):
        chosen = main_event(document.events)
        if (event_class(chosen) if chosen else "(no event)") != expected:
            wrong.append(text)
    return wrong


def assert_wire_sweep_at(name: str, floor: float) -> None:
    """A sweep in the wire census's format (tests/fixtures/NAME: class, code, sentence, phenomenon) is read at its
    floor: at least `floor` of its sentences get their class as the main event's, coded with the classifier off."""
    census = project_tool("wire_census")
    rows = census.census_rows(FIXTURES / name)
    documents = census.coded(rows, classifier="off")
    right = sum(census.predicted(d) == row[0] for row, d in zip(rows, documents))
    assert right / len(rows) >= floor, f"{name}: {right}/{len(rows)}"


def classifier_main_classes(rows: list[tuple[str, str]], monkeypatch=None, without: str | None = None) -> list[str]:
    """The main event's class (or NO_EVENT) of each (label, text) row, coded as an article published 2018-03-01 with
    the classifier on (`events`), under the default profile or, given `monkeypatch`, with the switch `without` off."""
    from communique.evaluate.main_class import NO_EVENT, event_class, main_event
    from communique.pipeline import extract_articles
    from communique.records import Article
    from communique.settings import Settings

    if without:
        communique_without(monkeypatch, without)
    documents = extract_articles([Article(text=text, published="2018-03-01") for _, text in rows],
                                 Settings.build(classifier="events"))
    out = []
    for document in documents:
        chosen = main_event(document.events)
        out.append(event_class(chosen) if chosen else NO_EVENT)
    return out


def _countries(refs) -> str:
    """The sorted countries (first three letters of the codes) of one side of an event, "+"-joined."""
    return "+".join(sorted({r.code[:3] for r in refs if r.code}))


def code_dyads(document) -> str:
    """The document's events as "code source countries>target countries", "; "-joined; "none" where it has none."""
    return "; ".join(f"{e.cameo['code']} {_countries(e.source)}>{_countries(e.target)}" for e in document.events) \
        or "none"


def code_actors(document) -> str:
    """The document's events as "code source>target" with the full actor codes ("-" for a side with none)."""
    def side(refs) -> str:
        return "+".join(r.code for r in refs) or "-"
    return "; ".join(f"{e.cameo['code']} {side(e.source)}>{side(e.target)}" for e in document.events) or "none"


def plover_dyads(document) -> str:
    """Each event as "code PLOVER-type source-countries>target-countries" ("none" where there is none)."""
    return "; ".join(f"{e.cameo['code']} {e.plover['type']} {_countries(e.source)}>{_countries(e.target)}"
                     for e in document.events) or "none"


def assert_the_switch_column_table(monkeypatch, name: str, at_least: int, controls_at_least: int,
                                   changed_at_least: int) -> None:
    """A table of (text, read with every switch on, read with the row's own switch off, that switch) read by
    `plover_dyads` (the switch column may name several, joined by "+"): every row as it says, at least `changed_at_least` rows changed by their switch and
    `controls_at_least` left alone."""
    import dataclasses

    from communique.coder import profiles

    rows = fixture_rows(name)
    assert len(rows) >= at_least and sum(on == off for _, on, off, _ in rows) >= controls_at_least  # the controls
    wrong = [f"on: {text}: {plover_dyads(d)}" for (text, on, _, _), d in coded_rows(rows) if plover_dyads(d) != on]
    base = profiles.PROFILES["communique"]
    for text, _, off, switch in rows:
        monkeypatch.setitem(profiles.PROFILES, "communique",  # "a+b": the row's reading needs both switches off
                            dataclasses.replace(base, **{name: False for name in switch.split("+")}))
        (_, document), = coded_rows([(text,)])
        if plover_dyads(document) != off:
            wrong.append(f"off ({switch}): {text}: {plover_dyads(document)}")
    assert not wrong, "\n".join(wrong)
    assert sum(on != off for _, on, off, _ in rows) >= changed_at_least


def assert_census_rows_well_formed(rows: list[tuple[str, ...]], none: str) -> None:
    """Each row of a PLOVER-style census (tools/plover_census.py: type, source, target, sentence, phenomenon) has
    a sentence and a phenomenon, actor codes or "---" on both sides, and no actors where its type is `none`."""
    for kind, source, target, sentence, phenomenon in rows:
        assert sentence.strip() and phenomenon.strip(), sentence
        for codes in (source, target):
            assert codes == "---" or all(len(c) >= 3 and c.isupper() for c in codes.split(",")), (codes, sentence)
        assert kind != none or (source, target) == ("---", "---"), sentence


def assert_census_part_above(found: dict, floor: dict) -> None:
    """A part of a PLOVER-style census report (tools/plover_census.py) is at or above its type and triple F1 floors."""
    assert found["type"]["f1"] >= floor["type"] and found["triple"]["f1"] >= floor["triple"], found


def assert_census_parts_add_up(parts: dict) -> None:
    """A census report's dev and held-out parts make up its whole: rows, and true positives of type and triple."""
    assert parts["all"]["rows"] == parts["dev"]["rows"] + parts["held out"]["rows"]
    for measure in ("type", "triple"):
        assert parts["all"][measure]["tp"] == parts["dev"][measure]["tp"] + parts["held out"][measure]["tp"]


def petr2_census_records(path: Path) -> list[dict]:
    """The records of a census written in the PETR2 gold's layout (one JSON object a line)."""
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_petr2_gold_records(path: Path, records: list[dict], at_least: int) -> None:
    """A census is a PETR2 gold file (`communique eval` reads it as one) of well-formed, distinct records: a date
    YYYYMMDD, `noevents` where there is no event, CAMEO codes and actor codes."""
    import datetime

    from communique.evaluate import formats, petr2

    assert len(records) >= at_least and len({r["id"] for r in records}) == len(records)
    assert formats.read_gold(path)[0] is petr2
    for r in records:
        assert re.fullmatch(r"\d{8}", r["date"]) and datetime.datetime.strptime(r["date"], "%Y%m%d"), r["id"]
        assert r["noevents"] == (not r["events"]), r["id"]
        for e in r["events"]:
            assert re.fullmatch(r"\d{3,4}", e["code"]), (r["id"], e)
            assert all(re.fullmatch(r"[A-Z-]{3}[A-Z-]*", e[k]) for k in ("source", "target")), (r["id"], e)


def petrarch2_figures(path: Path):
    """A census scored as `communique eval --profile petrarch2` scores the PETR2 gold (the classifier off)."""
    from communique.evaluate.runner import evaluate_file
    from communique.settings import Settings

    return evaluate_file(path, settings=Settings.build(env={}, profile="petrarch2", classifier="off"))


def assert_blocks_kept(*forms: str):
    """Each verb form is read by the same block, with the same own code, in communique's verb dictionary (CAMEO.2.0.txt
    with the additions) as in CAMEO.2.0.txt alone: the additions gave those blocks new paths only. Returns the two
    dictionaries (communique's, the base) for the test's own checks of the paths."""
    from communique.coder.additions import communique_verb_dictionary
    from communique.coder.dictionary import load_verb_dictionary

    verbs, base = communique_verb_dictionary(), load_verb_dictionary(())
    for form in forms:
        assert verbs.lookup(form).meaning == base.lookup(form).meaning, form
        assert verbs.lookup(form).active == base.lookup(form).active, form
    return verbs, base


def assert_composed_codes(pairs: dict[tuple[str, str], str]) -> None:
    """Each (governing code, content code) composes to the CAMEO code given, by the additions' composition table
    (data/coder_additions_composition.tsv: the CAMEO manual's parallel codes)."""
    from communique.coder.additions import composed_code
    from communique.coder.codes import to_cameo, to_internal

    for (upper, lower), whole in pairs.items():
        assert to_cameo(composed_code(to_internal(upper), to_internal(lower))) == whole, (upper, lower)


def labelled_hits(rows: list[tuple[str, ...]], documents) -> list[bool]:
    """For a sweep of (sentence, label) rows and their Documents, whether each is coded as labelled: the label's PLOVER
    type among the scored events (not hypothetical, not negated), or for a label "!TYPE", that type not among them."""
    hits = []
    for (_, label, *_), document in zip(rows, documents):
        types = {e.plover.get("type") for e in document.events if e.modality not in ("hypothetical", "negated")}
        hits.append(label[1:] not in types if label.startswith("!") else label in types)
    return hits


def actor_sweep_counts(rows: list[tuple[str, ...]]) -> dict[str, int]:
    """How many of an actor sweep's rows (sentence, source label, target label, ...) have an event whose source or
    target is the labelled code, at the full code and at its country; a label "-" asks for an event with no one on
    that side."""
    def hit(label: str, sides: list[list[str]], width: int) -> bool:
        if label == "-":
            return any(not side for side in sides)
        return label[:width] in {code[:width] for side in sides for code in side}

    counts = {"source": 0, "target": 0, "source country": 0, "target country": 0}
    for row, document in coded_rows(rows):
        source, target = row[1], row[2]
        sources = [[r.code for r in e.source] for e in document.events]
        targets = [[r.code for r in e.target] for e in document.events]
        counts["source"] += hit(source, sources, 99)
        counts["target"] += hit(target, targets, 99)
        counts["source country"] += hit(source, sources, 3)
        counts["target country"] += hit(target, targets, 3)
    return counts
