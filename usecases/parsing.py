"""Reading what organisers and members type after a command."""

from __future__ import annotations

import re
import shlex

_ID = re.compile(r"^#?([0-9]{1,15})$")


def parse_id(word: str) -> int | None:
    """A database or Telegram id as typed (`12` or `#12`); None for anything else
    (`²`, `-1`, `12abc`, or numbers too big for the database)."""
    match = _ID.match(word)
    return int(match.group(1)) if match else None


def parse_newsession(args: str) -> tuple[str, str | None, str | None] | None:
    """`<title> [--flow id] [--community name]` -> (title, flow, community), None if unusable."""
    try:
        words = shlex.split(args)
    except ValueError:
        words = args.split()
    title: list[str] = []
    options: dict[str, str] = {}
    while words:
        word = words.pop(0)
        if word in {"--flow", "--community"}:
            if not words:
                return None
            options[word[2:]] = words.pop(0)
        else:
            title.append(word)
    if not title:
        return None
    return " ".join(title), options.get("flow"), options.get("community")
