"""A pickled copy of a compiled dictionary in the user's cache directory, keyed by what it was built from.

Compiling CAMEO.2.0.txt takes over a second (some 110,000 pattern paths after synset expansion);
unpickling the result takes a fraction of that. The key is a hash of the input files' bytes and of
the compiling modules' source, so any change to either builds afresh. The cache is only an
optimisation: an unreadable, unwritable or corrupt cache is ignored and the dictionary is compiled.
Only the newest few entries of each kind are kept. Set COMMUNIQUE_NO_DICTIONARY_CACHE=1 to switch it off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
KEEP = 4   # entries kept per kind: the built-in files alone and with the additions, in two versions


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "communique"


def cache_key(kind: str, paths: Sequence[Path], modules: Sequence[Path]) -> str:
    digest = hashlib.sha256(kind.encode())
    for path in (*paths, *modules):
        digest.update(str(path).encode())
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:32]


def load_or_build(kind: str, paths: Sequence[Path], modules: Sequence[Path], build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache when an entry with the same key exists; stores it otherwise."""
    if os.environ.get("COMMUNIQUE_NO_DICTIONARY_CACHE"):
        return build()
    try:
        target = cache_dir() / f"{kind}-{cache_key(kind, paths, modules)}.pickle"
    except OSError:
        return build()
    try:
        with target.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, unreadable or stale: compile instead
        pass
    result = build()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, target)
        _prune(target.parent, kind)
    except OSError:
        pass
    return result


def _prune(directory: Path, kind: str, keep: int = KEEP) -> None:
    """Delete all but the `keep` newest entries of a kind (older ones were built from older files)."""
    entries = sorted(directory.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[keep:]:
        stale.unlink(missing_ok=True)
