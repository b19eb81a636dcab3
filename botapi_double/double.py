"""``BotApiDouble``: lifecycle (same loop or own thread), users, faults and waits."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from aiohttp import web

from .methods import scope_key
from .model import BotMessage, CallbackAnswer, Chat, PendingUpdate, RequestRecord
from .server import build_app
from .state import FAULT_KINDS, DoubleState, Fault, LimitViolation, SendLimiter
from .users import Group, User

__all__ = ["DEFAULT_TOKEN", "BotApiDouble"]

DEFAULT_TOKEN = "123456:TEST-TOKEN"


class BotApiDouble:
    """A local Telegram Bot API server plus a test API to act as users."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "codesign_test_bot",
        bot_first_name: str = "Co-design Test Bot",
        host: str = "127.0.0.1",
        port: int = 0,
        enforce_limits: bool = False,
        timeout_hold: float = 10.0,
    ) -> None:
        bot_id = int(token.partition(":")[0]) if token.partition(":")[0].isdigit() else 123456
        bot_user = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.state = DoubleState(token, bot_user, enforce_limits)
        self.host = host
        self.port = port
        self.timeout_hold = timeout_hold
        self._users: dict[int, User] = {}
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- lifecycle ------------------------------------------------------------------------
    @property
    def token(self) -> str:
        return self.state.token

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. ``http://127.0.0.1:8081``."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """What the bot uses as Bot API base URL (PTB appends the token)."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    def application_builder(self) -> Any:
        """A PTB ``ApplicationBuilder`` already pointed at this double."""
        from telegram.ext import ApplicationBuilder

        builder = ApplicationBuilder().token(self.token).base_url(self.base_url)
        return builder.base_file_url(self.base_file_url)

    async def start(self) -> BotApiDouble:
        """Serve on the running event loop."""
        self.state.closing = False
        self._runner = web.AppRunner(build_app(self), access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        self.state.closing = True
        self.state.changed()  # releases long polls and held "timeout" requests
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiDouble:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType
    ) -> None:
        await self.stop()

    def start_in_thread(self) -> BotApiDouble:
        """Serve from a background thread with its own event loop."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self.start())
            except BaseException as exc:  # reported to the caller below
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self.stop())
            loop.close()

        self._thread = threading.Thread(target=run, name="botapi-double", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self

    def stop_thread(self) -> None:
        if self._thread is None or self._loop is None:
            return
        self.state.closing = True
        self.state.changed()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._thread = None

    # -- actors ---------------------------------------------------------------------------
    def user(
        self,
        user_id: int,
        first_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        last_name: str | None = None,
    ) -> User:
        """The user with ``user_id`` (created on first use; private chat id == user id)."""
        with self.state.lock:
            if user_id in self._users:
                return self._users[user_id]
            info: dict[str, Any] = {
                "id": user_id,
                "is_bot": False,
                "first_name": first_name or f"User{user_id}",
            }
            for key, value in (
                ("last_name", last_name),
                ("username", username),
                ("language_code", language_code),
            ):
                if value:
                    info[key] = value
            chat = Chat(user_id, "private", user=info)
            self.state.users[user_id] = info
            self.state.chats[user_id] = chat
            self._users[user_id] = User(self, info, chat)
            return self._users[user_id]

    def group(self, chat_id: int, title: str = "Group", kind: str = "supergroup") -> Group:
        """A group the bot is a member of (known immediately)."""
        with self.state.lock:
            chat = self.state.chats.get(chat_id)
            if chat is None:
                chat = Chat(chat_id, kind, title=title, known=True)
                self.state.chats[chat_id] = chat
            return Group(self, chat)

    # -- faults ---------------------------------------------------------------------------
    def fail(
        self,
        method: str,
        kind: str,
        times: int = 1,
        chat_id: int | None = None,
        retry_after: int = 1,
        hold: float | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` ("*" for any) fail with ``kind``."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {FAULT_KINDS}")
        hold = self.timeout_hold if hold is None else hold
        fault = Fault(method.lower(), kind, times, chat_id, retry_after, hold)
        with self.state.lock:
            self.state.faults.append(fault)

    def count_limits(self, enforce: bool = True) -> None:
        """Count sends against Telegram's flood limits afresh from now on, answering 429 to
        those that break them when `enforce`."""
        with self.state.lock:
            self.state.enforce_limits = enforce
            self.state.limiter = SendLimiter()
            self.state.limit_violations.clear()

    def redeliver(self, update_id: int) -> None:
        """Deliver ``update_id`` again with the same id."""
        self.state.redeliver(update_id)

    # -- reading --------------------------------------------------------------------------
    def bot_messages(self, chat_id: int) -> list[BotMessage]:
        with self.state.lock:
            chat = self.state.chat(chat_id)
            if chat is None:
                return []
            return [m for m in chat.messages if m.from_bot and not m.deleted]

    def history(self, chat_id: int) -> list[BotMessage]:
        """Every message in the chat: both sides, deleted ones included."""
        with self.state.lock:
            chat = self.state.chat(chat_id)
            return list(chat.messages) if chat else []

    @property
    def requests(self) -> list[RequestRecord]:
        with self.state.lock:
            return list(self.state.requests)

    def calls(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every request to ``method`` (case-insensitive)."""
        return [r.params for r in self.requests if r.method.lower() == method.lower()]

    @property
    def pending_updates(self) -> list[PendingUpdate]:
        with self.state.lock:
            return list(self.state.pending)

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        with self.state.lock:
            return list(self.state.callback_answers)

    @property
    def limit_violations(self) -> list[LimitViolation]:
        with self.state.lock:
            return list(self.state.limit_violations)

    @property
    def commands(self) -> list[dict[str, Any]]:
        """Commands set for the default scope and no language."""
        return self.commands_in()

    def commands_in(
        self, scope: dict[str, Any] | None = None, language: str = ""
    ) -> list[dict[str, Any]]:
        """Commands set for exactly this scope (default: the default one) and language."""
        key = scope_key({"scope": scope or {"type": "default"}, "language_code": language})
        with self.state.lock:
            return list(self.state.commands.get(key, []))

    def commands_of(self, chat_id: int) -> list[str] | None:
        """The command names set for one chat's scope (None: none; the chat's user then
        sees the default list)."""
        key = scope_key({"scope": {"type": "chat", "chat_id": chat_id}})
        with self.state.lock:
            found = self.state.commands.get(key)
        return None if found is None else [c["command"] for c in found]

    def menu_shown(self, chat_id: int, language: str = "") -> list[dict[str, Any]]:
        """The menu a user whose app speaks `language` sees in their private chat with the
        bot, as Telegram picks it: the first list set of the chat's scope with their
        language, without, all private chats with, without, the default with, without."""
        scopes = ({"type": "chat", "chat_id": chat_id}, {"type": "all_private_chats"}, None)
        with self.state.lock:
            for scope in scopes:
                for lang in ([language] if language else []) + [""]:
                    key = scope_key({"scope": scope or {"type": "default"}, "language_code": lang})
                    if key in self.state.commands:
                        return list(self.state.commands[key])
        return []

    def dump(self, chat_id: int | None = None) -> str:
        """Human-readable state, used in timeout messages."""
        with self.state.lock:
            chats = [self.state.chats[chat_id]] if chat_id in self.state.chats else []
            chats = chats or list(self.state.chats.values())
            lines = []
            for chat in chats:
                lines.append(f"chat {chat.id} ({chat.type}{', blocked' if chat.blocked else ''}):")
                lines += [f"  {m.describe()}" for m in chat.messages] or ["  (empty)"]
            pending = [f"{u.update_id}:{u.kind}" for u in self.state.pending]
            lines.append(f"pending updates: {pending or 'none'}")
            failed = [r for r in self.state.requests if r.error][-5:]
            lines += [f"failed request: {r.method} -> {r.error}" for r in failed]
            return "\n".join(lines)

    # -- waiting --------------------------------------------------------------------------
    def _handled(self, upto: int) -> Callable[[], bool]:
        return lambda: not self.state.unconfirmed_upto(upto)

    async def wait_handled(self, timeout: float = 5.0) -> None:
        """Wait until the bot confirmed every update queued so far."""
        upto = self.state.last_update_id
        if not await self.state.wait_for(self._handled(upto), timeout):
            raise AssertionError(f"updates not confirmed within {timeout}s\n{self.dump()}")

    def wait_handled_sync(self, timeout: float = 5.0) -> None:
        upto = self.state.last_update_id
        if not self.state.wait_for_sync(self._handled(upto), timeout):
            raise AssertionError(f"updates not confirmed within {timeout}s\n{self.dump()}")

    async def wait_for(
        self, predicate: Callable[[], Any], timeout: float = 5.0, what: str = "condition"
    ) -> None:
        """Wait until ``predicate()`` holds; re-checked whenever the double's state changes."""
        if not await self.state.wait_for(predicate, timeout):
            raise AssertionError(f"{what} not met within {timeout}s\n{self.dump()}")

    def wait_for_sync(
        self, predicate: Callable[[], Any], timeout: float = 5.0, what: str = "condition"
    ) -> None:
        if not self.state.wait_for_sync(predicate, timeout):
            raise AssertionError(f"{what} not met within {timeout}s\n{self.dump()}")
