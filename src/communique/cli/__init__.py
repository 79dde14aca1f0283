"""The command line: each command parses its arguments, calls one library function, formats the result."""
from __future__ import annotations

import argparse
import sys

from ..errors import CommuniqueError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique", description="News in, coded political events out.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _command_modules():
        module.add_commands(sub)
    return parser


def _command_modules():
    """Each module under cli/ that defines add_commands(subparsers) contributes its commands."""
    import importlib
    import pkgutil

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "add_commands"):
            yield module


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except CommuniqueError as exc:
        print(f"communique: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # "communique events | head": the reader has what it wanted
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("communique: interrupted; work already committed is kept.", file=sys.stderr)
        return 130
