"""A real PTB Application answers a user's /start and a button tap through the double."""

from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from botapi_double import BotApiDouble


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    code = " ".join(context.args or [])
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Join", callback_data=f"join:{code}")]])
    await update.message.reply_html(f"Welcome to <b>{code}</b>!", reply_markup=keyboard)


async def join(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer("Joined")
    await query.edit_message_text(f"You joined {query.data.split(':', 1)[1]}.")


@pytest.fixture
async def running_bot(api: BotApiDouble) -> AsyncIterator[Application]:
    app = api.application_builder().build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(join))
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        yield app
        await app.updater.stop()
        await app.stop()


async def test_start_and_tap(api: BotApiDouble, running_bot: Application) -> None:
    alice = api.user(1001, "Alice", "alice")
    alice.says("/start GARDEN")
    welcome = await alice.next_reply()
    assert welcome.text == "Welcome to GARDEN!" and welcome.html == "Welcome to <b>GARDEN</b>!"
    assert welcome.buttons == [[("Join", "join:GARDEN")]]

    alice.taps("Join")
    await api.wait_for(lambda: alice.last_reply().edited, what="message edited")
    assert alice.last_reply().text == "You joined GARDEN."
    assert alice.callback_answers == ["Joined"]
    await api.wait_handled()
