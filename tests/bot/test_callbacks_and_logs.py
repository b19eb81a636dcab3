"""The callback codec and the token filter on logs."""

from __future__ import annotations

import logging

import pytest

from bot import callbacks as cb
from bot.logs import RedactToken


@pytest.mark.parametrize(
    "action",
    [
        cb.Consent(1, True),
        cb.Consent(99, False),
        cb.FlowButton(1234567, "a" * 24, "b" * 24),
        cb.VoteButton(5, "agree"),
        cb.VoteButton(5, "pass"),
        cb.BrowseButton(3, 0),
        cb.BallotButton(8, 2),
        cb.FormButton("closes", "tomorrow"),
        cb.FormButton("code", "abcd2345"),
    ],
)
def test_every_action_round_trips_within_64_bytes(action) -> None:
    data = cb.encode(action)
    assert len(data.encode()) <= 64
    assert cb.decode(data) == action


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "garbage",
        "2:c:1:y",
        "1:c:1:maybe",
        "1:c:one:y",
        "1:f:1:step",
        "1:f:1:a b:c",
        "1:v:1:x",
        "1:q:1:1",
        "1:c:1:y:extra",
        "1:" + "9" * 70,
        "1:f:1:ünï:x",
        "1:n:-1:0",
        "1:p:closes",
        "1:p:closes:a b",
    ],
)
def test_forged_data_is_rejected(data) -> None:
    assert cb.decode(data) is None


def test_too_long_data_cannot_be_encoded() -> None:
    with pytest.raises(cb.CallbackTooLong):
        cb.encode(cb.FlowButton(10**11, "a" * 32, "b" * 32))


def test_log_lines_never_show_the_token() -> None:
    token = "123456789:AAE-very-secret-token-value_xyz"
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "POST https://api.telegram.org/bot%s/getMe", (token,), None
    )
    RedactToken(token).filter(record)
    assert token not in record.getMessage() and "***" in record.getMessage()
    other = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "bot 987654321:ABCdefGHIjklMNOpqrSTUvwx", None, None
    )
    RedactToken(None).filter(other)
    assert "ABCdef" not in other.getMessage()
