from datetime import time, timedelta

import pytest

from dialogs.durations import format_duration, parse_duration, parse_quiet_hours


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30s", timedelta(seconds=30)),
        ("10m", timedelta(minutes=10)),
        ("24h", timedelta(hours=24)),
        ("3d", timedelta(days=3)),
        (" 2h ", timedelta(hours=2)),
    ],
)
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected
    assert parse_duration(format_duration(expected)) == expected


@pytest.mark.parametrize("text", ["", "10", "h", "1.5h", "2 hours", "1h30m", "-1h", "0m", "3w"])
def test_parse_duration_rejects(text):
    with pytest.raises(ValueError, match="bad duration"):
        parse_duration(text)


def test_quiet_hours_wrap_past_midnight():
    quiet = parse_quiet_hours("21:00-08:00")
    assert quiet.contains(time(23, 30)) and quiet.contains(time(7, 59))
    assert not quiet.contains(time(8, 0)) and not quiet.contains(time(12, 0))
    assert str(quiet) == "21:00-08:00"
    daytime = parse_quiet_hours("13:00-14:00")
    assert daytime.contains(time(13, 30)) and not daytime.contains(time(20, 0))


@pytest.mark.parametrize("text", ["21-08", "25:00-08:00", "08:00-08:00", "21:00"])
def test_quiet_hours_rejects(text):
    with pytest.raises(ValueError, match="quiet hours"):
        parse_quiet_hours(text)
