"""Records kept by the double: chats, messages, files, updates, requests."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ApiError",
    "BotMessage",
    "CallbackAnswer",
    "Chat",
    "FileRecord",
    "PendingUpdate",
    "RequestRecord",
]


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


@dataclass
class FileRecord:
    """A file the bot uploaded or a user sent, with its bytes."""

    file_id: str
    file_unique_id: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None

    def document_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
        }
        if self.file_name:
            out["file_name"] = self.file_name
        if self.mime_type:
            out["mime_type"] = self.mime_type
        return out

    def photo_sizes(self) -> list[dict[str, Any]]:
        base = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        return [
            {**base, "width": 90, "height": 90, "file_size": min(len(self.data), 1024)},
            {**base, "width": 800, "height": 600, "file_size": len(self.data)},
        ]


@dataclass
class Chat:
    """A private chat (id == user id) or a group the bot is in."""

    id: int
    type: str
    title: str | None = None
    user: dict[str, Any] | None = None
    known: bool = False  # becomes True once a user wrote (Telegram's "chat not found")
    blocked: bool = False
    next_message_id: int = 1
    messages: list[BotMessage] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            out["title"] = self.title
        if self.user:
            for key in ("first_name", "last_name", "username"):
                if self.user.get(key):
                    out[key] = self.user[key]
        return out

    def new_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id


@dataclass
class BotMessage:
    """One message in a chat, in its current state (edits applied)."""

    chat: Chat
    message_id: int
    date: int
    sender: dict[str, Any]
    from_bot: bool
    text: str | None = None  # plain text (tags stripped, entities unescaped)
    html: str | None = None  # raw text as sent by the bot
    parse_mode: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    caption: str | None = None
    reply_markup: dict[str, Any] | None = None
    document: FileRecord | None = None
    photo: FileRecord | None = None
    sticker: dict[str, Any] | None = None
    reply_to_message_id: int | None = None
    edited: bool = False
    edit_date: int | None = None
    deleted: bool = False
    edits: list[str] = field(default_factory=list)  # previous raw texts

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def buttons(self) -> list[list[tuple[str, str | None]]]:
        """Inline keyboard rows of ``(text, callback_data or url)``."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [
            [(b.get("text", ""), b.get("callback_data", b.get("url"))) for b in row] for row in rows
        ]

    @property
    def button_texts(self) -> list[str]:
        return [text for row in self.buttons for text, _ in row]

    def find_button(self, text: str) -> dict[str, Any] | None:
        for row in (self.reply_markup or {}).get("inline_keyboard") or []:
            for button in row:
                if button.get("text") == text:
                    return button
        return None

    def as_dict(self) -> dict[str, Any]:
        """The Bot API ``Message`` object."""
        out: dict[str, Any] = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": self.chat.as_dict(),
            "from": self.sender,
        }
        if self.text is not None:
            out["text"] = self.text
        if self.caption is not None:
            out["caption"] = self.caption
        key = "caption_entities" if self.caption is not None else "entities"
        if self.entities:
            out[key] = self.entities
        if self.reply_markup and self.reply_markup.get("inline_keyboard"):
            out["reply_markup"] = {"inline_keyboard": self.reply_markup["inline_keyboard"]}
        if self.document:
            out["document"] = self.document.document_dict()
        if self.photo:
            out["photo"] = self.photo.photo_sizes()
        if self.sticker:
            out["sticker"] = self.sticker
        if self.edit_date:
            out["edit_date"] = self.edit_date
        return out

    def describe(self) -> str:
        """One line for dumps and the console."""
        flags = "".join(
            f" [{flag}]" for flag, on in (("edited", self.edited), ("deleted", self.deleted)) if on
        )
        who = "bot" if self.from_bot else (self.sender.get("first_name") or "user")
        body = self.text if self.text is not None else (self.caption or "")
        if self.document:
            body = f"<document {self.document.file_name}> {body}"
        if self.photo:
            body = f"<photo> {body}"
        if self.sticker:
            body = "<sticker>"
        keys = " ".join(f"[{t}]" for t in self.button_texts)
        return f"#{self.message_id} {who}{flags}: {body}" + (f"  {keys}" if keys else "")


@dataclass
class PendingUpdate:
    """An update waiting for confirmation through ``getUpdates(offset=...)``."""

    update_id: int
    kind: str
    payload: dict[str, Any]
    forced: bool = False  # re-delivered once regardless of the bot's offset
    delivered: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"update_id": self.update_id, self.kind: self.payload}


@dataclass
class CallbackAnswer:
    """An ``answerCallbackQuery`` call."""

    query_id: str
    user_id: int
    text: str | None
    show_alert: bool


@dataclass
class RequestRecord:
    """One Bot API request as received."""

    method: str
    params: dict[str, Any]
    time: float = field(default_factory=time.monotonic)
    status: int = 200
    error: str | None = None
