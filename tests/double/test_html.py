"""Telegram-style HTML: plain text, entities in UTF-16 units, and parse errors."""

import pytest

from botapi_double.html_parse import EntityParseError, parse_html


def test_plain_text_and_entities() -> None:
    parsed = parse_html(
        '<b>Vote</b> &lt;now&gt; &#127793; <a href="https://x.org/?a=1&amp;b=2">go</a>'
    )
    assert parsed.text == "Vote <now> 🌱 go"
    assert parsed.entities == [
        {"type": "bold", "offset": 0, "length": 4},
        {"type": "text_link", "url": "https://x.org/?a=1&b=2", "offset": 14, "length": 2},
    ]


def test_offsets_count_utf16_units() -> None:
    assert parse_html("🌱<i>x</i>").entities == [{"type": "italic", "offset": 2, "length": 1}]


@pytest.mark.parametrize(
    "html",
    ["<b>x</b>", "<strong><em>x</em></strong>", "<u>x</u><ins>y</ins>", "<s>a</s><del>b</del>",
     '<span class="tg-spoiler">x</span>', "<tg-spoiler>x</tg-spoiler>", "<code>x</code>",
     "<blockquote expandable>x</blockquote>", '<tg-emoji emoji-id="5">👍</tg-emoji>',
     '<pre><code class="language-python">x</code></pre>', "1 > 0", "&quot;&#x41;&quot;"],
)  # fmt: skip
def test_supported_markup(html: str) -> None:
    parse_html(html)


@pytest.mark.parametrize(
    ("html", "error"),
    [("<b>x", "can't find end tag"), ("<b><i>x</b></i>", "unmatched end tag"),
     ("x</b>", "unexpected end tag"), ("<br>", "unsupported start tag"),
     ("<span>x</span>", "unsupported start tag"), ("a < b", "unclosed start tag"),
     ("a <> b", "end of name token"), ("R&D", "must be escaped"), ("&nbsp;", "must be escaped")],
)  # fmt: skip
def test_malformed_markup(html: str, error: str) -> None:
    with pytest.raises(EntityParseError, match=error):
        parse_html(html)
