"""Test-API handles: users who write to the bot, tap buttons and read its replies."""

from __future__ import annotations

import time
import uuid
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from .checks import find_message, new_file
from .model import BotMessage, Chat
from .state import DoubleState


class Chats(Protocol):
    """What a user or a group needs of the double (`BotApiDouble` is one)."""

    state: DoubleState

    def bot_messages(self, chat_id: int) -> list[BotMessage]: ...

    def dump(self, chat_id: int | None = None) -> str: ...

    def redeliver(self, update_id: int) -> None: ...


__all__ = ["Group", "User"]


class Group:
    """A group chat the bot is a member of."""

    def __init__(self, double: Chats, chat: Chat) -> None:
        self.double = double
        self.chat = chat

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def messages(self) -> list[BotMessage]:
        """Bot messages in this group, current state, deleted ones left out."""
        return self.double.bot_messages(self.chat.id)


class User:
    """A Telegram user; their private chat id equals their user id."""

    def __init__(self, double: Chats, info: dict[str, Any], chat: Chat) -> None:
        self.double = double
        self.state = double.state
        self.info = info
        self.chat = chat
        self.read_upto = 0  # highest bot message id already read in the private chat

    def __repr__(self) -> str:
        return f"User({self.id}, {self.info.get('first_name')!r})"

    @property
    def id(self) -> int:
        return int(self.info["id"])

    # -- acting ---------------------------------------------------------------------------
    def _message(self, chat: Chat, **content: Any) -> int:
        with self.state.lock:
            chat.known = True
            message = BotMessage(
                chat, chat.new_message_id(), int(time.time()), self.info, False, **content
            )
            chat.messages.append(message)
            payload = message.as_dict()
        return self.state.queue_update("message", payload)

    def says(self, text: str) -> int:
        """Send ``text`` in the private chat; returns the update id."""
        return self._message(self.chat, text=text, entities=_command_entities(text))

    def says_in_group(self, group: Group, text: str) -> int:
        return self._message(group.chat, text=text, entities=_command_entities(text))

    def sends_sticker(self, emoji: str = "👍") -> int:
        unique = uuid.uuid4().hex
        sticker = {
            "file_id": f"CAAC{unique}", "file_unique_id": unique[:16], "type": "regular",
            "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": emoji,
        }  # fmt: skip
        return self._message(self.chat, sticker=sticker)

    def sends_photo(self, data: bytes = b"\x89PNG fake", caption: str | None = None) -> int:
        with self.state.lock:
            record = new_file(self.state, data, None, "image/png")
        return self._message(self.chat, photo=record, caption=caption)

    def sends_document(
        self,
        data: bytes = b"hello",
        file_name: str = "notes.txt",
        mime_type: str = "text/plain",
        caption: str | None = None,
    ) -> int:
        with self.state.lock:
            record = new_file(self.state, data, file_name, mime_type)
        return self._message(self.chat, document=record, caption=caption)

    def taps(self, button_text: str, message: BotMessage | None = None) -> int:
        """Tap the inline button labelled ``button_text`` on the latest message showing it."""
        with self.state.lock:
            candidates = [message] if message else reversed(self.messages)
            for candidate in candidates:
                button = candidate.find_button(button_text)
                if button is not None and "callback_data" in button:
                    return self.taps_data(button["callback_data"], candidate)
        raise AssertionError(
            f"{self} sees no button [{button_text}]\n{self.double.dump(self.chat.id)}"
        )

    def link_of(self, button_text: str, message: BotMessage | None = None) -> str:
        """The address behind the URL button labelled ``button_text`` (latest message)."""
        with self.state.lock:
            for candidate in [message] if message else reversed(self.messages):
                button = candidate.find_button(button_text)
                if button is not None and "url" in button:
                    return str(button["url"])
        raise AssertionError(
            f"{self} sees no link button [{button_text}]\n{self.double.dump(self.chat.id)}"
        )

    def opens(self, url: str) -> int | None:
        """Follow a link as Telegram would: this bot's ``t.me/<bot>?start=<payload>`` sends
        ``/start <payload>`` (the update id); a share page (``t.me/share/url?url=...``)
        opens the link it shares, as the friend it was sent to would. Anything else leads
        out of Telegram: None."""
        return self._open(url, depth=2)

    def _open(self, url: str, depth: int) -> int | None:
        address = urlsplit(url)
        query = parse_qs(address.query)
        if address.netloc not in ("t.me", "telegram.me") or depth == 0:
            return None
        if address.path == "/share/url" and query.get("url"):
            return self._open(query["url"][0], depth - 1)
        bot = str(self.state.bot_user.get("username", ""))
        if address.path.strip("/").lower() == bot.lower():
            payload = query.get("start", [""])[0]
            return self.says(f"/start {payload}".strip())
        return None

    def taps_data(self, data: str, message: BotMessage | None = None) -> int:
        """Send a callback query with arbitrary (possibly forged) ``data``."""
        with self.state.lock:
            message = message or (self.messages[-1] if self.messages else None)
            if message is None:
                raise AssertionError(f"{self} has no bot message to tap on")
            self.chat.known = True
            query_id = str(self.state.new_id() * 1000003 + self.id)
            self.state.callback_queries[query_id] = self.id
            payload = {
                "id": query_id,
                "from": self.info,
                "message": message.as_dict(),
                "chat_instance": str(message.chat.id * 7),
                "data": data,
            }
        return self.state.queue_update("callback_query", payload)

    def blocks_bot(self) -> int:
        """Block the bot: sends fail with 403 and a my_chat_member update is queued."""
        return self._member_change(blocked=True)

    def unblocks_bot(self) -> int:
        return self._member_change(blocked=False)

    def _member_change(self, blocked: bool) -> int:
        with self.state.lock:
            self.chat.blocked = blocked
            self.chat.known = True
            old, new = ("member", "kicked") if blocked else ("kicked", "member")
            bot = self.state.bot_user
            payload = {
                "chat": self.chat.as_dict(),
                "from": self.info,
                "date": int(time.time()),
                "old_chat_member": _chat_member(bot, old),
                "new_chat_member": _chat_member(bot, new),
            }
        return self.state.queue_update("my_chat_member", payload)

    def forwards_duplicate(self, update_id: int) -> None:
        """Deliver ``update_id`` a second time (same id, as after a lost confirmation)."""
        self.double.redeliver(update_id)

    # -- reading --------------------------------------------------------------------------
    @property
    def messages(self) -> list[BotMessage]:
        """Bot messages in the private chat, current state, deleted ones left out."""
        return self.double.bot_messages(self.chat.id)

    @property
    def callback_answers(self) -> list[str]:
        """Texts the bot answered this user's callback queries with ("" for none)."""
        with self.state.lock:
            return [a.text or "" for a in self.state.callback_answers if a.user_id == self.id]

    def last_reply(self) -> BotMessage:
        """The latest bot message in the private chat; marks everything as read."""
        with self.state.lock:
            if not self.messages:
                raise AssertionError(f"the bot never wrote to {self}")
            message = self.messages[-1]
            self.read_upto = max(self.read_upto, message.message_id)
            return message

    def _unread(self) -> BotMessage | None:
        for message in self.chat.messages:
            if message.from_bot and message.message_id > self.read_upto:
                return message
        return None

    async def next_reply(self, timeout: float = 5.0) -> BotMessage:
        """Wait for the next bot message after what this user has already read."""
        ok = await self.state.wait_for(lambda: self._unread() is not None, timeout)
        return self._take_unread(ok, timeout)

    def next_reply_sync(self, timeout: float = 5.0) -> BotMessage:
        ok = self.state.wait_for_sync(lambda: self._unread() is not None, timeout)
        return self._take_unread(ok, timeout)

    def _take_unread(self, ok: bool, timeout: float) -> BotMessage:
        with self.state.lock:
            message = self._unread()
            if not ok or message is None:
                raise AssertionError(
                    f"no new bot message to {self} within {timeout}s\n"
                    f"{self.double.dump(self.chat.id)}"
                )
            self.read_upto = message.message_id
            return message

    def mark_read(self) -> None:
        """Consider every bot message so far as read (for :meth:`next_reply`)."""
        with self.state.lock:
            self.read_upto = self.chat.next_message_id - 1

    def message(self, message_id: int) -> BotMessage:
        with self.state.lock:
            found = find_message(self.chat, message_id)
        if found is None:
            raise AssertionError(f"no message #{message_id} in chat of {self}")
        return found


def _chat_member(user: dict[str, Any], status: str) -> dict[str, Any]:
    """A ChatMember dict; a "kicked" one carries until_date (0: forever), as Telegram sends."""
    return {"user": user, "status": status} | ({"until_date": 0} if status == "kicked" else {})


def _command_entities(text: str) -> list[dict[str, Any]]:
    if not text.startswith("/"):
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": len(command.encode("utf-16-le")) // 2}]
