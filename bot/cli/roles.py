"""`codesign grant` and `codesign revoke`: the server's operator acts as an administrator,
through the same use cases as /grant and /revoke."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import typer
from telegram.error import TelegramError

import texts.shell
from bot.cli.common import app, settings

if TYPE_CHECKING:
    from bot.calls import UseCases
    from bot.settings import Settings

log = logging.getLogger(__name__)


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

    config = settings()
    calls = use_cases(config)
    try:
        with calls.run(SYSTEM) as call:
            done = getattr(team, action)(call.ctx, args)
        for out in call.ctx.outs:
            typer.echo(out.text, err=not done)
        if done and call.ctx.menus:
            typer.echo(_menus_now(calls, config, call.ctx.menus))
    finally:
        calls.db.dispose()
    raise typer.Exit(0 if done else 2)


def _menus_now(calls: UseCases, config: Settings, people: set[int]) -> str:
    """The person's command menu set at once, as the bot would (one request to Telegram
    with the bot's token); without a token, or if Telegram cannot be reached, the bot sets
    it when it next starts."""
    if config.telegram_bot_token is None or not config.telegram_bot_token.get_secret_value():
        return texts.shell.MENU_AT_NEXT_START
    try:
        done = asyncio.run(_set_menus(calls, config, people))
    except TelegramError as exc:
        log.info("command menus not set from the command line: %s", exc)
        done = 0
    return texts.shell.MENU_SET if done == len(people) else texts.shell.MENU_AT_NEXT_START


async def _set_menus(calls: UseCases, config: Settings, people: set[int]) -> int:
    from telegram.ext import ExtBot

    from bot.menus import Menus

    bot: ExtBot[None] = ExtBot(
        config.token(),
        base_url=config.telegram_api_base_url,
        base_file_url=config.telegram_file_base_url,
    )
    async with bot:
        return await Menus(calls).refresh(bot, people)
