"""Organiser polls: /poll (one command or a guided form), ballots, results, closing, and
linking a community's group chat."""

from __future__ import annotations

from dialogs.polls import FormState, PollError, PollSpec, form_step, parse_poll_command
from storage import audience, forms, outbox, polls, reprompts, sessions
from storage.models import AMEND, Poll, PollOption
from usecases import texts
from usecases.access import Denied, Refusal, allowed, may, place_of, refuse, session_in_reach
from usecases.actions import BallotButton
from usecases.audit import note
from usecases.cards import poll_message, results_text
from usecases.context import Ctx, Out
from usecases.parsing import parse_id


def error_text(error: PollError) -> str:
    return texts.POLL_ERRORS[error.reason].format(**error.details)


def poll(ctx: Ctx, args: str) -> None:
    """/poll: launch a poll from one command, or start the guided form."""
    if not allowed(ctx, "organiser", command="/poll"):
        return
    if not args:
        forms.save_form(
            db=ctx.db,
            telegram_id=ctx.actor.telegram_id,
            kind="poll",
            step="code",
            data={},
            now=ctx.now,
        )
        ctx.say(texts.FORM_PROMPTS["code"])
        return
    try:
        spec = parse_poll_command(args)
    except PollError as exc:
        ctx.say(error_text(exc))
        return
    launch(ctx, spec)


def launch(ctx: Ctx, spec: PollSpec) -> None:
    """Create the poll and queue it for every member who may be messaged, and the group."""
    cosession = session_in_reach(ctx, spec.code, "organiser", command="/poll")
    if cosession is None:
        return
    if cosession.status != "open":
        ctx.say(texts.POLL_NOT_OPEN_SESSION.format(title=cosession.title, status=cosession.status))
        return
    made = polls.create_poll(
        db=ctx.db,
        session_id=cosession.id,
        question=spec.question,
        options=spec.options,
        multiple=spec.multiple,
        anonymous=spec.anonymous,
        created_by=ctx.actor.telegram_id,
        closes_at=ctx.now + spec.closes_in if spec.closes_in else None,
        now=ctx.now,
        live_counts=not spec.anonymous or spec.live,
    )
    note(ctx, cosession.id, "polled", poll=made.id)
    options = polls.poll_options(db=ctx.db, poll_id=made.id)
    out = poll_message(made, options, set(), ctx.now, cosession.title)
    members = audience.recipients(db=ctx.db, session_id=cosession.id)
    group = sessions.group_chat_of(db=ctx.db, cosession=cosession)
    chats = [(m.telegram_id, m.id) for m in members] + ([(group, None)] if group else [])
    for chat_id, member_id in chats:
        ctx.send(
            out.but(
                chat_id=chat_id,
                kind="poll",
                session_id=cosession.id,
                member_id=member_id,
                ref_id=made.id,
                dedupe_key=f"poll:{made.id}:{chat_id}",
            )
        )
    ctx.say(
        texts.POLL_CREATED.format(
            id=made.id, members=len(members), group=texts.POLL_GROUP if group else ""
        )
    )


