"""The roles a person may hold: bot-wide (an administrator from ADMIN_IDS, or a role an
administrator granted) or on one session's team. Stored as their plain values."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    ORGANISER = "organiser"
    COORDINATOR = "coordinator"

    @property
    def noun(self) -> str:
        return "administrator" if self is Role.ADMIN else self.value


ORDER = (Role.ORGANISER, Role.COORDINATOR, Role.ADMIN)


def who(roles: Iterable[Role]) -> str:
    """Those who hold any of `roles`, as a refusal names them: "organisers and coordinators"
    (only organisers and coordinators can use /stats)."""
    nouns = [f"{role.noun}s" for role in ORDER if role in set(roles)]
    return " and ".join(nouns)
