"""How the encoder cuts a call's sentences into chunks (classify/encoder.chunked): sorted by length, at most
`batch_size` sentences and `pieces` word pieces (padded) a chunk. Plain lists of lengths: no model is loaded."""
from __future__ import annotations

from communique.classify.encoder import chunked


def _padded_size(chunk, lengths):
    return len(chunk) * max(lengths[i] for i in chunk)


def test_every_sentence_is_in_one_chunk_and_the_chunks_run_from_short_to_long():
    lengths = [30, 7, 64, 12, 12, 45, 9, 30, 18, 64, 5]
    chunks = chunked(lengths, batch_size=32, pieces=64)
    flat = [i for chunk in chunks for i in chunk]
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[i] for i in flat] == sorted(lengths)
    assert flat.index(3) < flat.index(4) and flat.index(0) < flat.index(7)  # equal lengths keep their order


def test_no_chunk_holds_more_pieces_than_the_budget_once_padded():
    lengths = [11, 23, 8, 40, 17, 9, 31, 26, 14, 12, 19, 35, 6, 28]
    for pieces in (40, 64, 100, 256):
        for chunk in chunked(lengths, batch_size=32, pieces=pieces):
            assert _padded_size(chunk, lengths) <= pieces, (pieces, chunk)


def test_short_sentences_go_many_together_and_long_ones_few():
    lengths = [8] * 40 + [64] * 12
    chunks = chunked(lengths, batch_size=32, pieces=256)
    sizes = [(len(c), lengths[c[0]]) for c in chunks]
    assert sizes[0] == (32, 8)  # the sentence cap first: 32 x 8 pieces is the budget exactly
    assert (8, 8) in sizes
    assert all(n == 4 for n, length in sizes if length == 64)


def test_a_sentence_longer_than_the_budget_is_a_chunk_alone():
    lengths = [10, 70, 10, 90]
    chunks = chunked(lengths, batch_size=32, pieces=64)
    assert chunks == [[0, 2], [1], [3]]


def test_no_sentences_no_chunks():
    assert chunked([], batch_size=32, pieces=256) == []