def form_text(ctx: Ctx, text: str) -> bool:
    """Feed an organiser's message to their guided form; False if they have none."""
    form = forms.get_form(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    if form is None:
        return False
    if "organiser" not in ctx.roles():  # the role was taken away meanwhile
        forms.clear_form(db=ctx.db, telegram_id=ctx.actor.telegram_id)
        return False
    _form_turn(ctx, FormState(form.step, dict(form.data)), text)
    return True


def _form_turn(ctx: Ctx, state: FormState, text: str) -> None:
    user_id = ctx.actor.telegram_id
    result = form_step(state, text or "")
    if result.error is not None:
        ctx.say(error_text(result.error))
    if result.state is None:
        forms.clear_form(db=ctx.db, telegram_id=user_id)
        if result.spec is not None:
            launch(ctx, result.spec)
        else:
            ctx.say(texts.FORM_CANCELLED)
        return
    forms.save_form(
        db=ctx.db,
        telegram_id=user_id,
        kind="poll",
        step=result.state.step,
        data=result.state.data,
        now=ctx.now,
    )
    if result.error is None:
        ctx.say(_prompt(result.state, state))


def _prompt(state: FormState, before: FormState) -> str:
    if state.step == "options" and before.step == "options":
        return texts.FORM_OPTION_ADDED.format(n=len(state.data.get("options", [])))
    if state.step == "confirm":
        data = state.data
        summary = "\n".join(
            [
                f"Session: {data['code']}",
                f"Question: {data['question']}",
                *(f"• {o}" for o in data["options"]),  # type: ignore[union-attr]
                f"Multiple choice: {'yes' if data.get('multi') else 'no'}",
                f"Anonymous: {'yes' if data.get('anonymous') else 'no'}",
                f"Closes: {data.get('closes') or 'by hand'}",
            ]
        )
        return texts.FORM_PROMPTS["confirm"].format(summary=summary)
    return texts.FORM_PROMPTS[state.step]


def _poll_from_args(ctx: Ctx, args: str, command: str, *roles: str) -> Poll | None:
    """The poll named, if the actor holds one of `roles` in its session (one line if not,
    and the same whether the poll exists or is another team's)."""
    if not allowed(ctx, *roles, command=command):
        return None
    words = args.split()
    poll_id = parse_id(words[0]) if len(words) == 1 else None
    if poll_id is None:
        ctx.say(texts.POLL_USAGE_ID.format(command=command))
        return None
    found = polls.get_poll(db=ctx.db, poll_id=poll_id)
    cosession = found and sessions.get_session(db=ctx.db, session_id=found.session_id)
    if found is None or cosession is None or not may(ctx, cosession, *roles):
        ctx.say(texts.NO_SUCH_POLL.format(id=poll_id))
        return None
    ctx.in_session(found.session_id)
    return found


def results_for(ctx: Ctx, poll_row: Poll, *, with_names: bool) -> str:
    db = ctx.db
    options = polls.poll_options(db=db, poll_id=poll_row.id)
    results = polls.poll_results(db=db, poll_id=poll_row.id)
    names = polls.who_chose(db=db, poll=poll_row) if with_names and not poll_row.anonymous else None
    return results_text(poll_row, options, results.counts, results.voters, names)


def results(ctx: Ctx, args: str) -> None:
    """/results <id>: counts, and for polls that are not anonymous, who chose what."""
    found = _poll_from_args(ctx, args, "/results", "organiser", "coordinator")
    if found is not None:
        ctx.say(results_for(ctx, found, with_names=True))


def close(ctx: Ctx, args: str) -> None:
    """/closepoll <id>: close a poll now and announce its results."""
    found = _poll_from_args(ctx, args, "/closepoll", "organiser")
    if found is None:
        return
    if not polls.close_poll(db=ctx.db, poll_id=found.id, now=ctx.now):
        ctx.say(texts.POLL_ALREADY_CLOSED.format(id=found.id))
        return
    note(ctx, found.session_id, "poll_closed", poll=found.id)
    ctx.db.refresh(found)
    announce_results(ctx, found)
    ctx.say(results_for(ctx, found, with_names=True))


def close_due(ctx: Ctx) -> int:
    """The engagement loop: close the polls whose closing time has passed; each is closed
    (and announced) once, whichever process or tick gets there first."""
    closed = 0
    for poll_id in polls.due_poll_ids(db=ctx.db, now=ctx.now):
        if polls.close_poll(db=ctx.db, poll_id=poll_id, now=ctx.now):
            found = polls.get_poll(db=ctx.db, poll_id=poll_id)
            ctx.db.refresh(found)
            announce_results(ctx, found)
            closed += 1
    return closed


def announce_results(ctx: Ctx, closed: Poll) -> None:
    """Results for every chat the poll was meant for (names never included); copies of
    the poll not sent yet are dropped, since it has closed, and those sent lose their
    buttons: each is edited to say when it closed and what came out."""
    outbox.drop_pending(db=ctx.db, kind="poll", ref_id=closed.id)
    text = results_for(ctx, closed, with_names=False)
    title = sessions.get_session(db=ctx.db, session_id=closed.session_id).title
    when = closed.closed_at.strftime(texts.TIME_FORMAT)
    retired = texts.POLL_CLOSED_COPY.format(id=closed.id, title=title, when=when, results=text)
    for copy in outbox.sent_copies(db=ctx.db, kinds=("poll", "reminder"), ref_id=closed.id):
        ctx.send(
            Out(
                retired,
                chat_id=copy.chat_id,
                kind=AMEND,
                edit_of=copy.message_id,
                session_id=closed.session_id,
                member_id=copy.member_id,
                ref_id=closed.id,
                dedupe_key=f"closed:{closed.id}:{copy.id}",
            )
        )
    for sent in outbox.queued_chats(db=ctx.db, kind="poll", ref_id=closed.id):
        ctx.send(
            Out(
                text,
                chat_id=sent.chat_id,
                kind="results",
                session_id=closed.session_id,
                member_id=sent.member_id,
                ref_id=closed.id,
                dedupe_key=f"results:{closed.id}:{sent.chat_id}",
            )
        )


def ballot(ctx: Ctx, action: BallotButton) -> None:
    """A tap on a poll option, in a private chat or the linked group."""
    found = polls.get_poll(db=ctx.db, poll_id=action.poll_id)
    if found is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    # An anonymous ballot leaves no time or row tied to the member: no transcript row, no
    # "last seen" update, and the ballot carries the poll's own creation time.
    ctx.unrecorded = found.anonymous
    member = ctx.known_member() if found.anonymous else ctx.member()
    if member is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    place = place_of(ctx, session_id=found.session_id, open_only=False, member=member)
    if isinstance(place, Refusal):
        if ctx.actor.private:
            refuse(ctx, place)
        else:
            cosession = sessions.get_session(db=ctx.db, session_id=found.session_id)
            ctx.toast = texts.POLL_NOT_MEMBER.format(
                link=ctx.services.join_link(cosession.join_code)
            )
        return
    _ballot(ctx, found, member.id, action.position, open_session=place.cosession.status == "open")


def _ballot(ctx: Ctx, found: Poll, member_id: int, position: int, *, open_session: bool) -> None:
    options = polls.poll_options(db=ctx.db, poll_id=found.id)
    closed = found.status != "open" or (found.closes_at is not None and ctx.now >= found.closes_at)
    if found.status == "closed" and found.closed_at is not None:
        ctx.toast = _closed_toast(ctx, found, options)
        return
    if closed or not open_session:
        ctx.toast = texts.POLL_CLOSED_BUTTON
        return
    if not 1 <= position <= len(options):
        refuse(ctx, Refusal(Denied.STALE))
        return
    key = polls.key_of(poll=found, member_id=member_id, fallback=ctx.services.ballot_secret)
    before = polls.chosen_positions(db=ctx.db, poll_id=found.id, key=key)
    chosen = polls.cast_ballot(
        db=ctx.db,
        poll=found,
        option=options[position - 1],
        key=key,
        member_id=member_id,
        now=ctx.now,
    )
    if not found.anonymous:  # who voted stays unrecorded for anonymous polls
        reprompts.poll_answered(db=ctx.db, member_id=member_id, poll_id=found.id, now=ctx.now)
    labels = [o.text for o in options if o.position in chosen]
    ctx.toast = (
        texts.BALLOT_SAVED.format(choice=", ".join(labels)) if labels else texts.BALLOT_CLEARED
    )
    if ctx.actor.private and chosen != before:  # re-tapping the chosen option changes nothing
        title = sessions.get_session(db=ctx.db, session_id=found.session_id).title
        ctx.edit(poll_message(found, options, chosen, ctx.now, title))


def _closed_toast(ctx: Ctx, found: Poll, options: list[PollOption]) -> str:
    """ "This poll closed on …" and its result, short enough for a notice (200 characters)."""
    counts = polls.poll_results(db=ctx.db, poll_id=found.id).counts
    result = ", ".join(f"{o.text}: {counts.get(o.position, 0)}" for o in options)
    when = found.closed_at.strftime(texts.TIME_FORMAT)
    toast = texts.POLL_CLOSED_ON.format(when=when, results=result)
    return toast if len(toast) <= 200 else toast[:199] + "…"


def link_group(ctx: Ctx, args: str) -> None:
    """/linkgroup <code>, sent in a group chat: link it to a session's community. A group
    another team linked stays theirs until one of them links it elsewhere."""
    if not allowed(ctx, "organiser", command="/linkgroup"):
        return
    ctx.member()
    words = args.split()
    if ctx.actor.private:
        ctx.say(texts.LINKGROUP_PRIVATE)
        return
    if len(words) != 1:
        ctx.say(texts.LINKGROUP_USAGE)
        return
    cosession = session_in_reach(ctx, words[0], "organiser", command="/linkgroup")
    if cosession is None:
        return
    linked = sessions.sessions_linked_to(db=ctx.db, chat_id=ctx.actor.chat_id)
    if linked and not any(may(ctx, other, "organiser") for other in linked):
        ctx.say(texts.LINKGROUP_TAKEN)
        return
    sessions.link_group(db=ctx.db, cosession=cosession, chat_id=ctx.actor.chat_id)
    note(ctx, cosession.id, "linked_group", chat=ctx.actor.chat_id)
    ctx.say(texts.LINKED.format(title=cosession.title))
