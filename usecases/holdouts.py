"""Proof that targeting helped (issue 21, 0037): a nudge or broadcast to a segment may hold
out a random share of it (`--holdout 10`). Those held out get nothing; who was reached and
who was held out is recorded (`storage.targeting`), the split drawn from a stored seed
(`dialogs.holdout.held_out`); /stats and the report compare how many of each responded
within 48 hours (`comparisons`).

The split is among those the send would reach now: for a broadcast, the segment's members
who may be messaged; for a nudge, those of the segment it would remind (not finished, not
voted in the poll, or with proposals left to vote on). Members the send would not reach are
in neither group."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

import texts.targeting
from dialogs.holdout import MAX_PERCENT, RESPONSE_WINDOW_HOURS, Uplift, compare, held_out
from storage import targeting as store
from storage.models import CoSession, id_of
from usecases.context import Ctx

WINDOW = timedelta(hours=RESPONSE_WINDOW_HOURS)
_HOLDOUT = re.compile(r"(?<!\S)(?:--|—|–)holdout(?:=|\s+)?(\S*)(?!\S)", re.IGNORECASE)


def read_holdout(args: str) -> tuple[str, int | None] | str:
    """A command's words with `--holdout N` taken out, and N (None: not given); or what to
    say when N is not a percent from 1 to MAX_PERCENT."""
    found = _HOLDOUT.search(args)
    if found is None:
        return args, None
    word = found.group(1).rstrip("%")
    percent = int(word) if word.isdigit() else 0
    if not 1 <= percent <= MAX_PERCENT:
        return texts.targeting.HOLDOUT_BAD.format(most=MAX_PERCENT)
    before, after = args[: found.start()].rstrip(" "), args[found.end() :].lstrip(" ")
    space = " " if before and after and not before.endswith("\n") else ""
    return before + space + after, percent


_LEAD = re.compile(r"^(?:--|—|–)holdout(?:=|\s+)(\S*)(.*)$", re.IGNORECASE | re.DOTALL)


def lead_holdout(text: str) -> tuple[str, int | None] | str:
    """`--holdout N` at the start of a broadcast's words (so that the message's own words
    are never taken for it): the rest and N (None: not given), or what to say."""
    found = _LEAD.match(text)
    if found is None:
        return text, None
    read = read_holdout(f"--holdout {found.group(1)}")
    return read if isinstance(read, str) else (found.group(2).strip(), read[1])


@dataclass(frozen=True)
class Split:
    seed: str
    reached: list[int]
    held: set[int]


def new_seed() -> str:
    """A fresh seed for a split (tests set their own)."""
    return secrets.token_hex(8)


def split(member_ids: Collection[int], percent: int) -> Split:
    """A new seed, and the members it holds out."""
    seed = new_seed()
    held = held_out(member_ids, percent, seed)
    return Split(seed, sorted(m for m in member_ids if m not in held), held)


def record(
    ctx: Ctx,
    cosession: CoSession,
    *,
    lever: str,
    ref: str,
    segment: str,
    percent: int,
    drawn: Split,
) -> None:
    """Store the send with who was reached and who held out, and tell the organiser."""
    members = {m: False for m in drawn.reached} | dict.fromkeys(drawn.held, True)
    store.record_targeting(
        db=ctx.db,
        session_id=id_of(cosession),
        lever=lever,
        ref=ref,
        segment=segment,
        percent=percent,
        seed=drawn.seed,
        members=members,
        created_by=ctx.actor.telegram_id,
        now=ctx.now,
    )
    ctx.say(
        texts.targeting.HOLDOUT_HELD.format(
            held=len(drawn.held), n=len(members), code=cosession.join_code
        )
    )


def nudge_holding_out(
    ctx: Ctx,
    cosession: CoSession,
    *,
    lever: str,
    segment: str,
    percent: int,
    eligible: Sequence[int],
    send: Callable[[list[int]], None],
) -> None:
    """A nudge to `eligible` (those of the segment it would remind) less a random share:
    `send` reminds the members it is given; the split is recorded when anyone is eligible."""
    if not eligible:
        send([])  # says there is nobody to remind
        return
    drawn = split(eligible, percent)
    send(drawn.reached)
    ref = f"{lever}:{ctx.now:%Y%m%d%H%M%S%f}"
    record(ctx, cosession, lever=lever, ref=ref, segment=segment, percent=percent, drawn=drawn)


@dataclass(frozen=True)
class Comparison:
    lever: str
    segment: str
    at: datetime
    percent: int
    uplift: Uplift


def comparisons(db: Session, session_id: int) -> list[Comparison]:
    """Each targeted send of the session with a holdout: those reached against those held
    out, by who responded within 48 hours (so far, for a send less than 48 hours old)."""
    found = []
    for row in store.targetings(db=db, session_id=session_id):
        counts = store.responses(db=db, targeting=row, within=WINDOW)
        uplift = compare(
            counts.reached, counts.reached_responded, counts.held, counts.held_responded
        )
        found.append(Comparison(row.lever, row.segment, row.created_at, row.percent, uplift))
    return found
