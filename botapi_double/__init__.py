"""A local Telegram Bot API double for end-to-end tests, benchmarks and manual runs."""

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
