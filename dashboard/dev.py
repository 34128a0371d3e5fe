"""Bootstrap and project commands. Runs on a bare Python 3.11+: standard library only.

    python3 -m dashboard.dev app    # set up .venv if needed, then launch the dashboard
    python3 -m dashboard.dev test   # set up .venv if needed, then lint, type-check and test

The virtualenv lives in ``.venv`` at the repository root and is rebuilt when
``requirements.lock`` or ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
STAMP = VENV / ".tapecheck-stamp"
UV_VERSION = "0.13.9"
CHROMIUM = "/usr/bin/chromium"


def _say(message: str) -> None:
    print(f"[tapecheck] {message}", flush=True)


def _run(*args: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT, env=env)


def _must(*args: str | Path) -> None:
    code = _run(*args)
    if code != 0:
        sys.exit(f"[tapecheck] failed ({code}): {' '.join(str(a) for a in args)}")


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("requirements.lock", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    """Create .venv and install the locked dependencies unless already current."""
    if STAMP.exists() and STAMP.read_text() == _fingerprint() and PY.exists():
        return
    if not PY.exists():
        _say("creating .venv")
        venv.create(VENV, with_pip=True)
    _say("installing locked dependencies")
    if _run(PY, "-m", "pip", "install", "-q", f"uv=={UV_VERSION}") == 0:
        uv = VENV / "bin" / "uv"
        _must(uv, "pip", "sync", "--python", PY, "requirements.lock")
        _must(uv, "pip", "install", "--python", PY, "--no-deps", "-e", ".")
    else:
        _must(PY, "-m", "pip", "install", "-q", "-r", "requirements.lock")
        _must(PY, "-m", "pip", "install", "-q", "--no-deps", "-e", ".")
    STAMP.write_text(_fingerprint())


def ensure_chromium() -> None:
    """Install Debian's Chromium for the browser tests when it is missing and we are root."""
    if Path(CHROMIUM).exists():
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        _say("installing Debian's chromium for the browser tests")
        _must("apt-get", "update", "-qq")
        _must("apt-get", "install", "-y", "-qq", "chromium")
        return
    sys.exit(f"[tapecheck] the browser tests need {CHROMIUM}: install Debian's 'chromium' package")


def app(extra: list[str]) -> None:
    """Launch the dashboard on the bundled offline snapshot."""
    ensure_venv()
    _say("open http://127.0.0.1:8501 (Ctrl+C stops)")
    os.execv(PY, [str(PY), "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"), *extra])


def test(extra: list[str]) -> None:
    """Lint, format check, type check, then the whole test suite (browser tests included)."""
    ensure_venv()
    ensure_chromium()
    _must(PY, "-m", "ruff", "check", ".")
    _must(PY, "-m", "ruff", "format", "--check", ".")
    _must(PY, "-m", "mypy")
    env = dict(os.environ, TAPECHECK_OFFLINE="1")
    sys.exit(_run(PY, "-m", "pytest", *extra, env=env))


def main(argv: list[str]) -> None:
    """Dispatch ``app`` or ``test``."""
    commands = {"app": app, "test": test}
    if not argv or argv[0] not in commands:
        sys.exit("usage: python3 -m dashboard.dev {app|test} [args passed through]")
    commands[argv[0]](argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
