"""One running app per data folder: a lock file decides, a local socket carries "come to front".

On Linux and macOS the socket is a Unix one served with Python's socket module and a
QSocketNotifier, where QLocalServer would put it; Windows has no Unix sockets in Python and uses
QLocalServer's named pipe. The frozen Linux app so needs no QtNetwork: 3.3 MB, and 1.5 MB of
Kerberos libraries it links (build.spec).

The lock is ``flock`` on the lock file there too (_FileLock), and QLockFile on Windows.
QLockFile flushes its file to the disk (``fdatasync``) every time it is taken, before the window
can show: a journal commit, milliseconds on a laptop's disk at every start, and two after a
crash. A lock the kernel holds needs no flush and no stale-lock guessing: it goes with the
process, however the process ends. It stays readable to QLockFile, so an earlier version of the
app started beside this one still sees the folder taken (QLockFile takes the same ``flock``).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    import socket

    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_ACTIVATE = b"activate\n"
_OPEN = b"open "
_MAX_MESSAGE = 64 * 1024  # a few paths; anything longer is not a launch of ours
_RETRY_S = 0.05
# Python on Windows has no AF_UNIX; everywhere else it has. Not asked of the socket module:
# importing it (its enums) cost the first page 19 M instructions, and it is needed only once
# the window is up (listen) or by a second launch (notify_running).
UNIX_SOCKETS = sys.platform != "win32"

# Called with a connection and the bytes it brought; False: drop that connection.
Feed = Callable[[object, bytes], bool]


def server_name(data_dir: Path) -> str:
    # Per user and per data folder: two users, or two --data-dir folders, never collide.
    user = os.environ.get("USER") or os.environ.get("USERNAME") or str(_uid())
    key = f"{user}\0{data_dir.resolve()}".encode()
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    digest = bytes(digest.data()).decode()[:20]
    return f"fan-companion-{digest}"


def socket_path(name: str) -> str:
    """Where the Unix socket lives: the user's runtime folder (0700, the user's alone), else the
    temporary folder as QLocalServer used, where another user could take the name first."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = runtime if runtime and os.path.isdir(runtime) else tempfile.gettempdir()
    return os.path.join(folder, name)


def _uid() -> int:
    getuid = getattr(os, "getuid", None)  # POSIX only; Windows has USERNAME
    return getuid() if getuid else 0


class SingleInstance(QObject):
    """Owns the instance lock; emits ``activated`` when a second launch asks for the window."""

    activated = Signal()
    open_requested = Signal(str)  # a file or link a later launch handed over

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock_path = data_dir / "companion.lock"
        self._lock: _FileLock | _QtLock = (
            _FileLock(self._lock_path) if UNIX_SOCKETS else _QtLock(self._lock_path)
        )
        self._server: _UnixServer | _PipeServer | None = None
        self._buffers: dict[object, bytes] = {}

    def acquire(self) -> bool:
        """True when we are the only instance (or locking is impossible, e.g. read-only folder).

        Call :meth:`listen` next so later launches can wake us.
        """
        taken = self._lock.take()
        # None: it cannot be taken here (a read-only folder): run unguarded and let the
        # database explain what is wrong with the folder.
        return taken is not False

    def listen(self) -> None:
        """Accept "come to front" requests from later launches (only while holding the lock)."""
        if not self._lock.held() or self._server is not None:
            return
        if UNIX_SOCKETS:
            self._server = _UnixServer(socket_path(self._name), self._feed, self._forget, self)
        else:
            self._server = _PipeServer(self._name, self._feed, self._forget, self)

    def notify_running(self, timeout_ms: int = 2000, targets: Sequence[str] = ()) -> bool:
        """Ask the running instance to show its window (and open ``targets``). False when it
        did not answer."""
        message = _ACTIVATE + b"".join(
            _OPEN + t.replace("\n", " ").encode("utf-8", "surrogateescape") + b"\n" for t in targets
        )
        # The running app listens once its first page is up: a launch in that moment (a double
        # click, a file opened with the app) asks again until the timeout rather than be lost.
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            left = max(1, int((deadline - time.monotonic()) * 1000))
            if UNIX_SOCKETS:
                sent = _send_unix(socket_path(self._name), message, left)
            else:
                sent = _send_pipe(self._name, message, left)
            if sent or time.monotonic() + _RETRY_S >= deadline:
                return sent
            time.sleep(_RETRY_S)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._buffers.clear()
        self._lock.release()

    def _feed(self, conn: object, data: bytes) -> bool:
        # A launch writes its whole message then disconnects; gather it, act on whole lines.
        buffer = self._buffers.get(conn, b"") + data
        if len(buffer) > _MAX_MESSAGE:
            self._buffers.pop(conn, None)
            return False
        *lines, rest = buffer.split(b"\n")
        self._buffers[conn] = rest
        for line in lines:
            if line == _ACTIVATE.strip():
                self.activated.emit()
            elif line.startswith(_OPEN):
                self.open_requested.emit(line[len(_OPEN) :].decode("utf-8", "replace"))
        return True

    def _forget(self, conn: object) -> None:
        self._buffers.pop(conn, None)


