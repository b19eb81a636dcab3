"""Organiser polls: /poll (command or guided form), ballots, /results, /closepoll, groups."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session
from telegram import Update

from bot import texts
from bot.callbacks import BallotButton
from bot.cards import poll_message, results_text
from bot.handlers.common import command_args, current_member, parse_id
from bot.render import encoded_buttons
from bot.roles import has_role, requires
from bot.turn import Turn
from dialogs.polls import FormState, PollError, PollSpec, form_step, parse_poll_command
from storage import forms, outbox, polls, sessions
from storage import members as member_store
from storage.models import Member, Poll


def error_text(error: PollError) -> str:
    return texts.POLL_ERRORS[error.reason].format(**error.details)


@requires("organiser")
async def on_poll(update: Update, context: Any) -> None:
    """Launch a poll from one command, or start the guided form."""
    async with Turn.begin(update, context) as turn:
        args = command_args(update)
        if not args:
            forms.save_form(
                db=turn.db,
                telegram_id=update.effective_user.id,
                kind="poll",
                step="code",
                data={},
                now=turn.now,
            )
            turn.say(texts.FORM_PROMPTS["code"])
            return
        try:
            spec = parse_poll_command(args)
        except PollError as exc:
            turn.say(error_text(exc))
            return
        launch(turn, spec)


def launch(turn: Turn, spec: PollSpec) -> None:
    cosession = sessions.get_session_by_code(db=turn.db, code=spec.code)
    if cosession is None:
        turn.say(texts.NO_SUCH_SESSION.format(code=spec.code[:40]))
        return
    if cosession.status != "open":
        turn.say(texts.POLL_NOT_OPEN_SESSION.format(title=cosession.title, status=cosession.status))
        return
    poll = polls.create_poll(
        db=turn.db,
        session_id=cosession.id,
        question=spec.question,
        options=spec.options,
        multiple=spec.multiple,
        anonymous=spec.anonymous,
        created_by=turn.update.effective_user.id,
        closes_at=turn.now + spec.closes_in if spec.closes_in else None,
        now=turn.now,
    )
    out = poll_message(poll, polls.poll_options(db=turn.db, poll_id=poll.id), set(), turn.now)
    members = polls.recipients(db=turn.db, session_id=cosession.id)
    group = sessions.group_chat_of(db=turn.db, cosession=cosession)
    chats = [(m.telegram_id, m.id) for m in members] + ([(group, None)] if group else [])
    for chat_id, member_id in chats:
        outbox.enqueue(
            db=turn.db,
            chat_id=chat_id,
            member_id=member_id,
            kind="poll",
            ref_id=poll.id,
            session_id=cosession.id,
            text=out.text,
            buttons=encoded_buttons(out),
            dedupe_key=f"poll:{poll.id}:{chat_id}",
            now=turn.now,
        )
    turn.session_id = cosession.id
    turn.say(
        texts.POLL_CREATED.format(
            id=poll.id, members=len(members), group=texts.POLL_GROUP if group else ""
        )
    )


async def continue_form(update: Update, context: Any) -> bool:
    """Feed an organiser's message to their guided form; False if they have none."""
    user_id = update.effective_user.id
    with context.bot_data["deps"].db.session() as db:
        if forms.get_form(db=db, telegram_id=user_id) is None:
            return False
    async with Turn.begin(update, context) as turn:
        form = forms.get_form(db=turn.db, telegram_id=user_id)
        if form is None or not has_role(context, user_id, "organiser"):
            forms.clear_form(db=turn.db, telegram_id=user_id)
            return False
        _form_turn(turn, FormState(form.step, dict(form.data)), update.effective_message.text)
    return True


def _form_turn(turn: Turn, state: FormState, text: str) -> None:
    user_id = turn.update.effective_user.id
    result = form_step(state, text or "")
    if result.error is not None:
        turn.say(error_text(result.error))
    if result.state is None:
        forms.clear_form(db=turn.db, telegram_id=user_id)
        if result.spec is not None:
            launch(turn, result.spec)
        else:
            turn.say(texts.FORM_CANCELLED)
        return
    forms.save_form(
        db=turn.db,
        telegram_id=user_id,
        kind="poll",
        step=result.state.step,
        data=result.state.data,
        now=turn.now,
    )
    if result.error is None:
        turn.say(_prompt(result.state, state))


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


def _poll_from_args(turn: Turn, command: str) -> Poll | None:
    words = command_args(turn.update).split()
    poll_id = parse_id(words[0]) if len(words) == 1 else None
    if poll_id is None:
        turn.say(texts.POLL_USAGE_ID.format(command=command))
        return None
    poll = polls.get_poll(db=turn.db, poll_id=poll_id)
    if poll is None:
        turn.say(texts.NO_SUCH_POLL.format(id=poll_id))
    return poll


def results_for(db: Session, poll: Poll, *, with_names: bool) -> str:
    options = polls.poll_options(db=db, poll_id=poll.id)
    results = polls.poll_results(db=db, poll_id=poll.id)
    names = polls.who_chose(db=db, poll=poll) if with_names and not poll.anonymous else None
    return results_text(poll, options, results.counts, results.voters, names)


