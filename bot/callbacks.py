"""The one codec for inline-button data: versioned, at most 64 bytes, strict on decode.

Any button declared in `usecases.actions` is encoded from its declaration: its tag, then
each field in order (`1:v:12:a` is a `VoteButton(12, "agree")`). Decoded data is only a
claim: the use cases check every action against the database.
"""

from __future__ import annotations

import re
import typing
from dataclasses import Field, fields
from typing import Any

from usecases.actions import BUTTONS, Action, Button

VERSION = "1"
MAX_BYTES = 64
_TOKEN = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")  # "-" for negative scale values
_INT = re.compile(r"^[0-9]{1,12}$")


class CallbackTooLong(ValueError):
    pass


class _Spec:
    """How one kind of button is written: its class, and each field with its type."""

    def __init__(self, cls: type[Button]) -> None:
        hints = typing.get_type_hints(cls)
        self.cls = cls
        self.fields: list[tuple[Field[Any], type]] = [(f, hints[f.name]) for f in fields(cls)]

    def write(self, action: Button) -> list[str]:
        return [_write(f, kind, getattr(action, f.name)) for f, kind in self.fields]

    def read(self, args: list[str]) -> Button | None:
        if len(args) != len(self.fields):
            return None
        return self.cls(
            *(_read(f, kind, arg) for (f, kind), arg in zip(self.fields, args, strict=True))
        )


def _specs() -> dict[str, _Spec]:
    specs: dict[str, _Spec] = {}
    for cls in BUTTONS:
        if cls.tag in specs or not _TOKEN.match(cls.tag):
            raise TypeError(f"button tag {cls.tag!r} of {cls.__name__} is taken or not a token")
        specs[cls.tag] = _Spec(cls)
    return specs


_BY_TAG = _specs()
_BY_TYPE = {spec.cls: spec for spec in _BY_TAG.values()}


def _write(f: Field[Any], kind: type, value: Any) -> str:
    if kind is bool:
        return "y" if value else "n"
    if kind is int:
        if not isinstance(value, int) or value < 0:
            raise ValueError(f"{f.name} not encodable: {value!r}")
        return str(value)
    text = f.metadata.get("codes", {}).get(value, value)
    if not isinstance(text, str) or not _TOKEN.match(text):
        raise ValueError(f"{f.name} not encodable: {value!r}")
    return text


def _read(f: Field[Any], kind: type, text: str) -> Any:
    if kind is bool:
        if text not in ("y", "n"):
            raise ValueError(text)
        return text == "y"
    if kind is int:
        if not _INT.match(text):
            raise ValueError(text)
        return int(text)
    codes = f.metadata.get("codes")
    if codes is not None:
        return {code: value for value, code in codes.items()}[text]
    return text


def encode(action: Action) -> str:
    data = ":".join([VERSION, action.tag, *_BY_TYPE[type(action)].write(action)])
    if len(data.encode()) > MAX_BYTES:
        raise CallbackTooLong(data)
    return data


def decode(data: str | None) -> Action | None:
    """The action in button data, or None for anything not made by `encode`."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    version, _, rest = data.partition(":")
    if version != VERSION:
        return None
    tag, *args = rest.split(":")
    spec = _BY_TAG.get(tag)
    if spec is None or not all(_TOKEN.match(a) for a in args):
        return None
    try:
        return spec.read(args)
    except (ValueError, KeyError):
        return None
