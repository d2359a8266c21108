"""HTTP for feeds and pages: one bounded, SSRF-guarded GET.

Every limit is enforced here so that the engine can treat a hostile server like any
other failing feed: a total deadline (asyncio, not per-read timeouts, so a trickling
server cannot stretch it), a size cap counted after decompression (we decompress
ourselves with ``max_length`` so a gzip bomb is stopped after ``max_bytes``, not after
it has filled memory), manual redirects with a hop limit and loop detection, and an
address check after DNS resolution on every hop and again at connect time (so DNS
rebinding between the check and the connection does not get through).
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import socket
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from newswire.feeds.config import FeedSettings

log = logging.getLogger("newswire.feeds")

_REDIRECTS = (301, 302, 303, 307, 308)
_SENSITIVE = ("authorization", "cookie", "proxy-authorization")


class FetchError(Exception):
    """A fetch that gave no usable body; ``outcome`` is the metrics label."""

    outcome = "error"

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class HttpStatusError(FetchError):
    outcome = "http_error"


class FetchTimeout(FetchError):
    outcome = "timeout"


class TooLarge(FetchError):
    outcome = "too_large"


class Refused(FetchError):
    outcome = "refused"


class RedirectLoop(FetchError):
    outcome = "redirect_loop"


@dataclass
class FetchResult:
    url: str  # after redirects
    status: int
    headers: httpx.Headers
    body: bytes
    not_modified: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def is_public_address(addr: str) -> bool:
    """False for private, loopback, link-local, multicast, reserved and unspecified addresses."""
    try:
        ip = ipaddress.ip_address(addr.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip.teredo is not None:
            return False
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


async def resolve(host: str, port: int) -> list[str]:
    """All addresses ``host`` resolves to (an IP literal resolves to itself)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from None
    addrs: list[str] = []
    for info in infos:
        a = str(info[4][0])
        if a not in addrs:
            addrs.append(a)
    if not addrs:
        raise FetchError(f"{host} has no address")
    return addrs


async def check_host(host: str, port: int) -> list[str]:
    """Resolve ``host`` and refuse it if any of its addresses is not public."""
    addrs = await resolve(host, port)
    bad = [a for a in addrs if not is_public_address(a)]
    if bad:
        raise Refused(f"{host} resolves to non-public address {bad[0]}")
    return addrs


def _guard_transport(transport: httpx.AsyncHTTPTransport) -> bool:
    """Check addresses at connect time too; False if httpx internals changed under us."""
    import httpcore

    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if inner is None:
        return False

    class _Guarded(httpcore.AsyncNetworkBackend):
        async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):  # type: ignore[no-untyped-def]
            addrs = await check_host(host, port)
            last: Exception | None = None
            for a in addrs:  # connect to the address we checked, not to a fresh lookup
                try:
                    return await inner.connect_tcp(a, port, timeout=timeout, local_address=local_address,
                                                   socket_options=socket_options)
                except (httpcore.ConnectError, httpcore.ConnectTimeout, OSError) as exc:
                    last = exc
            assert last is not None
            raise last

        async def connect_unix_socket(self, path, timeout=None, socket_options=None):  # type: ignore[no-untyped-def]
            raise Refused("unix sockets are not fetched")

        async def sleep(self, seconds: float) -> None:
            await inner.sleep(seconds)

    pool._network_backend = _Guarded()  # type: ignore[union-attr]
    return True


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 10**7))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


class _Decoder:
    """Content-Encoding decoding with an output bound per call."""

    def __init__(self, coding: str) -> None:
        coding = coding.strip().lower()
        self.coding = coding
        if coding in ("", "identity"):
            self.z = None
        elif coding in ("gzip", "x-gzip"):
            self.z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self.z = zlib.decompressobj()
            self._first = True
        else:
            raise FetchError(f"unsupported content-encoding {coding!r}")

    def feed(self, chunk: bytes, room: int) -> list[bytes]:
        """Decode ``chunk`` producing at most ``room`` + 1 bytes before the caller sees it."""
        if self.z is None:
            return [chunk]
        out = []
        try:
            if self.coding == "deflate" and self._first and chunk:
                self._first = False
                try:
                    data = self.z.decompress(chunk, room + 1)
                except zlib.error:  # "deflate" servers that send a raw stream
                    self.z = zlib.decompressobj(-zlib.MAX_WBITS)
                    data = self.z.decompress(chunk, room + 1)
            else:
                data = self.z.decompress(chunk, room + 1)
            out.append(data)
            room -= len(data)
            while self.z.unconsumed_tail and room >= 0:
                data = self.z.decompress(self.z.unconsumed_tail, room + 1)
                if not data:
                    break
                out.append(data)
                room -= len(data)
        except zlib.error as exc:
            raise FetchError(f"bad {self.coding} stream: {exc}") from None
        return out

    def flush(self) -> bytes:
        if self.z is None:
            return b""
        try:
            return self.z.flush()
        except zlib.error as exc:
            raise FetchError(f"bad {self.coding} stream: {exc}") from None


