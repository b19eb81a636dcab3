"""What the vote order (`dialogs.voteorder`) is read from: each proposal's votes without one
member's own, the session's count of votes (when to find its opinion groups again), and the
proposals the organisers pinned first (`/pin`)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from storage.models import Answer, PinnedProposal, Proposal, Vote


def counts_without(
    *, db: Session, session_id: int, member_id: int
) -> dict[int, tuple[int, int, int]]:
    """Proposal id -> (votes, agrees, passes) on the session's proposals, not counting the
    member's own votes; proposals with none are absent."""
    query = (
        sa_select(
            col(Vote.proposal_id),
            func.count(),
            func.count().filter(col(Vote.value) == "agree"),
            func.count().filter(col(Vote.value) == "pass"),
        )
        .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
        .where(col(Proposal.session_id) == session_id, col(Vote.member_id) != member_id)
        .group_by(col(Vote.proposal_id))
    )
    return {int(p): (int(n), int(a), int(s)) for p, n, a, s in db.execute(query).tuples()}


def vote_total(*, db: Session, session_id: int) -> int:
    query = (
        select(func.count())
        .select_from(Vote)
        .join(Proposal, col(Proposal.id) == col(Vote.proposal_id))
        .where(Proposal.session_id == session_id)
    )
    return int(db.exec(query).one())


def pinned(*, db: Session, session_id: int) -> list[int]:
    """The proposal ids the organisers pinned, in their order."""
    query = select(PinnedProposal.proposal_id).where(PinnedProposal.session_id == session_id)
    return list(db.exec(query.order_by(col(PinnedProposal.position))).all())


def pin(*, db: Session, session_id: int, proposal_ids: Iterable[int]) -> None:
    """Pin these proposals first, in this order, in place of any pinned before (none: unpin)."""
    db.execute(delete(PinnedProposal).where(col(PinnedProposal.session_id) == session_id))
    db.add_all(
        PinnedProposal(session_id=session_id, proposal_id=p, position=n)
        for n, p in enumerate(proposal_ids)
    )
    db.flush()


def visible_numbers(*, db: Session, session_id: int) -> dict[int, int]:
    """Number -> id of the session's proposals members see."""
    query = select(Proposal.number, Proposal.id).where(
        Proposal.session_id == session_id,
        Proposal.hidden == False,  # noqa: E712
    )
    return {int(n): int(p or 0) for n, p in db.exec(query).all()}


def pinned_numbers(*, db: Session, session_id: int) -> list[int]:
    """The numbers of the pinned proposals, in their order."""
    query = (
        select(Proposal.number)
        .join(PinnedProposal, col(PinnedProposal.proposal_id) == col(Proposal.id))
        .where(PinnedProposal.session_id == session_id)
        .order_by(col(PinnedProposal.position))
    )
    return [int(n) for n in db.exec(query).all()]


def chosen(
    *, db: Session, session_id: int, step_ids: Iterable[str], member_ids: Iterable[int]
) -> dict[int, set[str]]:
    """Member id -> the options they hold now in these steps (their interests)."""
    steps, members = list(step_ids), list(member_ids)
    if not steps or not members:
        return {}
    query = select(Answer.member_id, Answer.value).where(
        Answer.session_id == session_id,
        col(Answer.step_id).in_(steps),
        col(Answer.member_id).in_(members),
        Answer.superseded == False,  # noqa: E712
    )
    found: dict[int, set[str]] = {}
    for member_id, value in db.exec(query).all():
        values = value if isinstance(value, list) else [value] if value else []
        found.setdefault(int(member_id), set()).update(str(v) for v in values)
    return found


def texts_of(*, db: Session, proposal_ids: Iterable[int]) -> dict[int, str]:
    ids = list(proposal_ids)
    if not ids:
        return {}
    query = select(Proposal.id, Proposal.text).where(col(Proposal.id).in_(ids))
    return {int(p or 0): t for p, t in db.exec(query).all()}
