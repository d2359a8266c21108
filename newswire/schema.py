"""Message contracts: encode, decode and validate against ``schemas/*.schema.json``.

Every record names its contract in ``schema`` as ``newswire.<kind>/<version>``; a
consumer that meets a version it does not know refuses the record (dead letter)
instead of guessing.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

import orjson
from jsonschema import Draft202012Validator, FormatChecker

KINDS = ("raw", "article", "teaser", "enriched", "routed", "deadletter")


class ContractError(ValueError):
    """A record that breaks its contract; ``reason`` is a dead-letter reason code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def schema_id(kind: str, version: int = 1) -> str:
    return f"newswire.{kind}/{version}"


@cache
def _fast() -> dict[str, Any]:
    """Compiled validators (jsonschema-rs): 50-700x faster than jsonschema on our records
    (an enriched record with 100 entities: 0.04 ms instead of 8.7 ms). They only accept;
    a record they refuse goes to the reference validator for the verdict and the message."""
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a declared dependency; the slow path still works
        return {}
    return {sid: jsonschema_rs.validator_for(v.schema, validate_formats=True) for sid, v in _validators().items()}


@cache
def _validators() -> dict[str, Draft202012Validator]:
    out = {}
    folder = resources.files("newswire.schemas")
    for entry in folder.iterdir():
        name = entry.name
        if not name.endswith(".schema.json"):
            continue
        kind, ver = name[: -len(".schema.json")].split(".v")
        doc = json.loads(entry.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(doc)
        out[schema_id(kind, int(ver))] = Draft202012Validator(doc, format_checker=FormatChecker())
    return out


def known_schemas() -> list[str]:
    return sorted(_validators())


def validate(record: Any, expect_kind: str | None = None) -> dict:
    """Return the record if it meets the contract it names, else raise ContractError."""
    if not isinstance(record, dict):
        raise ContractError("schema_mismatch", f"expected a JSON object, got {type(record).__name__}")
    sid = record.get("schema")
    if not isinstance(sid, str) or not sid.startswith("newswire.") or "/" not in sid:
        raise ContractError("schema_mismatch", f"missing or malformed 'schema' field: {sid!r}")
    kind = sid[len("newswire."):].split("/", 1)[0]
    if expect_kind is not None and kind != expect_kind:
        raise ContractError("schema_mismatch", f"expected a {expect_kind} record, got {sid}")
    validator = _validators().get(sid)
    if validator is None:
        raise ContractError("unknown_version", f"unknown schema {sid}; this worker knows {', '.join(known_schemas())}")
    fast = _fast().get(sid)
    if fast is not None and fast.is_valid(record):
        return record
    err = next(iter(validator.iter_errors(record)), None)
    if err is not None:
        where = "/".join(str(p) for p in err.absolute_path) or "(root)"
        raise ContractError("schema_mismatch", f"{sid} at {where}: {err.message[:300]}")
    return record


def decode(value: bytes | bytearray | memoryview | None) -> Any:
    """Bytes to JSON; raises ContractError(not_utf8 / not_json)."""
    if value is None:
        raise ContractError("empty", "record has no value")
    data = bytes(value)
    if not data.strip():
        raise ContractError("empty", "record value is empty")
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            raise ContractError("not_utf8", f"value is not UTF-8: {exc}") from None
        raise ContractError("not_json", f"value is not JSON: {exc}") from None


def encode(record: dict) -> bytes:
    return orjson.dumps(record)


def now_iso() -> str:
    """UTC now, millisecond precision, ``Z`` suffix: sortable and what JSON Schema's date-time accepts."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
