"""Documentation is tested: every command, option, setting and profile switch is in the README, each switch also in
docs/profiles.md's table; every data file names its origin and a module that reads it, and is on
docs/data-files.md; every module is on docs/architecture.md, each module of coder/phenomena/ in a row of its own in
the table "The phenomena modules", with its switches.

No spaCy model is needed: building the parser imports only the CLI modules.
"""
from __future__ import annotations

import argparse
import fnmatch
import re
from dataclasses import fields
from pathlib import Path

import pytest

from communique.cli import build_parser
from communique.settings import Settings

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
DATA = REPO / "src" / "communique" / "data"
HEADER_LINES = 12  # the origin line must come within the first lines of the file
ORIGIN_WORDS = re.compile(r"origin|licen[cs]e|written for communique|converted from", re.IGNORECASE)

# Data files known to lack a header naming their origin and licence.
# TODO: give each one a header (origin and licence), then remove it from this list.
DATA_FILES_WITHOUT_ORIGIN: frozenset[str] = frozenset()


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:  # argparse keeps its sub-parsers only here
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("communique's parser has no sub-commands")


def _options(command: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in command._actions if a.option_strings and not isinstance(a, argparse._HelpAction)]


def _data_files() -> list[Path]:
    return sorted(p for p in DATA.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _has_origin_header(path: Path) -> bool:
    if path.suffix == ".safetensors":  # weights: the origin is in the file's own metadata (its JSON header)
        return bool(ORIGIN_WORDS.search(_safetensors_metadata(path).get("origin", "")))
    with path.open(encoding="utf-8") as handle:
        head = [next(handle, "") for _ in range(HEADER_LINES)]
    return any(line.lstrip().startswith("#") and ORIGIN_WORDS.search(line) for line in head)


def _safetensors_metadata(path: Path) -> dict:
    import json
    import struct

    with path.open("rb") as handle:
        size = struct.unpack("<Q", handle.read(8))[0]
        return json.loads(handle.read(size)).get("__metadata__", {})


def test_the_cli_has_commands():
    assert {"extract", "ingest", "events", "stories", "export", "eval"} <= set(_commands())


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_is_in_the_readme(name):
    assert f"communique {name}" in _readme(), f"`communique {name}` is not mentioned in README.md"


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_option_has_help_and_is_in_the_readme(name):
    readme = _readme()
    command = _commands()[name]
    assert command.description or command.format_help(), f"`communique {name}` has no description"
    for action in _options(command):
        long_form = max(action.option_strings, key=len)
        assert action.help and action.help != argparse.SUPPRESS, f"{name} {long_form} has no help text"
        assert re.search(rf"{re.escape(long_form)}\b", readme), \
            f"`communique {name} {long_form}` is not mentioned in README.md"


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_choice_of_an_option_is_in_the_readme(name):
    readme = _readme()
    for action in _options(_commands()[name]):
        for choice in action.choices or ():
            assert f"`{choice}`" in readme or f"--format {choice}" in readme or f"--table {choice}" in readme, \
                f"`communique {name} {action.option_strings[-1]} {choice}` is not explained in README.md"


@pytest.mark.parametrize("setting", [f.name for f in fields(Settings)])
def test_every_setting_and_its_environment_variable_is_in_the_readme(setting):
    readme = _readme()
    assert f"`{setting}`" in readme, f"setting {setting!r} is not documented in README.md"
    assert f"COMMUNIQUE_{setting.upper()}" in readme, \
        f"environment variable COMMUNIQUE_{setting.upper()} is not documented in README.md"


def test_the_data_folder_is_not_empty():
    assert _data_files(), f"no data files found under {DATA}"


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: p.name)
def test_every_data_file_names_its_origin(path):
    if path.name in DATA_FILES_WITHOUT_ORIGIN:
        pytest.xfail(f"{path.name} is a known exception: its header does not yet name its origin")
    assert _has_origin_header(path), (
        f"{path.relative_to(REPO)} has no '#' header line within its first {HEADER_LINES} lines naming "
        "its origin and licence (e.g. '# Origin: written for communique, MIT.')")


