"""Command menus by role: Telegram shows members the default list, and organisers,
coordinators and administrators their own (setMyCommands for their chat), set again when
their roles change."""

from __future__ import annotations

import asyncio

from botapi_double.methods import scope_key
from tests.e2e.conftest import open_session

MEMBER = ["start", "help", "back", "skip", "proposals", "propose", "feedback", "pause",
          "resume", "timezone", "language", "privacy", "mydata", "forget", "myreach"]  # fmt: skip
COORDINATOR = ["sessions", "segments", "segment", "stats", "export", "report", "answers", "themes",
               "funnel", "reach", "champions", "results", "audit"]  # fmt: skip


async def menus_settled(bot) -> None:
    await bot.runner.menus.settled()


async def test_each_person_sees_the_commands_they_may_use(bot, organiser, alice, bob) -> None:
    assert [c["command"] for c in bot.api.commands] == MEMBER, "the default: members'"
    await organiser.says("/start")  # an administrator from ADMIN_IDS, writing for the first time
    await menus_settled(bot)
    mine = bot.api.commands_of(organiser.id)
    assert mine[: len(MEMBER)] == MEMBER
    assert {"newsession", "poll", "broadcast", "grant", "revoke"} <= set(mine)
    await alice.says("/start")
    await bob.says("/start")
    await menus_settled(bot)
    assert bot.api.commands_of(alice.id) is None, "members keep the default list"

    await organiser.says(f"/grant {alice.id} organiser")
    await menus_settled(bot)
    theirs = bot.api.commands_of(alice.id)
    assert {"newsession", "poll", "broadcast"} <= set(theirs) and "grant" not in theirs

    code = await open_session(organiser, "Oak Square")
    await organiser.says(f"/team {code} add {bob.id} coordinator")
    await menus_settled(bot)
    assert bot.api.commands_of(bob.id) == [*MEMBER, *COORDINATOR]

    await organiser.says(f"/revoke {alice.id} organiser")
    await organiser.says(f"/team {code} remove {bob.id}")
    await menus_settled(bot)
    assert bot.api.commands_of(alice.id) is None and bot.api.commands_of(bob.id) is None


async def test_linkgroup_is_in_the_menu_of_group_administrators(bot) -> None:
    """Where it is usable: in groups (their administrators link them), not private chats."""
    key = scope_key({"scope": {"type": "all_chat_administrators"}})
    assert [c["command"] for c in bot.api.state.commands[key]] == ["linkgroup"]
    assert "linkgroup" not in [c["command"] for c in bot.api.commands]


async def test_menus_speak_each_shipped_language(bot, organiser) -> None:
    """Issue 19: the members' list and the groups' one are set for each shipped language
    (`language_code`), English for every other; someone's own menu is set in their
    language, and Telegram shows each person the one of their app's language."""
    english = {c["command"]: c["description"] for c in bot.api.commands}
    spanish = {c["command"]: c["description"] for c in bot.api.commands_in(language="es")}
    assert list(spanish) == MEMBER and english["help"] == "what you can do"
    assert spanish["help"] == "lo que puedes hacer"
    for lang in ("fr", "pl", "ar"):
        theirs = bot.api.commands_in(language=lang)
        assert [c["command"] for c in theirs] == MEMBER
        assert theirs[1]["description"] not in english.values()
    groups = bot.api.commands_in({"type": "all_chat_administrators"}, "pl")
    assert [c["command"] for c in groups] == ["linkgroup"]

    zofia = bot.person(1005, "Zofia", language="pl")
    await zofia.says("/start")
    assert bot.api.menu_shown(zofia.id, "pl")[1]["description"] == "co możesz zrobić"
    await organiser.says(f"/grant {zofia.id} coordinator")
    await menus_settled(bot)
    own = {c["command"]: c["description"] for c in bot.api.menu_shown(zofia.id, "pl")}
    assert own["stats"] == "liczby sesji i wykres", "her own menu, in Polish"
    assert bot.api.menu_shown(organiser.id)[1]["description"] == "what you can do"


async def test_menus_are_set_again_when_the_bot_starts(bot, organiser, alice) -> None:
    """A role given from the server's command line reaches the menu at the next start."""
    await alice.says("/start")
    await organiser.says("/start")
    await organiser.says(f"/grant {alice.id} coordinator")
    await menus_settled(bot)
    bot.api.state.commands.clear()
    await bot.restart()
    await menus_settled(bot)
    assert bot.api.commands_of(alice.id) == [*MEMBER, *COORDINATOR]
    assert "grant" in bot.api.commands_of(organiser.id)


async def test_a_role_given_from_the_command_line_reaches_the_menu_at_once(
    bot, alice, monkeypatch
) -> None:
    """`codesign grant` and `codesign revoke` set the person's menu themselves, with the
    bot's token, while the bot runs (the bot itself is not told)."""
    from typer.testing import CliRunner

    from bot.cli import app

    await alice.says("/start")
    await menus_settled(bot)
    assert bot.api.commands_of(alice.id) is None
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", bot.api.token)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", bot.api.base_url)
    monkeypatch.setenv("DATABASE_URL", bot.settings.database_url)
    runner = CliRunner()
    given = await asyncio.to_thread(runner.invoke, app, ["grant", str(alice.id), "organiser"])
    assert given.exit_code == 0, given.output
    assert "command menu in Telegram now shows" in given.output
    assert {"newsession", "poll", "broadcast"} <= set(bot.api.commands_of(alice.id) or [])
    taken = await asyncio.to_thread(runner.invoke, app, ["revoke", str(alice.id), "organiser"])
    assert taken.exit_code == 0, taken.output
    assert bot.api.commands_of(alice.id) is None
