"""``newswire worker`` with only some of its agents: the split-only pipeline of the benchmarks.

Reuses ``newswire.agents.app.create_app`` as it is (the production split agent, its batching,
executor offload and acknowledged sends) and drops the agents not asked for before the
worker starts, so their topics are never subscribed. Models are loaded only if enrich or
route is kept.

    NEWSWIRE_APP_ID=bench-split .venv/bin/python bench/worker_variant.py --stages split
"""

from __future__ import annotations

import argparse
import logging
import os
import sys


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stages", default="split", help="comma-separated subset of split,enrich,route")
    a = p.parse_args()
    keep = {s.strip() for s in a.stages.split(",") if s.strip()}
    from faust.worker import Worker

    from newswire import metrics
    from newswire.agents.app import Models, create_app, load_rulebook
    from newswire.config import settings
    from newswire.kafkautil import ensure_topics

    s = settings()
    logging.basicConfig(level=s.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("kafka", "aiokafka"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    ensure_topics(s.bootstrap, load_rulebook(s).streams())
    metrics.serve(s.metrics_addr, s.metrics_port)
    models = Models(s)
    if keep & {"enrich", "route"}:
        models.load()
    app = create_app(s, models)
    for name in [n for n in list(app.agents) if n.rsplit(".", 1)[-1] not in keep]:
        app.agents.pop(name)
    print(f"worker_variant: agents {sorted(app.agents)} (pid {os.getpid()})", flush=True)
    Worker(app, loglevel=s.log_level, quiet=True, redirect_stdouts=False, override_logging=False
           ).execute_from_commandline()
    return 0


if __name__ == "__main__":
    sys.exit(main())
