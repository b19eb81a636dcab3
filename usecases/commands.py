"""What a command is, declared once (`usecases.catalogue` holds the rows): its name, the
use case it runs, how its arguments are read, who may use it and where; the words it shows
in the command menu and in /help are `texts.commands` MENU, USAGE, HELP (by its name, in
the reader's language). The shell registers a handler per row (`bot/commands.py`); the
menus (`usecases.menus`) and /help (`help_text`) are built from the rows; the role check
runs once, before the use case (`access.run_command`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import texts.commands
from usecases.roles import Role


class Args(Enum):
    """What the use case is given besides the context."""

    NONE = "none"  # nothing
    REST = "rest"  # the words after the command, as typed
    TEXT = "text"  # the whole message (the command word included)


class Where(Enum):
    PRIVATE = "private"  # the person's private chat with the bot
    ANYWHERE = "anywhere"  # private chats and groups


@dataclass(frozen=True)
class Command:
    name: str
    usecase: Callable[..., Any]
    args: Args = Args.NONE
    roles: frozenset[Role] = frozenset()  # empty: anyone
    bot_wide: bool = False  # the role must be held for the whole bot, not on a team
    where: Where = Where.PRIVATE
    heavy: bool = False  # may take seconds: runs off the event loop
    options: Mapping[str, Any] = field(default_factory=dict)  # fixed keyword arguments
    # Its words come from texts.commands by its name; a command the catalogues do not know
    # (a test's) may give fixed ones here
    words: Mapping[str, str] = field(default_factory=dict)

    def _words(self, kind: str) -> str:
        if kind in self.words:
            return self.words[kind]
        table: Mapping[str, str] = getattr(texts.commands, kind.upper())
        return table.get(self.name, "")

    @property
    def menu(self) -> str:
        """Its line in Telegram's command menu; empty: not in the menu."""
        return self._words("menu")

    @property
    def usage(self) -> str:
        """How /help writes it, e.g. "/start <code>"."""
        return self._words("usage") or f"/{self.name}"

    @property
    def help(self) -> str:
        """Its line in /help; empty: not listed."""
        return self._words("help")

    @property
    def staff_usage(self) -> str:
        """How it is written for a session's team, if it does more for them."""
        return self._words("staff_usage")

    @property
    def staff_help(self) -> str:
        return self._words("staff_help")

    @property
    def staff(self) -> bool:
        return bool(self.roles)

    def may_use(self, roles: set[str], bot_wide: set[str]) -> bool:
        """Does someone holding `roles` (everywhere) and `bot_wide` roles have the right?"""
        if not self.roles:
            return True
        held = bot_wide if self.bot_wide else roles
        return bool(self.roles & held)

    def arguments(self, text: str) -> tuple[str, ...]:
        """What the use case is given, from the whole message as typed (and cleaned)."""
        if self.args is Args.TEXT:
            return (text,)
        if self.args is Args.REST:
            parts = text.split(maxsplit=1)
            return (parts[1].strip() if len(parts) > 1 else "",)
        return ()

    def help_line(self) -> str:
        return f"{self.usage} — {self.help}"

    def short_line(self) -> str:
        """Its name and a few words (its menu line), for /help on a phone."""
        return f"/{self.name} — {self.menu or self.help}"

    def staff_line(self) -> str:
        return f"{self.staff_usage} — {self.staff_help}"


# /help's sections, in order: the header's name in texts.commands, which commands it lists
_SECTIONS: tuple[tuple[str, Callable[[Command], bool]], ...] = (
    ("HELP_MEMBER_HEADER", lambda c: not c.roles),
    (
        "HELP_ORGANISER_HEADER",
        lambda c: Role.ORGANISER in c.roles and Role.COORDINATOR not in c.roles,
    ),
    ("HELP_COORDINATOR_HEADER", lambda c: Role.COORDINATOR in c.roles),
    ("HELP_ADMIN_HEADER", lambda c: c.roles == {Role.ADMIN}),
)


def help_text(
    commands: Iterable[Command], roles: set[str], bot_wide: set[str], *, full: bool = False
) -> str:
    """/help for someone holding these roles: a section per kind of command they may use,
    each command on one line (an organiser may do whatever a coordinator may): its name and
    a few words, or (`full`) how it is written and what it does."""
    usable = [c for c in commands if c.help and c.may_use(_with_implied(roles), bot_wide)]
    parts = []
    for header, belongs in _SECTIONS:
        lines = [c.help_line() if full else c.short_line() for c in usable if belongs(c)]
        if full and header == "HELP_COORDINATOR_HEADER" and lines:  # members' commands
            lines += [c.staff_line() for c in usable if c.staff_help]  # that do more for staff
        if lines:
            parts.append("\n".join([getattr(texts.commands, header), *lines]))
    return "\n\n".join(parts)


def menu_of(
    commands: Iterable[Command], roles: set[str], bot_wide: set[str]
) -> list[tuple[str, str]] | None:
    """The command menu for someone with these roles, members' commands first; None: the
    members' default list (nothing more to show)."""
    shown = [c for c in commands if c.menu and c.where is Where.PRIVATE]
    members = [(c.name, c.menu) for c in shown if not c.roles]
    extra = [(c.name, c.menu) for c in shown if c.roles and c.may_use(roles, bot_wide)]
    return [*members, *extra] if extra else None


def members_menu(commands: Iterable[Command]) -> list[tuple[str, str]]:
    return [(c.name, c.menu) for c in commands if c.menu and not c.roles]


def group_menu(commands: Iterable[Command]) -> list[tuple[str, str]]:
    """The menu of group chats' administrators: the commands that act in a group."""
    return [(c.name, c.menu) for c in commands if c.menu and c.where is Where.ANYWHERE]


def _with_implied(roles: set[str]) -> set[str]:
    """An organiser may do what a coordinator may."""
    return roles | {Role.COORDINATOR} if Role.ORGANISER in roles else roles


def team_commands(commands: Iterable[Command], role: str) -> list[str]:
    """The commands a session's team `role` adds to members' (not those held bot-wide)."""
    roles = _with_implied({role})
    return [
        f"/{c.name}" for c in commands if c.staff and not c.bot_wide and c.may_use(roles, set())
    ]
