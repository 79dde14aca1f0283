"""The encoder's int8 linear layers with fixed input ranges (classify/quantise.py): a row's output depends on that
row alone, stays near the float product, and saturates beyond the range; the shipped range file. No model is
loaded: the layers here are built on small weights made in the test."""
from __future__ import annotations

import hashlib

import pytest

torch = pytest.importorskip("torch")

from communique.classify.head import load_heads  # noqa: E402
from communique.classify.quantise import (RANGES_FILE, FixedRangeLinear, read_ranges,  # noqa: E402
                                          widened, write_ranges)
from communique.data_files import data_path  # noqa: E402
from communique.errors import DataFileError  # noqa: E402


def _layer(low=-2.0, high=3.0, inputs=16, outputs=8):
    generator = torch.Generator().manual_seed(7)
    weight = torch.randn(outputs, inputs, generator=generator) * 0.3
    bias = torch.randn(outputs, generator=generator) * 0.1
    return FixedRangeLinear(weight, bias, low, high), weight, bias


def test_a_rows_output_does_not_depend_on_the_rows_beside_it():
    layer, _, _ = _layer()
    row = torch.linspace(-1.5, 2.5, 16)[None, :]
    neighbours = torch.cat([torch.full((1, 16), 40.0), torch.full((1, 16), -0.01)])  # far beyond, and tiny
    alone = layer(row)
    assert torch.equal(layer(torch.cat([neighbours, row]))[2:], alone)
    assert torch.equal(layer(torch.stack([neighbours, torch.cat([row, row])]))[1, 0], alone[0])  # 3-D input too


def test_inside_its_range_the_layer_is_close_to_the_float_product_and_beyond_it_saturates():
    layer, weight, bias = _layer()
    x = torch.rand(32, 16, generator=torch.Generator().manual_seed(3)) * 5.0 - 2.0  # within [-2, 3]
    exact = x @ weight.T + bias
    assert (layer(x) - exact).abs().max() < 0.05 * exact.abs().max()
    at_edge, beyond = torch.full((1, 16), 3.0), torch.full((1, 16), 9.0)
    assert torch.equal(layer(beyond), layer(at_edge))


def test_a_range_that_holds_only_zero_is_refused():
    with pytest.raises(DataFileError, match="empty"):
        _layer(low=0.0, high=0.0)


def test_ranges_round_trip_through_their_file_and_widen_by_the_margin(tmp_path):
    path = tmp_path / "ranges.tsv"
    ranges = {"encoder_layer_0_output_dense": (-0.17, 24.8), "encoder_layer_0_attention_self_qkv": (-3.38, 6.97)}
    write_ranges(path, widened(ranges, 1.5), {"margin": 1.5})
    read = read_ranges(path)
    assert read.keys() == ranges.keys()
    assert read["encoder_layer_0_output_dense"] == pytest.approx((-0.255, 37.2), abs=1e-4)
    path.write_text("layer\tlow\thigh\nencoder_layer_0_output_dense\t-0.2\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 2"):
        read_ranges(path)


def test_the_shipped_ranges_cover_every_linear_layer_and_the_head_was_fitted_with_them():
    parts = ("attention_self_qkv", "attention_output_dense", "intermediate_dense", "output_dense")
    ranges = read_ranges()
    assert set(ranges) == {f"encoder_layer_{n}_{part}" for n in range(6) for part in parts}
    assert all(low < 0.0 < high for low, high in ranges.values())
    digest = hashlib.sha256(data_path(RANGES_FILE).read_bytes()).hexdigest()
    assert load_heads().provenance["encoder_ranges_sha256"] == digest, \
        "data/classify_encoder_ranges.tsv changed since the head was fitted: run tools/build_classifier_head.py"