class _FileLock:
    """The instance lock on Linux and macOS: ``flock`` on the lock file."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def take(self) -> bool | None:
        """True: ours now. False: another process holds it. None: it cannot be taken here."""
        import fcntl

        for _ in range(10):
            try:
                fd = os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            except OSError:
                return None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            except OSError:  # a file system without locks
                os.close(fd)
                return None
            try:
                same = os.fstat(fd).st_ino == os.stat(self._path).st_ino
            except OSError:
                same = False
            if same:
                self._fd = fd
                self._describe(fd)
                return True
            # Its owner removed the file between our open and our lock (it was quitting): the
            # lock on that file guards nothing any more. Take the file at the path instead.
            os.close(fd)
        return None

    @staticmethod
    def _describe(fd: int) -> None:
        """What QLockFile writes (pid, program, host): an earlier version of the app reads it,
        finds us alive while we are, and the lock stale once we are gone."""
        program = os.path.basename(os.path.realpath(sys.executable))
        about = f"{os.getpid()}\n{program}\n{os.uname().nodename}\n".encode()
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, about)

    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        # Removed while still held, as QLockFile does: a launch that opened it just before
        # finds it gone once it has the lock (take) and takes the new file instead.
        with contextlib.suppress(OSError):
            os.unlink(self._path)
        os.close(self._fd)
        self._fd = None


class _QtLock:
    """Windows: QLockFile, whose file the system keeps open and undeletable while held."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtCore import QLockFile

        self._lock = QLockFile(str(path))
        # 0 = never stale by age; a lock whose process died is still detected and taken over.
        self._lock.setStaleLockTime(0)

    def take(self) -> bool | None:
        from PySide6.QtCore import QLockFile

        if self._lock.tryLock(0):
            return True
        return False if self._lock.error() == QLockFile.LockError.LockFailedError else None

    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


class _UnixServer(QObject):
    """QLocalServer's part on Linux and macOS: a Unix socket only its user can connect to."""

    def __init__(
        self, path: str, feed: Feed, forget: Callable[[object], None], parent: QObject
    ) -> None:
        import socket

        super().__init__(parent)
        self._path, self._feed, self._forget = path, feed, forget
        self._conns: dict[socket.socket, QSocketNotifier] = {}
        with contextlib.suppress(OSError):
            os.unlink(path)  # a crashed owner's socket (we hold the lock: no one else's)
        self._sock: socket.socket | None = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        umask = os.umask(0o077)  # srwx------ from the start: no other user can connect
        try:
            self._sock.bind(path)
            self._sock.listen(8)
        except OSError:
            self._sock.close()
            self._sock = None  # a later launch then finds no one and opens its own window
            return
        finally:
            os.umask(umask)
        self._sock.setblocking(False)
        self._notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)

    def _accept(self) -> None:
        while self._sock is not None:
            try:
                conn, _ = self._sock.accept()
            except OSError:  # BlockingIOError: no one else is waiting
                return
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda *_, c=conn: self._read(c))
            self._conns[conn] = notifier

    def _read(self, conn: socket.socket) -> None:
        try:
            data = conn.recv(_MAX_MESSAGE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data or not self._feed(conn, data):  # b"": the launch has said all and gone
            self._drop(conn)

    def _drop(self, conn: socket.socket) -> None:
        notifier = self._conns.pop(conn, None)
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
        conn.close()
        self._forget(conn)

    def close(self) -> None:
        for conn in list(self._conns):
            self._drop(conn)
        if self._sock is not None:
            self._notifier.setEnabled(False)
            self._sock.close()
            self._sock = None
            with contextlib.suppress(OSError):
                os.unlink(self._path)


def _send_unix(path: str, message: bytes, timeout_ms: int) -> bool:
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout_ms / 1000)
            conn.connect(path)
            conn.sendall(message)
    except OSError:  # no socket, or a dead owner's: no one answered
        return False
    return True


class _PipeServer(QObject):
    """Windows: QLocalServer on a named pipe only this user can open."""

    def __init__(
        self, name: str, feed: Feed, forget: Callable[[object], None], parent: QObject
    ) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._feed, self._forget = feed, forget
        self._clients: list[QLocalSocket] = []
        QLocalServer.removeServer(name)
        self._server: QLocalServer = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._server.listen(name)

    def _on_new_connection(self) -> None:
        while (conn := self._server.nextPendingConnection()) is not None:
            self._clients.append(conn)
            conn.readyRead.connect(self._on_ready_read)
            conn.disconnected.connect(self._on_disconnected)
            if conn.bytesAvailable():
                self._read(conn)

    def _on_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        conn = self.sender()
        if isinstance(conn, QLocalSocket):
            self._read(conn)

    def _read(self, conn: QLocalSocket) -> None:
        if not self._feed(conn, bytes(conn.readAll().data())):
            conn.abort()

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        conn = self.sender()
        if not isinstance(conn, QLocalSocket):
            return
        self._forget(conn)
        if conn in self._clients:
            self._clients.remove(conn)
            conn.deleteLater()

    def close(self) -> None:
        for conn in self._clients:
            conn.readyRead.disconnect(self._on_ready_read)
            conn.disconnected.disconnect(self._on_disconnected)
            conn.abort()
        self._clients.clear()
        self._server.close()


def _send_pipe(name: str, message: bytes, timeout_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    conn = QLocalSocket()
    conn.connectToServer(name)
    if not conn.waitForConnected(timeout_ms):
        return False
    conn.write(message)
    ok = conn.waitForBytesWritten(timeout_ms)
    conn.disconnectFromServer()
    return ok
