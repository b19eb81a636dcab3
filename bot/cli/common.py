"""What every `codesign` command shares: the typer application and the settings."""

from __future__ import annotations

import typer

from bot.settings import Settings, SettingsError, load_settings

app = typer.Typer(help="Participatory co-design bot for Telegram.", no_args_is_help=True)
db_app = typer.Typer(help="Database commands.", no_args_is_help=True)
flows_app = typer.Typer(help="Flow files: check and rehearse.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(flows_app, name="flows")


def settings() -> Settings:
    """The settings, or one line naming what is wrong and exit 2."""
    try:
        return load_settings()
    except SettingsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
