"""getUpdates: offsets confirm, unconfirmed updates come back, long polls wake up."""

import asyncio

import pytest
from telegram import Bot
from telegram.error import BadRequest, Conflict

from botapi_double import BotApiDouble


async def test_unconfirmed_updates_are_delivered_again(bot: Bot, api: BotApiDouble) -> None:
    alice = api.user(1001, "Alice")
    first, second = alice.says("/start"), alice.says("one")
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    # a bot killed before confirming sees the same batch again
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1) == ()
    assert api.pending_updates == []


async def test_command_gets_a_bot_command_entity(bot: Bot, api: BotApiDouble) -> None:
    api.user(1001).says("/start abc")
    (update,) = await bot.get_updates()
    assert update.message.parse_entities() == {update.message.entities[0]: "/start"}
    assert update.effective_user.id == update.effective_chat.id == 1001


async def test_long_poll_wakes_on_new_update(bot: Bot, api: BotApiDouble) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_for(lambda: api.calls("getUpdates"), what="poll started")
    update_id = api.user(1001).says("hi")
    updates = await asyncio.wait_for(poll, timeout=5)
    assert [u.update_id for u in updates] == [update_id]


async def test_second_poller_terminates_the_first(bot: Bot, api: BotApiDouble) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_for(lambda: api.calls("getUpdates"), what="poll started")
    async with Bot(api.token, base_url=api.base_url) as second_instance:
        assert await second_instance.get_updates() == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await poll


async def test_a_restarted_bot_is_no_conflict(bot: Bot, api: BotApiDouble) -> None:
    """A bot stopped during its long poll, then started again: the old poll's client hung
    up, so the new poll supersedes it quietly (no 409 left among the failed requests)."""
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_for(lambda: api.calls("getUpdates"), what="poll started")
    poll.cancel()  # the bot process stops: its connection closes
    with pytest.raises(asyncio.CancelledError):
        await poll
    await asyncio.sleep(0.05)
    async with Bot(api.token, base_url=api.base_url) as restarted:
        assert await restarted.get_updates() == ()
    [old, _] = [r for r in api.requests if r.method == "getUpdates"]
    await api.wait_for(lambda: old.status != 200, what="the old poll ended")
    assert [r.error for r in api.requests if r.error] == []
    assert "Conflict" not in api.dump()


async def test_wait_handled_waits_for_confirmation(bot: Bot, api: BotApiDouble) -> None:
    update_id = api.user(1001).says("hi")
    waiting = asyncio.create_task(api.wait_handled(timeout=5))
    await bot.get_updates()
    assert not waiting.done()
    await bot.get_updates(offset=update_id + 1)
    await waiting


async def test_wait_handled_times_out_with_a_dump(api: BotApiDouble) -> None:
    api.user(1001, "Alice").says("nobody reads this")
    with pytest.raises(AssertionError, match="nobody reads this"):
        await api.wait_handled(timeout=0.05)


async def test_redelivery_repeats_a_confirmed_update(bot: Bot, api: BotApiDouble) -> None:
    update_id = api.user(1001).says("pay 5")
    await bot.get_updates()
    assert await bot.get_updates(offset=update_id + 1) == ()
    api.redeliver(update_id)
    (again,) = await bot.get_updates(offset=update_id + 1)
    assert again.update_id == update_id and again.message.text == "pay 5"
    later = api.user(1001).says("next")
    assert [u.update_id for u in await bot.get_updates(offset=update_id + 1)] == [later]


async def test_drop_pending_updates(bot: Bot, api: BotApiDouble) -> None:
    api.user(1001).says("old")
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


async def test_allowed_updates_filter(bot: Bot, api: BotApiDouble) -> None:
    alice = api.user(1001)
    alice.says("hi")
    alice.blocks_bot()
    updates = await bot.get_updates(allowed_updates=["my_chat_member"])
    assert [u.my_chat_member.new_chat_member.status for u in updates] == ["kicked"]


async def test_dump_shows_failed_requests(bot: Bot, api: BotApiDouble) -> None:
    alice = api.user(1001, "Alice")
    alice.says("hi")
    with pytest.raises(BadRequest):
        await bot.send_message(alice.id, "<b>oops", parse_mode="HTML")
    with pytest.raises(AssertionError, match="failed request: sendMessage -> Bad Request: can't"):
        await alice.next_reply(timeout=0.05)


async def test_filtered_updates_do_not_end_a_long_poll(bot: Bot, api: BotApiDouble) -> None:
    alice = api.user(1001)
    await bot.get_updates(allowed_updates=["message"])
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_for(lambda: len(api.calls("getUpdates")) == 2, what="poll started")
    alice.blocks_bot()  # my_chat_member is not allowed: dropped, the poll keeps waiting
    await api.wait_for(lambda: not api.pending_updates, what="filtered update dropped")
    assert not poll.done()
    update_id = alice.says("hi")
    assert [u.update_id for u in await asyncio.wait_for(poll, 5)] == [update_id]
