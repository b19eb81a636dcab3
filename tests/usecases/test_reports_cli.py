"""Issue 9 on the server: `codesign export`, `codesign stats` and `codesign report` run the
same use cases as the bot, on a session the use cases collected."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from typer.testing import CliRunner

from bot.cli import app
from reports.cells import csv_cell
from storage.models import CoSession, TranscriptMessage
from tests.usecases.conftest import ORGANISER_ID
from tests.usecases.test_exports import MIXED, talked

runner = CliRunner()


def codesign(world, *args: str):  # type: ignore[no-untyped-def]
    env = {"DATABASE_URL": world.db.url, "TELEGRAM_BOT_TOKEN": ""}
    return runner.invoke(app, list(args), env=env)


def test_export_to_a_file_and_to_standard_output(world, organiser, alice, bob, tmp_path):
    code = talked(world, organiser, alice, bob)
    [cosession] = world.rows(CoSession, CoSession.join_code == code)
    stored = sorted(
        world.rows(
            TranscriptMessage,
            TranscriptMessage.session_id == cosession.id,
            TranscriptMessage.staff == False,  # noqa: E712
        ),
        key=lambda r: r.id,
    )
    target = tmp_path / "market.csv"
    result = codesign(world, "export", code, "--format", "csv", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert f"{len(stored)} messages of “Market Square” written to {target}" in result.stderr
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [r[6] for r in rows[1:]] == [csv_cell(r.text) for r in stored]
    result = codesign(world, "export", code, "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [m["text"] for m in doc["transcript"]] == [r.text for r in stored]
    named = codesign(world, "export", code, "--format", "md", "--names")
    assert "Alice @alice" in named.stdout and MIXED in named.stdout


def test_a_large_export_reports_its_progress(world, organiser, alice, bob, monkeypatch):
    from bot.cli import reports as cli_reports
    from reports import writers

    code = talked(world, organiser, alice, bob)
    monkeypatch.setattr(cli_reports, "PROGRESS_FROM", 10)
    monkeypatch.setattr(writers, "PROGRESS_EVERY", 20)
    result = codesign(world, "export", code, "--format", "md", "--output", "/dev/null")
    lines = result.stderr.splitlines()
    total = int(lines[-1].split()[0])
    assert total > 20
    assert lines[:-1] == [f"{n} of {total} messages" for n in range(20, total + 1, 20)] + (
        [f"{total} of {total} messages"] if total % 20 else []
    )


def test_export_refuses_what_it_cannot_do(world, organiser, alice, bob) -> None:
    code = talked(world, organiser, alice, bob)
    wrong = codesign(world, "export", code, "--format", "xls")
    assert wrong.exit_code == 2 and "--format must be one of csv, json, md, sheets" in wrong.stderr
    missing = codesign(world, "export", "nosuchcode")
    assert missing.exit_code == 2
    assert missing.stderr.strip() == (
        "There is no session “nosuchcode”. `codesign sessions` lists every session and its code."
    )


def test_codesign_sessions_lists_every_session_with_its_code(world, organiser, alice, bob):
    """Issue 18, item 26m: the refusal above names this command, so it must exist."""
    code = talked(world, organiser, alice, bob)
    result = codesign(world, "sessions")
    assert result.exit_code == 0, result.output
    assert "Market Square" in result.stdout and code in result.stdout
    assert "<" not in result.stdout, "plain text in a terminal, no HTML"


def test_export_into_a_pipe_closed_early_ends_without_a_traceback(world, organiser, alice, bob):
    """Issue 18, item 26l: `codesign export CODE | head` printed a BrokenPipeError."""
    code = talked(world, organiser, alice, bob)
    env = {**os.environ, "DATABASE_URL": world.db.url, "TELEGRAM_BOT_TOKEN": ""}
    command = [sys.executable, "-c", LONG_EXPORT, "export", code]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as run:
        assert run.stdout is not None and run.stderr is not None
        run.stdout.readline()  # `head -1`: one line, then gone
        run.stdout.close()
        errors = run.stderr.read().decode()
    assert "Traceback" not in errors and "Exception ignored" not in errors, errors
    assert "Broken pipe" not in errors and run.returncode == 141  # as `head`'s writers end


def test_stats_print_the_numbers_and_write_the_chart(world, organiser, alice, bob, tmp_path):
    code = talked(world, organiser, alice, bob)
    chart = tmp_path / "chart.png"
    result = codesign(world, "stats", code, "--chart", str(chart))
    assert result.exit_code == 0, result.output
    assert "• joined: 2" in result.stdout and "• voted on proposals: 1 (50%)" in result.stdout
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_the_report_is_one_self_contained_html_file(world, organiser, alice, bob, tmp_path):
    code = talked(world, organiser, alice, bob)
    organiser.says(f"/hide {code} 2 not for here")
    target = tmp_path / "report.html"
    result = codesign(world, "report", code, "--output", str(target))
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<title>Market Square</title>" in page
    assert "default-src 'none'" in page
    for outside in ("<script", "<link", "url(", "@import", "src="):
        assert outside not in page
    words = " ".join(re.sub(r"<[^>]+>", " ", page.split("<body>")[1]).split())
    assert "agreed to take part 2 of 2, 100%" in words
    assert "requests to say a little more 1 of 1, 100%" in words  # Bob said /skip to it
    assert "1 proposal was moderated out and is not shown." in words
    assert "gnp.exe" not in page
    shown = codesign(world, "report", code, "--output", str(target), "--moderated")
    assert shown.exit_code == 0, shown.output
    page = target.read_text(encoding="utf-8")
    assert "More benches in the shade gnp.exe" in page and ">moderated</span>" in page


def test_the_report_and_the_numbers_in_another_language(world, organiser, alice, bob, tmp_path):
    """Issue 19: `--language` writes the report (and /stats' words) in one the bot speaks;
    an Arabic report reads right to left."""
    code = talked(world, organiser, alice, bob)
    target = tmp_path / "informe.html"
    result = codesign(world, "report", code, "--output", str(target), "--language", "es")
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert '<html lang="es" dir="ltr">' in page and "Quién participó" in page
    assert "aceptaron participar" in page and "Respuestas a recordatorios" in page
    result = codesign(world, "stats", code, "--language", "pl")
    assert "• dołączyli: 2" in result.stdout
    result = codesign(world, "report", code, "--output", str(target), "--language", "ar")
    assert '<html lang="ar" dir="rtl">' in target.read_text(encoding="utf-8")
    refused = codesign(world, "stats", code, "--language", "tlh")
    assert refused.exit_code == 2 and "--language must be one of" in refused.stderr


def test_without_a_language_the_command_line_speaks_the_sessions_first(world, tmp_path):
    """A session run in Spanish first (`--languages es,en`): its report, numbers and
    export speak Spanish unless `--language` says otherwise, the flow's questions with it."""
    organiser = world.person(ORGANISER_ID, "Olivia")
    [created] = organiser.says("/newsession Parque Olmo --flow park_redesign --languages es,en")
    code = created.text.split("Join code: ")[1].split()[0]
    organiser.says(f"/open {code}")
    target = tmp_path / "informe.html"
    assert codesign(world, "report", code, "--output", str(target)).exit_code == 0
    page = target.read_text(encoding="utf-8")
    assert '<html lang="es" dir="ltr">' in page and "¿Con qué frecuencia vas al parque?" in page
    assert "Casi todos los días" in codesign(world, "stats", code).stdout
    assert "Most days" in codesign(world, "stats", code, "--language", "en").stdout
    sheets = tmp_path / "hojas.zip"
    made = codesign(world, "export", code, "--format", "sheets", "--output", str(sheets))
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(sheets) as archive:
        head = archive.read("responses.csv").decode("utf-8-sig").splitlines()[0]
    assert head.startswith("miembro,se unió (UTC)") and "Con qué frecuencia vas" in head


def test_a_title_with_dollar_signs_is_drawn_as_written(world, organiser, tmp_path):
    """Issue 18.23: `$\\frac{` in a title was read as matplotlib mathtext: the chart broke
    and `codesign report` crashed."""
    title = r"Park $\frac{$ budget"
    [created] = organiser.says(f"/newsession {title}")
    code = created.text.split("Join code: ")[1].split()[0]
    target = tmp_path / "report.html"
    result = codesign(world, "report", code, "--output", str(target))
    assert result.exit_code == 0, result.output
    chart = tmp_path / "chart.png"
    result = codesign(world, "stats", code, "--chart", str(chart))
    assert result.exit_code == 0, result.output
    assert chart.read_bytes().startswith(b"\x89PNG")


# the session's export written 5,000 times over: more than a pipe holds, as a large session's
LONG_EXPORT = """
from usecases import exports
once = exports.write_export
exports.write_export = lambda *a, **k: [once(*a, **k) for _ in range(5000)][-1]
from bot.cli import main
main()
"""
