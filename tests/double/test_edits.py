"""Edits, deletions and callback answers follow Telegram's rules."""

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from botapi_double import BotApiDouble, User

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="vote:yes")]])


async def test_edit_text_updates_the_current_state(bot: Bot, alice: User) -> None:
    sent = await bot.send_message(alice.id, "Vote?", reply_markup=KEYBOARD)
    await bot.edit_message_text("Thanks", alice.id, sent.message_id)
    (message,) = alice.messages
    assert (message.text, message.edited, message.buttons) == ("Thanks", True, [])
    assert message.edits == ["Vote?"]


async def test_identical_edit_is_not_modified(bot: Bot, alice: User) -> None:
    sent = await bot.send_message(alice.id, "Vote?", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Vote?", alice.id, sent.message_id, reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=KEYBOARD)


async def test_edit_or_delete_missing_message(bot: Bot, alice: User) -> None:
    sent = await bot.send_message(alice.id, "bye")
    assert await bot.delete_message(alice.id, sent.message_id)
    assert alice.messages == []
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("again", alice.id, sent.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(alice.id, sent.message_id)


async def test_taps_answer_and_forged_data(bot: Bot, api: BotApiDouble, alice: User) -> None:
    await bot.send_message(alice.id, "Vote?", reply_markup=KEYBOARD)
    alice.taps("Yes")
    alice.taps_data("vote:forged")
    updates = [u for u in await bot.get_updates() if u.callback_query]
    assert [u.callback_query.data for u in updates] == ["vote:yes", "vote:forged"]
    assert updates[0].callback_query.message.text == "Vote?"
    await bot.answer_callback_query(updates[0].callback_query.id, "Counted")
    await bot.answer_callback_query(updates[1].callback_query.id)
    assert alice.callback_answers == ["Counted", ""]
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(updates[0].callback_query.id)


async def test_tapping_a_missing_button_explains(bot: Bot, alice: User) -> None:
    await bot.send_message(alice.id, "Vote?", reply_markup=KEYBOARD)
    with pytest.raises(AssertionError, match=r"(?s)no button \[No\].*Vote\?"):
        alice.taps("No")


async def test_commands(bot: Bot, api: BotApiDouble) -> None:
    await bot.set_my_commands([("start", "Start"), ("help", "Help")])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c["command"] for c in api.commands] == ["start", "help"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Bad-Command", "x")])
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
