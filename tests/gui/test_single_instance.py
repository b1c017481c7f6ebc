"""Only one app per data folder; a second launch brings the first forward and exits 0."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from companion.ui.shell import single_instance
from companion.ui.shell.single_instance import SingleInstance


def test_second_instance_is_refused_and_wakes_the_first(qtbot, qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    first = SingleInstance(data_dir)
    second = SingleInstance(data_dir)
    try:
        assert first.acquire()
        first.listen()
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
        second.release()
    third = SingleInstance(data_dir)
    assert third.acquire()  # released locks are free again
    third.release()


def test_different_data_folders_do_not_collide(qapp, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    one, two = SingleInstance(a), SingleInstance(b)
    try:
        assert one.acquire()
        assert two.acquire()
    finally:
        one.release()
        two.release()


def test_launching_twice_exits_zero_and_leaves_one_app(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "companion", "--data-dir", str(data_dir)]
    with subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as first:
        _second_launch(first, cmd, env, data_dir)


def _second_launch(first: subprocess.Popen, cmd: list[str], env: dict, data_dir: Path) -> None:
    try:
        deadline = time.monotonic() + 30
        while not (data_dir / "companion.lock").exists():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "first instance never took the lock"
            time.sleep(0.05)
        time.sleep(0.3)  # let it start listening
        second = subprocess.run(cmd, env=env, capture_output=True, timeout=30, check=False)
        assert second.returncode == 0
        assert first.poll() is None  # the first one is still running
    finally:
        first.terminate()
        first.wait(timeout=10)


unix_only = pytest.mark.skipif(not single_instance.UNIX_SOCKETS, reason="Unix sockets")


@unix_only
def test_the_socket_is_the_users_alone_and_goes_with_the_app(qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    first = SingleInstance(data_dir)
    path = Path(single_instance.socket_path(single_instance.server_name(data_dir)))
    os.umask(0o022)
    try:
        assert first.acquire()
        first.listen()
        mode = path.stat().st_mode
        assert stat.S_ISSOCK(mode)
        assert stat.S_IMODE(mode) & 0o077 == 0  # no other user may connect
        assert os.umask(0o022) == 0o022  # and the process's umask is as it was
    finally:
        first.release()
    assert not path.exists()


@unix_only
def test_a_crashed_owners_socket_is_replaced(qtbot, qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = single_instance.socket_path(single_instance.server_name(data_dir))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(path)  # closed without unlinking: what a killed app leaves behind
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    try:
        assert not second.notify_running(timeout_ms=500)  # nobody answers on it
        assert first.acquire()
        first.listen()
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
        second.release()


@unix_only
def test_an_overlong_message_is_dropped_and_the_next_launch_still_heard(
    qtbot, qapp, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    path = single_instance.socket_path(single_instance.server_name(data_dir))
    try:
        assert first.acquire()
        first.listen()
        with (
            qtbot.assertNotEmitted(first.open_requested, wait=300),
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as flood,
        ):
            flood.connect(path)
            with contextlib.suppress(OSError):  # the app hangs up on it
                flood.sendall(b"open " + b"x" * single_instance._MAX_MESSAGE + b"\n")
            qtbot.wait(200)
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
        second.release()


def test_windows_named_pipe_carries_the_same_messages(
    qtbot, qapp, data_dir: Path, monkeypatch
) -> None:
    # QLocalServer, as on Windows (it runs here on a Unix socket of its own).
    monkeypatch.setattr(single_instance, "UNIX_SOCKETS", False)
    data_dir.mkdir(parents=True)
    first, second = SingleInstance(data_dir), SingleInstance(data_dir)
    try:
        assert first.acquire()
        first.listen()
        got: list[str] = []
        first.open_requested.connect(got.append)
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.notify_running(targets=["C:\\Users\\a b\\x.ics"])
        qtbot.waitUntil(lambda: got == ["C:\\Users\\a b\\x.ics"], timeout=3000)
    finally:
        first.release()
        second.release()
    assert not SingleInstance(data_dir).notify_running(timeout_ms=300)


def test_the_socket_lives_in_the_users_runtime_folder_when_there_is_one(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert single_instance.socket_path("fan-companion-x") == str(tmp_path / "fan-companion-x")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "gone"))  # set but missing
    fallback = Path(single_instance.socket_path("fan-companion-x"))
    assert fallback.parent == Path(tempfile.gettempdir())
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert Path(single_instance.socket_path("fan-companion-x")) == fallback


LATER_LAUNCH = """
import sys
from pathlib import Path
from companion.ui.shell import single_instance
from companion.ui.shell.single_instance import SingleInstance
UNIX = None
single_instance.UNIX_SOCKETS = UNIX
later = SingleInstance(Path(sys.argv[1]))
assert not later.acquire()
print("asking", flush=True)
sys.exit(0 if later.notify_running(timeout_ms=10_000, targets=[sys.argv[2]]) else 1)
"""


@pytest.mark.parametrize(
    "unix", [pytest.param(True, marks=unix_only), False], ids=["unix-socket", "named-pipe"]
)
def test_a_launch_while_the_first_page_is_built_is_heard_once_it_is_up(
    qtbot, qapp, data_dir: Path, monkeypatch, unix: bool
) -> None:
    # The app listens once its first page is up; a double click, or a file opened with the app,
    # in the moment before must not be lost.
    monkeypatch.setattr(single_instance, "UNIX_SOCKETS", unix)
    data_dir.mkdir(parents=True)
    first = SingleInstance(data_dir)
    assert first.acquire()
    got: list[str] = []
    first.open_requested.connect(got.append)
    # The child asks by the same road as the parent listens.
    code = LATER_LAUNCH.replace("UNIX = None", f"UNIX = {unix}")
    later = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir), "/tmp/stream.ics"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert later.stdout is not None
        assert later.stdout.readline().strip() == "asking"
        qtbot.wait(300)  # it is asking while nobody listens yet
        assert later.poll() is None
        with qtbot.waitSignal(first.activated, timeout=5000):
            first.listen()
        assert later.wait(timeout=10) == 0
        qtbot.waitUntil(lambda: got == ["/tmp/stream.ics"], timeout=3000)
    finally:
        if later.poll() is None:
            later.kill()
        later.communicate()
        first.release()


# Another process taking the folder's lock: ours (a running Fan Companion) or QLockFile's (an
# earlier version of the app, which used it). It prints whether it got the lock; holding it, it
# waits for its stdin to close.
HOLDER = """
import sys
from pathlib import Path
path = Path(sys.argv[2])
if sys.argv[1] == "ours":
    from companion.ui.shell.single_instance import _FileLock
    lock = _FileLock(path)
    held = lock.take() is True
