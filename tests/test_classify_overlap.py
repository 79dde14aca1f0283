"""The classifier's encoder overlapped with the next batch's parse and coding (classify/overlap.py): the same
documents in the same order as in line, failed articles named while the rest go on, the worker thread ended
on every exit, and none with the classifier off. No timing here (benchmarks/README.md, "Seventh round")."""
from __future__ import annotations

import threading

import pytest

from communique.jsonl import dumps_line
from communique.pipeline import extract_articles
from communique.records import Article
from communique.settings import Settings

pytestmark = pytest.mark.classifier

SMALL_BATCHES = Settings(classifier="events", batch_size=2)  # seven articles: four batches, the last of one

TEXTS = [
    "Police arrested four students outside the parliament in Dhaka on Monday after a march turned violent.",
    "Gunmen opened fire on a bus near Quetta on Sunday, killing six passengers, officials said.",
    "The foreign ministers of Ghana and Togo met in Accra on Tuesday to talk about border trade.",
    "heavy rain flooded dozens of villages in assam and forced thousands of people from their homes",
    "Troops shelled rebel positions outside the town overnight, residents said. Two soldiers were wounded.",
    "The central bank left interest rates unchanged on Thursday, citing slowing inflation.",
    "Protesters burned tyres and blocked the main road into Nairobi on Friday, demanding cheaper fuel. "
    "Riot police fired tear gas to clear them.",
]


def _articles(texts) -> list[Article]:
    return [Article(text=t, id=f"a{n}", published="2021-03-01") for n, t in enumerate(texts)]


def _encoder_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("communique-encoder")]


def test_overlapped_batches_give_the_documents_of_batches_in_line_in_order(nlp, classifier):
    articles = _articles(TEXTS)
    overlapped = list(extract_articles(articles, SMALL_BATCHES))
    in_line = list(extract_articles(articles, SMALL_BATCHES, overlap=False))
    assert [d.id for d in overlapped] == [a.id for a in articles]
    # byte for byte: each batch's encoder call got the same sentences
    assert [dumps_line(d.to_dict()) for d in overlapped] == [dumps_line(d.to_dict()) for d in in_line]
    read = [n for n, d in enumerate(overlapped) if d.sentence_classes]
    assert len({n // 2 for n in read}) >= 3  # sentences were encoded in at least three of the four batches
    assert any(e.acled for e in overlapped[1].events)  # the shooting still carries its ACLED reading


def test_failed_articles_inside_overlapped_batches_are_named_and_the_rest_go_on(nlp, classifier):
    good = _articles(TEXTS[:5])
    poisoned = good[:3] + [Article(text="Mali accused Niger on Sunday.", id="bad-date", published="9999-12-31"),
                           Article(text="   ", id="no-text")] + good[3:]  # batches 2 and 3 hold the two failures
    documents = list(extract_articles(poisoned, SMALL_BATCHES))
    assert [d.id for d in documents] == [a.id for a in poisoned]
    errors = {d.id: d.error for d in documents if d.error}
    assert set(errors) == {"bad-date", "no-text"}
    assert errors["bad-date"].startswith("bad publication date: ")
    assert errors["no-text"].startswith("no text: ")
    clean = list(extract_articles([a for a in poisoned if a.id not in errors], SMALL_BATCHES, overlap=False))
    by_id = {d.id: d for d in documents}
    # the batches differ from the clean run's, so scores may move a little; the events and classes do not
    for document in clean:
        assert [(e.trigger, e.cameo["code"]) for e in by_id[document.id].events] == \
            [(e.trigger, e.cameo["code"]) for e in document.events]
        assert [c.label for c in by_id[document.id].sentence_classes] == [c.label for c in document.sentence_classes]


def test_the_encoder_worker_raises_the_encoders_error_and_serves_the_next_call(classifier):
    from communique.classify.overlap import EncoderWorker

    with EncoderWorker() as worker:
        broken = worker.submit(classifier.encoder, [None])  # not a string: the tokenizer refuses it
        fine = worker.submit(classifier.encoder, ["Police arrested four students in Dhaka."])
        with pytest.raises(TypeError):
            worker.result(broken)
        vectors = worker.result(fine)
    assert vectors.shape == (1, classifier.encoder.dimension)
    assert (vectors == classifier.encoder.encode(["Police arrested four students in Dhaka."])).all()
    assert not _encoder_threads()


def test_the_worker_thread_ends_when_the_run_is_closed_early_or_fails(nlp, classifier):
    for stop in ("close", "throw"):
        documents = extract_articles(_articles(TEXTS), SMALL_BATCHES)
        first = next(documents)  # batches 1 and 2 coded, 1's encoder call waited for, 2's under way
        assert first.id == "a0"
        assert len(_encoder_threads()) == 1
        if stop == "close":
            documents.close()
        else:
            with pytest.raises(KeyError):
                documents.throw(KeyError("the caller failed"))
        assert not _encoder_threads(), stop


def test_with_the_classifier_off_no_worker_thread_is_started(nlp):
    documents = extract_articles(_articles(TEXTS), Settings(batch_size=2, classifier="off"))
    first = next(documents)
    assert first.id == "a0" and first.sentence_classes == []
    assert not _encoder_threads()
    assert len(list(documents)) == len(TEXTS) - 1


def test_the_traced_encoder_graph_is_the_python_forward_and_pooling_to_the_bit(classifier):
    import torch

    encoder = classifier.encoder
    with torch.inference_mode():
        for batch, width in ((1, 3), (5, 17), (32, 64)):  # none the shape it was traced on (2 x 8)
            ids = torch.randint(1000, 20000, (batch, width))
            mask = torch.ones((batch, width))
            mask[batch // 2:, width // 2:] = 0.0
            assert torch.equal(encoder._graph(ids, mask), encoder._pooled(ids, mask)), (batch, width)


def test_one_call_over_a_list_of_chunks_gives_each_chunk_its_own_graph_call_to_the_bit(classifier):
    import numpy
    import torch

    encoder = classifier.encoder
    sentences = TEXTS + [t.upper() for t in TEXTS] + [" ".join(TEXTS)]  # widths from ~15 to the 64-piece cut
    chunks = encoder.batches(sentences, batch_size=3)
    assert len(chunks) > 3
    with torch.inference_mode():
        one_call = encoder._chunks_graph([ids for _, ids, _ in chunks], [mask for _, _, mask in chunks])
        for (_, ids, mask), rows in zip(chunks, one_call, strict=True):
            assert torch.equal(rows, encoder._graph(ids, mask))
    alone = numpy.stack([encoder.encode([s])[0] for s in sentences])
    assert numpy.array_equal(encoder.encode(sentences, batch_size=3), alone)
