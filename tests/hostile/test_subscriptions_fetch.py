"""Calendar subscriptions against hostile addresses and servers. Every server here listens on
127.0.0.1 in this process; addresses anywhere else are refused before any connection is made."""

from __future__ import annotations

import datetime as dt
import http.client
import http.server
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.calendar import schedule, subscriptions
from companion.core.calendar.subscriptions import FetchError, _fetch
from companion.core.errors import InputError

NOW = dt.datetime(2026, 3, 14, 12, 0, tzinfo=dt.timezone.utc)
UTC = ZoneInfo("UTC")
LOCAL_ONLY = ("127.0.0.1",)
FEED = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    + b"".join(
        b"BEGIN:VEVENT\r\nUID:e%d\r\nDTSTAMP:20260101T000000Z\r\n"
        b"DTSTART:2026040%dT180000Z\r\nSUMMARY:Live %d\r\nEND:VEVENT\r\n" % (n, n, n)
        for n in range(1, 5)
    )
    + b"END:VCALENDAR\r\n"
)


def _local(address: str) -> bool:
    return address in LOCAL_ONLY


@contextmanager
def serve(
    answer: Callable[[socket.socket], None], tls: ssl.SSLContext | None = None
) -> Iterator[int]:
    """A raw server on 127.0.0.1 whose ``answer`` writes whatever bytes the test wants."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()
    listener.settimeout(0.2)

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                if tls is not None:
                    conn = tls.wrap_socket(conn, server_side=True)
                conn.settimeout(5)
                _read_request(conn)
                answer(conn)
            except OSError:
                pass
            finally:
                conn.close()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        thread.join(10)
        listener.close()


def _read_request(conn: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            return
        data += chunk


def _reply(status: str, headers: dict[str, str], body: bytes = b"") -> Callable:
    def answer(conn: socket.socket) -> None:
        head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        conn.sendall(head.encode() + b"\r\n" + body)

    return answer


def fetch_local(url: str, **kwargs) -> bytes:
    kwargs.setdefault("schemes", ("http",))
    return _fetch(url, allow=_local, **kwargs)


# --- addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://169.254.169.254/latest/meta-data/",
        "https://localhost:22/",
        "https://cal.localhost/a.ics",
        "https://127.0.0.1/a.ics",
        "https://10.0.0.7/a.ics",
        "https://192.168.1.1/a.ics",
        "https://[::1]/a.ics",
        "https://[::ffff:127.0.0.1]/a.ics",
        "https://[fe80::1]/a.ics",
        "https://user:secret@calendar.example/a.ics",
        "https://calendar.example/a b.ics",
        "https://calendar.example/a\tb.ics",
        "https://[::1",
        "https://calendar.example:22/a.ics",
        "https://calendar.example:99999/a.ics",
        "http://calendar.example/a.ics",
        "ftp://calendar.example/a.ics",
        "https:///a.ics",
    ],
)
def test_a_hostile_address_is_refused_when_subscribing(db, url: str) -> None:
    with pytest.raises(InputError, match=r"^url: "):
        subscriptions.add_subscription(db, url, "x", creator_id=None, now=NOW)
    assert subscriptions.subscriptions(db) == []


@pytest.mark.parametrize(
    "url", ["https://calendar.example/a.ics", "https://calendar.example:8443/a.ics"]
)
def test_a_plain_public_address_is_accepted(db, url: str) -> None:
    subscriptions.add_subscription(db, url, "x", creator_id=None, now=NOW)
    assert [s["url"] for s in subscriptions.subscriptions(db)] == [url]


def test_a_name_that_resolves_to_this_computer_is_not_fetched(monkeypatch) -> None:
    calls: list[tuple] = []

    def fake_getaddrinfo(host, port, *args, **kwargs):
        calls.append((host, port))
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(FetchError, match="this computer or a private network"):
        _fetch("https://rebind.example/a.ics")
    assert calls == [("rebind.example", 443)]


# --- servers --------------------------------------------------------------------------------


def test_a_whole_feed_is_fetched() -> None:
    answer = _reply("200 OK", {"Content-Length": str(len(FEED))}, FEED)
    with serve(answer) as port:
        assert fetch_local(f"http://127.0.0.1:{port}/a.ics") == FEED


@pytest.mark.parametrize(
    "target",
    [
        "ftp://127.0.0.1/a.ics",
        "http://10.1.2.3/a.ics",  # never connected to: refused before
        "http://localhost/a.ics",
        "file:///etc/passwd",
    ],
)
def test_a_redirect_off_the_allowed_addresses_is_refused(target: str) -> None:
    answer = _reply("302 Found", {"Location": target, "Content-Length": "0"})
    with serve(answer) as port, pytest.raises(FetchError, match=r"elsewhere|not allowed"):
        fetch_local(f"http://127.0.0.1:{port}/a.ics")


def test_a_slow_drip_server_is_cut_off_at_the_deadline() -> None:
    def drip(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(600):
            conn.sendall(b"B")
            time.sleep(0.1)

    with serve(drip) as port, pytest.raises(FetchError, match="longer than"):
        fetch_local(f"http://127.0.0.1:{port}/a.ics", deadline_s=1.0)


def test_slow_drip_headers_are_cut_off_too() -> None:
    def drip(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        for n in range(600):
            conn.sendall(b"X-%d: y\r\n" % n)
            time.sleep(0.1)

    with serve(drip) as port, pytest.raises(FetchError):
        fetch_local(f"http://127.0.0.1:{port}/a.ics", deadline_s=1.0)


def test_a_short_download_is_refused() -> None:
    answer = _reply("200 OK", {"Content-Length": str(len(FEED))}, FEED[: len(FEED) // 2])
    with serve(answer) as port, pytest.raises(FetchError, match="cut short"):
        fetch_local(f"http://127.0.0.1:{port}/a.ics")


def test_a_bad_status_line_is_one_message() -> None:
    def garbage(conn: socket.socket) -> None:
        conn.sendall(b"NONSENSE\r\n\r\n")

    with serve(garbage) as port, pytest.raises(FetchError, match="not understood"):
        fetch_local(f"http://127.0.0.1:{port}/a.ics")


@pytest.mark.parametrize("declared", [True, False])
def test_a_feed_past_the_size_cap_is_refused(declared: bool) -> None:
    body = FEED * 3
    headers = {"Content-Length": str(len(body))} if declared else {"Connection": "close"}
    with serve(_reply("200 OK", headers, body)) as port, pytest.raises(FetchError, match="than"):
        fetch_local(f"http://127.0.0.1:{port}/a.ics", max_bytes=len(FEED))
    with serve(_reply("200 OK", headers, body)) as port:  # exactly at the cap is fine
        assert fetch_local(f"http://127.0.0.1:{port}/a.ics", max_bytes=len(body)) == body


# --- https, with a certificate made here ----------------------------------------------------


@pytest.fixture(scope="module")
def tls(tmp_path_factory) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server, client) contexts around a self-signed certificate for 127.0.0.1."""
    x509 = pytest.importorskip("cryptography.x509")
    import ipaddress

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc))
        .not_valid_after(dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder: Path = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    client = ssl.create_default_context(cafile=str(folder / "cert.pem"))
    return server, client


def test_https_fetches_and_never_follows_a_redirect_to_http(tls) -> None:
    server, client = tls
    answer = _reply("200 OK", {"Content-Length": str(len(FEED))}, FEED)
    with serve(answer, tls=server) as port:
        got = _fetch(f"https://127.0.0.1:{port}/a.ics", allow=_local, ssl_context=client)
        assert got == FEED
    down = _reply("301 Moved", {"Location": "http://127.0.0.1/a.ics", "Content-Length": "0"})
    with serve(down, tls=server) as port, pytest.raises(FetchError, match="elsewhere"):
        _fetch(f"https://127.0.0.1:{port}/a.ics", allow=_local, ssl_context=client)


def test_an_untrusted_certificate_is_one_message(tls) -> None:
    server, _ = tls
    answer = _reply("200 OK", {"Content-Length": "0"})
    with serve(answer, tls=server) as port, pytest.raises(FetchError, match=r"secure|reach"):
        _fetch(f"https://127.0.0.1:{port}/a.ics", allow=_local)


# --- refresh --------------------------------------------------------------------------------


def _subscribed(db) -> int:
    sub = subscriptions.add_subscription(
        db, "https://calendar.example/a.ics", "Mia", creator_id=None, now=NOW
    )
    subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=lambda url: FEED)
    assert len(schedule.events(db)) == 4
    return sub


