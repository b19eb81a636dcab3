"""Rendering: HTML escaping, long texts, and joining plain messages."""

from __future__ import annotations

from bot.render import as_html, coalesce, keyboard, markup
from usecases.actions import Consent
from usecases.context import Out


def test_text_is_escaped_and_never_too_long_or_empty() -> None:
    assert as_html("a < b & <i>") == "a &lt; b &amp; &lt;i&gt;"
    assert len(as_html("x" * 10_000)) <= 4096
    assert as_html("") == "…"


def test_plain_messages_are_joined_but_button_messages_stay_apart() -> None:
    button = ((("Yes", Consent(1, True)),),)
    outs = [
        Out("Thanks."),
        Out("Next question?", question=True, step_id="q2"),
        Out("Pick one", button),
        Out("Saved."),
        Out("Another", button),
    ]
    merged = coalesce(outs)
    assert [o.text for o in merged] == [
        "Thanks.\n\nNext question?",
        "Pick one",
        "Saved.",
        "Another",
    ]
    assert merged[0].question and merged[0].step_id == "q2"


def test_joining_stops_before_telegrams_length_limit() -> None:
    merged = coalesce([Out("a" * 3000), Out("b" * 3000)])
    assert len(merged) == 2


def test_a_raw_request_s_keyboard_is_the_one_ptb_would_send() -> None:
    rows = [[["Yes", "c:1:yes"], ["No", "c:1:no"]], [["Share", "https://t.me/share/url?u=x"]]]
    assert keyboard(rows) == markup(rows).to_dict()
    assert keyboard([]) is None and markup([]) is None
