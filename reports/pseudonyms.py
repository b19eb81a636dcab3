"""How members appear in a session's exports and reports: a pseudonym, the same in every
export of that session, that cannot be traced back to the member without the session's salt
(a random value in the database, `cosession.pseudonym_salt`); or, when a coordinator asks
for names, their Telegram name."""

from __future__ import annotations

import hashlib
import hmac

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # as join codes: no 0/o, 1/l/i
LENGTH = 8  # 31**8: two members of a 2,000-member session share one with odds below 1 in 400,000


def pseudonym(salt: str, member_id: int) -> str:
    """`m-` and eight letters or digits from an HMAC of the member's id keyed by the salt."""
    digest = hmac.new(salt.encode(), str(member_id).encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    letters = []
    for _ in range(LENGTH):
        number, rest = divmod(number, len(ALPHABET))
        letters.append(ALPHABET[rest])
    return "m-" + "".join(letters)


class Labels:
    """Member id -> how the export shows them (computed once per member)."""

    def __init__(self, salt: str, names: dict[int, tuple[str, str | None]] | None = None):
        self.salt = salt
        self.names = names
        self._seen: dict[int, str] = {}

    def __call__(self, member_id: int | None) -> str:
        if member_id is None:
            return ""
        label = self._seen.get(member_id)
        if label is None:
            label = self._seen[member_id] = self._label(member_id)
        return label

    def _label(self, member_id: int) -> str:
        alias = pseudonym(self.salt, member_id)
        if self.names is None:
            return alias
        name, username = self.names.get(member_id, ("", None))
        shown = " ".join(p for p in (name.strip(), f"@{username}" if username else "") if p)
        return shown or alias  # someone who erased their data has no name to show
