"""What happened to the documents handed to `Store.add_documents`: stored, duplicates, events, and each skip
with its reason (told to a `report` callback as it happens, so an ingest can name every article it skipped)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class AddCounts:
    """What happened to the documents handed to `Store.add_documents`."""
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    report: Callable[[str, str, str], None] | None = None  # told (name, reason, detail) of each skip

    def skip(self, name: str, reason: str, detail: str = "") -> None:
        """Count one skipped article under `reason`, and tell `report` its name and why."""
        self.skipped[reason] += 1
        if self.report is not None:
            self.report(name, reason, detail)
