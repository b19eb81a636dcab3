"""`codesign outcome <code> <number> <state> [words]`: what became of a proposal, recorded by
the server's operator acting as an administrator, through the same use case as /outcome
(audited as the server; members are told by the running bot's queue)."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.common import app, settings


@app.command()
def outcome(
    code: str,
    number: str,
    state: Annotated[str, typer.Argument(help="adopted, declined, in_progress or done")],
    words: Annotated[list[str] | None, typer.Argument(help="why, in a few words")] = None,
    ask_after: Annotated[
        str | None,
        typer.Option("--ask-after", help="done: ask voters after this long (7d, 48h)"),
    ] = None,
) -> None:
    """Record what became of a proposal; whoever proposed or voted on it is told."""
    from bot.app import use_cases
    from usecases.context import SYSTEM
    from usecases.outcomes import mark

    flag = f" --ask-after {ask_after}" if ask_after is not None else ""
    args = f"{code} {number} {state}{flag} {' '.join(words or [])}".strip()
    calls = use_cases(settings())
    try:
        with calls.run(SYSTEM) as call:
            done = mark(call.ctx, args, command="codesign outcome")
    finally:
        calls.db.dispose()
    for out in call.ctx.outs:
        if out.chat_id is None:  # what it says to whoever runs it; members' messages are queued
            typer.echo(out.text, err=not done)
    raise typer.Exit(0 if done else 2)
