"""The ``newswire`` command: one entry point, one sub-command per job.

Sub-commands import their module lazily so that ``newswire split`` does not pay for
loading Faust, spaCy or Kafka clients it never uses.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# One BLAS thread per process: a worker scales by processes (consumer groups), and
# multi-threaded BLAS on a small machine fights the event loop and the other workers.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

# name -> (module, function, help). Each function takes the parsed argparse namespace
# and returns an exit code; each module adds its own arguments via ``add_arguments``.
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("newswire.run", "Start what is missing, push seeds/ through the pipeline, show where it went."),
    "broker": ("newswire.broker", "Manage the local Kafka broker: start, stop, status."),
    "worker": ("newswire.agents.app", "Run a Faust worker (split, enrich, route agents)."),
    "produce": ("newswire.producer", "Send text, HTML or JSON-lines files to news.raw."),
    "topics": ("newswire.inspect", "List the catalogue's topics and their offsets on the broker."),
    "tail": ("newswire.inspect", "Print the records of a topic."),
    "split": ("newswire.split.cli", "Split pages into body, standfirst and teasers (JSON lines)."),
    "enrich": ("newswire.entities.cli", "Named entities for texts (JSON lines)."),
    "classify": ("newswire.topics.cli", "IPTC topics for articles (JSON lines)."),
    "route": ("newswire.routing_cli", "Where an enriched article would be routed, and why."),
    "feeds": ("newswire.feeds.cli", "Poll RSS/Atom/JSON feeds and produce new items to news.raw."),
}


def build_parser(selected: str | None = None) -> argparse.ArgumentParser:
    """All sub-commands are listed; only ``selected`` has its module imported (for its arguments)."""
    parser = argparse.ArgumentParser(prog="newswire", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"newswire {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module, _name=name)
        if name != selected:
            continue
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:  # a missing optional dependency: say so when used
            p.set_defaults(_import_error=f"newswire {name}: cannot load {module}: {exc}")
            continue
        adder = getattr(mod, f"add_{name}_arguments", None) or getattr(mod, "add_arguments", None)
        if adder is not None:
            adder(p)
    return parser


def _version() -> str:
    from newswire import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    selected = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(selected if selected in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    if getattr(args, "_import_error", None):
        print(args._import_error, file=sys.stderr)
        return 2
    mod = importlib.import_module(args._module)
    fn = getattr(mod, f"cmd_{args._name}", None) or mod.main
    try:
        return int(fn(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `newswire tail ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
