"""The heads' label scores ranked and rounded for all rows at once (scoring._ranked) are the LabelScores a
sentence's row gave one pair at a time: labels best first (numpy's argsort of the negated row), each score
`round(score, 4)`, the same floats to the last bit, rounding ties and near-ties included."""
import numpy

from communique.classify.scoring import LabelScore, _ranked


def one_pair_at_a_time(labels, rows):
    out = []
    for order, row in zip(numpy.argsort(-rows, axis=1).tolist(), rows.tolist()):
        out.append(tuple(LabelScore(labels[i], round(row[i], 4)) for i in order))
    return out


def assert_same(expected, found):
    assert len(found) == len(expected)
    for want, got in zip(expected, found):
        assert [type(s) for s in got] == [LabelScore] * len(want)
        assert [(s.label, repr(s.score)) for s in got] == [(s.label, repr(s.score)) for s in want]


def test_probability_rows_in_float32_and_float64_rank_and_round_as_one_pair_at_a_time():
    rng = numpy.random.default_rng(36)
    labels = tuple(f"label{i}" for i in range(12))
    for power in (0.5, 1.0, 4.0):
        rows = rng.random((400, 12)) ** power
        rows /= rows.sum(axis=1, keepdims=True)
        assert_same(one_pair_at_a_time(labels, rows), _ranked(labels, rows))
        rows32 = rows.astype(numpy.float32)
        assert_same(one_pair_at_a_time(labels, rows32), _ranked(labels, rows32))


def test_scores_on_and_next_to_a_rounding_half_round_as_round_does():
    # x * 10000 exactly a half (0.03125 -> 312.5, to even: 0.0312), a decimal half not exact in binary (0.00005,
    # 2.675e-4), values a few ulps either side of a half, the ends of the range, and one outside it
    values = [0.03125, 0.09375, 0.00005, 0.00015, 2.675e-4, 0.12345, 0.99995, 0.0, 1.0, -0.0, 1.5, 1e-300]
    values += [k / 20000 + d for k in range(0, 20001, 7) for d in (-1e-13, -1e-16, 0.0, 1e-16, 1e-13)]
    values += [0.0] * (-len(values) % 8)
    rows = numpy.array(values).reshape(-1, 8)
    labels = tuple("abcdefgh")
    assert_same(one_pair_at_a_time(labels, rows), _ranked(labels, rows))
