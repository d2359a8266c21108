"""A local Apache Kafka 3.9 broker (KRaft, one node) assembled from Maven Central.

Operations code, not domain logic: fetch the jars once (``broker/pom.xml``), format the
storage once, run the JVM in the background with its log in a file, wait until it answers
metadata requests, stop it cleanly. Everything lives outside the repository, under
``$NEWSWIRE_HOME`` (default ``~/.cache/newswire``)::

    <home>/kafka-3.9.2/libs/            jars (+ .complete marker once Maven succeeded)
    <home>/broker/server.properties     rendered from broker/server.properties.template
    <home>/broker/data/                 log.dirs (KRaft metadata + topic data)
    <home>/broker/logs/server.log       broker log (kafka.out: JVM stdout/stderr)
    <home>/broker/state.json            pid, ports, bootstrap: a restart reuses the ports

Only the standard library is imported here, so ``newswire broker status`` stays instant.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

KAFKA_VERSION = "3.9.2"
DEFAULT_PORT = 9092
DEFAULT_CONTROLLER_PORT = 9093
NODE_ID = 1
HOST = "127.0.0.1"
# Kafka's own defaults, plus C1-only JIT: on 2 busy cores it halves the CPU the JVM burns
# before it serves requests (about 7 s -> 4 s), and a dev broker never needs C2's peak.
# Benchmarks of broker throughput can set KAFKA_JVM_PERFORMANCE_OPTS (as with Kafka's scripts).
JVM_PERFORMANCE_OPTS = (
    "-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 "
    "-XX:+ExplicitGCInvokesConcurrent -XX:TieredStopAtLevel=1 -Djava.awt.headless=true"
)

# broker/ (pom, templates) sits next to the package in the repository checkout.
BROKER_FILES = Path(
    os.environ.get("NEWSWIRE_BROKER_FILES", Path(__file__).resolve().parent.parent / "broker")
)

Progress = Callable[[str], None]


class BrokerError(RuntimeError):
    """The local broker could not be installed, started or stopped; the message says why."""


class _PortRace(Exception):
    """The JVM could not bind a port that was free a moment before."""


# --------------------------------------------------------------------------- locations


def default_home() -> Path:
    """Cache root shared by every checkout: jars are 46 MB and take ~30 s to fetch."""
    return Path(os.environ.get("NEWSWIRE_HOME") or Path.home() / ".cache" / "newswire").expanduser()


def default_libs_dir(home: Path | None = None) -> Path:
    return (home or default_home()) / f"kafka-{KAFKA_VERSION}" / "libs"


# --------------------------------------------------------------------------- ports


def port_free(port: int, host: str = HOST) -> bool:
    """True if a listening socket could be bound there (SO_REUSEADDR, as the JVM does)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = HOST, exclude: set[int] | frozenset[int] = frozenset()) -> int:
    """A port the kernel considers free right now (ephemeral range), not in ``exclude``."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind((host, 0))
            port = int(s.getsockname()[1])
        if port not in exclude:
            return port
    raise BrokerError("could not find a free TCP port")


def choose_ports(
    preferred: int,
    preferred_controller: int,
    *,
    strict: bool = False,
    is_free: Callable[[int], bool] | None = None,
) -> tuple[int, int, list[str]]:
    """(port, controller_port, notes). Falls back to free ports unless ``strict``.

    ``strict`` is for a port the user asked for explicitly: silently moving it would be
    worse than failing.
    """
    is_free = is_free or port_free
    notes: list[str] = []
    port = preferred
    if not is_free(port):
        if strict:
            raise BrokerError(f"port {port} is taken (asked for with --port); choose another one")
        port = free_port(exclude={preferred_controller})
        notes.append(f"port {preferred} taken, using {port}")
    controller = preferred_controller
    if controller == port or not is_free(controller):
        controller = free_port(exclude={port})
        notes.append(f"controller port {preferred_controller} taken, using {controller}")
    return port, controller, notes


# --------------------------------------------------------------------------- config


def render_properties(
    template: str, *, port: int, controller_port: int, log_dirs: Path | str, node_id: int = NODE_ID
) -> str:
    """Fill broker/server.properties.template (str.format fields)."""
    return template.format(
        port=port, controller_port=controller_port, log_dirs=str(log_dirs), node_id=node_id
    )


def parse_properties(text: str) -> dict[str, str]:
    """Minimal Java .properties reader (key=value, # comments): enough for our own files."""
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#!":
            continue
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out


def new_cluster_id() -> str:
    """A Kafka Uuid in its base64url form, as `kafka-storage random-uuid` prints it."""
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):  # Kafka refuses ids that look like CLI flags
            return cid


