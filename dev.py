"""Set up the project in ./.venv and run it: `python3 dev.py run` or `python3 dev.py test`.

Needs only Python 3.11+. The first call creates the virtual environment and
installs the project with its test tools; later calls reinstall only when
pyproject.toml changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def _pyproject_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_installed() -> None:
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = _pyproject_hash()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print(
        "Installing the project and its dependencies into .venv: a minute or two the first "
        "time, only when pyproject.toml changed after that. pip shows what it fetches.",
        flush=True,
    )
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check"]
    pip += ["--progress-bar", "on"]  # pip's own lines and bars: the wait is not silent
    print("dev.py: step 1 of 2, pip itself", flush=True)
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    print("dev.py: step 2 of 2, the project and its test tools", flush=True)
    subprocess.run([*pip, "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(wanted)
    print("dev.py: installed.", flush=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "setup", "double"}:
        print(__doc__)
        print("Commands: run [args], test [pytest args], setup, double (start the Bot API double)")
        return 2
    command, rest = argv[0], argv[1:]
    ensure_installed()
    if command == "setup":
        return 0
    if command == "run":
        cmd = [str(BIN / "codesign"), "run", *rest]
    elif command == "double":
        cmd = [str(PYTHON), "-m", "botapi_double", *rest]
    else:
        cmd = [str(PYTHON), "-m", "pytest", *rest]
    if os.name == "nt":
        return subprocess.call(cmd, cwd=ROOT)
    os.chdir(ROOT)  # become the command: a signal sent to this process (a supervisor's
    os.execv(cmd[0], cmd)  # SIGTERM) reaches the bot itself, not a parent that would leave it


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
