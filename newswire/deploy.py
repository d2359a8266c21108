"""Deployment helpers: the compose ``topics-init`` one-shot, and container checks.

``python -m newswire.deploy init-topics`` waits for the broker, creates every topic of
the catalogue (streams/catalogue.toml) plus the routing rules' output streams, and
exits 0; it is idempotent, so re-running ``docker compose up`` is harmless.
``python -m newswire.deploy metrics-ok`` is the container healthcheck of a worker or
the feeds producer: its own /metrics answers (no curl in the slim image).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

log = logging.getLogger("newswire.deploy")


def output_streams() -> list[str]:
    """The routing rules' output streams, or none when the rules cannot be loaded here.

    The catalogue always adds news.topic.other; a stream missing here is created by the
    worker at start (it runs the same ensure_topics), so this is best effort.
    """
    try:
        from newswire.config import settings
        from newswire.routing import load_rules
    except ImportError:
        return []
    try:
        return sorted(load_rules(settings().routing_rules or None).streams())
    except Exception as exc:  # noqa: BLE001 - a bad rules file is the worker's error to report
        log.warning("routing rules not loaded (%s); creating the catalogue topics only", exc)
        return []


def init_topics(bootstrap: str, *, wait: float = 120.0, partitions: int | None = None,
                ensure: Callable[..., list[str]] | None = None,
                sleep: Callable[[float], None] = time.sleep) -> list[str]:
    """Create the missing topics, retrying while the broker is still starting.

    Returns the names created (empty when all existed). Raises KafkaUnavailable after
    ``wait`` seconds without a broker.
    """
    from newswire.kafkautil import KafkaUnavailable

    if ensure is None:
        from newswire.kafkautil import ensure_topics as ensure
    deadline = time.monotonic() + wait
    delay = 1.0
    while True:
        try:
            return ensure(bootstrap, output_streams(), partitions=partitions)
        except KafkaUnavailable:
            if time.monotonic() + delay > deadline:
                raise
            log.info("broker %s not ready; retrying in %.0fs", bootstrap, delay)
            sleep(delay)
            delay = min(delay * 2, 10.0)


def metrics_ok(url: str, timeout: float = 5.0) -> bool:
    """True when ``url`` answers 200 with newswire metrics in it."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - local URL from our own config
            return resp.status == 200 and b"newswire_build_info" in resp.read()
    except OSError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class LocalPrometheus:
    """A real ``prometheus`` process on a free port with its own config and storage.

    For the integration test and bench/render_monitor.py: scrapes the given /metrics
    targets every ``interval`` seconds; ``query`` and ``query_range`` use its HTTP API.
    """

    def __init__(self, workdir: Path, targets: Sequence[str], *, job: str = "newswire-worker",
                 interval: str = "1s", binary: str | None = None, rules: Path | None = None) -> None:
        self.binary = binary or shutil.which("prometheus")
        if self.binary is None:
            raise FileNotFoundError("prometheus is not installed (Debian: apt-get install prometheus)")
        self.workdir = Path(workdir)
        self.targets = list(targets)
        self.job = job
        self.interval = interval
        self.rules = rules
        self.port = 0
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def config(self) -> dict:
        cfg: dict = {"global": {"scrape_interval": self.interval, "evaluation_interval": self.interval},
                     "scrape_configs": [{"job_name": self.job, "static_configs": [{"targets": self.targets}]}]}
        if self.rules is not None:
            cfg["rule_files"] = [str(self.rules)]
        return cfg

    def start(self, timeout: float = 60.0) -> LocalPrometheus:
        self.workdir.mkdir(parents=True, exist_ok=True)
        conf = self.workdir / "prometheus.yml"
        conf.write_text(json.dumps(self.config(), indent=2), encoding="utf-8")  # JSON is YAML
        self.port = free_port()
        self.log_path = self.workdir / "prometheus.log"
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [self.binary, f"--config.file={conf}", f"--storage.tsdb.path={self.workdir / 'data'}",
                 f"--web.listen-address=127.0.0.1:{self.port}", "--storage.tsdb.retention.time=1d"],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prometheus exited with {self.proc.returncode}: "
                                   + self.log_path.read_text(errors="replace")[-2000:])
            try:
                with urllib.request.urlopen(f"{self.url}/-/ready", timeout=2) as resp:
                    if resp.status == 200:
                        return self
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise TimeoutError(f"prometheus not ready after {timeout}s; log: {self.log_path}")

    def api(self, path: str, **params: str | float) -> dict:
        url = f"{self.url}/api/v1/{path}?{urllib.parse.urlencode(params)}"
        with urllib.request.urlopen(url, timeout=10) as resp:
            body = json.loads(resp.read())
        if body.get("status") != "success":
            raise RuntimeError(f"prometheus {path} failed: {body}")
        return body["data"]

    def query(self, expr: str) -> list[dict]:
        """Instant vector: [{"metric": {...}, "value": [ts, "v"]}, ...]."""
        return self.api("query", query=expr)["result"]

    def query_range(self, expr: str, start: float, end: float, step: float) -> list[dict]:
        return self.api("query_range", query=expr, start=start, end=end, step=step)["result"]

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)

    def __enter__(self) -> LocalPrometheus:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m newswire.deploy", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    init = sub.add_parser("init-topics", help="create the catalogue's topics (idempotent)")
    init.add_argument("--bootstrap", default=None, help="default: $KAFKA_BOOTSTRAP_SERVERS")
    init.add_argument("--wait", type=float, default=120.0, help="seconds to wait for the broker (default 120)")
    init.add_argument("--partitions", type=int, default=None,
                      help="partitions of new topics (default: $NEWSWIRE_PARTITIONS or the catalogue's 4)")
    ok = sub.add_parser("metrics-ok", help="exit 0 when this container's /metrics answers")
    ok.add_argument("--url", default=None, help="default: http://127.0.0.1:$NEWSWIRE_METRICS_PORT/metrics")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("kafka").setLevel(logging.CRITICAL)  # refused connections while the broker starts; we report
    from newswire.config import settings

    s = settings()
    if args.command == "metrics-ok":
        return 0 if metrics_ok(args.url or f"http://127.0.0.1:{s.metrics_port}/metrics") else 1
    from newswire.kafkautil import KafkaUnavailable

    bootstrap = args.bootstrap or s.bootstrap
    try:
        created = init_topics(bootstrap, wait=args.wait, partitions=args.partitions)
    except KafkaUnavailable as exc:
        print(f"init-topics: {exc}", file=sys.stderr)
        return 1
    print(f"init-topics: {bootstrap}: created {len(created)} topic(s)" + (f": {', '.join(created)}" if created else
                                                                        " (all existed)"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
