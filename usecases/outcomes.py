"""/outcome [code] <number> adopted|declined|in_progress|done [--ask-after 7d] [words] (and
`codesign outcome`): what became of a proposal, recorded by the session's organisers, open
or closed; everyone who proposed or voted on it and may be messaged hears it once, with the
words; once it is done they are asked, later, whether it changed anything for them
(`usecases.impact` sends that and takes the answers). The same state twice tells nobody
again (its words may change, for the report)."""

from __future__ import annotations

from datetime import timedelta

import texts.outcomes as say
from dialogs.models import Engagement
from dialogs.outcomes import ASKED_AFTER, WORDS_LIMIT, Marked, read_outcome
from storage import audience
from storage import outcomes as outcome_store
from storage.models import CoSession, Kind, Member, Outcome, Proposal, id_of
from texts.i18n import amount_of
from usecases.audit import note
from usecases.context import Ctx, Out
from usecases.numbered import find_proposal
from usecases.roles import Role
from usecases.times import reader_time

_PROBLEMS = {
    "no_state": say.NO_STATE,
    "bad_state": say.BAD_STATE,
    "long": say.TOO_LONG,
    "ask_after_bad": say.ASK_AFTER_BAD,
    "ask_after_not_done": say.ASK_AFTER_NOT_DONE,
}


def outcome(ctx: Ctx, args: str) -> None:
    """/outcome [code] <number> <state> [--ask-after 7d] [words]"""
    mark(ctx, args, command="/outcome")


def mark(ctx: Ctx, args: str, *, command: str) -> bool:
    """Record what became of the proposal named in `args` and tell those concerned; True
    if something changed. Anything unusable gets one line and changes nothing."""
    found = find_proposal(ctx, args, Role.ORGANISER, command=command, usage=say.USAGE)
    if found is None:
        return False
    proposal, cosession = found.item, found.cosession
    where = {"command": command, "code": cosession.join_code, "id": proposal.number}
    if proposal.withdrawn_at is not None:
        ctx.say(say.WITHDRAWN.format(**where))
        return False
    if proposal.hidden:
        ctx.say(say.HIDDEN.format(**where))
        return False
    marked = read_outcome(found.rest)
    if isinstance(marked, str):
        ctx.say(_PROBLEMS[marked].format(limit=WORDS_LIMIT, **where))
        return False
    before = outcome_store.latest(db=ctx.db, proposal_id=id_of(proposal))
    if before is not None and before.state == marked.state:
        return _again(ctx, before, marked, where)
    _record(ctx, cosession, proposal, marked, where)
    return True


def _again(ctx: Ctx, before: Outcome, marked: Marked, where: dict[str, object]) -> bool:
    """The state it has already: nobody is told again; new words replace the old ones."""
    shown = {"state": say.STATE_NAMES[before.state], "since": reader_time(ctx, before.at)}
    if marked.words is None or marked.words == before.words:
        ctx.say(say.ALREADY.format(**shown, **where))
        return False
    outcome_store.reword(db=ctx.db, outcome=before, words=marked.words)
    note(ctx, before.session_id, "outcome_words", proposal=where["id"], words=marked.words)
    ctx.say(say.REWORDED.format(**shown, **where))
    return True


def _record(
    ctx: Ctx, cosession: CoSession, proposal: Proposal, marked: Marked, where: dict[str, object]
) -> None:
    people, away = audience.concerned(db=ctx.db, proposal=proposal)
    keys = {id_of(m): f"outcome:{proposal.id}:{marked.state}:{m.id}" for m, _ in people}
    heard = outcome_store.queued_keys(db=ctx.db, keys=list(keys.values()))
    fresh = [(m, own) for m, own in people if keys[id_of(m)] not in heard]
    row = outcome_store.record(
        db=ctx.db,
        proposal=proposal,
        state=marked.state,
        words=marked.words,
        by=ctx.actor.telegram_id,
        told=len(fresh),
        now=ctx.now,
    )
    for member, own in fresh:
        ctx.send(
            Out(
                told_text(cosession.title, proposal, marked.state, marked.words, own=own),
                chat_id=member.telegram_id,
                kind=Kind.OUTCOME,
                session_id=proposal.session_id,
                member_id=member.id,
                ref_id=proposal.id,
                dedupe_key=keys[id_of(member)],
            )
        )
    wait = None
    if marked.state == ASKED_AFTER and people:
        wait = marked.ask_after or _flow_wait(ctx, cosession)
        _hold_questions(ctx, row, [m for m, _ in people], wait)
    note(
        ctx,
        proposal.session_id,
        "outcome",
        proposal=proposal.number,
        state=say.STATE_NAMES[marked.state],
        words=marked.words or "",
        members=len(fresh),
    )
    ctx.say(_saved(marked, len(fresh), len(people) - len(fresh), away, wait, where))


def told_text(title: str, proposal: Proposal, state: str, words: str | None, *, own: bool) -> str:
    """What a member who proposed (`own`) or voted on the proposal reads."""
    which = say.TOLD_YOURS if own else say.TOLD_VOTED
    lines = [
        say.TOLD_HEAD.format(title=title),
        "",
        which.format(id=proposal.number, text=proposal.text),
        "",
        say.TOLD_STATES[state],
    ]
    if words:
        lines.append(say.TOLD_WHY.format(words=words))
    return "\n".join([*lines, "", say.TOLD_THANKS])


def _hold_questions(ctx: Ctx, row: Outcome, members: list[Member], wait: timedelta) -> None:
    outcome_store.hold_questions(
        db=ctx.db,
        rows=[
            {
                "chat_id": m.telegram_id,
                "session_id": row.session_id,
                "member_id": m.id,
                "ref_id": row.proposal_id,
                "meta": {"outcome": row.id},
                "dedupe_key": f"impact:{row.id}:{m.id}",
            }
            for m in members
        ],
        due_at=ctx.now + wait,
        now=ctx.now,
    )


def _flow_wait(ctx: Ctx, cosession: CoSession) -> timedelta:
    """How long after a proposal is done its voters are asked: the session's flow says."""
    flow = ctx.services.flows.of_session(ctx.db, cosession)
    rules = flow.engagement if flow is not None else Engagement()
    return rules.outcome_question_after


def _saved(
    marked: Marked,
    told: int,
    before: int,
    away: int,
    wait: timedelta | None,
    where: dict[str, object],
) -> str:
    state = say.STATE_NAMES[marked.state]
    head = [say.SAVED.format(mark=say.STATE_MARKS[marked.state], state=state, **where)]
    if marked.words:
        kept = say.SAVED_WORDS if told else say.SAVED_WORDS_KEPT
        head.append(kept.format(words=marked.words))
    telling = [say.TELLING.format(n=told)] if told else []
    if not told and not before:
        telling.append(say.TELLING_NOBODY)
    if before:
        telling.append(say.TOLD_BEFORE.format(n=before, state=state))
    if away:
        telling.append(say.AWAY.format(n=away))
    parts = ["\n".join(head), " ".join(telling)]
    if wait is not None:
        parts.append(say.WILL_ASK.format(wait=_wait_words(wait)))
    if not marked.words:
        parts.append(say.ADD_WHY.format(state=marked.state, **where))
    return "\n\n".join(parts)


def _wait_words(wait: timedelta) -> str:
    """14 days, 36 hours, 90 minutes (in the reader's language: "14 días")."""
    seconds = int(wait.total_seconds())
    if seconds % 86400 == 0:
        return amount_of(seconds // 86400, "day")
    if seconds % 3600 == 0:
        return amount_of(seconds // 3600, "hour")
    return amount_of(max(1, seconds // 60), "minute")
