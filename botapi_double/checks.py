"""Telegram's parameter checks shared by the Bot API methods."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from .html_parse import EntityParseError, parse_html
from .model import ApiError, BotMessage, Chat, FileRecord, bad_request
from .state import DoubleState

__all__ = [
    "CAPTION_LIMIT", "CHAT_ACTIONS", "COMMAND_RE", "NOT_MODIFIED", "TEXT_LIMIT", "Upload",
    "check_markup", "find_message", "new_file", "param_int", "render", "reply_to", "target_chat",
]  # fmt: skip

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note",
    "upload_video_note",
}  # fmt: skip
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass
class Upload:
    """A file part of a multipart request."""

    data: bytes
    filename: str | None
    mime_type: str | None


def new_file(state: DoubleState, data: bytes, name: str | None, mime: str | None) -> FileRecord:
    unique = uuid.uuid4().hex
    record = FileRecord(f"BQAD{unique}", unique[:16], data, name, mime)
    state.files[record.file_id] = record
    return record


def param_int(params: dict[str, Any], key: str, required: bool = True) -> int | None:
    value = params.get(key)
    if value is None or value == "":
        if required:
            raise bad_request(f"{key} is empty" if key != "chat_id" else "chat not found")
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {key} specified") from None


def target_chat(state: DoubleState, params: dict[str, Any], sending: bool = True) -> Chat:
    chat = state.chat(param_int(params, "chat_id") or 0)
    if chat is None or not chat.known:
        raise bad_request("chat not found")
    if sending and chat.blocked:
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    return chat


def render(
    text: Any, params: dict[str, Any], limit: int, caption: bool = False
) -> tuple[str, list[dict[str, Any]]]:
    """Validate ``text`` as Telegram does and return (plain text, entities)."""
    raw = "" if text is None else str(text)
    mode = str(params.get("parse_mode") or "").lower()
    entities = params.get("caption_entities" if caption else "entities") or []
    if mode == "html":
        try:
            parsed = parse_html(raw)
        except EntityParseError as exc:
            detail = str(exc)
            raise bad_request(detail[0].lower() + detail[1:]) from None
        plain, entities = parsed.text, parsed.entities
    else:  # Markdown modes are accepted but not interpreted
        plain = raw
    if not caption and not plain.strip():
        raise bad_request("message text is empty")
    if len(plain) > limit:
        raise bad_request("message caption is too long" if caption else "message is too long")
    return plain, list(entities)


def check_markup(markup: Any) -> dict[str, Any] | None:
    if not markup:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            if "callback_data" in button:
                data = str(button["callback_data"]).encode()
                if not 1 <= len(data) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
            elif "url" in button:
                if not re.match(r"^(https?|tg)://\S+$", str(button["url"])):
                    raise bad_request(f"inline keyboard button URL '{button['url']}' is invalid")
            elif not set(button) - {"text"}:
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
            if not str(button.get("text", "")).strip():
                raise bad_request("text must be non-empty")
    return markup


def reply_to(chat: Chat, params: dict[str, Any]) -> int | None:
    reply = params.get("reply_parameters") or {}
    message_id = reply.get("message_id") or params.get("reply_to_message_id")
    if not message_id:
        return None
    allow = reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply")
    if find_message(chat, int(message_id)) is None and not allow:
        raise bad_request("message to be replied not found")
    return int(message_id)


def find_message(chat: Chat, message_id: int | None) -> BotMessage | None:
    for message in chat.messages:
        if message.message_id == message_id and not message.deleted:
            return message
    return None
