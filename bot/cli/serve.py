"""`codesign run` (the bot: long polling, or a webhook) and `codesign db upgrade`."""

from __future__ import annotations

import asyncio
import contextlib
import signal

import typer

from bot.cli.common import app, db_app, settings
from bot.settings import Settings, SettingsError


@app.command()
def run() -> None:
    """Run the bot: long polling, or a webhook when WEBHOOK_URL is set."""
    config = settings()
    try:
        config.token()
    except SettingsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    from bot.logs import setup_logging

    setup_logging(config.log_level, config.token())
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(config))


async def _serve(config: Settings) -> None:
    from telegram.error import InvalidToken

    from bot.app import BotRunner
    from bot.webhook import serve_webhook

    runner = BotRunner(config)
    try:
        await runner.start()
    except InvalidToken:
        typer.echo("error: TELEGRAM_BOT_TOKEN was refused by the Bot API server.", err=True)
        raise typer.Exit(2) from None
    site = await serve_webhook(runner) if config.webhook_url else None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    waiter = asyncio.create_task(runner.wait())
    await asyncio.wait(
        [waiter, asyncio.create_task(stop.wait())], return_when=asyncio.FIRST_COMPLETED
    )
    runner.stopping = True  # new webhook requests get 503: Telegram delivers them again
    if site is not None:
        await site.cleanup()  # waits for the requests in hand
    waiter.cancel()
    await runner.stop()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every database migration not yet applied."""
    from storage.db import Database

    config = settings()
    Database(config.database_url).upgrade()
    typer.echo("database is up to date")