@pytest.mark.parametrize(
    "error",
    [
        http.client.BadStatusLine("garbage"),
        http.client.IncompleteRead(b"part", 100),
        http.client.InvalidURL("nonnumeric port"),
        ValueError("unknown url type"),
        ConnectionResetError(104, "Connection reset by peer"),
        FetchError("the download took longer than 30 s"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_network_error_is_a_message_and_keeps_the_last_copy(db, error) -> None:
    sub = _subscribed(db)

    def failing(url: str) -> bytes:
        raise error

    message = subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=failing)
    assert message.startswith("Could not refresh Mia:") and "\n" not in message
    assert len(schedule.events(db)) == 4


@pytest.mark.parametrize(
    "body",
    [
        FEED[: FEED.index(b"BEGIN:VEVENT", 200)],  # cut between two events
        FEED[:-30],  # cut inside the last lines
        b"",
        b"<html>Service unavailable</html>",
    ],
    ids=["between_events", "mid_line", "empty", "html"],
)
def test_a_truncated_feed_prunes_nothing(db, body: bytes) -> None:
    sub = _subscribed(db)
    message = subscriptions.refresh(db, sub, now=NOW, home_zone=UTC, fetch=lambda url: body)
    assert "not a whole calendar" in message
    assert len(schedule.events(db)) == 4
