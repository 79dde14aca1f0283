"""The classifier's reading in pieces (classify/pieces.py): each batch's encoder calls start as its documents are
coded, cut where the sentences chosen to read reach the piece size; the output is the same with the worker thread
and in line (the same pieces either way), whatever the timing. No timing here (benchmarks/README.md, "Session 10")."""
from __future__ import annotations

import pytest

import communique.classify.pieces as pieces
from communique.jsonl import dumps_line
from communique.pipeline import extract_articles
from communique.records import Article
from communique.settings import Settings

pytestmark = pytest.mark.classifier

BATCHES = Settings(classifier="events", batch_size=20)
SIZE = 16  # a smaller piece than the shipped one, so that every batch here is cut into several

# Written for this test: violent, police, diplomatic and non-political sentences, combined below into a few
# hundred distinct texts of one to four sentences, so that the pieces hold different numbers of documents.
SENTENCES = [
    "Police arrested four students outside the parliament in Dhaka on Monday after a march turned violent.",
    "Gunmen opened fire on a bus near Quetta on Sunday, killing six passengers, officials said.",
    "The foreign ministers of Ghana and Togo met in Accra on Tuesday to talk about border trade.",
    "Troops shelled rebel positions outside the town overnight, residents said.",
    "Protesters burned tyres and blocked the main road into Nairobi on Friday, demanding cheaper fuel.",
    "A car bomb exploded near a market in Mogadishu, wounding at least twelve people.",
    "riot police fired tear gas to disperse hundreds of striking miners in johannesburg",
    "Iran accused Israel of sabotage at a nuclear site, a claim Israeli officials did not deny.",
    "heavy rain flooded dozens of villages in assam and forced thousands of people from their homes",
    "India criticised Pakistan for the attack on its border posts in Kashmir.",
    "A fire at a chemical plant outside Tianjin killed three workers, state media reported.",
    "Armed men kidnapped a village chief in Zamfara state and demanded a ransom.",
    "Customs officers seized two tonnes of cocaine hidden in banana crates at the port of Antwerp.",
    "Chile and Peru signed an agreement on fishing rights in Lima last week.",
    "Soldiers detained dozens of opposition supporters after the vote in Kampala.",
    "The mayor of Kharkiv said shelling had destroyed two schools during the night.",
    "Hundreds of nurses marched through Lagos to demand unpaid salaries.",
    "Japan said it would provide emergency aid to flood victims in Bangladesh.",
]


def _articles(n: int) -> list[Article]:
    count = len(SENTENCES)
    texts = [" ".join(SENTENCES[(i * step) % count] for step in (1, 5, 7, 11)[: 1 + i % 4]) + f" ({i})"
             for i in range(n)]
    return [Article(text=t, id=f"a{i}", published="2021-03-01") for i, t in enumerate(texts)]


