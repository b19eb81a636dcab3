"""The command menus Telegram shows: the members' list for everyone, a list of their own
for organisers, coordinators and administrators (`setMyCommands` with the scope of their
chat), and what acts in a group (/linkgroup) for groups' administrators. Setting them is a
request that is not a message: it is made after the use case committed, never inside its
transaction, in the background, one at a time and in order (so a grant followed by a
revoke ends with the revoke). `codesign grant` and `codesign revoke` set the person's menu
themselves with the bot's token (`bot/cli/roles.py`); at start every menu of its own is set
again, which covers a command line that could not reach Telegram."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

from telegram import BotCommand, BotCommandScopeAllChatAdministrators, BotCommandScopeChat
from telegram.error import TelegramError
from telegram.ext import ExtBot

from bot.calls import UseCases
from usecases import menus
from usecases.context import SYSTEM

log = logging.getLogger(__name__)


def commands(items: menus.Menu) -> list[BotCommand]:
    return [BotCommand(name, text) for name, text in items]


class Menus:
    def __init__(self, calls: UseCases) -> None:
        self.calls = calls
        self.bot: ExtBot[Any] | None = None  # set at start
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[int]] = set()

    async def start(self, bot: ExtBot[Any]) -> None:
        """The members' list for everyone, what acts in a group for groups' administrators;
        then everyone's own, in the background."""
        self.bot = bot
        with self.calls.run(SYSTEM) as call:
            default = menus.default_menu(call.ctx)
            groups = menus.groups_menu(call.ctx)
            people = menus.everyone_with_a_menu(call.ctx)
        await bot.set_my_commands(commands(default))
        await bot.set_my_commands(commands(groups), scope=BotCommandScopeAllChatAdministrators())
        self.later(people)

    def later(self, telegram_ids: Iterable[int]) -> None:
        """Set these people's menus soon, off the path of the update that changed them."""
        people = set(telegram_ids)
        if not people or self.bot is None:
            return
        task = asyncio.get_running_loop().create_task(self.refresh(self.bot, people))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def refresh(self, bot: ExtBot[Any], people: set[int]) -> int:
        """Set each person's menu as their roles are now; how many were set."""
        async with self._lock:
            with self.calls.run(SYSTEM) as call:
                wanted = menus.menus_of(call.ctx, people)
            done = 0
            for user, items in wanted.items():
                scope = BotCommandScopeChat(user)
                try:
                    if items is None:  # back to the members' list
                        await bot.delete_my_commands(scope=scope)
                    else:
                        await bot.set_my_commands(commands(items), scope=scope)
                    done += 1
                except TelegramError as exc:  # e.g. someone who never wrote to the bot
                    log.info("command menu of %s not set: %s", user, exc)
            return done

    async def settled(self) -> None:
        """Until every menu asked for so far is set (tests, and stopping)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)
