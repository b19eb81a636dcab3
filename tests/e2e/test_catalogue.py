"""A command is one row of the catalogue plus its use case (and its words): registered
with Telegram's handlers, in the command menu and /help of those who may use it, refused to
everyone else before its use case runs."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import BOT_USERNAME, open_session
from usecases.catalogue import CATALOGUE
from usecases.commands import Args, Command
from usecases.context import Ctx
from usecases.roles import Role

ran: list[str] = []


def wave(ctx: Ctx, args: str) -> None:
    """The new use case: says hello back."""
    ran.append(args)
    ctx.say(f"👋 {args}")


WAVE = Command("wave", wave, Args.REST, frozenset({Role.COORDINATOR}),
               words={"menu": "wave at the team", "usage": "/wave <words>",
                      "help": "wave at the team"})  # fmt: skip


@pytest.fixture
async def bot(bot):  # the same bot, knowing one command more
    await bot.stop()
    bot.catalogue = (*CATALOGUE, WAVE)
    await bot.start()
    ran.clear()
    return bot


async def test_a_new_command_is_one_catalogue_row(bot, organiser, alice, bob) -> None:
    code = await open_session(organiser, "Oak Square")
    await alice.says("/start")
    await organiser.says(f"/team {code} add {alice.id} coordinator")
    await bot.runner.menus.settled()

    [reply] = await alice.says("/wave hello there")
    assert reply.text == "👋 hello there" and ran == ["hello there"]
    assert "wave" in bot.api.commands_of(alice.id), "in the coordinator's menu"
    [help_text] = await alice.says("/help all")
    assert "/wave <words> — wave at the team" in help_text.text.split("Coordinator commands")[1]

    [refusal] = await bob.says("/wave hi")
    assert refusal.text == "Sorry, only coordinators can use /wave."
    assert ran == ["hello there"], "the use case never ran for Bob"
    [bobs_help] = await bob.says("/help")
    assert "/wave" not in bobs_help.text
    assert "wave" not in [c["command"] for c in bot.api.commands], "not in members' menu"


async def test_a_command_is_read_as_telegram_addresses_it(bot, organiser, alice) -> None:
    """/name and /name@this_bot run the command, whatever the case; /name@another_bot is
    not this bot's; a command for private chats is not run in a group."""
    code = await open_session(organiser, "Oak Square")
    await alice.says("/start")
    await organiser.says(f"/team {code} add {alice.id} coordinator")

    [reply] = await alice.says(f"/wave@{BOT_USERNAME} hello")
    assert reply.text == "👋 hello"
    [reply] = await alice.says("/WAVE again")
    assert reply.text == "👋 again"
    [other] = await alice.says("/wave@another_bot hi")
    assert not other.text.startswith("👋"), "another bot's command"

    group = bot.api.group(chat_id=-100778, title="Oak Square neighbours")
    alice.user.says_in_group(group, "/wave in the group")
    await bot.settle()
    assert ran == ["hello", "again"]
    assert not [m for m in group.messages if m.text.startswith("👋")]
