"""getMe, sendMessage and Telegram's validation errors, seen through PTB."""

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from botapi_double import BotApiDouble, User


async def test_get_me_describes_the_bot(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.username == "codesign_test_bot" and me.id == 123456


async def test_send_message_round_trip(bot: Bot, alice: User) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Join", callback_data="join")]])
    html = "<b>Welcome</b> &amp; hi"
    sent = await bot.send_message(alice.id, html, "HTML", reply_markup=keyboard)
    assert sent.text == "Welcome & hi" and sent.from_user.username == "codesign_test_bot"
    assert sent.entities[0].type == "bold" and sent.reply_markup == keyboard
    reply = alice.last_reply()
    assert (reply.text, reply.html) == ("Welcome & hi", "<b>Welcome</b> &amp; hi")
    assert reply.buttons == [[("Join", "join")]]


async def test_unknown_chat_is_not_found(bot: Bot, api: BotApiDouble) -> None:
    api.user(2002, "Bob")  # exists but never wrote to the bot
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(2002, "hi")


@pytest.mark.parametrize(
    ("text", "error"),
    [("", "Message text is empty"), ("   ", "Message text is empty"),
     ("x" * 4097, "Message is too long")],
)  # fmt: skip
async def test_text_is_validated(bot: Bot, alice: User, text: str, error: str) -> None:
    with pytest.raises(BadRequest, match=error):
        await bot.send_message(alice.id, text)


async def test_long_html_counts_after_entity_parsing(bot: Bot, alice: User) -> None:
    await bot.send_message(alice.id, "<b>" + "x" * 4096 + "</b>", parse_mode="HTML")
    assert len(alice.last_reply().text) == 4096


@pytest.mark.parametrize("data", ["x" * 65, "é" * 33])
async def test_callback_data_over_64_bytes_is_refused(bot: Bot, alice: User, data: str) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data=data)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(alice.id, "pick", reply_markup=keyboard)
    assert alice.messages == []


@pytest.mark.parametrize(
    "html", ["<b>open", "<b><i>x</b></i>", "a < b", "fish & chips", "<blink>x</blink>"]
)
async def test_malformed_html_is_refused(bot: Bot, alice: User, html: str) -> None:
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_message(alice.id, html, parse_mode="HTML")
