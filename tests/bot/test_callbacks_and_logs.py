"""The callback codec and the token filter on logs."""

from __future__ import annotations

import logging

import pytest

from bot import callbacks as cb
from bot.logs import RedactToken
from usecases import actions


@pytest.mark.parametrize(
    "action",
    [
        actions.Consent(1, True),
        actions.Consent(99, False),
        actions.FlowButton(1234567, "a" * 24, "b" * 24),
        actions.VoteButton(5, "agree"),
        actions.VoteButton(5, "pass"),
        actions.BrowseButton(3, 0),
        actions.BallotButton(8, 2),
        actions.FormButton("closes", "tomorrow"),
        actions.FormButton("code", "abcd2345"),
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
        cb.encode(actions.FlowButton(10**11, "a" * 32, "b" * 32))


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


@pytest.mark.parametrize(
    ("action", "data"),
    [
        (actions.Consent(7, True), "1:c:7:y"),
        (actions.FlowButton(7, "how_often", "daily"), "1:f:7:how_often:daily"),
        (actions.VoteButton(12, "disagree"), "1:v:12:d"),
        (actions.BrowseButton(7, 3), "1:n:7:3"),
        (actions.BallotButton(4, 0), "1:b:4:0"),
        (actions.TimezoneButton(2), "1:t:2"),
        (actions.CloseSession(7, False), "1:x:7:n"),
        (actions.ForgetButton(True), "1:g:y"),
        (actions.FormButton("multi", "yes"), "1:p:multi:yes"),
    ],
)
def test_buttons_already_sent_keep_working(action, data) -> None:
    """The data is written from each button's declaration exactly as it was written by
    hand before: buttons on messages members already have stay valid."""
    assert cb.encode(action) == data and cb.decode(data) == action
