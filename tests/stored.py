"""What the bot stored, read the same way in both tiers: `h` is the end-to-end harness
(`tests/e2e/conftest.BotHarness`) or the use-case one (`tests/usecases/conftest.World`);
both read rows through a connection of their own (`h.rows`)."""

from __future__ import annotations

from typing import Any

from sqlmodel import col

from storage.models import REPROMPT_KINDS, Answer, Outbox


def reprompts(h: Any, person: Any = None) -> list[Outbox]:
    """In the order they were queued (PostgreSQL returns updated rows in any order)."""
    where = [col(Outbox.kind).in_(REPROMPT_KINDS)]
    if person is not None:
        where.append(col(Outbox.chat_id) == person.id)
    return sorted(h.rows(Outbox, *where), key=lambda r: r.id)


def sent(h: Any, person: Any, kind: str) -> list[Outbox]:
    return [r for r in reprompts(h, person) if r.kind == kind and r.state == "sent"]


def answers(h: Any, person: Any = None) -> dict[str, Answer]:
    """Current answers by step: of one person, or of everyone when the test has one member."""
    where = [col(Answer.superseded).is_(False)]
    if person is not None:
        where.append(col(Answer.member_id) == h.rows_member_id(person))
    rows = h.rows(Answer, *where)
    by_step = {a.step_id: a for a in rows}
    assert person is not None or len({a.member_id for a in rows}) <= 1, "name the member"
    assert len(by_step) == len(rows), "one current answer per step"
    return by_step
