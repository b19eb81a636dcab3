"""Reading what organisers and members type after a command."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ID = re.compile(r"^#?([0-9]{1,15})$")
_USER_ID = re.compile(r"^[0-9]{1,16}$")


USER_IDS_BELOW = 2**52  # Telegram user ids are positive and have at most 52 significant bits


def parse_id(word: str) -> int | None:
    """A database id or page number as typed (`12` or `#12`); None for anything else
    (`0`, `²`, `-1`, `12abc`, or numbers too big for the database)."""
    match = _ID.match(word)
    number = int(match.group(1)) if match else 0
    return number if number > 0 else None


def parse_user_id(word: str) -> int | None:
    """A Telegram user id as typed: from 1 to 2**52 - 1; None for anything else."""
    number = int(word) if _USER_ID.match(word) else 0
    return number if 0 < number < USER_IDS_BELOW else None


@dataclass(frozen=True)
class NewSession:
    title: str
    flow: str | None = None
    community: str | None = None
    languages: tuple[str, ...] = ()  # chosen among the flow's; empty: all of them


class ArgsError(ValueError):
    """Why the words after a command cannot be read; `reason` names a text to show."""

    def __init__(self, reason: str, **details: str) -> None:
        super().__init__(reason)
        self.reason, self.details = reason, details


# A quoted value ("...", '...', “...”, ‘...’, «...») ends at its closing quote before a space
# or the end, so "Children's garden" is not a quotation; a phone turns "--" into "—".
_TOKEN = re.compile(
    r"\"[^\"]*\"(?=\s|$)|“[^”]*”(?=\s|$)|„[^“”]*[“”](?=\s|$)|'[^']*'(?=\s|$)"
    r"|‘[^’]*’(?=\s|$)|«[^»]*»(?=\s|$)|\S+"
)
_OPTION = re.compile(r"^(?:--|—|–)([A-Za-z_]+)(?:=(.*))?$")
NEWSESSION_OPTIONS = ("flow", "community", "languages")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def parse_newsession(args: str) -> NewSession:
    """`<title> [--flow <id>] [--community <name>] [--languages en,es]`, as a person writes
    it: a value runs to the next option, so names of several words need no quotes (quotes
    are taken off); `--flow=<id>` works too. Raises ArgsError."""
    parts: dict[str, list[str]] = {"title": []}
    current = "title"
    for match in _TOKEN.finditer(args):
        token = match.group(0)
        option = _OPTION.match(token)
        if option is None:
            parts[current].append(_unquote(token))
            continue
        current = option.group(1).lower()
        if current not in NEWSESSION_OPTIONS:
            raise ArgsError("unknown_option", option=token)
        if current in parts:
            raise ArgsError("twice", option=f"--{current}")
        parts[current] = [option.group(2)] if option.group(2) else []
    values = {key: " ".join(" ".join(words).split()) for key, words in parts.items()}
    for key in NEWSESSION_OPTIONS:
        if key in values and not values[key]:
            raise ArgsError("no_value", option=f"--{key}")
    if not values["title"]:
        raise ArgsError("usage")
    if " " in values.get("flow", ""):
        raise ArgsError("flow_words", flow=values["flow"])
    languages = parse_languages(values.get("languages", ""))
    if languages is None:
        raise ArgsError("languages")
    return NewSession(values["title"], values.get("flow"), values.get("community"), languages)


def parse_languages(typed: str) -> tuple[str, ...] | None:
    """`en,es` (or `en, es`, `en es`) as language codes in order, each once; None if a word
    is not a language code."""
    codes = [word for word in re.split(r"[,\s]+", typed.strip()) if word]
    if not all(_LANGUAGE.fullmatch(code) for code in codes):
        return None
    return tuple(dict.fromkeys(codes))


def _unquote(token: str) -> str:
    if len(token) >= 2 and token[0] in "\"“„'‘«" and token[-1] in "\"”“'’»":
        return token[1:-1]
    return token