def test_known_exceptions_are_still_real():
    """A fixed file must leave the exception list, so the list only ever shrinks."""
    names = {p.name for p in _data_files()}
    stale = sorted(n for n in DATA_FILES_WITHOUT_ORIGIN if n not in names or _has_origin_header(DATA / n))
    assert not stale, f"remove from DATA_FILES_WITHOUT_ORIGIN: {', '.join(stale)}"


# ---- every data file names the module that reads it ------------------------------------------------

PACKAGE = REPO / "src" / "communique"
# a module or package of communique, as a header names it: "coder/nouns/acts.py", "communique/quotes.py",
# "communique.classify.quantise" (a package: "communique.classify")
MODULE_NAMED = re.compile(r"(?<![\w./])(?:src/communique/|communique/)?((?:[a-z_0-9]+/)*[a-z_0-9]+\.py)\b"
                          r"|\bcommunique((?:\.[a-z_0-9]+)+)\b")
READ_BY = re.compile(r"\bread by (?:src/communique/|communique/)?((?:[a-z_0-9]+/)*[a-z_0-9]+\.py)", re.IGNORECASE)


def _header(path: Path) -> str:
    """The comment lines a data file starts with."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# "))
    return " ".join(lines)


def _named_modules(header: str) -> list[Path]:
    found = []
    for path, dotted in MODULE_NAMED.findall(header):
        target = PACKAGE / path if path else PACKAGE.joinpath(*dotted.strip(".").split("."))
        found += [t for t in (target, target.with_suffix(".py")) if t.exists() and t != PACKAGE / "data"]
    return found


def _reads(module: Path, data_file: Path) -> bool:
    """Whether the module (or a module of the package) names the data file: its reader opens it by that name."""
    sources = sorted(module.rglob("*.py")) if module.is_dir() else [module]
    name = data_file.relative_to(DATA).as_posix()
    return any(name in source.read_text(encoding="utf-8") for source in sources)


def _tables() -> list[Path]:
    return [p for p in _data_files() if p.suffix in (".tsv", ".txt")]


@pytest.mark.parametrize("path", _tables(), ids=lambda p: p.relative_to(DATA).as_posix())
def test_every_data_file_names_a_module_that_reads_it(path):
    modules = _named_modules(_header(path))
    assert any(_reads(module, path) for module in modules), (
        f"{path.relative_to(REPO)}'s header names no module of communique that reads it "
        f"(named: {', '.join(str(m.relative_to(PACKAGE)) for m in modules) or 'none'}); say e.g. "
        "'# Read by coder/nouns/acts.py.'")


@pytest.mark.parametrize("path", _tables(), ids=lambda p: p.relative_to(DATA).as_posix())
def test_every_read_by_of_a_data_file_names_a_module_that_exists(path):
    missing = [name for name in READ_BY.findall(_header(path)) if not (PACKAGE / name).is_file()]
    assert not missing, f"{path.relative_to(REPO)} says it is read by modules that do not exist: {missing}"


DATA_FILES_PAGE = REPO / "docs" / "data-files.md"
ARCHITECTURE_PAGE = REPO / "docs" / "architecture.md"


def _data_files_listed() -> list[str]:
    """The first column of every table row of docs/data-files.md: `actors_people.tsv`, `Phoenix.agents.txt`, ..."""
    text = DATA_FILES_PAGE.read_text(encoding="utf-8")
    return [name for cell in re.findall(r"^\| ([^|]+) \|", text, re.MULTILINE)
            for name in re.findall(r"`([^`]+\.(?:tsv|txt))`", cell)]


@pytest.mark.parametrize("path", _tables(), ids=lambda p: p.relative_to(DATA).as_posix())
def test_every_data_file_is_on_the_data_files_page(path):
    name = path.relative_to(DATA).as_posix()
    assert any(fnmatch.fnmatch(name, listed) or fnmatch.fnmatch(path.name, listed) for listed in _data_files_listed()), \
        f"{name} is not in a table of docs/data-files.md"


def test_every_file_the_data_files_page_lists_exists():
    tables = [p.relative_to(DATA).as_posix() for p in _tables()]
    missing = [listed for listed in _data_files_listed()
               if not any(fnmatch.fnmatch(name, listed) or fnmatch.fnmatch(name.rsplit("/", 1)[-1], listed)
                          for name in tables)]
    assert not missing, f"docs/data-files.md lists files that are not in src/communique/data/: {missing}"


def test_the_reader_the_data_files_page_names_reads_the_file():
    """The "read by" column: the first module it names (or a module of the package it names) reads the file."""
    wrong = []
    for listed, reader in re.findall(r"^\| `([^`]+)` \| [^|]* \| ([^|]*) \|", DATA_FILES_PAGE.read_text(encoding="utf-8"),
                                     re.MULTILINE):
        modules = [PACKAGE / name for name in re.findall(r"`([a-z_/0-9]+(?:\.py|/))`", reader)]
        tables = [p for p in _tables() if fnmatch.fnmatch(p.relative_to(DATA).as_posix(), listed)
                  or fnmatch.fnmatch(p.name, listed)]
        if modules and not all(any(m.exists() and _reads(m, t) for m in modules) for t in tables):
            wrong.append(listed)
    assert not wrong, f"docs/data-files.md names a reader that does not read: {wrong}"


@pytest.mark.parametrize("module", sorted(p for p in PACKAGE.rglob("*.py") if not p.name.startswith("__")),
                         ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_every_module_is_named_in_the_architecture_page(module):
    assert module.name in ARCHITECTURE_PAGE.read_text(encoding="utf-8"), \
        f"{module.relative_to(PACKAGE)} is not named in docs/architecture.md"


PHENOMENA = PACKAGE / "coder" / "phenomena"


def _phenomena_rows() -> list[tuple[str, list[str]]]:
    """(module, [switch, ...]) of each module row of docs/architecture.md's table "The phenomena modules"."""
    text = ARCHITECTURE_PAGE.read_text(encoding="utf-8")
    section = text[text.index("### The phenomena modules"):]
    section = section[:section.index("\n#", 1)]
    return [(module, re.findall(r"`([a-z_0-9]+)`", switches))
            for module, switches in re.findall(r"^\| `([a-z_0-9]+\.py)` \| ([^|]*) \|", section, re.MULTILINE)]


