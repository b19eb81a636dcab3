"""FLOWS_DIR: organisers' own flows beside the shipped ones; a broken file there is reported
as its file:line: reason lines and left out alone."""

from __future__ import annotations

import logging
from pathlib import Path

from typer.testing import CliRunner

from bot.app import installed_flows, make_services
from bot.cli import app
from bot.settings import load_settings

GOOD = "title: Our street\nsteps:\n  - {id: wish, kind: text, prompt: 'One wish?'}\n"
BROKEN = "title: Broken\nsteps:\n  - id: wish\n    kind: essay\n    prompt: Hi\n"
CLASH = "id: park_redesign\ntitle: Mine\nsteps:\n  - {id: a, kind: text, prompt: 'A?'}\n"


def test_own_flows_load_beside_the_shipped_ones_and_broken_ones_are_left_out(
    tmp_path, caplog
) -> None:
    (tmp_path / "our_street.yaml").write_text(GOOD)
    (tmp_path / "broken.yaml").write_text(BROKEN)
    (tmp_path / "clash.yaml").write_text(CLASH)
    with caplog.at_level(logging.WARNING):
        flows = installed_flows(load_settings(flows_dir=tmp_path))
    assert {"our_street", "park_redesign", "community_garden"} <= set(flows)
    assert "broken" not in flows and flows["park_redesign"].flow.title != "Mine"
    assert [r.getMessage() for r in caplog.records] == [
        f"flow left out: {tmp_path / 'broken.yaml'}:4: unknown step kind 'essay' (use one of "
        "choice, feedback, interests, message, proposal, scale, text, vote)",
        f"flow left out: {tmp_path / 'clash.yaml'}:1: flow id 'park_redesign' is used by "
        "another file",
    ]
    assert all(r.exc_info is None for r in caplog.records), "no traceback"
    problems = make_services(load_settings(flows_dir=tmp_path)).flows.problems
    assert {Path(p.file).name for p in problems} == {"broken.yaml", "clash.yaml"}, "told at start"


def test_a_flows_dir_that_is_not_a_folder_stops_start_up_in_one_line(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FLOWS_DIR", str(tmp_path / "nowhere"))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    result = CliRunner().invoke(app, ["flows", "list"])
    assert result.exit_code == 2 and "FLOWS_DIR is malformed" in result.output


def test_flows_list_shows_own_flows(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "our_street.yaml").write_text(GOOD)
    monkeypatch.setenv("FLOWS_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["flows", "list"])
    assert result.exit_code == 0 and "our_street\tOur street\t1 steps" in result.output
