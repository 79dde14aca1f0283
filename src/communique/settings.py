"""Settings: package defaults < user file < environment < command-line flags, frozen once built."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import BadInput


@dataclass(frozen=True)
class Settings:
    actors_file: Path | None = None  # user actor additions/overrides (TSV, see README)
    gazetteer_file: Path | None = None  # user places (TSV, see README)
    verbs_file: Path | None = None  # user verbs and patterns, PETRARCH-2 syntax (see README)
    batch_size: int = 16  # articles per spaCy batch (16: spaCy as fast as at 32, shorter first parse and last coding)
    commit_size: int = 128  # articles stored per transaction: a crash loses at most these, re-coded next run
    min_confidence: float = 0.0
    profile: str = "communique"  # coding conventions: communique (default) or petrarch2, see coder/profiles.py
    max_article_chars: int = 200_000  # longer articles are skipped by name (coding time grows faster than length)
    piece_chars: int = 100_000  # longer texts are parsed in pieces of at most this many characters
    classifier: str = "events"  # the learned event classifier (communique.classify): off | events | all
    model: str = "sm"  # the spaCy English model: sm | md (model_check.MODELS; see README, "The spaCy model")
    parse_ahead: str = "on"  # on: parse the next batch in a child process while one is coded (parse_process.py; a
    # thread where no process can be forked); thread: in a worker thread; off: all in line but the encoder
    # (benchmarks/README.md, "Session 14")
    encoder_threads: int = 2  # with the classifier on: threads sharing each encoder call's chunks (classify/overlap.py;
    # the same vectors); 1: one thread, as before session 41 (benchmarks/README.md, "Session 41")
    encoder: str = "minilm6"  # with the classifier on: the sentence encoder and its heads (classify/encoders.py):
    # minilm6 (the package's six layers) | student3 (three layers distilled from it; benchmarks/README.md, "Session 43")

    @classmethod
    def build(cls, file: Path | None = None, env: dict[str, str] | None = None, **flags: Any) -> "Settings":
        """Merge the layers. `file` is a simple `key = value` file; environment keys are COMMUNIQUE_<KEY>."""
        values: dict[str, Any] = {}
        if file is not None:
            values.update(_read_settings_file(Path(file)))
        env = os.environ if env is None else env
        for f in fields(cls):
            key = f"COMMUNIQUE_{f.name.upper()}"
            if key in env:
                values[f.name] = env[key]
        values.update({k: v for k, v in flags.items() if v is not None})
        return replace(cls(), **{k: _coerce(k, v) for k, v in values.items()})


CLASSIFIER_MODES = ("off", "events", "all")


def _read_settings_file(path: Path) -> dict[str, str]:
    if not path.is_file():
        raise BadInput(f"Settings file {path} does not exist; check the path given to --config.")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            key, _, value = line.partition("=")
            key, value = key.strip(), value.strip()
            if key.endswith("_file") and value and not Path(value).is_absolute():
                value = str(path.parent / value)  # a file named in a settings file is found beside it
            out[key] = value
    return out


def _coerce(name: str, value: Any) -> Any:
    known = {f.name: f for f in fields(Settings)}
    if name not in known:
        raise BadInput(f"Unknown setting {name!r}; known settings are {', '.join(sorted(known))}.")
    if value is None or not isinstance(value, str):
        return value
    if name.endswith("_file"):
        return Path(value)
    if name in ("batch_size", "commit_size", "max_article_chars", "piece_chars", "encoder_threads"):
        number = int(value) if value.strip().isdecimal() else 0
        if number < 1:
            raise BadInput(f"The setting {name} must be a whole number of 1 or more, not {value!r}.")
        return number
    if name == "min_confidence":
        try:
            return float(value)
        except ValueError:
            raise BadInput(f"The setting min_confidence must be a number from 0 to 1, not {value!r}.") from None
    if name == "profile":
        from .coder.profiles import Profile

        return Profile.named(value).name
    if name == "model":
        from .model_check import MODELS

        if value not in MODELS:
            raise BadInput(f"Unknown model setting {value!r}; use one of {', '.join(MODELS)}.")
    if name == "parse_ahead" and value not in ("off", "on", "thread"):
        raise BadInput(f"Unknown parse_ahead setting {value!r}; use on, thread or off.")
    if name == "encoder":
        from .classify.encoders import ENCODERS

        if value not in ENCODERS:
            raise BadInput(f"Unknown encoder setting {value!r}; use one of {', '.join(ENCODERS)}.")
    if name == "classifier" and value not in CLASSIFIER_MODES:
        raise BadInput(f"Unknown classifier setting {value!r}; use one of {', '.join(CLASSIFIER_MODES)}.")
    return value