def _switches_naming(module: str) -> list[str]:
    """The switches whose row of docs/profiles.md's switch table names coder/phenomena/<module>."""
    return sorted(switch for switch, row in re.findall(r"^\| `([a-z_0-9]+)` \|(.*)$", _profiles_page(), re.MULTILINE)
                  if f"coder/phenomena/{module}" in row)


def test_the_phenomena_table_has_one_row_per_module_of_the_package():
    named = [module for module, _ in _phenomena_rows()]
    modules = sorted(p.name for p in PHENOMENA.glob("*.py") if not p.name.startswith("__"))
    assert sorted(set(named)) == sorted(named), "a module has two rows in docs/architecture.md's phenomena table"
    assert sorted(named) == modules, \
        "docs/architecture.md's table 'The phenomena modules' must have one row per module of coder/phenomena/"


@pytest.mark.parametrize("module", sorted(p.name for p in PHENOMENA.glob("*.py") if not p.name.startswith("__")))
def test_the_phenomena_table_names_each_module_s_switches(module):
    rows = dict(_phenomena_rows())
    assert module in rows, f"coder/phenomena/{module} has no row in docs/architecture.md's phenomena table"
    assert _switches_naming(module), f"no switch of docs/profiles.md's table names coder/phenomena/{module}"
    assert sorted(rows[module]) == _switches_naming(module), \
        f"the phenomena table's switch cell of {module} differs from docs/profiles.md's switch table"


