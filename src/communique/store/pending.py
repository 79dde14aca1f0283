"""A transaction's documents for the store (`database.Store.add_documents`), each made ready as it arrives: its rows,
its story assignments and what happened to it, counted and written at the batch's commit; and the keys by which
a document is known to be stored already."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable, Iterator

from ..records import Document

DUPLICATE = "\0duplicate"  # a batch's outcome for a document stored already (no extraction error reads so)


@dataclass
class PendingBatch:
    """Documents of one transaction, each made ready as it arrives (`database.Store._prepare`): their rows (`rows`,
    by table), story assignments and what happened to each (`outcomes`: the events stored, DUPLICATE, or the
    extraction's error)."""
    first_seq: int  # the store's next `seq` when the batch began: given back where its preparation is undone
    ready: bool  # whether documents are made ready as they arrive (an index the store can read back, or none)
    documents: list[Document] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)
    outcomes: list[int | str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # the keys of the documents made ready (and of those stored)
    rows: dict[str, list[tuple]] = field(default_factory=dict)
    assignments: list[tuple[str, str, str]] = field(default_factory=list)


def document_keys(doc_id: str | None, url: str | None, hash_: str | None) -> set[str]:
    keys = {f"id:{doc_id}"} if doc_id else set()
    if url:
        keys.add(f"url:{url}")
    if hash_:
        keys.add(f"text:{hash_}")
    return keys


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while group := list(islice(iterator, size)):
        yield group
