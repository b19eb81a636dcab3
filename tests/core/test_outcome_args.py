"""/outcome's words after the proposal's number, as an organiser writes them: a state
(`in progress` and `in-progress` too), an optional `--ask-after` anywhere after it (a
phone's "—" too), and the words, tidied; anything else names what is wrong."""

from __future__ import annotations

from datetime import timedelta

import pytest

from dialogs.outcomes import Marked, read_outcome


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("done", Marked("done", None, None)),
        ("Adopted  The council\nagreed.", Marked("adopted", "The council agreed.", None)),
        ("in progress Digging starts Monday", Marked("in_progress", "Digging starts Monday", None)),
        ("in-progress", Marked("in_progress", None, None)),
        ("in_progress", Marked("in_progress", None, None)),
        ("done --ask-after 7d Lamps are up", Marked("done", "Lamps are up", timedelta(days=7))),
        ("done Lamps are up --ask-after 48h", Marked("done", "Lamps are up", timedelta(hours=48))),
        ("done —ask-after 3d", Marked("done", None, timedelta(days=3))),
        (
            "declined We could not get the permit.",
            Marked("declined", "We could not get the permit.", None),
        ),
        ("in", "bad_state"),
        ("", "no_state"),
        ("   ", "no_state"),
        ("finished", "bad_state"),
        ("adopted --ask-after 7d", "ask_after_not_done"),
        ("done --ask-after", "ask_after_bad"),
        ("done --ask-after tomorrow", "ask_after_bad"),
        ("done --ask-after 366d", "ask_after_bad"),
        ("done " + "x" * 1001, "long"),
    ],
)
def test_read_outcome(text: str, read: Marked | str) -> None:
    assert read_outcome(text) == read
