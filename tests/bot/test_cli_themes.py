"""`codesign themes FILE [--json]`: one answer per line in, the themes out; no database."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from bot.cli import app
from tests.core.test_themes import BINS, DOGS, LIGHT

runner = CliRunner()


def notes(tmp_path, lines: list[str]):
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    return path


def test_themes_of_a_file_are_printed_with_sizes_feelings_and_quotes(tmp_path) -> None:
    result = runner.invoke(app, ["themes", str(notes(tmp_path, [*LIGHT, *BINS, *DOGS]))])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Themes in 30 answers, biggest first."
    heads = [line for line in lines if re.match(r"^\d\. .+ · 10 of 30 · ", line)]
    assert len(heads) == 3
    quotes = [line.strip()[1:-1] for line in lines if line.startswith("   “")]
    assert 6 <= len(quotes) <= 9 and set(quotes) <= {*LIGHT, *BINS, *DOGS}


def test_json_carries_the_same_grouping(tmp_path) -> None:
    result = runner.invoke(
        app, ["themes", str(notes(tmp_path, [*LIGHT, *BINS, *DOGS, "👍"])), "--json"]
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert (found["answers"], found["too_few"], found["unsorted"]) == (31, False, 1)
    assert sorted(t["size"] for t in found["themes"]) == [10, 10, 10]
    for theme in found["themes"]:
        assert theme["label"] == ", ".join(theme["words"])
        assert all(q["member"] is None for q in theme["quotes"])
        assert -1 <= theme["sentiment"] <= 1


def test_too_few_answers_and_a_missing_file_are_said_plainly(tmp_path) -> None:
    few = runner.invoke(app, ["themes", str(notes(tmp_path, LIGHT[:5]))])
    assert few.exit_code == 0
    assert few.output.strip() == "5 answers: too few to group into themes (it takes 20)."
    stdin = runner.invoke(app, ["themes", "-", "--json"], input="\n".join(LIGHT))
    assert json.loads(stdin.output)["too_few"] is True
    missing = runner.invoke(app, ["themes", str(tmp_path / "nowhere.txt")])
    assert missing.exit_code == 2 and "cannot read" in missing.output