@requires("organiser", "coordinator")
async def on_results(update: Update, context: Any) -> None:
    """Counts, and for polls that are not anonymous, who chose what."""
    async with Turn.begin(update, context) as turn:
        poll = _poll_from_args(turn, "/results")
        if poll is not None:
            turn.say(results_for(turn.db, poll, with_names=True))


@requires("organiser")
async def on_closepoll(update: Update, context: Any) -> None:
    """Close a poll now and announce its results to the members who got it."""
    async with Turn.begin(update, context) as turn:
        poll = _poll_from_args(turn, "/closepoll")
        if poll is None:
            return
        if not polls.close_poll(db=turn.db, poll_id=poll.id, now=turn.now):
            turn.say(texts.POLL_ALREADY_CLOSED.format(id=poll.id))
            return
        turn.db.refresh(poll)
        announce_results(turn.db, poll, turn.now)
        turn.say(results_for(turn.db, poll, with_names=True))


def announce_results(db: Session, poll: Poll, now: datetime) -> None:
    """Queue the results for every chat the poll was meant for (names never included);
    copies of the poll not sent yet are dropped, since it has closed."""
    outbox.drop_pending(db=db, kind="poll", ref_id=poll.id)
    text = results_for(db, poll, with_names=False)
    for sent in outbox.queued_chats(db=db, kind="poll", ref_id=poll.id):
        outbox.enqueue(
            db=db,
            chat_id=sent.chat_id,
            member_id=sent.member_id,
            kind="results",
            ref_id=poll.id,
            session_id=poll.session_id,
            text=text,
            now=now,
            dedupe_key=f"results:{poll.id}:{sent.chat_id}",
        )


async def on_ballot(update: Update, context: Any, action: BallotButton) -> None:
    """A tap on a poll option, in a private chat or the linked group."""
    async with Turn.begin(update, context) as turn:
        poll = polls.get_poll(db=turn.db, poll_id=action.poll_id)
        if poll is None:
            turn.toast = texts.STALE_BUTTON
            return
        # An anonymous ballot leaves no time or row tied to the member: no transcript row,
        # no "last seen" update, and the ballot carries the poll's own creation time.
        turn.unrecorded = poll.anonymous
        member = (
            member_store.get_member(db=turn.db, telegram_id=update.effective_user.id)
            if poll.anonymous
            else current_member(turn)
        )
        if member is None:
            turn.toast = texts.STALE_BUTTON
            return
        _ballot(turn, poll, member, action.position)


def _ballot(turn: Turn, poll: Poll, member: Member, position: int) -> None:
    cosession = sessions.get_session(db=turn.db, session_id=poll.session_id)
    participation = sessions.get_participation(
        db=turn.db, session_id=poll.session_id, member_id=member.id
    )
    turn.in_session(poll.session_id, member.id)
    options = polls.poll_options(db=turn.db, poll_id=poll.id)
    closed = poll.status != "open" or (poll.closes_at is not None and turn.now >= poll.closes_at)
    if participation is None or participation.consented_at is None:
        private = turn.update.effective_chat.type == "private"
        turn.toast = (
            texts.STALE_BUTTON
            if private
            else texts.POLL_NOT_MEMBER.format(link=turn.d.join_link(cosession.join_code))
        )
    elif closed or cosession.status != "open":
        turn.toast = texts.POLL_CLOSED_BUTTON
    elif not 1 <= position <= len(options):
        turn.toast = texts.STALE_BUTTON
    else:
        key = polls.voter_key(secret=turn.d.ballot_secret, poll_id=poll.id, member_id=member.id)
        chosen = polls.cast_ballot(
            db=turn.db,
            poll=poll,
            option=options[position - 1],
            key=key,
            member_id=member.id,
            now=turn.now,
        )
        labels = [o.text for o in options if o.position in chosen]
        turn.toast = (
            texts.BALLOT_SAVED.format(choice=", ".join(labels)) if labels else texts.BALLOT_CLEARED
        )
        if turn.update.effective_chat.type == "private":
            turn.edit(
                turn.update.callback_query.message.message_id,
                poll_message(poll, options, chosen, turn.now),
            )


@requires("organiser")
async def on_linkgroup(update: Update, context: Any) -> None:
    """Sent in a group chat: link it to a session's community."""
    async with Turn.begin(update, context) as turn:
        current_member(turn)
        words = command_args(update).split()
        if update.effective_chat.type == "private":
            turn.say(texts.LINKGROUP_PRIVATE)
        elif len(words) != 1:
            turn.say(texts.LINKGROUP_USAGE)
        elif (cosession := sessions.get_session_by_code(db=turn.db, code=words[0])) is None:
            turn.say(texts.NO_SUCH_SESSION.format(code=words[0][:40]))
        else:
            sessions.link_group(db=turn.db, cosession=cosession, chat_id=update.effective_chat.id)
            turn.say(texts.LINKED.format(title=cosession.title))
