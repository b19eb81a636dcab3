"""Proposals and votes, pure: what a valid proposal is, browse order, agree milestones."""

from __future__ import annotations

from collections.abc import Iterable

MIN_LENGTH, MAX_LENGTH = 10, 500
AGREE_MILESTONES = (3, 10, 25, 50, 100, 250, 500, 1000)
VOTE_VALUES = ("agree", "disagree", "pass")


def check_proposal(text: str) -> str | None:
    """None if the text can be a proposal, else a reason key: empty, short or long."""
    text = " ".join(text.split())
    if not text:
        return "empty"
    if len(text) < MIN_LENGTH:
        return "short"
    if len(text) > MAX_LENGTH:
        return "long"
    return None


def browse_order(proposal_ids: Iterable[int], voted: set[int]) -> list[int]:
    """What a member sees first: proposals they have not voted on, oldest first; then the rest."""
    ids = sorted(proposal_ids)
    return [p for p in ids if p not in voted] + [p for p in ids if p in voted]


def milestone_reached(agree_votes: int, already_told: int) -> int | None:
    """The highest milestone passed that the author was not told of yet, if any."""
    passed = [m for m in AGREE_MILESTONES if already_told < m <= agree_votes]
    return passed[-1] if passed else None
