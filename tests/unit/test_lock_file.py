"""The hashed lock files CI and the README install from agree with pyproject.toml, so a
dependency added, dropped or re-ranged in one cannot silently drift from the other."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the lock brings tomli for 3.10 (through pytest)
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
TEST_LOCK = ROOT / ".ci" / "requirements-test.lock"
BUILD_LOCK = ROOT / ".ci" / "requirements-build.lock"
# The platform the lock is verified on; it is universal, but this one must be covered.
LINUX_311 = {
    "python_version": "3.11",
    "python_full_version": "3.11.7",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": "x86_64",
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
}
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def read_lock(path: Path) -> dict[str, list[tuple[str, str, int]]]:
    """name -> [(version, marker, number of hashes)]; a name may be pinned once per marker."""
    pins: dict[str, list[tuple[str, str, int]]] = {}
    current: list | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        found = _PIN.match(line)
        if found:
            name, version, marker = found.groups()
            current = [version, (marker or "").strip(), 0]
            pins.setdefault(canonicalize_name(name), []).append(current)  # type: ignore[arg-type]
        elif stripped.startswith("--hash=sha256:") and current is not None:
            current[2] += 1
        elif stripped and not stripped.startswith("#"):
            pytest.fail(f"{path.name}: a line that is neither a pin nor a hash: {line!r}")
    return {name: [tuple(p) for p in entries] for name, entries in pins.items()}  # type: ignore[misc]


def pyproject_requirements(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"])
    for extra in extras:
        names += project["optional-dependencies"][extra]
    return [Requirement(name) for name in names]


def applies(marker: str, environment: dict[str, str]) -> bool:
    return not marker or Marker(marker).evaluate(environment)


@pytest.mark.parametrize(
    ("lock", "extras"), [(TEST_LOCK, ("test",)), (BUILD_LOCK, ("test", "build"))]
)
def test_every_pyproject_dependency_is_pinned_in_the_lock(lock: Path, extras: tuple[str]) -> None:
    pins = read_lock(lock)
    for requirement in pyproject_requirements(*extras):
        entries = pins.get(canonicalize_name(requirement.name))
        assert entries, f"{requirement.name} is in pyproject.toml but not in {lock.name}"
        for version, _marker, _hashes in entries:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{lock.name} pins {requirement.name}=={version}, outside {requirement}"
            )
        if requirement.marker is not None and not applies(str(requirement.marker), LINUX_311):
            continue  # only for Windows or macOS (winrt-runtime): pinned, but not for Linux
        assert any(applies(marker, LINUX_311) for _, marker, _ in entries), (
            f"{lock.name} has no {requirement.name} for Python 3.11 on Linux x86-64"
        )


@pytest.mark.parametrize("lock", [TEST_LOCK, BUILD_LOCK])
def test_every_pin_is_exact_and_hashed(lock: Path) -> None:
    pins = read_lock(lock)
    assert pins
    for name, entries in pins.items():
        for version, _marker, hashes in entries:
            assert hashes >= 1, f"{lock.name}: {name}=={version} has no hash"
    # One version per name for any one interpreter, or pip refuses the file.
    for name, entries in pins.items():
        chosen = [version for version, marker, _ in entries if applies(marker, LINUX_311)]
        assert len(chosen) <= 1, f"{lock.name}: {name} pinned twice: {chosen}"


def test_the_build_lock_keeps_every_pin_of_the_test_lock() -> None:
    # .ci/build-smoke installs the build lock over the test venv: a different pin would swap a
    # tested package for an untested one just before the app is frozen.
    test, build = read_lock(TEST_LOCK), read_lock(BUILD_LOCK)
    for name, entries in test.items():
        assert build.get(name) == entries, f"{name}: {entries} in the test lock, {build.get(name)}"


def test_ruff_is_pinned_exactly_and_the_same_in_both() -> None:
    (ruff,) = [r for r in pyproject_requirements("test") if r.name == "ruff"]
    (spec,) = ruff.specifier
    assert spec.operator == "=="
    assert [v for v, _, _ in read_lock(TEST_LOCK)["ruff"]] == [spec.version]


def test_the_readme_test_command_installs_through_the_lock() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- test-command -->`([^`]*)`", readme)
    assert found is not None
    steps = [step.strip() for step in found.group(1).split("&&")]
    assert "-m pip install --require-hashes -r .ci/requirements-test.lock" in steps[1]
    assert steps[2].endswith("-m pip install --no-deps -e .")
    assert steps[-1].endswith("-m pytest")
    assert not any("[test]" in step for step in steps)  # extras would resolve around the lock


def test_the_locks_say_how_to_regenerate_them() -> None:
    for lock in (TEST_LOCK, BUILD_LOCK):
        head = lock.read_text(encoding="utf-8").splitlines()[:3]
        assert any("bash .ci/lock" in line for line in head), lock.name
    assert "uv pip compile" in (ROOT / ".ci" / "lock").read_text(encoding="utf-8")
