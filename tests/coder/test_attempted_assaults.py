"""`attempted_assaults` (branch material2, issue 10): an assault (PLOVER ASSAULT) that a verb of attempting governs,
the attempt told as done, is scored with the attempt's modality ("gunmen tried to assassinate the governor": the
PLOVER manual's ASSAULT targeted, "successful and attempted assassinations"; CAMEO 185 "Attempt to assassinate");
an attempt announced for later, denied, or at an act of another type (an arrest) stays a possibility."""
from __future__ import annotations

from pathlib import Path

from fixture_tables import assert_the_on_off_table, padded_rows

CASES = Path(__file__).resolve().parent / "attempted_assaults_cases.tsv"


def _read(document) -> str:
    return "|".join(sorted(f"{e.cameo['code']} {e.plover['type']} {e.modality}" for e in document.events)) or "-"


def test_an_attempted_assault_is_scored_as_the_attempt_is_told(nlp, monkeypatch):
    assert_the_on_off_table(monkeypatch, padded_rows(CASES, 3), _read, ("attempted_assaults",), at_least=9,
                            changed_at_least=4)
