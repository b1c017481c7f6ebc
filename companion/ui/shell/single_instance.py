"""One running app per data folder: a lock file decides, a local socket carries "come to front"."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_ACTIVATE = b"activate\n"
_OPEN = b"open "
_MAX_MESSAGE = 64 * 1024  # a few paths; anything longer is not a launch of ours


def server_name(data_dir: Path) -> str:
    # Per user and per data folder: two users, or two --data-dir folders, never collide.
    user = os.environ.get("USER") or os.environ.get("USERNAME") or str(_uid())
    key = f"{user}\0{data_dir.resolve()}".encode()
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    digest = bytes(digest.data()).decode()[:20]
    return f"fan-companion-{digest}"


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
        self._lock = QLockFile(str(data_dir / "companion.lock"))
        # 0 = never stale by age; a lock whose process died is still detected and taken over.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []
        self._buffers: dict[QLocalSocket, bytes] = {}

    def acquire(self) -> bool:
        """True when we are the only instance (or locking is impossible, e.g. read-only folder).

        Call :meth:`listen` next so later launches can wake us.
        """
        if not self._lock.tryLock(0):
            # LockFailedError: someone holds it. Any other error (read-only folder): run
            # unguarded and let the database explain what is wrong with the folder.
            return self._lock.error() != QLockFile.LockError.LockFailedError
        return True

    def listen(self) -> None:
        """Accept "come to front" requests from later launches (only while holding the lock)."""
        from PySide6.QtNetwork import QLocalServer

        if not self._lock.isLocked() or self._server is not None:
            return
        QLocalServer.removeServer(self._name)  # a crashed owner can leave a stale socket behind
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._server.listen(self._name)

    def notify_running(self, timeout_ms: int = 2000, targets: Sequence[str] = ()) -> bool:
        """Ask the running instance to show its window (and open ``targets``). False when it
        did not answer."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        message = _ACTIVATE + b"".join(
            _OPEN + t.replace("\n", " ").encode("utf-8", "surrogateescape") + b"\n" for t in targets
        )
        socket.write(message)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        for conn in self._clients:
            conn.readyRead.disconnect(self._on_ready_read)
            conn.disconnected.disconnect(self._on_disconnected)
            conn.abort()
        self._clients.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_new_connection(self) -> None:
        assert self._server is not None
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
        # A launch writes its whole message then disconnects; gather it, act on whole lines.
        buffer = self._buffers.get(conn, b"") + bytes(conn.readAll().data())
        if len(buffer) > _MAX_MESSAGE:
            conn.abort()
            self._buffers.pop(conn, None)
            return
        *lines, rest = buffer.split(b"\n")
        self._buffers[conn] = rest
        for line in lines:
            if line == _ACTIVATE.strip():
                self.activated.emit()
            elif line.startswith(_OPEN):
                self.open_requested.emit(line[len(_OPEN) :].decode("utf-8", "replace"))

    def _on_disconnected(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        conn = self.sender()
        if not isinstance(conn, QLocalSocket):
            return
        self._buffers.pop(conn, None)
        if conn in self._clients:
            self._clients.remove(conn)
            conn.deleteLater()