else:
    from PySide6.QtCore import QLockFile
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    held = lock.tryLock(0)
print("held" if held else "refused", flush=True)
if held:
    sys.stdin.read()
"""


@contextlib.contextmanager
def _elsewhere(kind: str, path: Path):
    """The holder process and what it said ("held" or "refused")."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, kind, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        try:
            yield holder, holder.stdout.readline().strip()
        finally:
            if holder.poll() is None:
                holder.kill()
            holder.wait(timeout=10)


@unix_only
def test_a_killed_owners_lock_is_free_at_once(qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with _elsewhere("ours", data_dir / "companion.lock") as (holder, said):
        assert said == "held"
        assert not SingleInstance(data_dir).acquire()
        holder.kill()  # no chance to let go: the kernel does
        holder.wait(timeout=10)
        after = SingleInstance(data_dir)
        assert after.acquire()
        after.release()


@unix_only
def test_an_earlier_version_and_this_one_each_see_the_other(qapp, data_dir: Path) -> None:
    """Earlier versions lock with QLockFile: started beside this one, either way round, one
    of them steps aside, and a lock this one left behind in a crash is not in its way."""
    data_dir.mkdir(parents=True)
    lock_path = data_dir / "companion.lock"
    with _elsewhere("qlockfile", lock_path) as (_, said):
        assert said == "held"
        assert not SingleInstance(data_dir).acquire()
    ours = SingleInstance(data_dir)
    assert ours.acquire()
    try:
        with _elsewhere("qlockfile", lock_path) as (_, said):
            assert said == "refused"  # the earlier version cannot take it while we run
    finally:
        ours.release()
    assert not lock_path.exists()  # let go and removed, as QLockFile does
    with _elsewhere("ours", lock_path) as (crashed, said):
        assert said == "held"
        crashed.kill()
        crashed.wait(timeout=10)
    assert lock_path.exists()  # what a crash leaves: a pid that is gone, and its program
    with _elsewhere("qlockfile", lock_path) as (_, said):
        assert said == "held"  # stale to the earlier version, which takes it over


@unix_only
def test_a_lock_file_removed_as_it_was_taken_is_taken_again(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A launch opens the file just as the running app quits and removes it: the lock it then
    gets is on a file no other launch will find, so it takes the new one at the path."""
    import fcntl

    data_dir.mkdir(parents=True)
    lock_path = data_dir / "companion.lock"
    real, calls = fcntl.flock, []

    def quitting_owner(fd: int, operation: int) -> None:
        if not calls:
            lock_path.unlink()  # the owner's release, between our open and our lock
        calls.append(fd)
        real(fd, operation)

    monkeypatch.setattr(fcntl, "flock", quitting_owner)
    first = SingleInstance(data_dir)
    assert first.acquire()
    monkeypatch.setattr(fcntl, "flock", real)
    try:
        assert len(calls) == 2 and lock_path.exists()
        assert not SingleInstance(data_dir).acquire()  # the file at the path is the held one
    finally:
        first.release()
