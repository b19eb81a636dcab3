"""`codesign grant` and `codesign revoke`: the server's operator acts as an administrator,
through the same use cases as /grant and /revoke."""

from __future__ import annotations

import typer

from bot.cli.common import app, settings


@app.command()
def grant(user_id: int, role: str) -> None:
    """Give a Telegram user id the organiser or coordinator role."""
    _roles("grant", f"{user_id} {role}")


@app.command()
def revoke(user_id: int, role: str) -> None:
    """Take the organiser or coordinator role back from a Telegram user id."""
    _roles("revoke", f"{user_id} {role}")


def _roles(action: str, args: str) -> None:
    """The server's operator acts as an administrator; the same use case as in Telegram."""
    from bot.app import use_cases
    from usecases import team
    from usecases.context import SYSTEM

    calls = use_cases(settings())
    try:
        with calls.run(SYSTEM) as call:
            done = getattr(team, action)(call.ctx, args)
    finally:
        calls.db.dispose()
    for out in call.ctx.outs:
        typer.echo(out.text, err=not done)
    raise typer.Exit(0 if done else 2)