# --------------------------------------------------------------------------- reachability


def _metadata_request(correlation_id: int) -> bytes:
    # Metadata v0: header (api_key=3, api_version=0, correlation_id, client_id) + empty topic
    # array, which v0 reads as "all topics". Every broker version still answers v0.
    client_id = b"newswire-probe"
    body = struct.pack(">hhih", 3, 0, correlation_id, len(client_id)) + client_id + struct.pack(">i", 0)
    return struct.pack(">i", len(body)) + body


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed by broker")
        buf += chunk
    return bytes(buf)


def metadata_brokers(host: str, port: int, timeout: float = 3.0) -> int:
    """Number of live brokers a Metadata request reports (0 while the node is still fenced)."""
    correlation_id = int(time.time()) & 0x7FFFFFFF
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        sock.sendall(_metadata_request(correlation_id))
        (size,) = struct.unpack(">i", _recv_exact(sock, 4))
        payload = _recv_exact(sock, size)
    got_id, n_brokers = struct.unpack(">ii", payload[:8])
    if got_id != correlation_id:
        raise ConnectionError("unexpected response from broker")
    return n_brokers


def _split_bootstrap(bootstrap: str) -> list[tuple[str, int]]:
    out = []
    for item in bootstrap.split(","):
        item = item.strip()
        if not item:
            continue
        if "://" in item:
            item = item.split("://", 1)[1]
        host, sep, port = item.rpartition(":")
        if not sep:  # a bare host name: Kafka's default port
            host, port = item, ""
        out.append((host.strip("[]") or HOST, int(port or DEFAULT_PORT)))
    return out


_STARTED = "Kafka Server started"  # KafkaRaftServer's last start-up line (log4j INFO)


def reachable(bootstrap: str, timeout: float = 3.0) -> bool:
    """True if some server in ``bootstrap`` answers a Metadata request listing a live broker."""
    try:
        servers = _split_bootstrap(bootstrap)
    except ValueError:
        return False
    for host, port in servers:
        try:
            if metadata_brokers(host, port, timeout) > 0:
                return True
        except (OSError, ConnectionError, struct.error):
            continue
    return False


