"""Settings: defaults, parsing, and one clear line for a bad value."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings

VARS = [
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "DATABASE_URL",
    "ADMIN_IDS",
    "ENGAGEMENT_TICK_SECONDS",
    "DEFAULT_TIMEZONE",
    "WEBHOOK_URL",
    "WEBHOOK_SECRET",
    "PORT",
    "LOG_LEVEL",
]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for name in VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_match_the_documented_table() -> None:
    s = load_settings()
    assert s.telegram_api_base_url == "https://api.telegram.org/bot"
    assert s.database_url == "sqlite:///codesign.db"
    assert s.admin_ids == () and s.engagement_tick_seconds == 30
    assert s.default_timezone == "UTC" and s.webhook_url is None and s.log_level == "INFO"


def test_dotenv_file_is_read_and_empty_values_mean_default(tmp_path) -> None:
    (tmp_path / ".env").write_text("ADMIN_IDS=12, 34\nWEBHOOK_URL=\nTELEGRAM_BOT_TOKEN=1:abc\n")
    s = load_settings()
    assert s.admin_ids == (12, 34) and s.webhook_url is None and s.token() == "1:abc"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ADMIN_IDS", "alice"),
        ("PORT", "eighty"),
        ("PORT", "70000"),
        ("ENGAGEMENT_TICK_SECONDS", "0"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus"),
        ("LOG_LEVEL", "LOUD"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org"),
        ("WEBHOOK_URL", "not a url"),
        ("DATABASE_URL", "::nonsense::"),
    ],
)
def test_a_malformed_value_names_its_variable_in_one_line(monkeypatch, name, value) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    message = str(info.value)
    assert message.startswith(f"{name} is malformed") and "\n" not in message


def test_missing_token_says_what_to_set_and_where() -> None:
    with pytest.raises(SettingsError, match=r"TELEGRAM_BOT_TOKEN is not set.*\.env"):
        load_settings().token()


def test_the_token_is_not_in_the_settings_repr(monkeypatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:SECRET-SECRET-SECRET-SECRET")
    s = load_settings()
    assert "SECRET" not in repr(s) and "SECRET" not in str(s.model_dump())


def test_webhook_mode_requires_a_secret(monkeypatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/hook")
    with pytest.raises(SettingsError, match="WEBHOOK_SECRET must be set when WEBHOOK_URL is"):
        load_settings()
    monkeypatch.setenv("WEBHOOK_SECRET", "s3cret")
    with pytest.raises(SettingsError, match="WEBHOOK_SECRET is malformed: use at least 16"):
        load_settings()
    monkeypatch.setenv("WEBHOOK_SECRET", "not-allowed-in-telegram!")
    with pytest.raises(SettingsError, match="WEBHOOK_SECRET is malformed: use up to 256"):
        load_settings()
    monkeypatch.setenv("WEBHOOK_SECRET", "s3cret-long-enough_2026")
    assert load_settings().webhook_secret.get_secret_value() == "s3cret-long-enough_2026"
