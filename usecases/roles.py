"""The roles a person may hold: bot-wide (an administrator from ADMIN_IDS, or a role an
administrator granted) or on one session's team. Stored as their plain values."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

import texts.members
from texts.i18n import listed


class Role(StrEnum):
    ADMIN = "admin"
    ORGANISER = "organiser"
    COORDINATOR = "coordinator"

    @property
    def noun(self) -> str:
        """The role's name in the language being spoken."""
        return texts.members.ROLE_NAMES.get(self.value, self.value)


ORDER = (Role.ORGANISER, Role.COORDINATOR, Role.ADMIN)


def who(roles: Iterable[Role]) -> str:
    """Those who hold any of `roles`, as a refusal names them: "organisers and coordinators"
    (only organisers and coordinators can use /stats)."""
    held = set(roles)
    return listed([texts.members.ROLES_HELD_BY[role.value] for role in ORDER if role in held])
