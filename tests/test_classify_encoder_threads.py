"""The encoder's calls shared among threads (classify/overlap.py, the setting `encoder_threads`): each call's chunks
cut once and shared out, the same vectors to the bit as one thread's, the same documents with 1 thread or 2, and
every thread ended with the run. No timing here (benchmarks/README.md, "Session 41")."""
from __future__ import annotations

import threading

import numpy
import pytest

from communique.errors import BadInput
from communique.jsonl import dumps_line
from communique.pipeline import extract_articles
from communique.records import Article
from communique.settings import Settings

pytestmark = pytest.mark.classifier

SENTENCES = [  # our own, of many lengths: a call of several chunks (the widest cut at 64 word pieces)
    "Police arrested four students outside the parliament in Dhaka on Monday.",
    "Gunmen opened fire on a bus near Quetta on Sunday, killing six passengers, officials said.",
    "The foreign ministers of Ghana and Togo met in Accra to talk about border trade and a new customs post.",
    "Rebels shelled the town.",
    "Riot police fired tear gas at hundreds of farmers who had blocked the highway into the capital with "
    "tractors for a third day, demanding higher prices for their grain and an end to cheap imports.",
    "The central bank left interest rates unchanged on Thursday, citing slowing inflation.",
    "Turkey said it would send troops.",
] * 9


def _encoder_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("communique-encoder")]


def test_a_call_shared_among_threads_gives_the_one_threads_vectors_to_the_bit(classifier):
    from communique.classify.overlap import EncoderWorker

    encoder = classifier.encoder
    alone = encoder.encode(SENTENCES)
    assert len(encoder.chunks(SENTENCES)) >= 3
    for threads in (1, 2, 3):
        with EncoderWorker(threads) as worker:
            calls = [worker.submit(encoder, SENTENCES), worker.submit(encoder, SENTENCES[5:9]),
                     worker.submit(encoder, [])]
            vectors = [worker.result(call) for call in calls]
        assert numpy.array_equal(vectors[0], alone), threads
        assert numpy.array_equal(vectors[1], alone[5:9]), threads
        assert vectors[2].shape == (0, encoder.dimension)
        assert not _encoder_threads()


def test_shares_hold_every_chunk_once_in_order_and_of_about_equal_cost(classifier):
    from communique.classify.overlap import shared_out

    chunks = classifier.encoder.chunks(SENTENCES)
    cost = [c[1].shape[0] * c[1].shape[1] for c in chunks]
    for parts in (1, 2, 3):
        shares = shared_out(chunks, parts)
        assert len(shares) == parts
        assert sorted(id(c) for share in shares for c in share) == sorted(id(c) for c in chunks)
        for share in shares:
            assert [chunks.index(c) for c in share] == sorted(chunks.index(c) for c in share)
        costs = [sum(c[1].shape[0] * c[1].shape[1] for c in share) for share in shares]
        assert max(costs) - min(costs) <= max(cost)  # the greedy split: within one chunk's cost
    assert shared_out([], 2) == [[], []]


def test_the_shared_encoder_raises_the_callers_error_and_serves_the_next_call(classifier):
    from communique.classify.overlap import EncoderWorker

    with EncoderWorker(2) as worker:
        broken = worker.submit(classifier.encoder, [None])  # not a string: the tokenizer refuses it
        fine = worker.submit(classifier.encoder, SENTENCES)
        with pytest.raises(TypeError):
            worker.result(broken)
        assert numpy.array_equal(worker.result(fine), classifier.encoder.encode(SENTENCES))
    assert not _encoder_threads()


def test_documents_are_the_same_with_one_encoder_thread_or_two_and_the_threads_end(nlp, classifier):
    articles = [Article(text=" ".join(SENTENCES[n:n + 5]), id=f"a{n}", published="2021-03-01") for n in range(9)]
    one = list(extract_articles(articles, Settings(classifier="events", batch_size=2, encoder_threads=1)))
    two = extract_articles(articles, Settings(classifier="events", batch_size=2, encoder_threads=2))
    first = next(two)
    assert 1 <= len(_encoder_threads()) <= 2  # the calls' thread, and its helper once it had a share
    two = [first] + list(two)
    assert [dumps_line(d.to_dict()) for d in two] == [dumps_line(d.to_dict()) for d in one]
    assert any(d.sentence_classes for d in two)
    assert not _encoder_threads()


def test_encoder_threads_is_a_whole_number_of_one_or_more():
    assert Settings().encoder_threads == 2
    assert Settings.build(env={"COMMUNIQUE_ENCODER_THREADS": "1"}).encoder_threads == 1
    with pytest.raises(BadInput):
        Settings.build(env={"COMMUNIQUE_ENCODER_THREADS": "0"})
