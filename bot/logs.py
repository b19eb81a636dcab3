"""Logging set-up; the bot token never reaches a log line."""

from __future__ import annotations

import logging
import re

PRIVATE_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot", "telegram.request.BaseRequest")
_TOKEN_SHAPE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")


class RedactToken(logging.Filter):
    """Replaces the configured token, and anything shaped like a bot token, with ***."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _TOKEN_SHAPE.sub("***", message)
        if self.token:
            cleaned = cleaned.replace(self.token, "***")
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None and self.token:
            exc = record.exc_info[1]
            if self.token in str(exc):
                record.exc_info = None
                record.msg = f"{record.msg} ({type(exc).__name__}, details hidden)"
        return True


def setup_logging(level: str, token: str | None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactToken(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, and the URL holds the token.
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # At DEBUG these log whole requests and updates: members' answers, anonymous ballots.
    for chatty in PRIVATE_LOGGERS:
        logging.getLogger(chatty).setLevel(max(logging.INFO, logging.getLevelName(level)))