def _batch_numbers(n: int, size: int) -> list[int]:
    """Each document's batch: the first three batches an eighth, a quarter and a half of `size` (batches.py), then
    `size`."""
    numbers, sizes, batch = [], sorted({max(1, size // part) for part in (8, 4, 2)}), 0
    while len(numbers) < n:
        numbers.extend([batch] * (sizes.pop(0) if sizes else size))
        batch += 1
    return numbers[:n]


def _lines(documents) -> list[str]:
    return [dumps_line(d.to_dict()) for d in documents]


def test_pieces_give_the_same_documents_with_the_worker_and_in_line(nlp, classifier, monkeypatch):
    monkeypatch.setattr(pieces, "PIECE_SENTENCES", SIZE)
    log: list = []  # ("document", its number) and ("piece", sentences per document, in the worker?) in order
    append, start = pieces.BatchPieces.append, pieces.start_reading

    def appended(self, item):
        log.append(("document", int(item[0].id[1:])))
        return append(self, item)

    def started(items, mode, worker=None, chosen=None):
        log.append(("piece", [len(c) for c in chosen], worker is not None))
        return start(items, mode, worker, chosen)

    monkeypatch.setattr(pieces.BatchPieces, "append", appended)
    monkeypatch.setattr(pieces, "start_reading", started)
    articles = _articles(200)  # ten batches of 20
    overlapped = list(extract_articles(articles, BATCHES))
    overlapped_log, log[:] = list(log), []
    in_line = list(extract_articles(articles, BATCHES, overlap=False))
    assert [d.id for d in overlapped] == [a.id for a in articles]
    assert _lines(overlapped) == _lines(in_line)  # byte for byte: the same pieces, so the same vectors
    assert [entry[:2] for entry in overlapped_log] == [entry[:2] for entry in log]
    assert all(entry[2] for entry in overlapped_log if entry[0] == "piece")  # the worker ran the calls
    assert not any(entry[2] for entry in log if entry[0] == "piece")  # and none in line
    pieces_read = [n for n, entry in enumerate(overlapped_log) if entry[0] == "piece"]
    assert len(pieces_read) >= 3 * 10  # several pieces per batch
    batch_of = _batch_numbers(len(articles), BATCHES.batch_size)
    for n in pieces_read:  # a piece ends with the document that brings its sentences to the size, or its batch's last
        counts, last = overlapped_log[n][1], overlapped_log[n - 1][1]
        assert sum(counts) >= SIZE or last + 1 == len(articles) or batch_of[last + 1] != batch_of[last], (n, counts)
        assert sum(counts[:-1]) < SIZE, (n, counts)
    # a piece of a batch starts while the batch's later documents are still to be coded
    assert any(n + 1 < len(overlapped_log) and batch_of[overlapped_log[n - 1][1]] == batch_of[overlapped_log[n + 1][1]]
               for n in pieces_read)
    assert sum(1 for d in overlapped if d.sentence_classes) > 180  # nearly every text had sentences read


def test_the_output_is_the_same_from_run_to_run(nlp, classifier):
    articles = _articles(60)
    settings = Settings(classifier="events", batch_size=16)
    assert _lines(extract_articles(articles, settings)) == _lines(extract_articles(articles, settings))


class _EveryTable:
    """A `keep` that keeps every table (as before the coded Docs were released to what their reading reads)."""

    def __contains__(self, key) -> bool:
        return True


def test_a_coded_doc_keeps_only_the_tables_its_reading_reads_and_the_output_is_the_same(nlp, classifier, monkeypatch):
    # the coder's sentence views (thousands of objects a document) go once a document is coded, not when its piece is
    # read after the next batch's coding; what the reading asks for again is built again, the same
    from communique.coder.phrases import VIEWS_KEY

    coded_with, waiting_with = set(), set()
    append, start = pieces.BatchPieces.append, pieces.start_reading

    def tables(doc) -> set:
        return {k for k in doc.user_data if isinstance(k, str) and k.startswith("communique.")}

    def appended(self, item):
        coded_with.update(tables(item[1].doc))
        return append(self, item)

    def started(items, mode, worker=None, chosen=None):
        for _, context in items:
            waiting_with.update(tables(context.doc))
        return start(items, mode, worker, chosen)

    monkeypatch.setattr(pieces.BatchPieces, "append", appended)
    monkeypatch.setattr(pieces, "start_reading", started)
    articles = _articles(60)
    released = _lines(documents := list(extract_articles(articles, BATCHES)))
    assert VIEWS_KEY in coded_with  # the coder kept its views
    assert waiting_with and waiting_with <= pieces.READ_TABLES  # none of them waits for the reading
    assert sum(1 for d in documents if d.sentence_classes) > 50  # the documents' sentences were read
    monkeypatch.setattr(pieces, "READ_TABLES", _EveryTable())
    waiting_with.clear()
    assert _lines(extract_articles(articles, BATCHES)) == released
    assert VIEWS_KEY in waiting_with  # kept this time
