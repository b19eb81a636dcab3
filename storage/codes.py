"""Short, unguessable codes for join links and referrals, and what a `/start` payload says
(decision 0033).

A session's links all start with its join code; what follows a dash says where the link
came from:

    <join code>                 the organisers' link
    <join code>-<tag>           the organisers' link with a tag of their own: letters only
                                (a-z, up to 32), e.g. `-flyer`, `-market`
    <join code>-group           the link the bot gives in the community's linked group
    <join code>-<ref code>      a member's invitation: their code in the session (six
                                characters, a digit among them)
    <join code>-p<N>-<ref code> a member sharing proposal #N: whoever joins sees it first
    <join code>-s<seed code>    a champion's link for a seeded proposal or poll (`/seed`)

What the bot makes always has a digit in it, what organisers write never does, so a tag
is never read as a member's code. Links made before the digit rule (codes of six
letters) keep working: a word that is a member's code in the session is read as that.
Anything else after the dash (a code nobody has, a mistyped part) makes the plain link.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

# No 0/o, 1/l/i: codes are read aloud and typed from posters.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
DIGITS = "23456789"
JOIN_CODE_LENGTH = 8
REF_CODE_LENGTH = 6
SEED_CODE_LENGTH = 7
TAG_LENGTH = 32
GROUP = "group"  # the linked group's link: a word no organiser's tag may be
PROPOSAL, SEED = "p", "s"  # what starts a shared proposal's part and a seed's

_TAG = re.compile(rf"^[a-z]{{1,{TAG_LENGTH}}}$")
_CODE = re.compile(r"^[a-z0-9]{4,16}$")
_PROPOSAL = re.compile(r"^p([0-9]{1,9})$")
_SEED = re.compile(rf"^s([a-z0-9]{{{SEED_CODE_LENGTH}}})$")


def new_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_marked_code(length: int) -> str:
    """A code with a digit among its characters: a code the bot makes for a link, never
    to be read as an organiser's tag (letters only)."""
    while True:
        code = new_code(length)
        if any(ch in DIGITS for ch in code):
            return code


@dataclass(frozen=True)
class StartLink:
    """What a `/start` payload says, before anything is looked up: the join code and at
    most one of the rest. `ref` and `tag` may both be set for a word of six letters (a code
    of a member made before the digit rule, or a tag): a member's code wins."""

    code: str
    tag: str | None = None
    group: bool = False
    ref: str | None = None
    proposal: int | None = None  # the shared proposal's number in its session
    seed: str | None = None


def read_start_payload(payload: str) -> StartLink:
    """The parts of a `/start` payload (see the module), case ignored; parts that fit no
    form are dropped (the plain link)."""
    code, *rest = payload.strip().lower().split("-")
    if not rest:
        return StartLink(code)
    if len(rest) == 2:
        shared = _PROPOSAL.match(rest[0])
        if shared and _CODE.match(rest[1]):
            return StartLink(code, ref=rest[1], proposal=int(shared.group(1)))
        return StartLink(code)
    if len(rest) > 1:
        return StartLink(code)
    word = rest[0]
    if word == GROUP:
        return StartLink(code, group=True)
    seeded = _SEED.match(word)
    if seeded and any(ch.isdigit() for ch in word):
        return StartLink(code, seed=seeded.group(1))
    if _TAG.match(word):
        return StartLink(code, tag=word, ref=word if len(word) == REF_CODE_LENGTH else None)
    if _CODE.match(word):
        return StartLink(code, ref=word)
    return StartLink(code)


def split_start_payload(payload: str) -> tuple[str, str | None]:
    """`/start` payload `<join code>[-<referrer's ref code>]` -> (join code, ref code)."""
    code, _, ref = payload.strip().lower().partition("-")
    return code, (ref or None)


def invite_payload(join_code: str, ref_code: str) -> str:
    return f"{join_code}-{ref_code}"


def proposal_payload(join_code: str, number: int, ref_code: str) -> str:
    return f"{join_code}-{PROPOSAL}{number}-{ref_code}"


def seed_payload(join_code: str, seed_code: str) -> str:
    return f"{join_code}-{SEED}{seed_code}"


def group_payload(join_code: str) -> str:
    return f"{join_code}-{GROUP}"


def tag_payload(join_code: str, tag: str) -> str:
    return f"{join_code}-{tag}"
