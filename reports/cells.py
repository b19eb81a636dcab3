"""Members' words made safe for the files we write, without changing what they say.

- Invisible characters that can change how a line reads are made visible as `<U+202E>`:
  control characters (but newline and tab), the bidirectional embeddings, overrides,
  isolates and marks, and the Unicode line and paragraph separators. Right-to-left text
  itself (Hebrew, Arabic) and emoji are left as they are.
- A CSV cell that a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`,
  tab, or carriage return) gets a leading apostrophe (OWASP's advice).
- In Markdown, characters that would make links, emphasis, HTML or structure are escaped.
- In JSON, the same invisible characters are written as `\\uXXXX` escapes: the text parses
  back exactly, and nothing hides in the file.
- Small cells: figures about a group of fewer than `SMALL` members are never shown broken
  down (what four people said is nearly what each said); `small` says which.
"""

from __future__ import annotations

import json
import re
from typing import Any

SMALL = 5  # a group of fewer members is never shown broken down


def small(members: int) -> bool:
    """Too few members to show figures about them as a group."""
    return members < SMALL


_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|~]")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])", re.MULTILINE)


def visible(text: str) -> str:
    """Invisible controls and direction marks as `<U+XXXX>`; CRLF becomes a newline."""
    if _HIDDEN.search(text) is None:
        return text
    text = text.replace("\r\n", "\n")
    return _HIDDEN.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def csv_cell(text: str | None) -> str:
    """A text cell for CSV: visible controls, and no formula."""
    if not text:
        return ""
    if text[0] in _FORMULA:
        text = "'" + text
    return visible(text)


def markdown(text: str) -> str:
    """Text to show as itself in Markdown (inside a block quote: one `> ` per line)."""
    text = _escape(visible(text))
    if _MD_LINE_START.search(text):
        text = _MD_LINE_START.sub(r"\1\\\2", text)
    if "\n" not in text:
        return f"> {text}" if text else ">"
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def markdown_inline(text: str) -> str:
    """Short text on one line of Markdown (a title, a proposal in a list)."""
    return _escape(visible(" ".join(text.split())))


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\g<0>", text) if _MD_SPECIAL.search(text) else text


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
json_string = json.encoder.encode_basestring  # a str as a JSON string, UTF-8 kept (C)


def hide_in_json(encoded: str) -> str:
    """Invisible characters of JSON text as `\\uXXXX` escapes (they only occur in strings)."""
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


def json_text(value: Any) -> str:
    """`value` as JSON (UTF-8, emoji as they are), with invisible characters escaped."""
    return hide_in_json(_ENCODER.encode(value))
