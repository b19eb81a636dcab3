"""What a person typed, made safe to store, measure and compare."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.proposals import PROPOSAL_LIMITS, check_text
from dialogs.text import clean


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Lights\x00 along the path", "Lights along the path"),
        ("\u202eevil\u202c text", "evil text"),  # a bidirectional override
        ("zero\u200bwidth\u2060joiners", "zerowidthjoiners"),
        ("Ｌｉｇｈｔｓ ａｌｏｎｇ", "Lights along"),  # full-width look-alikes
        ("ﬁne ﬂowers", "fine flowers"),  # ligatures
        ("a family 👨\u200d👩\u200d👧 here", "a family 👨\u200d👩\u200d👧 here"),
        ("two\nlines\tand a tab", "two\nlines\tand a tab"),
        ("bad \ud800 surrogate", "bad  surrogate"),
        ("", ""),
        (None, ""),
    ],
)
def test_clean(typed, kept) -> None:
    assert clean(typed) == kept


def test_an_invisible_proposal_is_empty() -> None:
    assert check_text(clean("\u200b\u200b\u2060\u202e\u200d"), PROPOSAL_LIMITS) == "empty"


@given(st.text())
def test_anything_typed_comes_out_storable_and_clean(text: str) -> None:
    out = clean(text)
    out.encode("utf-8")  # no lone surrogate: every database stores it
    assert "\x00" not in out
    for i, ch in enumerate(out):
        category = unicodedata.category(ch)
        assert category != "Cc" or ch in "\n\t"
        assert category != "Cf" or (ch == "\u200d" and 0 < i < len(out) - 1)
