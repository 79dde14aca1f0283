"""What the encoder cost trials (tools/static_encoder_trial.py, tools/build_distil_map.py) share: a trial
classifier put in the pipeline's place, then CASE dev with `classifier = events`, or the throughput bench."""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def use_classifier(classifier) -> None:
    """Make the pipeline's classifier step (classify/apply.py) use `classifier` for the rest of this process."""
    import communique.classify.apply as apply
    apply.load_classifier = lambda *_: classifier  # any encoder named: this one


def case(classifier, title: str) -> None:
    """CASE 2021 dev with the classifier on, scored with `classifier`, printed under `title`."""
    from communique.evaluate.report import format_scoreboard
    from communique.evaluate.runner import evaluate_file
    from communique.settings import Settings

    use_classifier(classifier)
    gold = REPO.parent / "shared" / "eval" / "case2021_task2_dev.jsonl"
    evaluation = evaluate_file(gold, settings=Settings.build(classifier="events"))
    print(f"CASE dev, classifier events, {title}:")
    print(format_scoreboard(evaluation), flush=True)


def bench(classifier, rounds: int) -> None:
    """benchmarks/throughput.py with the classifier on (`--repeat 1`), scored with `classifier`."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import throughput

    use_classifier(classifier)
    sys.argv = ["throughput.py", "--classifier", "events", "--repeat", "1", "--rounds", str(rounds)]
    throughput.main()