PROFILES_PAGE = REPO / "docs" / "profiles.md"
SWITCH_ROW = re.compile(r"^\| `([a-z_0-9]+)` \| (on|off) \| (on|off) \|", re.MULTILINE)


def _profiles_page() -> str:
    return PROFILES_PAGE.read_text(encoding="utf-8")


def _readme_switch_rows() -> list[tuple[str, str, str]]:
    """(switch, petrarch2, communique) of each row of the README's table of profile switches."""
    text = _readme()
    section = text[text.index("### Profiles: `communique` and `petrarch2`"):]
    section = section[:section.index("\n## ")]
    return SWITCH_ROW.findall(section)


def _profiles_page_rows() -> list[tuple[str, str, str]]:
    """(switch, petrarch2, communique) of each row of docs/profiles.md's switch table, the full description of each."""
    return SWITCH_ROW.findall(_profiles_page())


# Each table that must list every switch of coder/profiles.py: the README's (a user's line) and docs/profiles.md's
# (the full description); the phenomena table of docs/architecture.md lists only the switches of its modules.
SWITCH_TABLES = {"README.md": _readme_switch_rows, "docs/profiles.md": _profiles_page_rows}


@pytest.mark.parametrize("page", sorted(SWITCH_TABLES))
def test_a_switch_table_lists_every_profile_switch_once_with_both_profiles_values(page):
    from communique.coder.profiles import PROFILES, Profile

    rows = SWITCH_TABLES[page]()
    switches = [f.name for f in fields(Profile) if f.name != "name"]
    petrarch2, communique = PROFILES["petrarch2"].switches(), PROFILES["communique"].switches()
    on = {True: "on", False: "off"}
    named = [name for name, _, _ in rows]
    assert sorted(set(named)) == sorted(named), \
        f"{page}'s switch table has two rows for {sorted({n for n in named if named.count(n) > 1})}"
    assert sorted(named) == sorted(switches), (
        f"{page}'s switch table must list every field of coder/profiles.py's Profile once, and no other: "
        f"missing {sorted(set(switches) - set(named))}, unknown {sorted(set(named) - set(switches))}")
    wrong = [row for row in rows if row[1:] != (on[petrarch2[row[0]]], on[communique[row[0]]])]
    assert wrong == [], f"{page}'s on/off columns differ from PROFILES: {wrong}"


def test_the_profiles_module_points_to_the_switch_descriptions_and_holds_no_table():
    """Each switch is described in full once, in docs/profiles.md: the module docstring points there."""
    from communique.coder import profiles

    assert "docs/profiles.md" in profiles.__doc__
    assert not SWITCH_ROW.findall(profiles.__doc__), "coder/profiles.py's docstring repeats the switch table"


# ---- the schema page and the README's examples keep up with the code ---------------------------

SCHEMA = REPO / "docs" / "output-schema.md"


