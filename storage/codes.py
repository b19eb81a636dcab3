"""Short, unguessable codes for join links and referrals."""

from __future__ import annotations

import secrets

# No 0/o, 1/l/i: codes are read aloud and typed from posters.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
JOIN_CODE_LENGTH = 8
REF_CODE_LENGTH = 6


def new_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def split_start_payload(payload: str) -> tuple[str, str | None]:
    """`/start` payload `<join code>[-<referrer's ref code>]` -> (join code, ref code)."""
    code, _, ref = payload.strip().lower().partition("-")
    return code, (ref or None)
