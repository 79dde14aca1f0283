"""Commands that only read the store (events, deadlines, serve, ...) must not pay for loading spaCy and torch."""
from __future__ import annotations

import subprocess
import sys


def test_building_the_command_line_loads_neither_spacy_nor_torch():
    probe = ("import sys; import communique.cli as cli; cli.build_parser(); "
             "import communique.api.app; "
             "print(sorted(m for m in ('spacy', 'thinc', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_coder_still_exports_its_event_record():
    from communique.coder import CodedEvent, code_sentence

    assert CodedEvent.__name__ == "CodedEvent" and callable(code_sentence)