def _every_record(optional: bool = True) -> dict[str, dict]:
    """One of each record as to_dict() prints it, built by hand with every optional field set (or none)."""
    from communique.records import (Actor, ActorRef, DateMention, Document, EventMention, Place, Quote, Size,
                                    Story)

    ref = ActorRef(text="Ankara", name="Turkey", country="TUR", sector="GOV", code="TURGOV")
    place = Place(text="Istanbul", name="Istanbul", country="TUR", lat=41.0, lon=29.0, feature="city",
                  start=0, end=8, geonameid=745044 if optional else None,
                  precision="point" if optional else None, reason="only entry of the name" if optional else None)
    date = DateMention(text="last week", value="2019-12-30", precision="week", start=0, end=9,
                       end_value="2020-01-05" if optional else None, resolved=not optional, deadline=optional)
    event = EventMention(id="e1", sentence=0, start=0, end=10, evidence="...", source=[ref], target=[ref],
                         cameo={"code": "0256", "root": "02", "name": "..."},
                         plover={"type": "REQUEST", "mode": "yield", "context": []}, quad_class=1,
                         goldstein=-0.3, date={"value": "2020-01-08", "precision": "day", "text": None},
                         deadline={"value": "2020-01-12", "text": "Sunday"}, location=place, size=Size(),
                         acled={"event_type": "...", "sub_event_type": "..."}, story="s1", trigger="urged",
                         speaker=ref)
    document = Document(id="d1", text="...", events=[event],
                        actors=[Actor(name="Turkey", country="TUR", sector=None, code="TUR",
                                      role="President" if optional else None)],
                        places=[place], quotes=[Quote(text="...", kind="direct", speaker=ref, start=0, end=3,
                                                      cue="said" if optional else None)],
                        dates=[date], error="not English" if optional else None)
    story = Story(id="s1", cameo={}, plover={}, source=[], target=[], date=None, location=None, deadline=None,
                  mentions=1, documents=1, first_seen=None, last_seen=None, mention_ids=["e1"], reasons=["..."])
    doc = document.to_dict()
    return {"document": doc, "event": doc["events"][0], "actor-ref": ref.to_dict(), "actor": doc["actors"][0],
            "place": doc["places"][0], "quote": doc["quotes"][0], "date": doc["dates"][0],
            "size": event.size.to_dict(), "story": story.to_dict()}


@pytest.mark.parametrize("kind", sorted(_every_record()))
def test_every_output_field_is_in_the_schema_page(kind):
    schema = SCHEMA.read_text(encoding="utf-8")
    missing = sorted(key for key in _every_record()[kind] if f"`{key}`" not in schema)
    assert not missing, f"{kind} fields not described in docs/output-schema.md: {', '.join(missing)}"


def _readme_command_lines() -> list[str]:
    """Every `communique ...` command line inside the README's code blocks (a `$ ` prompt allowed)."""
    lines, in_block = [], False
    for line in _readme().splitlines():
        if line.startswith("```"):
            in_block = not in_block
        elif in_block and line.lstrip("$ ").startswith("communique "):
            lines.append(line.lstrip("$ ").split(" > ")[0].split("#")[0].strip())
    return lines


def test_the_readme_shows_commands():
    assert len(_readme_command_lines()) >= 5


@pytest.mark.parametrize("line", _readme_command_lines())
def test_every_command_shown_in_the_readme_parses(line):
    import shlex

    try:
        build_parser().parse_args(shlex.split(line)[1:])
    except SystemExit:
        pytest.fail(f"the README shows a command the CLI rejects: {line}")


def _readme_json_examples() -> list[dict]:
    """Every JSON object in the README's ```json blocks: a block holding one object, or one object a line."""
    import json

    examples = []
    for block in re.findall(r"```json\n(.*?)\n```", _readme(), re.DOTALL):
        if block.startswith("{\n"):
            examples.append(json.loads(block))
        else:
            examples += [json.loads(line) for line in block.splitlines() if line.strip()]
    return examples


def _kind_of_example(example: dict) -> str:
    for key, kind in (("cameo", "event"), ("kind", "quote"), ("feature", "place"), ("precision", "date")):
        if key in example:
            return kind
    raise AssertionError(f"the README shows a JSON object of no known kind: {sorted(example)}")


def test_the_readme_shows_an_event_example():
    assert "event" in {_kind_of_example(e) for e in _readme_json_examples()}


@pytest.mark.parametrize("index", range(len(_readme_json_examples())))
def test_every_readme_json_example_has_the_fields_the_code_prints(index):
    example = _readme_json_examples()[index]
    kind = _kind_of_example(example)
    full, always = set(_every_record()[kind]), set(_every_record(optional=False)[kind])
    assert always <= set(example) <= full, (
        f"the README's {kind} example is out of date: missing {sorted(always - set(example))}, "
        f"unknown {sorted(set(example) - full)}")
