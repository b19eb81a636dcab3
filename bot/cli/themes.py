"""`codesign themes FILE`: the themes of one answer per line, printed (JSON with --json), so
organisers can try the grouping on their own notes. No database, no settings, no network."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import app


@app.command()
def themes(
    file: Annotated[Path, typer.Argument(help="one answer per line (- reads standard input)")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Group short answers, one a line, into themes: label, size, feeling and quotes."""
    import texts.themes
    from dialogs import analyse
    from dialogs.models import Engagement
    from reports.figures import mood_of
    from reports.theme_text import theme_entries, theme_notes
    from reports.themes import MIN_ANSWERS, Said, group
    from reports.themes import as_json as themes_json

    try:
        text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"error: cannot read {file}: {exc}", err=True)
        raise typer.Exit(2) from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = group([Said(line, analyse(line).polarity if line else None) for line in lines])
    if as_json:
        typer.echo(json.dumps(themes_json(found), ensure_ascii=False, indent=2))
        return
    if found.too_few:
        typer.echo(texts.themes.THEMES_TOO_FEW_FILE.format(n=found.answers, least=MIN_ANSWERS))
        return
    rules = Engagement()
    mood = mood_of(rules.negative_threshold, rules.positive_threshold)
    typer.echo(texts.themes.THEMES_HEAD_FILE.format(n=found.answers) + "\n")
    typer.echo("\n\n".join([*theme_entries(found, mood), "\n".join(theme_notes(found))]))
