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


def test_flows_check_reports_every_problem_of_a_file_in_one_pass(tmp_path) -> None:
    """A typo in a step hid its broken goto until the typo was fixed; a choice with one
    option passed; a step nothing leads to and a loop with no way out went unnoticed."""
    flow = tmp_path / "walkthrough.yaml"
    flow.write_text(
        "title: Walkthrough\nsteps:\n"
        "  - id: pick\n    kind: choice\n    prompt: Ready?\n    optinal: true\n"
        "    options:\n      - {id: ready, label: Ready}\n    next: nowhere\n"
        "  - id: orphan\n    kind: text\n    prompt: Nobody asks me\n"
    )
    result = runner.invoke(app, ["flows", "check", str(flow)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{flow}:6: unknown key 'optinal'",
        f"{flow}:7: a choice needs at least 2 options (use a message step to just say something)",
        f"{flow}:9: next goes to unknown step 'nowhere'",
        f"{flow}:10: warning: step 'orphan' can never be reached from the first step",
        "3 error(s), 1 warning(s): fix the errors before using the file",
    ]


def test_flows_check_warns_of_a_loop_with_no_way_out_but_lets_the_file_pass(tmp_path) -> None:
    flow = tmp_path / "loop.yaml"
    flow.write_text(
        "title: Loop\nsteps:\n"
        "  - id: why\n    kind: text\n    label: Why\n    prompt: Why?\n"
        "  - id: sure\n    kind: scale\n    label: Sure\n    prompt: Sure?\n    next: why\n"
    )
    result = runner.invoke(app, ["flows", "check", str(flow)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"{flow}:3: warning: no answer to step 'why' can ever lead to the end: why -> sure -> why",
        "1 flow file(s) OK, 1 warning(s)",
    ]


def test_flows_new_writes_a_commented_starter_that_checks_and_runs(tmp_path) -> None:
    path = tmp_path / "oak_square.yaml"
    made = runner.invoke(app, ["flows", "new", str(path), "--title", "Oak Square"])
    assert made.exit_code == 0, made.output
    text = path.read_text()
    assert 'title: "Oak Square"' in text and text.count("\n#") > 5, "commented"
    kinds = {"message", "text", "choice", "scale", "proposal", "vote", "feedback"}
    assert all(f"kind: {kind}" in text for kind in kinds)
    checked = runner.invoke(app, ["flows", "check", str(path)])
    assert checked.exit_code == 0 and checked.output.strip() == "1 flow file(s) OK"
    tried = runner.invoke(app, ["flows", "try", str(path), "--session", "Spring"], input="1\n")
    assert "thank you for helping shape Spring!" in tried.output
    again = runner.invoke(app, ["flows", "new", str(path)])
    assert again.exit_code == 2 and "exists" in again.output
    bad = runner.invoke(app, ["flows", "new", str(tmp_path / "My Flow.yaml")])
    assert bad.exit_code == 2 and "a-z, 0-9 and _" in bad.output


def test_flows_try_rehearses_in_the_terminal() -> None:
    park = ROOT / "dialogs" / "flows" / "park_redesign.yaml"
    result = runner.invoke(app, ["flows", "try", str(park)], input="1\n/quit\n")
    assert result.exit_code == 0, result.output
    assert "How often do you visit the park?" in result.output
    assert "[1] Most days" in result.output


def test_flows_try_rehearses_in_the_language_asked() -> None:
    park = ROOT / "dialogs" / "flows" / "park_redesign.yaml"
    result = runner.invoke(app, ["flows", "try", str(park), "--language", "pl"], input="/quit\n")
    assert result.exit_code == 0, result.output
    assert "Jak często bywasz w parku?" in result.output
    assert "Prawie codziennie" in result.output and "Most days" not in result.output
    other = runner.invoke(app, ["flows", "try", str(park), "--language", "de"], input="/quit\n")
    assert other.exit_code == 2
    assert "is not in de; its languages: en, es, fr, pl, ar" in other.output


def test_flows_check_names_the_line_and_language_of_a_missing_translation(tmp_path) -> None:
    flow = tmp_path / "two.yaml"
    flow.write_text(
        "title: Two\nlanguages: [en, pl]\nsteps:\n  - id: a\n    kind: text\n"
        "    prompt:\n      en: Why?\n"
    )
    result = runner.invoke(app, ["flows", "check", str(flow)])
    assert result.exit_code == 1
    assert f"{flow}:6: prompt: no text in pl" in result.output


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
