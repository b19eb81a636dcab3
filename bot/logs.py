"""Logging set-up; the bot token never reaches a log line."""

from __future__ import annotations

import logging
import re

PRIVATE_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot", "telegram.request.BaseRequest")
TOKEN_SHAPE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")


class RedactToken(logging.Filter):
    """Replaces the configured token, and anything shaped like a bot token, with ***."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = TOKEN_SHAPE.sub("***", message)
        if self.token:
            cleaned = cleaned.replace(self.token, "***")
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            if any(self._shows_token(str(e)) for e in _chain(exc)):  # aiohttp's name the URL
                record.exc_info = None
                record.msg = f"{record.msg} ({type(exc).__name__}, details hidden)"
        return True

    def _shows_token(self, text: str) -> bool:
        return bool(self.token and self.token in text) or TOKEN_SHAPE.search(text) is not None


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or during, as a traceback shows them."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def setup_logging(level: str, token: str | None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactToken(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, and the URL holds the token (PTB's HTTPXRequest,
    # the tests' clients; the bot's own is aiohttp's, which logs none).
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # At DEBUG these log whole requests and updates: members' answers, anonymous ballots.
    for chatty in PRIVATE_LOGGERS:
        logging.getLogger(chatty).setLevel(max(logging.INFO, logging.getLevelName(level)))
