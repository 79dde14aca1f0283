"""Run extraction over a gold file and score it: `evaluate_file(path)` -> `Evaluation`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable, Iterator

from ..errors import CommuniqueError
from ..records import Article, Document
from ..settings import Settings
from .formats import read_gold
from .judgement import GoldRecord, Judgement

# Gold standards code what was done or said. An event the text denies ("did not attack") or only imagines
# ("could lead to") stays in communique's output with its modality, but is not scored as a coded event.
UNSCORED_MODALITIES = {"negated", "hypothetical"}

Extractor = Callable[[Iterable[Article], Settings | None], Iterator[Document]]


@dataclass
class Evaluation:
    """The figures for one gold file, and the per-record judgements behind them."""
    path: str
    format: str
    figures: dict[str, Any]
    judgements: list[Judgement]

    def figure(self, dotted: str) -> float:
        """One figure by its dotted path: "type.f1", "noevents.correct", "macro_f1_political"."""
        value: Any = self.figures
        for key in dotted.split("."):
            value = value[key]
        return float(value)

    def to_dict(self) -> dict[str, Any]:
        errors = sum(1 for j in self.judgements if j.error)
        return {"gold": self.path, "format": self.format, "extraction_errors": errors, **self.figures}


def evaluate_file(path: Path | str, limit: int | None = None, settings: Settings | None = None,
                  extract: Extractor | None = None) -> Evaluation:
    """Extract events from every record of the gold file at `path` and score them against the gold.

    `extract` defaults to communique.pipeline.extract_articles; tests may pass their own.
    """
    gold_format, records = read_gold(Path(path), limit)
    return evaluate_records(gold_format, records, str(path), settings, extract)


def evaluate_records(gold_format: ModuleType, records: list[GoldRecord], path: str = "",
                     settings: Settings | None = None, extract: Extractor | None = None) -> Evaluation:
    if extract is None:
        from ..pipeline import extract_articles as extract
    articles = [Article(text=r.text, id=r.id, published=r.published) for r in records]
    documents = [_as_gold_codes_it(d) for d in extract(articles, settings)]
    if len(documents) != len(records):
        raise CommuniqueError(f"extraction gave {len(documents)} documents for {len(records)} articles")
    judgements = [gold_format.judge(r, d) for r, d in zip(records, documents)]
    return Evaluation(path, gold_format.NAME, gold_format.figures(judgements), judgements)


def _as_gold_codes_it(document: Document) -> Document:
    document.events = [e for e in document.events if e.modality not in UNSCORED_MODALITIES]
    return document
