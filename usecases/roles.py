"""The roles a person may hold: bot-wide (an administrator from ADMIN_IDS, or a role an
administrator granted) or on one session's team. Stored as their plain values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    ORGANISER = "organiser"
    COORDINATOR = "coordinator"

    @property
    def noun(self) -> str:
        """How a refusal names it: "only administrators can use /grant"."""
        return "administrator" if self is Role.ADMIN else self.value
