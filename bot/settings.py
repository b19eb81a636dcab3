"""Settings read once at start-up from the environment and `.env` (see .env.example)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AnyHttpUrl,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_NAMES = {
    "telegram_bot_token": "TELEGRAM_BOT_TOKEN",
    "telegram_api_base_url": "TELEGRAM_API_BASE_URL",
    "database_url": "DATABASE_URL",
    "admin_ids": "ADMIN_IDS",
    "engagement_tick_seconds": "ENGAGEMENT_TICK_SECONDS",
    "default_timezone": "DEFAULT_TIMEZONE",
    "webhook_url": "WEBHOOK_URL",
    "webhook_secret": "WEBHOOK_SECRET",
    "port": "PORT",
    "log_level": "LOG_LEVEL",
    "flows_dir": "FLOWS_DIR",
}


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line naming the variable."""


class Settings(BaseSettings):
    """Every setting of the bot; the names are the upper-case environment variables."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    database_url: str = "sqlite:///codesign.db"
    admin_ids: Annotated[tuple[int, ...], NoDecode] = ()
    engagement_tick_seconds: float = Field(default=30, gt=0, le=3600)
    default_timezone: str = "UTC"
    webhook_url: AnyHttpUrl | None = None
    webhook_secret: SecretStr | None = None
    port: int = Field(default=8443, ge=1, le=65535)
    log_level: str = "INFO"
    flows_dir: Path | None = None  # organisers' own flow files, beside the shipped ones

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            if not all(p.lstrip("-").isdigit() for p in parts):
                raise ValueError("expected Telegram user ids separated by commas, e.g. 1234,5678")
            return tuple(int(p) for p in parts)
        return value

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("flows_dir")
    @classmethod
    def _folder(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_dir():
            raise ValueError(f"{str(value)!r} is not a folder")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("use DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @property
    def telegram_file_base_url(self) -> str:
        """Where files are downloaded from: Telegram's (and a local Bot API server's)
        `/file/bot` beside the `/bot` of the methods."""
        base = self.telegram_api_base_url.rstrip("/")
        return base.removesuffix("/bot") + "/file/bot"

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("database_url")
    @classmethod
    def _db_url(cls, value: str) -> str:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            make_url(value)
        except ArgumentError as exc:
            raise ValueError("not a valid SQLAlchemy database URL") from exc
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return value
        secret = value.get_secret_value()
        if len(secret) < 16:
            raise ValueError("use at least 16 characters (Telegram allows up to 256)")
        if len(secret) > 256 or not re.fullmatch(r"[A-Za-z0-9_-]+", secret):
            raise ValueError("use up to 256 letters, digits, _ and - (what Telegram accepts)")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url is not None and self.webhook_secret is None:
            raise ValueError("WEBHOOK_SECRET must be set when WEBHOOK_URL is")
        return self

    def token(self) -> str:
        """The bot token, or a SettingsError telling the user what to set."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: put the token from @BotFather in .env "
                "(copy .env.example) or in the environment."
            )
        return self.telegram_bot_token.get_secret_value()


def load_settings(**overrides: object) -> Settings:
    """Read the settings; a malformed value raises SettingsError naming its variable."""
    try:
        # pydantic-settings: each field has its own type; overrides are checked by validation
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        reason = first["msg"].removeprefix("Value error, ")
        if not first["loc"]:  # a rule across settings: its message names the variables
            raise SettingsError(reason) from None
        field = str(first["loc"][0])
        name = ENV_NAMES.get(field, field.upper())
        raise SettingsError(f"{name} is malformed: {reason}") from None
