"""Subscriptions to a schedule's .ics address (a Twitch channel's, say), refreshed only when
the fan asks. Offline, the last copy stays and the fan is told so."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from companion.core.budget.instants import utc_text
from companion.core.calendar.ics import MAX_BYTES, import_ics
from companion.core.errors import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

Fetcher = Callable[[str], bytes]

# A refresh ends within this long, however slowly the server drips its bytes.
DEADLINE_S = 30.0
# Each wait for the server (connect, one read) is also capped, so the deadline is noticed.
SOCKET_TIMEOUT_S = 10.0
MAX_REDIRECTS = 5


class FetchError(InputError):
    """The calendar could not be downloaded whole from a public https address."""


def _address_is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(
    url: str,
    *,
    schemes: tuple[str, ...] = ("https",),
    allow: Callable[[str], bool] = _address_is_public,
) -> str:
    """``url`` when it is a plain public https address; else FetchError saying why.

    No user name or password, no spaces or control characters, a host name (``localhost`` and
    private, loopback and link-local addresses are refused here; names are checked again
    after they are resolved) and the https port or an unprivileged one.
    """
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise FetchError("url: the address contains spaces or control characters")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"url: not a valid address ({exc})") from None
    if parts.scheme.lower() not in schemes:
        raise FetchError("url: use an https:// (or webcal://) calendar address")
    if "@" in parts.netloc:
        raise FetchError("url: the address may not contain a user name or password")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise FetchError("url: the address has no host name")
    if host == "localhost" or host.endswith(".localhost"):
        raise FetchError("url: the address is on this computer, not on the internet")
    if port is not None and port != 443 and port < 1024:
        raise FetchError(f"url: port {port} is not a web port")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None and not allow(host):
        raise FetchError("url: the address is on this computer or a private network")
    return url


def _resolve_public(
    host: str, port: int, allow: Callable[[str], bool]
) -> list[tuple[socket.AddressFamily, Any]]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"could not find {host} ({exc.strerror})") from None
    found = [(family, sockaddr) for family, _, _, _, sockaddr in infos]
    if not found or not all(allow(str(addr[0])) for _, addr in found):
        raise FetchError(f"{host} points to this computer or a private network; not fetched")
    return found


def _opener(
    sockets: list[socket.socket],
    schemes: tuple[str, ...],
    allow: Callable[[str], bool],
    ssl_context: ssl.SSLContext | None,
) -> urllib.request.OpenerDirector:
    """urllib without its defaults: no proxies, no file:// or ftp://, only checked redirects,
    and connections only to addresses ``allow`` accepts; every socket lands in ``sockets`` so
    the deadline can cut it off."""
    import http.client

    def open_checked(host: str, port: int, timeout: float) -> socket.socket:
        last: OSError | None = None
        for family, sockaddr in _resolve_public(host, port, allow):
            sock = socket.socket(family, socket.SOCK_STREAM)
            sockets.append(sock)
            sock.settimeout(timeout)
            try:
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                last = exc
        assert last is not None
        raise last

    class _HTTP(http.client.HTTPConnection):
        def connect(self) -> None:
            self.sock = open_checked(self.host, self.port, SOCKET_TIMEOUT_S)

    class _HTTPS(http.client.HTTPSConnection):
        def connect(self) -> None:
            raw = open_checked(self.host, self.port, SOCKET_TIMEOUT_S)
            context = ssl_context or ssl.create_default_context()
            self.sock = context.wrap_socket(raw, server_hostname=self.host)
            sockets.append(self.sock)

    class _HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(_HTTP, req)

    class _HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(_HTTPS, req)

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN202
            try:
                check_url(newurl, schemes=schemes, allow=allow)
            except FetchError as exc:
                raise FetchError(f"the server sent us elsewhere, refused: {exc}") from None
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.OpenerDirector()
    for handler in (
        _HTTPHandler(),
        _HTTPSHandler(),
        _Redirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _fetch(
    url: str,
    *,
    deadline_s: float = DEADLINE_S,
    max_bytes: int = MAX_BYTES,
    schemes: tuple[str, ...] = ("https",),
    allow: Callable[[str], bool] = _address_is_public,
    ssl_context: ssl.SSLContext | None = None,
) -> bytes:
    """Download ``url`` whole, within ``deadline_s``, at most ``max_bytes``; following only
    redirects that pass :func:`check_url`, and connecting only to addresses ``allow`` accepts
    (checked after resolving, and the checked address is the one connected to)."""
    import http.client
    import threading

    check_url(url, schemes=schemes, allow=allow)
    sockets: list[socket.socket] = []
    opener = _opener(sockets, schemes, allow, ssl_context)
    expired = threading.Event()

    def cut_off() -> None:  # the deadline: whatever the server is doing, stop reading
        expired.set()
        for sock in list(sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    started = time.monotonic()
    timer = threading.Timer(deadline_s, cut_off)
    timer.daemon = True
    timer.start()
    request = urllib.request.Request(url, headers={"User-Agent": "FanCompanion/1 (calendar)"})
    try:
        with opener.open(request, timeout=SOCKET_TIMEOUT_S) as response:
            declared = response.headers.get("Content-Length")
            expected = int(declared) if declared and declared.strip().isdigit() else None
            if expected is not None and expected > max_bytes:
                raise FetchError(f"the calendar is larger than {max_bytes // (1024 * 1024)} MB")
            body = _read_capped(response, max_bytes, started + deadline_s, deadline_s)
            if expired.is_set():
                raise FetchError(f"the download took longer than {deadline_s:.0f} s")
            if expected is not None and len(body) != expected:
                raise FetchError("the download was cut short; nothing was changed")
            return body
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if isinstance(exc, FetchError):
            raise
        if expired.is_set():
            raise FetchError(f"the download took longer than {deadline_s:.0f} s") from None
        raise FetchError(describe_fetch_error(exc)) from None
    finally:
        timer.cancel()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.close()


def _read_capped(response: Any, max_bytes: int, until: float, deadline_s: float) -> bytes:
    """The body, at most ``max_bytes``. The deadline is also checked between reads: a server
    that drips a byte at a time never trips a per-read timeout, and the timer thread alone is
    not enough where timed waits misbehave (libfaketime, under which CI also runs)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > until:
            raise FetchError(f"the download took longer than {deadline_s:.0f} s")
        chunk = response.read1(64 * 1024) if hasattr(response, "read1") else response.read(1024)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the calendar is larger than {max_bytes // (1024 * 1024)} MB")
        chunks.append(chunk)


def describe_fetch_error(exc: BaseException) -> str:
    """One line for any way a download can fail."""
    import http.client
    import urllib.error

    if isinstance(exc, urllib.error.HTTPError):
        return f"the server answered {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return f"offline or unreachable ({exc.reason})"
    if isinstance(exc, http.client.IncompleteRead):
        return "the download was cut short"
    if isinstance(exc, http.client.HTTPException):
        return f"the server's answer was not understood ({type(exc).__name__})"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "the server did not answer in time"
    if isinstance(exc, ssl.SSLError):
        return f"the secure connection failed ({exc.reason or exc})"
    if isinstance(exc, OSError):
        return f"offline or unreachable ({exc.strerror or exc})"
    return f"not a usable address ({exc})"


def fetch_url(url: str, timeout: float = DEADLINE_S) -> bytes:
    """Download a calendar (only ever when the fan asks for a refresh)."""
    return _fetch(url, deadline_s=timeout)


def _is_whole_calendar(body: bytes) -> bool:
    """A download cut short loses its closing line; importing it would prune real events."""
    tail = body[-4096:].decode("utf-8", "replace").strip().upper()
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith(b"BEGIN:VCALENDAR") and tail.endswith("END:VCALENDAR")


def is_twitch_schedule(url: str) -> bool:
    """A channel's schedule feed: the "Export" link on its Schedule tab."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    return (parts.hostname or "") == "api.twitch.tv" and parts.path.rstrip("/").lower() == (
        "/helix/schedule/icalendar"
    )


def add_subscription(
    db: Database, url: str, name: str, *, creator_id: int | None, now: datetime
) -> int:
    clean = (url or "").strip()
    if clean.lower().startswith("webcal://"):
        clean = "https://" + clean[len("webcal://") :]
    if not clean.lower().startswith("https://"):
        raise InputError("url: use an https:// (or webcal://) calendar address")
    check_url(clean)
    if len(clean) > 2048:
        raise InputError("url: the address is too long")
    if db.execute("SELECT 1 FROM subscriptions WHERE url = ?", [clean]).fetchone():
        raise InputError("url: you are already subscribed to this calendar")
    with db.atomic():
        table = db.table("subscriptions")
        table.insert(
            {
                "url": clean,
                "name": (name or clean).strip()[:200],
                "creator_id": creator_id,
                "created_at": utc_text(now),
            }
        )
        assert table.last_rowid is not None  # the insert above set it
        return int(table.last_rowid)


def subscriptions(db: Database) -> list[dict[str, Any]]:
    return list(db.table("subscriptions").rows_where(order_by="name"))


def refresh(
    db: Database, sub_id: int, *, now: datetime, home_zone: ZoneInfo, fetch: Fetcher = fetch_url
) -> str:
    """Fetch and import a subscription. Offline, the last copy stays and the reply says so."""
    sub = next(iter(db.table("subscriptions").rows_where("id = ?", [sub_id])), None)
    if sub is None:
        raise InputError(f"subscription {sub_id} does not exist")
    import http.client

    try:
        body = fetch(sub["url"])
        if not _is_whole_calendar(body):
            raise FetchError("the download is not a whole calendar (cut short?)")
    except (OSError, http.client.HTTPException, ValueError, FetchError) as exc:
        reason = str(exc) if isinstance(exc, FetchError) else describe_fetch_error(exc)
        if reason.startswith("the server answered 500") and is_twitch_schedule(sub["url"]):
            # Twitch's calendar feed fails with 500 for a channel that has no stream scheduled.
            reason = "Twitch has no stream scheduled for this channel (it answers 500 then)"
        when = sub["last_fetched"][:16].replace("T", " ") if sub["last_fetched"] else None
        kept = f"the copy from {when} UTC is kept" if when else "there is no earlier copy"
        status = f"{reason}; {kept}"
        with db.atomic():
            db.table("subscriptions").update(sub_id, {"last_status": status})
        return f"Could not refresh {sub['name']}: {status}."
    report = import_ics(
        db,
        body,
        source=f"subscription:{sub_id}",
        now=now,
        home_zone=home_zone,
        creator_id=sub["creator_id"],
        prune=True,
    )
    with db.atomic():
        db.table("subscriptions").update(
            sub_id,
            {
                "last_fetched": utc_text(now),
                "body": body.decode("utf-8", "replace"),
                "last_status": "ok",
            },
        )
    return f"{sub['name']}: {report.summary()}"
