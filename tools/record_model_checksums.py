"""Write a model's checksums file (src/communique/data/model_checksums*.tsv) from the installed spaCy model,
after a deliberate upgrade; `--model md` for the medium model (default: sm).

    .venv/bin/python tools/record_model_checksums.py [--model md]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from communique.model_check import DEFAULT_MODEL, MODELS, file_checksums, model_folder

META_KEYS = ("lang", "name", "version", "spacy_version", "pipeline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=sorted(MODELS), default=DEFAULT_MODEL)
    choice = MODELS[parser.parse_args().model]
    folder = model_folder(choice.package)
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    out = Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / choice.checksums
    lines = [
        "# A spaCy model communique is built and measured with: fields of its meta.json, and the SHA-256",
        f"# and size of every file of its model folder. Origin: computed from the {choice.package} package as",
        f"# installed from PyPI with constraints.txt, {dt.date.today().isoformat()}, by",
        "# tools/record_model_checksums.py (written for communique, MIT). Checked at load by model_check.py.",
        "kind\tkey\tvalue\tbytes",
    ]
    lines += [f"meta\t{key}\t{meta.get(key)}\t" for key in META_KEYS]
    lines += [f"file\t{name}\t{digest}\t{size}" for name, (digest, size) in file_checksums(folder).items()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(lines) - 5 - len(META_KEYS)} files)")


if __name__ == "__main__":
    main()