# --------------------------------------------------------------------------- processes


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cmdline(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def _read_from(path: Path, offset: int) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            return fh.read().decode(errors="replace")
    except OSError:
        return ""


def _tail(path: Path, n: int = 30) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return f"(no {path.name})"
    return "\n".join(lines[-n:])


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """Exclusive lock so two sessions do not install or start into the same home at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            yield
            return
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").exists():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise BrokerError(
            "java not found: install a JDK/JRE 17+ (e.g. apt-get install openjdk-17-jre-headless)"
        )
    return java


# --------------------------------------------------------------------------- the broker


class LocalBroker:
    """One single-node KRaft broker living under ``home``.

    ``libs_dir`` lets several homes (test sessions) share one jar cache.
    """

    def __init__(
        self,
        home: Path | str | None = None,
        port: int | None = None,
        *,
        controller_port: int | None = None,
        libs_dir: Path | str | None = None,
        heap: str = "512m",
    ) -> None:
        self.home = Path(home).expanduser() if home else default_home()
        self.requested_port = port
        self.requested_controller_port = controller_port
        self.libs_dir = Path(libs_dir).expanduser() if libs_dir else default_libs_dir(self.home)
        self.heap = heap
        self.dir = self.home / "broker"
        self.data_dir = self.dir / "data"
        self.logs_dir = self.dir / "logs"
        self.log_file = self.logs_dir / "server.log"
        self.out_file = self.logs_dir / "kafka.out"
        self.config_file = self.dir / "server.properties"
        self.log4j_file = self.dir / "log4j.properties"
        self.state_file = self.dir / "state.json"
        self.pid_file = self.dir / "broker.pid"
        self._proc: subprocess.Popen[bytes] | None = None
        self.notes: list[str] = []  # what start() decided (ports moved, already running...)

    # ----------------------------------------------------------------- install

    @property
    def marker(self) -> Path:
        return self.libs_dir / ".complete"

    def installed(self) -> bool:
        """Jars present and fetched with the current broker/pom.xml (an edited pom refetches)."""
        try:
            done = json.loads(self.marker.read_text() or "{}")
        except (OSError, ValueError):
            return False
        pom = BROKER_FILES / "pom.xml"
        want = done.get("pom_sha256")
        return not (want and pom.exists() and _sha256(pom) != want)

    def ensure_installed(self, progress: Progress = print) -> Path:
        """Fetch kafka_2.13 and its runtime jars with Maven, once; later calls return at once."""
        if self.installed():
            return self.libs_dir
        with _file_lock(self.libs_dir.parent / ".install.lock"):
            if self.installed():  # another process finished it while we waited
                return self.libs_dir
            mvn = shutil.which("mvn")
            if not mvn:
                raise BrokerError(
                    "mvn not found: Maven 3.6+ is needed once to fetch the Kafka jars from Maven Central "
                    "(e.g. apt-get install maven)"
                )
            _java()
            pom = BROKER_FILES / "pom.xml"
            if not pom.exists():
                raise BrokerError(f"{pom} not found (set NEWSWIRE_BROKER_FILES to the repo's broker/ folder)")
            tmp = self.libs_dir.with_name(f"{self.libs_dir.name}.tmp-{os.getpid()}")
            shutil.rmtree(tmp, ignore_errors=True)
            progress(
                f"fetching Apache Kafka {KAFKA_VERSION} jars from Maven Central into {self.libs_dir} (one time)..."
            )
            t0 = time.monotonic()
            base = [
                mvn,
                "-q",
                "-B",
                "-f",
                str(pom),
                "dependency:copy-dependencies",
                f"-DoutputDirectory={tmp}",
            ]
            # Offline first: a warm ~/.m2 (libs dir wiped, or a new NEWSWIRE_HOME) needs no network.
            res = subprocess.run([*base, "-o"], capture_output=True, text=True)
            if res.returncode != 0:
                shutil.rmtree(tmp, ignore_errors=True)
                res = subprocess.run(base, capture_output=True, text=True)
            jars = sorted(p.name for p in tmp.glob("*.jar")) if tmp.exists() else []
            if res.returncode != 0 or not any(j.startswith("kafka_2.13-") for j in jars):
                shutil.rmtree(tmp, ignore_errors=True)
                out = "\n".join((res.stdout + res.stderr).strip().splitlines()[-30:])
                raise BrokerError(f"Maven could not fetch the Kafka jars (exit {res.returncode}):\n{out}")
            (tmp / ".complete").write_text(
                json.dumps({"kafka": KAFKA_VERSION, "jars": jars, "pom_sha256": _sha256(pom)}, indent=1)
                + "\n"
            )
            shutil.rmtree(self.libs_dir, ignore_errors=True)
            tmp.rename(self.libs_dir)
            progress(f"fetched {len(jars)} jars in {time.monotonic() - t0:.1f}s")
        return self.libs_dir

    # ----------------------------------------------------------------- state

    def read_state(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.state_file.read_text()))
        except (OSError, ValueError):
            return {}

    def _write_state(self, **state: Any) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=1) + "\n")
        tmp.replace(self.state_file)

    def pid(self) -> int | None:
        """PID of the running broker of this home, or None (stale pid files are ignored)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        if self._proc is not None and self._proc.pid == pid:
            return pid if self._proc.poll() is None else None  # ours: exact answer, reaps zombies
        if not _pid_alive(pid) or _zombie(pid):
            return None
        cmd = _cmdline(pid)
        # Empty cmdline: a process between fork and exec (or kernel thread); not conclusive.
        if cmd and ("kafka.Kafka" not in cmd or str(self.config_file) not in cmd):
            return None  # pid reused by something else
        return pid

    @property
    def bootstrap(self) -> str | None:
        port = self.read_state().get("port")
        return f"{HOST}:{port}" if port else None

    def status(self) -> dict[str, Any]:
        """Running?, pid, bootstrap, reachable? (+ where things are)."""
        pid = self.pid()
        boot = self.bootstrap
        return {
            "running": pid is not None,
            "pid": pid,
            "bootstrap": boot,
            "reachable": bool(pid and boot and reachable(boot, timeout=2.0)),
            "controller_port": self.read_state().get("controller_port"),
            "kafka_version": KAFKA_VERSION,
            "installed": self.installed(),
            "home": str(self.home),
            "data_dir": str(self.data_dir),
            "log_file": str(self.log_file),
        }

    # ----------------------------------------------------------------- start

    def _ports(self) -> tuple[int, int]:
        state = self.read_state()
        # Ports remembered from an earlier run on this data dir come first (restart after
        # kill -9 keeps the address clients know), then what was asked for, then defaults.
        if self.requested_port is not None:
            return choose_ports(
                self.requested_port,
                self.requested_controller_port or state.get("controller_port") or DEFAULT_CONTROLLER_PORT,
                strict=True,
            )[:2]
        want = int(state.get("port") or DEFAULT_PORT)
        want_ctl = int(
            self.requested_controller_port or state.get("controller_port") or DEFAULT_CONTROLLER_PORT
        )
        port, ctl, notes = choose_ports(want, want_ctl)
        self.notes.extend(notes)
        return port, ctl

    def _format_storage(self, java: str) -> None:
        if (self.data_dir / "meta.properties").exists():
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cluster_id = new_cluster_id()
        cmd = [
            java, *self._jvm_log_opts(), "-cp", f"{self.libs_dir}/*", "kafka.tools.StorageTool",
            "format", "-t", cluster_id, "-c", str(self.config_file), "--ignore-formatted",
        ]  # fmt: skip
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode != 0:
            raise BrokerError(
                f"formatting {self.data_dir} failed (exit {res.returncode}):\n{res.stdout}{res.stderr}"
            )

    def _jvm_log_opts(self) -> list[str]:
        return [f"-Dlog4j.configuration=file:{self.log4j_file}", f"-Dkafka.logs.dir={self.logs_dir}"]

    def start(self, timeout: float = 60.0, progress: Progress = print) -> str:
        """Start (or find running) and return the bootstrap address once it serves metadata."""
        self.notes = []
        self.ensure_installed(progress)
        java = _java()
        with _file_lock(self.dir / ".start.lock"):
            if self.pid() is not None and self.bootstrap:
                boot = self.bootstrap
                if self._wait_ready(boot, timeout, self.pid()):
                    self.notes.append(f"already running on {boot}")
                    return boot
                raise BrokerError(f"broker pid {self.pid()} does not answer on {boot}\n{self._log_tail()}")
            port, ctl = self._ports()
            for note in self.notes:
                progress(note)
            try:
                return self._launch(java, port, ctl, timeout)
            except _PortRace:
                if self.requested_port is not None:
                    raise BrokerError(f"port {port} or {ctl} was taken while the broker started") from None
            # Someone took a port between our check and the JVM's bind: once more, fresh ports.
            port2 = free_port(exclude={port, ctl})
            ctl2 = free_port(exclude={port, ctl, port2})
            note = f"ports {port}/{ctl} were taken during start-up, using {port2}/{ctl2}"
            self.notes.append(note)
            progress(note)
            try:
                return self._launch(java, port2, ctl2, timeout)
            except _PortRace:
                raise BrokerError(f"ports {port2}/{ctl2} were taken during start-up too") from None

    def _launch(self, java: str, port: int, ctl: int, timeout: float) -> str:
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        template = (BROKER_FILES / "server.properties.template").read_text()
        self.config_file.write_text(
            render_properties(template, port=port, controller_port=ctl, log_dirs=self.data_dir)
        )
        shutil.copyfile(BROKER_FILES / "log4j.properties", self.log4j_file)
        self._format_storage(java)
        heap = os.environ.get("KAFKA_HEAP_OPTS", f"-Xmx{self.heap} -Xms128m").split()
        perf = os.environ.get("KAFKA_JVM_PERFORMANCE_OPTS", JVM_PERFORMANCE_OPTS).split()
        cmd = [
            java, *heap, *perf, "-XX:+ExitOnOutOfMemoryError", *self._jvm_log_opts(),
            "-cp", f"{self.libs_dir}/*", "kafka.Kafka", str(self.config_file),
        ]  # fmt: skip
        log_offset = self.log_file.stat().st_size if self.log_file.exists() else 0
        with open(self.out_file, "ab") as out:
            # Own session: Ctrl-C or a closed terminal of the caller does not hit the broker.
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        pid = self._proc.pid
        self.pid_file.write_text(f"{pid}\n")
        boot = f"{HOST}:{port}"
        self._write_state(
            pid=pid, port=port, controller_port=ctl, bootstrap=boot, data_dir=str(self.data_dir),
            log_file=str(self.log_file), kafka_version=KAFKA_VERSION, started_at=time.time(),
        )  # fmt: skip
        if self._wait_ready(boot, timeout, pid, log_offset):
            return boot
        alive = self.pid() is not None
        self._terminate(pid, 10)
        self.pid_file.unlink(missing_ok=True)
        if not alive and "Address already in use" in _read_from(self.log_file, log_offset):
            raise _PortRace
        why = f"did not answer within {timeout:.0f}s" if alive else "exited during start-up"
        raise BrokerError(f"Kafka broker on {boot} {why}; last lines of {self.log_file}:\n{self._log_tail()}")

    def _wait_ready(self, boot: str, timeout: float, pid: int | None, log_offset: int | None = None) -> bool:
        """Our process is alive and the address answers. A fresh launch must also have logged
        its own start: another broker answering on a port ours failed to bind is not ours."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if pid is None or self.pid() != pid:
                return False
            started = log_offset is None or _STARTED in _read_from(self.log_file, log_offset)
            if started and reachable(boot, timeout=1.0) and self.pid() == pid:
                return True
            time.sleep(0.2)
        return False

    def _log_tail(self, n: int = 30) -> str:
        text = _tail(self.log_file, n)
        out = _tail(self.out_file, 10)
        return f"{text}\n--- {self.out_file.name} ---\n{out}"

    # ----------------------------------------------------------------- stop

    def _terminate(self, pid: int, timeout: float) -> bool:
        """SIGTERM, wait, SIGKILL. True if it went on SIGTERM alone."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        if self._wait_gone(pid, timeout):
            return True
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        self._wait_gone(pid, 10)
        return False

    def _wait_gone(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.pid == pid:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._proc.wait(timeout=0.1)
                if self._proc.returncode is not None:
                    return True
            elif self.pid() != pid:
                return True
            else:
                time.sleep(0.1)
        return False

    def stop(self, timeout: float = 30.0) -> bool:
        """Controlled shutdown (SIGTERM), SIGKILL after ``timeout``. False if nothing was running."""
        self.notes = []
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        clean = self._terminate(pid, timeout)
        self.pid_file.unlink(missing_ok=True)
        if not clean:
            self.notes.append(f"broker did not stop within {timeout:.0f}s; killed it")
        return True

    def kill(self) -> bool:
        """SIGKILL, no shutdown at all: for fault tests. The state file (ports) is kept."""
        pid = self.pid()
        if pid is None:
            return False
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        self._wait_gone(pid, 10)
        return True

    def __repr__(self) -> str:
        return f"LocalBroker(home={str(self.home)!r}, bootstrap={self.bootstrap!r}, pid={self.pid()!r})"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- for callers


def ensure_broker(
    bootstrap: str | None = None,
    *,
    start_if_missing: bool = True,
    home: Path | str | None = None,
    libs_dir: Path | str | None = None,
    timeout: float = 60.0,
    progress: Progress = print,
) -> tuple[str, LocalBroker | None]:
    """A reachable bootstrap, plus the LocalBroker if (and only if) this call started it.

    Order: ``bootstrap``, else ``$KAFKA_BOOTSTRAP_SERVERS``; else the local broker of
    ``home`` if it is running; else 127.0.0.1:9092; else start a local broker. The caller
    stops the returned broker when it is not None and leaves alone what it did not start.
    """
    wanted = bootstrap or os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if wanted and reachable(wanted):
        return wanted, None
    broker = LocalBroker(home, libs_dir=libs_dir)
    running = broker.bootstrap if broker.pid() is not None else None
    if running and reachable(running):
        if wanted:
            progress(f"{wanted} is not reachable; using the local broker on {running}")
        return running, None
    default = f"{HOST}:{DEFAULT_PORT}"
    if not wanted and reachable(default):
        return default, None
    if not start_if_missing:
        raise BrokerError(f"no Kafka broker reachable at {wanted or default}; run `newswire broker start`")
    if wanted:
        progress(f"{wanted} is not reachable; starting a local broker")
    boot = broker.start(timeout=timeout, progress=progress)
    progress(f"started a local Kafka {KAFKA_VERSION} broker on {boot} (logs: {broker.log_file})")
    return boot, broker


# --------------------------------------------------------------------------- CLI


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["install", "start", "stop", "status", "kill"], help="what to do")
    p.add_argument(
        "--home",
        type=Path,
        default=None,
        help="cache/state root (default $NEWSWIRE_HOME or ~/.cache/newswire)",
    )
    p.add_argument(
        "--port", type=int, default=None, help=f"client port (default {DEFAULT_PORT}, or a free one)"
    )
    p.add_argument(
        "--controller-port",
        type=int,
        default=None,
        help=f"KRaft controller port (default {DEFAULT_CONTROLLER_PORT})",
    )
    p.add_argument(
        "--libs-dir", type=Path, default=None, help="jar cache to use (default <home>/kafka-VERSION/libs)"
    )
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for start/stop (default 60)")
    p.add_argument("--json", action="store_true", help="status as JSON")


def _err(msg: str) -> None:
    print(msg, file=sys.stderr)


def main(args: argparse.Namespace) -> int:
    broker = LocalBroker(
        args.home,
        args.port,
        controller_port=getattr(args, "controller_port", None),
        libs_dir=getattr(args, "libs_dir", None),
    )
    timeout = getattr(args, "timeout", 60.0)
    try:
        if args.action == "install":
            t0 = time.monotonic()
            was = broker.installed()
            libs = broker.ensure_installed(progress=_err)
            n = len(list(libs.glob("*.jar")))
            state = "already installed" if was else "installed"
            print(f"Kafka {KAFKA_VERSION} {state}: {n} jars in {libs} ({time.monotonic() - t0:.1f}s)")
            return 0
        if args.action == "start":
            t0 = time.monotonic()
            boot = broker.start(timeout=timeout, progress=_err)
            if any(n.startswith("already running") for n in broker.notes):
                print(f"broker already running on {boot} (pid {broker.pid()}, logs: {broker.log_file})")
            else:
                print(
                    f"broker started on {boot} in {time.monotonic() - t0:.1f}s "
                    f"(pid {broker.pid()}, data: {broker.data_dir}, logs: {broker.log_file})"
                )
            return 0
        if args.action in ("stop", "kill"):
            t0 = time.monotonic()
            pid = broker.pid()
            did = broker.stop(timeout=min(timeout, 30.0)) if args.action == "stop" else broker.kill()
            if not did:
                print(f"no broker running under {broker.home}")
                return 0
            for note in broker.notes:
                _err(note)
            verb = "stopped" if args.action == "stop" else "killed"
            print(f"broker {verb} (pid {pid}, {time.monotonic() - t0:.1f}s)")
            return 0
        st = broker.status()
        if getattr(args, "json", False):
            print(json.dumps(st, indent=1))
        else:
            if st["running"]:
                health = "reachable" if st["reachable"] else "NOT answering metadata requests"
                print(f"broker: running, pid {st['pid']}, {st['bootstrap']} ({health})")
            else:
                print("broker: not running")
            print(
                f"kafka:  {KAFKA_VERSION} ({'installed' if st['installed'] else 'not installed'}: {broker.libs_dir})"
            )
            print(f"data:   {st['data_dir']}")
            print(f"logs:   {st['log_file']}")
        return 0 if st["running"] and st["reachable"] else 1
    except BrokerError as exc:
        _err(f"newswire broker {args.action}: {exc}")
        return 1


if __name__ == "__main__":
    _parser = argparse.ArgumentParser(prog="python -m newswire.broker", description=__doc__.splitlines()[0])
    add_arguments(_parser)
    sys.exit(main(_parser.parse_args()))
