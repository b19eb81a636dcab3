"""What handlers need, wired once by the composition root and kept in `bot_data`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.clock import Clock
from bot.settings import Settings
from storage.db import Database

if TYPE_CHECKING:
    from telegram.ext import CallbackContext


@dataclass
class Deps:
    settings: Settings
    db: Database
    clock: Clock
    flows: dict[str, Any]
    bot_username: str = ""
    retry_updates: set[int] = field(default_factory=set)
    outbox_interval: float | None = 1.0  # seconds between outbox drains; None: only on demand
    ballot_secret: bytes = b""  # keys anonymous ballots; derived from the token at start-up

    def join_link(self, code: str) -> str:
        return f"https://t.me/{self.bot_username}?start={code}"


def deps(context: CallbackContext) -> Deps:  # type: ignore[type-arg]
    return context.bot_data["deps"]
