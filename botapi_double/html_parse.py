"""Telegram-style HTML parsing: validate, strip to plain text and compute entities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EntityParseError", "ParsedText", "parse_html", "utf16_len"]

_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_NAME_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTR_RE = re.compile(
    r"\s*([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?"
)


class EntityParseError(ValueError):
    """Raised for malformed HTML; the message follows Telegram's wording."""


@dataclass
class ParsedText:
    """Plain text plus the entities Telegram would return for it."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (Telegram's offset unit)."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _unescape(source: str, pos: int) -> tuple[str, int]:
    match = _ENTITY_RE.match(source, pos)
    if match is None:
        raise EntityParseError(
            "Can't parse entities: character '&' is reserved and must be escaped "
            f'with "&amp;" at byte offset {_byte_offset(source, pos)}'
        )
    named, dec, hexa = match.groups()
    if named:
        return _NAMED[named], match.end()
    code = int(dec) if dec else int(hexa, 16)
    if code > 0x10FFFF:
        raise EntityParseError(f"Can't parse entities: invalid code point at byte offset {pos}")
    return chr(code), match.end()


def _parse_attrs(raw: str, source: str, pos: int) -> dict[str, str]:
    attrs: dict[str, str] = {}
    at = 0
    raw = raw.rstrip()
    while at < len(raw):
        match = _ATTR_RE.match(raw, at)
        if match is None or match.end() == at:
            raise EntityParseError(
                "Can't parse entities: expected equal sign in declaration of an attribute "
                f"at byte offset {_byte_offset(source, pos)}"
            )
        name, dq, sq, bare = match.groups()
        value = next((v for v in (dq, sq, bare) if v is not None), "")
        attrs[name.lower()] = _unescape_all(value)
        at = match.end()
    return attrs


def _unescape_all(value: str) -> str:
    out: list[str] = []
    pos = 0
    while pos < len(value):
        if value[pos] == "&":
            char, pos = _unescape(value, pos)
            out.append(char)
        else:
            out.append(value[pos])
            pos += 1
    return "".join(out)


def _entity_for(name: str, attrs: dict[str, str], source: str, pos: int) -> dict[str, Any]:
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise EntityParseError(
            f'Can\'t parse entities: unsupported start tag "span" at byte offset '
            f"{_byte_offset(source, pos)}"
        )
    entity: dict[str, Any] = {"type": _ENTITY_TYPES[name]}
    if name == "a":
        entity["url"] = attrs.get("href", "")
    elif name == "tg-emoji":
        entity["custom_emoji_id"] = attrs.get("emoji-id", "")
    elif name == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif name == "code" and attrs.get("class", "").startswith("language-"):
        entity["language"] = attrs["class"][len("language-") :]
    return entity


def parse_html(source: str) -> ParsedText:
    """Parse Telegram HTML; raise :class:`EntityParseError` like the Bot API does."""
    out: list[str] = []
    length = 0  # UTF-16 length of the text produced so far
    stack: list[tuple[str, int, dict[str, Any]]] = []
    entities: list[dict[str, Any]] = []
    pos = 0
    while pos < len(source):
        char = source[pos]
        if char == "&":
            char, pos = _unescape(source, pos)
            out.append(char)
            length += utf16_len(char)
            continue
        if char != "<":
            out.append(char)
            length += utf16_len(char)
            pos += 1
            continue
        end = source.find(">", pos)
        if end == -1:
            raise EntityParseError(
                "Can't parse entities: unclosed start tag at byte offset "
                f"{_byte_offset(source, pos)}"
            )
        body = source[pos + 1 : end]
        closing = body.startswith("/")
        name_match = _NAME_RE.match(body, 1 if closing else 0)
        if name_match is None:
            raise EntityParseError(
                "Can't parse entities: unexpected end of name token at byte offset "
                f"{_byte_offset(source, pos)}"
            )
        name = name_match.group().lower()
        rest = body[name_match.end() :]
        if closing:
            if rest.strip():
                raise EntityParseError(
                    "Can't parse entities: unexpected tag content at byte offset "
                    f"{_byte_offset(source, pos)}"
                )
            if not stack:
                raise EntityParseError(
                    f'Can\'t parse entities: unexpected end tag "{name}" at byte offset '
                    f"{_byte_offset(source, pos)}"
                )
            open_name, start, entity = stack.pop()
            if open_name != name:
                raise EntityParseError(
                    "Can't parse entities: unmatched end tag at byte offset "
                    f'{_byte_offset(source, pos)}, expected "</{open_name}>", found "</{name}>"'
                )
            _close(entity, start, length, stack, entities)
        else:
            if name not in _ENTITY_TYPES:
                raise EntityParseError(
                    f'Can\'t parse entities: unsupported start tag "{name}" at byte offset '
                    f"{_byte_offset(source, pos)}"
                )
            if rest and not rest[0].isspace():
                raise EntityParseError(
                    "Can't parse entities: unexpected end of name token at byte offset "
                    f"{_byte_offset(source, pos)}"
                )
            attrs = _parse_attrs(rest, source, pos)
            stack.append((name, length, _entity_for(name, attrs, source, pos)))
        pos = end + 1
    if stack:
        raise EntityParseError(
            "Can't parse entities: can't find end tag corresponding to start tag "
            f'"{stack[-1][0]}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText("".join(out), entities)


def _close(
    entity: dict[str, Any],
    start: int,
    end: int,
    stack: list[tuple[str, int, dict[str, Any]]],
    entities: list[dict[str, Any]],
) -> None:
    if end <= start:
        return
    if entity["type"] == "code":
        language = entity.pop("language", None)
        if stack and stack[-1][0] == "pre":
            if language:  # <pre><code class="language-x"> is a single pre entity
                stack[-1][2]["language"] = language
            return
    if entity["type"] == "text_link" and not entity.get("url"):
        return
    entities.append({**entity, "offset": start, "length": end - start})
