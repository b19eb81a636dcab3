"""The `codesign` command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from bot.cli import app
from storage.db import Database

ROOT = Path(__file__).resolve().parents[2]
FLOWS = sorted((ROOT / "dialogs" / "flows").glob("*.yaml"))
runner = CliRunner()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "ADMIN_IDS", "PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_flows_check_accepts_the_shipped_flows() -> None:
    result = runner.invoke(app, ["flows", "check", *map(str, FLOWS)])
    assert result.exit_code == 0, result.output
    assert f"{len(FLOWS)} flow file(s) OK" in result.output


def test_flows_check_reports_file_line_and_reason(tmp_path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "id: broken\ntitle: Broken\nsteps:\n  - id: a\n    kind: text\n    prompt: Hi\n"
        "    next: nowhere\n"
    )
    result = runner.invoke(app, ["flows", "check", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:7:" in result.output and "nowhere" in result.output


def test_flows_try_rehearses_in_the_terminal() -> None:
    park = ROOT / "dialogs" / "flows" / "park_redesign.yaml"
    result = runner.invoke(app, ["flows", "try", str(park)], input="1\n/quit\n")
    assert result.exit_code == 0, result.output
    assert "How often do you visit the park?" in result.output
    assert "[1] Most days" in result.output


def test_run_without_a_token_says_what_to_set_in_one_line() -> None:
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line]
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0] and ".env" in lines[0]


def test_run_with_a_malformed_setting_names_it(monkeypatch) -> None:
    monkeypatch.setenv("PORT", "http")
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 2 and "PORT is malformed" in result.output


def test_db_upgrade_and_grant(monkeypatch, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert runner.invoke(app, ["db", "upgrade"]).exit_code == 0
    assert "member" in inspect(Database(url).engine).get_table_names()
    result = runner.invoke(app, ["grant", "4242", "coordinator"])
    assert result.exit_code == 0 and "now has the coordinator role" in result.output
    assert "already" in runner.invoke(app, ["grant", "4242", "coordinator"]).output
    assert runner.invoke(app, ["grant", "4242", "king"]).exit_code == 2


def test_grant_and_revoke_on_the_server(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'roles.db'}")
    assert runner.invoke(app, ["grant", "77", "organiser"]).exit_code == 0
    result = runner.invoke(app, ["revoke", "77", "organiser"])
    assert result.exit_code == 0 and "no longer has the organiser role" in result.output
    again = runner.invoke(app, ["revoke", "77", "organiser"])
    assert again.exit_code == 2 and "does not have the organiser role" in again.output
