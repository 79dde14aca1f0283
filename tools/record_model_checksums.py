"""Write src/communique/data/model_checksums.tsv from the installed spaCy model (after a deliberate upgrade).

    .venv/bin/python tools/record_model_checksums.py
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from communique.model_check import CHECKSUMS_FILE, file_checksums, model_folder
from communique.nlp import MODEL_PACKAGE

META_KEYS = ("lang", "name", "version", "spacy_version", "pipeline")


def main() -> None:
    folder = model_folder(MODEL_PACKAGE)
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    out = Path(__file__).resolve().parents[1] / "src" / "communique" / "data" / CHECKSUMS_FILE
    lines = [
        "# The spaCy model communique is built and measured with: fields of its meta.json, and the SHA-256",
        f"# and size of every file of its model folder. Origin: computed from the {MODEL_PACKAGE} package as",
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
