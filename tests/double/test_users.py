"""What simulated users can send: stickers, photos, group messages, duplicates."""

from urllib.parse import quote

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from botapi_double import BotApiDouble


async def test_user_media_and_groups(bot: Bot, api: BotApiDouble) -> None:
    alice = api.user(1001, "Alice", "alice", language_code="de")
    group = api.group(-100123, "Allotment")
    alice.sends_sticker()
    alice.sends_photo(b"img", caption="our plot")
    alice.says_in_group(group, "/vote@codesign_test_bot")
    sticker, photo, in_group = await bot.get_updates()
    assert sticker.message.sticker.emoji == "👍"
    assert photo.message.photo[-1].file_size == 3 and photo.message.caption == "our plot"
    assert in_group.effective_chat.title == "Allotment"
    assert in_group.effective_user.language_code == "de"
    assert in_group.message.entities[0].length == len("/vote@codesign_test_bot")
    await bot.send_message(group.chat_id, "Vote opened")
    assert [m.text for m in group.messages] == ["Vote opened"]


async def test_duplicate_delivery(bot: Bot, api: BotApiDouble) -> None:
    alice = api.user(1001, "Alice")
    update_id = alice.says("add 5 kg")
    await bot.get_updates()
    await bot.get_updates(offset=update_id + 1)
    alice.forwards_duplicate(update_id)
    (again,) = await bot.get_updates(offset=update_id + 1)
    assert again.update_id == update_id


async def test_next_reply_reads_in_order(bot: Bot, api: BotApiDouble) -> None:
    alice = api.user(1001, "Alice")
    alice.says("hi")
    for text in ("one", "two"):
        await bot.send_message(alice.id, text)
    assert [(await alice.next_reply()).text for _ in range(2)] == ["one", "two"]
    await bot.send_message(alice.id, "three")
    assert alice.last_reply().text == "three"
    await bot.send_message(alice.id, "four")
    assert (await alice.next_reply()).text == "four"


async def test_a_user_follows_link_buttons(bot: Bot, api: BotApiDouble) -> None:
    """URL buttons: a share page opens the link it shares, as the friend it was sent to
    would; the bot's own t.me link sends /start with its payload; others lead nowhere."""
    alice = api.user(1001, "Alice")
    alice.says("hi")
    await bot.get_updates()
    link = "https://t.me/codesign_test_bot?start=abcd2345-p1-xy7k9m"
    share = "https://t.me/share/url?url=" + quote(link, safe="") + "&text=" + quote("Look!")
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Share", url=share),
                InlineKeyboardButton("Site", url="https://a.b"),
            ]
        ]
    )
    await bot.send_message(alice.id, "Pass it on", reply_markup=keyboard)
    assert alice.link_of("Share") == share
    bob = api.user(1002, "Bob")
    first = bob.opens(alice.link_of("Share"))
    assert first is not None
    [opened] = await bot.get_updates(offset=first)
    assert opened.message.text == "/start abcd2345-p1-xy7k9m" and opened.effective_user.id == bob.id
    assert bob.opens(alice.link_of("Site")) is None
    assert bob.opens("https://t.me/someone_else_bot?start=x") is None
