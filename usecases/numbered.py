"""A proposal or a poll named by its number as people see it (#1 is the first of its
session): `/hide 3`, `/hide <code> 3`, `/results 2`, `/closepoll <code> 2`. Without a
code, the number is looked for in the sessions where the person holds the role: one match
is the one meant; several are listed with their codes for the person to choose; none is
the same "no such" line whether the item exists in someone else's session or not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import texts.organisers
import texts.polls
import texts.proposals
from storage import numbers, sessions, teams
from storage.models import CoSession, Poll, Proposal
from usecases.access import is_admin, may, session_in_reach
from usecases.context import Ctx
from usecases.parsing import parse_id
from usecases.roles import Role

Item = TypeVar("Item", Proposal, Poll)


@dataclass(frozen=True)
class Found(Generic[Item]):
    cosession: CoSession
    item: Item
    rest: str  # what was typed after the number


def find_proposal(
    ctx: Ctx, args: str, *roles: Role, command: str, usage: str | None = None
) -> Found[Proposal] | None:
    """`usage`: the command's own usage line (with `{command}`), said when no number is
    given; default /hide's."""
    return _find(ctx, args, Proposal, roles, command, usage)


def find_poll(ctx: Ctx, args: str, *roles: Role, command: str) -> Found[Poll] | None:
    return _find(ctx, args, Poll, roles, command)


def _find(
    ctx: Ctx,
    args: str,
    model: type[Item],
    roles: tuple[Role, ...],
    command: str,
    usage: str | None = None,
) -> Found[Item] | None:
    words = args.split()
    if not words:
        _usage(ctx, model, command, usage)
        return None
    named = sessions.get_session_by_code(db=ctx.db, code=words[0])
    if (named is not None and may(ctx, named, *roles)) or _looks_like_code(words[0]):
        cosession = session_in_reach(ctx, words[0], *roles, command=command)
        if cosession is None:
            return None
        number = parse_id(words[1]) if len(words) > 1 else None
        if number is None:
            _usage(ctx, model, command, usage)
            return None
        item = _in_session(ctx, model, cosession, number)
        if item is None:
            _missing(ctx, model, number)
            return None
        return _found(ctx, cosession, item, args, 2)
    number = parse_id(words[0])
    if number is None:
        _usage(ctx, model, command, usage)
        return None
    mine = (
        None
        if is_admin(ctx)
        else teams.visible_session_ids(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    )
    candidates = [
        (s, i)
        for s, i in numbers.numbered(db=ctx.db, model=model, number=number, session_ids=mine)
        if may(ctx, s, *roles)
    ]
    if not candidates:
        _missing(ctx, model, number)
        return None
    if len(candidates) > 1:
        _ambiguous(ctx, model, command, number, candidates, args.split(maxsplit=1)[1:])
        return None
    only, match = candidates[0]
    assert isinstance(match, model)
    return _found(ctx, only, match, args, 1)


def _looks_like_code(word: str) -> bool:
    """Letters and digits, a letter among them, about as long as a join code: a session's
    code mistyped or someone else's, rather than a number typed wrong (`½`, `1x`, `-1`)."""
    return 6 <= len(word) <= 32 and word.isascii() and word.isalnum() and not word.isdigit()


def _in_session(ctx: Ctx, model: type[Item], cosession: CoSession, number: int) -> Item | None:
    assert cosession.id is not None
    found = numbers.numbered(db=ctx.db, model=model, number=number, session_ids={cosession.id})
    for _, item in found:
        if isinstance(item, model):
            return item
    return None


def _found(ctx: Ctx, cosession: CoSession, item: Item, args: str, used: int) -> Found[Item]:
    ctx.in_session(cosession.id)
    parts = args.split(maxsplit=used)
    return Found(cosession, item, parts[used].strip() if len(parts) > used else "")


def _usage(
    ctx: Ctx, model: type[Proposal] | type[Poll], command: str, usage: str | None = None
) -> None:
    if usage is None:
        usage = texts.proposals.HIDE_USAGE if model is Proposal else texts.polls.POLL_USAGE_ID
    ctx.say(usage.format(command=command))


def _missing(ctx: Ctx, model: type[Proposal] | type[Poll], number: int) -> None:
    missing = texts.proposals.NO_SUCH_PROPOSAL if model is Proposal else texts.polls.NO_SUCH_POLL
    ctx.say(missing.format(id=number))


def _ambiguous(
    ctx: Ctx,
    model: type[Proposal] | type[Poll],
    command: str,
    number: int,
    candidates: list[tuple[CoSession, Proposal | Poll]],
    rest: list[str],
) -> None:
    what = texts.organisers.A_PROPOSAL if model is Proposal else texts.organisers.A_POLL
    lines = [texts.organisers.WHICH_NUMBER.format(what=what, id=number)]
    after = f" {_short(rest[0], 40)}" if rest else ""
    for cosession, item in candidates:
        words = item.text if isinstance(item, Proposal) else item.question
        lines.append(
            texts.organisers.WHICH_NUMBER_LINE.format(
                title=cosession.title[:40],
                code=cosession.join_code,
                text=_short(words),
                command=command,
                id=number,
                rest=after,
            )
        )
    ctx.say("\n".join(lines))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
