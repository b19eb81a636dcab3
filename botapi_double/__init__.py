"""A local Telegram Bot API double for end-to-end tests, benchmarks and manual runs.

    async with BotApiDouble() as api:
        app = api.application_builder().build()   # PTB pointed at the double
        alice = api.user(1001, "Alice", "alice")
        alice.says("/start CODE")
        reply = await alice.next_reply()
        alice.taps("Join")
        await api.wait_handled()

``python -m botapi_double --port 8081`` serves it for a bot run by hand.
"""

from .double import DEFAULT_TOKEN, BotApiDouble
from .model import ApiError, BotMessage, CallbackAnswer, FileRecord, RequestRecord
from .state import LimitViolation
from .users import Group, User

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiDouble",
    "BotMessage",
    "CallbackAnswer",
    "FileRecord",
    "Group",
    "LimitViolation",
    "RequestRecord",
    "User",
]