class Fetcher:
    """One httpx client shared by all feeds, with a semaphore per host."""

    def __init__(self, settings: FeedSettings, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        if transport is None:
            transport = httpx.AsyncHTTPTransport(retries=0)
            if not settings.allow_private and not _guard_transport(transport):
                log.warning("feeds: cannot hook connect-time address check; relying on the per-hop check")
        t = settings.timeout
        self.client = httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # an environment proxy would bypass the address check
            timeout=httpx.Timeout(t, connect=min(t, 10.0)),
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def aclose(self) -> None:
        await self.client.aclose()

    def _sem(self, host: str) -> asyncio.Semaphore:
        sem = self._hosts.get(host)
        if sem is None:
            sem = self._hosts[host] = asyncio.Semaphore(max(1, self.settings.per_host))
        return sem

    async def get(self, url: str, headers: Mapping[str, str] | None = None, *,
                  max_bytes: int | None = None) -> FetchResult:
        """GET ``url`` within every limit; raises a ``FetchError`` subclass otherwise."""
        host = (urlsplit(url).hostname or "").lower()
        async with self._sem(host):
            try:
                async with asyncio.timeout(self.settings.timeout):
                    return await self._get(url, dict(headers or {}), max_bytes or self.settings.max_bytes)
            except TimeoutError:
                raise FetchTimeout(f"no complete response within {self.settings.timeout:g}s") from None
            except httpx.TimeoutException as exc:
                raise FetchTimeout(f"timeout: {type(exc).__name__}") from None
            except httpx.TooManyRedirects as exc:
                raise RedirectLoop(str(exc)) from None
            except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}") from None

    async def _get(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
        seen: set[str] = set()
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise Refused(f"not an http(s) URL: {current[:200]}")
            if current in seen:
                raise RedirectLoop(f"redirect loop at {current[:200]}")
            seen.add(current)
            if not self.settings.allow_private:
                await check_host(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
            request = self.client.build_request("GET", current, headers=headers)
            response = await self.client.send(request, stream=True)
            try:
                status = response.status_code
                location = response.headers.get("location")
                if status in _REDIRECTS and location:
                    nxt = urljoin(current, location.strip())
                    if (urlsplit(nxt).hostname or "").lower() != parts.hostname.lower():
                        headers = {k: v for k, v in headers.items() if k.lower() not in _SENSITIVE}
                    current = nxt
                    continue
                if status == 304:
                    return FetchResult(current, status, response.headers, b"", not_modified=True)
                if status >= 400 or status < 200:
                    raise HttpStatusError(
                        f"HTTP {status}", status=status,
                        retry_after=parse_retry_after(response.headers.get("retry-after"))
                        if status in (429, 503) else None,
                    )
                body = await self._read(response, max_bytes)
                return FetchResult(current, status, response.headers, body)
            finally:
                await response.aclose()
        raise RedirectLoop(f"more than {self.settings.max_redirects} redirects")

    @staticmethod
    async def _read(response: httpx.Response, max_bytes: int) -> bytes:
        codings = [c for c in response.headers.get("content-encoding", "").split(",") if c.strip()]
        if len(codings) > 1:
            raise FetchError(f"stacked content-encodings {codings!r}")
        decoder = _Decoder(codings[0] if codings else "")
        if decoder.z is None:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(f"Content-Length {declared} > {max_bytes}")
        buf = bytearray()
        async for chunk in response.aiter_raw():
            for piece in decoder.feed(chunk, max_bytes - len(buf)):
                buf += piece
                if len(buf) > max_bytes:
                    raise TooLarge(f"body over {max_bytes} bytes")
        buf += decoder.flush()
        if len(buf) > max_bytes:
            raise TooLarge(f"body over {max_bytes} bytes")
        return bytes(buf)


def http_date(ts: float | None = None) -> str:
    return email.utils.format_datetime(datetime.fromtimestamp(time.time() if ts is None else ts, UTC),
                                       usegmt=True)
