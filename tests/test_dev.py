"""dev.py, the one script a newcomer runs first (issue 18, item 26n)."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_dev(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, list[list[str]]]:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    python = tmp_path / "python"
    python.touch()
    monkeypatch.setattr(dev, "PYTHON", python)
    monkeypatch.setattr(dev, "STAMP", tmp_path / ".installed")
    ran: list[list[str]] = []

    def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        ran.append(cmd)
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(dev.subprocess, "run", run)
    return dev, ran


def test_the_first_install_shows_its_progress(tmp_path, monkeypatch, capsys) -> None:
    """The first `python3 dev.py run` sat silent for minutes behind `pip -q`."""
    dev, ran = load_dev(tmp_path, monkeypatch)
    dev.ensure_installed()
    said = capsys.readouterr().out
    assert "a minute or two" in said, "says how long the wait is"
    assert ran and all("-q" not in cmd and "--quiet" not in cmd for cmd in ran)
    assert any("--progress-bar" in cmd for cmd in ran)
    assert [f"step {n} of 2" in said for n in (1, 2)] == [True, True]
    ran.clear()
    dev.ensure_installed()
    assert ran == [], "installed once: nothing run the second time"
