"""setMyCommands per scope, as Telegram keeps them: the default list, and one per chat."""

import pytest
from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import BadRequest

from botapi_double import BotApiDouble, User


async def test_a_chat_has_its_own_commands(bot: Bot, api: BotApiDouble, alice: User) -> None:
    await bot.set_my_commands([BotCommand("start", "begin")])
    await bot.set_my_commands([BotCommand("poll", "a poll")], scope=BotCommandScopeChat(alice.id))
    assert [c["command"] for c in api.commands] == ["start"]
    assert api.commands_of(alice.id) == ["poll"]
    assert [c.command for c in await bot.get_my_commands(scope=BotCommandScopeChat(1001))] == [
        "poll"
    ]
    await bot.delete_my_commands(scope=BotCommandScopeChat(alice.id))
    assert api.commands_of(alice.id) is None


async def test_a_chat_that_never_wrote_to_the_bot_has_no_scope(bot: Bot, api: BotApiDouble) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.set_my_commands([BotCommand("poll", "a poll")], scope=BotCommandScopeChat(5555))
    assert api.commands_of(5555) is None
