"""Documents and photos keep their bytes; users' files can be downloaded by the bot."""

import pytest
from telegram import Bot
from telegram.error import BadRequest

from botapi_double import BotApiDouble, User


async def test_send_document_keeps_bytes_and_filename(bot: Bot, alice: User) -> None:
    sent = await bot.send_document(alice.id, b"a,b\n1,2\n", filename="export.csv", caption="Done")
    assert sent.document.file_name == "export.csv" and sent.document.file_size == 8
    reply = alice.last_reply()
    assert reply.document is not None and reply.caption == "Done"
    assert (reply.document.data, reply.document.file_name) == (b"a,b\n1,2\n", "export.csv")
    assert reply.document.mime_type == "text/csv"


async def test_send_photo_keeps_bytes(bot: Bot, alice: User) -> None:
    sent = await bot.send_photo(alice.id, b"\x89PNG...", caption="<i>chart</i>", parse_mode="HTML")
    assert sent.photo[-1].width == 800 and sent.caption == "chart"
    assert alice.last_reply().photo.data == b"\x89PNG..."


async def test_resend_by_file_id(bot: Bot, alice: User) -> None:
    first = await bot.send_document(alice.id, b"x", filename="a.txt")
    again = await bot.send_document(alice.id, first.document.file_id)
    assert again.document.file_id == first.document.file_id
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_document(alice.id, "no-such-file-id")


async def test_caption_limit(bot: Bot, alice: User) -> None:
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_document(alice.id, b"x", filename="a.txt", caption="c" * 1025)


async def test_bot_downloads_a_users_document(bot: Bot, api: BotApiDouble) -> None:
    api.user(1001).sends_document(b"minutes", file_name="minutes.txt")
    (update,) = await bot.get_updates()
    file = await update.message.document.get_file()
    assert await file.download_as_bytearray() == b"minutes"
