"""The one codec for inline-button data: versioned, at most 64 bytes, strict on decode.

Decoded data is only a claim: the use cases check every action against the database.
"""

from __future__ import annotations

import re

from usecases.actions import (
    Action,
    BallotButton,
    BrowseButton,
    CloseSession,
    Consent,
    FlowButton,
    ForgetButton,
    FormButton,
    TimezoneButton,
    VoteButton,
)

VERSION = "1"
MAX_BYTES = 64
_TOKEN = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")  # "-" for negative scale values
_INT = re.compile(r"^[0-9]{1,12}$")


_VOTES = {"a": "agree", "d": "disagree", "p": "pass"}


class CallbackTooLong(ValueError):
    pass


def encode(action: Action) -> str:
    match action:
        case Consent(session_id=sid, accept=accept):
            parts = ["c", str(sid), "y" if accept else "n"]
        case FlowButton(session_id=sid, step_id=step, value=value):
            if not (_TOKEN.match(step) and _TOKEN.match(value)):
                raise ValueError(f"step or value not encodable: {step!r} {value!r}")
            parts = ["f", str(sid), step, value]
        case VoteButton(proposal_id=pid, value=value):
            parts = ["v", str(pid), value[0]]
        case BrowseButton(session_id=sid, position=pos):
            parts = ["n", str(sid), str(pos)]
        case BallotButton(poll_id=pid, position=pos):
            parts = ["b", str(pid), str(pos)]
        case TimezoneButton(zone=zone):
            parts = ["t", str(zone)]
        case CloseSession(session_id=sid, close=close):
            parts = ["x", str(sid), "y" if close else "n"]
        case FormButton(step=step, value=value):
            if not (_TOKEN.match(step) and _TOKEN.match(value)):
                raise ValueError(f"form step or value not encodable: {step!r} {value!r}")
            parts = ["p", step, value]
        case ForgetButton(confirm=confirm):
            parts = ["g", "y" if confirm else "n"]
    data = ":".join([VERSION, *parts])
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
    parts = rest.split(":")
    try:
        return _decode_parts(parts)
    except (ValueError, KeyError, IndexError):
        return None


def _decode_parts(parts: list[str]) -> Action | None:
    tag, args = parts[0], parts[1:]
    if not all(_TOKEN.match(a) for a in args):
        return None
    if tag == "c" and len(args) == 2 and args[1] in {"y", "n"}:
        return Consent(_int(args[0]), args[1] == "y")
    if tag == "f" and len(args) == 3:
        return FlowButton(_int(args[0]), args[1], args[2])
    if tag == "v" and len(args) == 2:
        return VoteButton(_int(args[0]), _VOTES[args[1]])
    if tag == "n" and len(args) == 2:
        return BrowseButton(_int(args[0]), _int(args[1]))
    if tag == "b" and len(args) == 2:
        return BallotButton(_int(args[0]), _int(args[1]))
    if tag == "t" and len(args) == 1:
        return TimezoneButton(_int(args[0]))
    if tag == "x" and len(args) == 2 and args[1] in {"y", "n"}:
        return CloseSession(_int(args[0]), args[1] == "y")
    if tag == "p" and len(args) == 2:
        return FormButton(args[0], args[1])
    if tag == "g" and len(args) == 1 and args[0] in {"y", "n"}:
        return ForgetButton(args[0] == "y")
    return None


def _int(text: str) -> int:
    if not _INT.match(text):
        raise ValueError(text)
    return int(text)


__all__ = [
    "Action",
    "BallotButton",
    "BrowseButton",
    "CallbackTooLong",
    "CloseSession",
    "Consent",
    "FlowButton",
    "ForgetButton",
    "FormButton",
    "TimezoneButton",
    "VoteButton",
    "decode",
    "encode",
]
