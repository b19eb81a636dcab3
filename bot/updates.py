"""What an update says, as plain values: who acts and where, what they typed, which chat's
lane it belongs to, how it reads in the transcript. Nothing here touches the network or
the database."""

from __future__ import annotations

from telegram import Update

from dialogs.text import clean
from usecases.context import Actor


def actor_of(update: Update) -> Actor:
    user, chat = update.effective_user, update.effective_chat
    return Actor(
        telegram_id=user.id if user else 0,
        chat_id=chat.id if chat else 0,
        chat_type=chat.type if chat else "private",
        display_name=clean(user.full_name) if user else "",
        username=clean(user.username) or None if user else None,
        language=clean(user.language_code) or None if user else None,
    )


def lane_of(update: Update) -> int:
    """The chat an update belongs to (the user's own id for what has no chat)."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else 0


def text_of(update: Update) -> str:
    """What the person typed (or captioned), cleaned as all text is before it goes on
    (`dialogs.text.clean`): normalised, no NUL, no invisible or disguising characters."""
    message = update.effective_message
    return clean((message.text or message.caption) if message else "")


def replied_to(update: Update) -> int | None:
    """The bot's message this one replies to (Telegram's reply), if any."""
    message = update.effective_message
    original = message.reply_to_message if message is not None else None
    return original.message_id if original is not None else None


def tapped_message(update: Update) -> int | None:
    """The message whose button was tapped (None: not a tap)."""
    query = update.callback_query
    return query.message.message_id if query is not None and query.message else None


def incoming_text(update: Update) -> tuple[str, str]:
    """(kind, text) of what the user sent, for the transcript."""
    if update.callback_query is not None:
        return "button", clean(update.callback_query.data)
    if update.my_chat_member is not None:
        return "membership", update.my_chat_member.new_chat_member.status
    message = update.effective_message
    if message is None:
        return "other", ""
    if message.text is not None:
        text = clean(message.text)
        if update.edited_message is not None:
            return "edit", text
        return ("command" if text.startswith("/") else "text"), text
    for kind in ("sticker", "photo", "voice", "video", "document", "location", "contact"):
        if getattr(message, kind, None):
            return kind, clean(message.caption)
    return "other", clean(message.caption)
