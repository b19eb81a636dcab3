"""The organiser's /poll: one command, or a guided form answered by message or by button
(yes/no, the closing time, send). A poll nobody can get now is not made before the
organiser says so."""

from __future__ import annotations

from datetime import datetime
from typing import cast
from zoneinfo import ZoneInfo

import texts.organisers
import texts.polls
from dialogs.pollform import CHOICES, FormState, form_of, form_step, words_of
from dialogs.polls import PollError, PollSpec, parse_poll_command
from dialogs.segments import RuleError
from storage import forms, outbox_reads, sessions, teams
from storage import segments as segment_store
from storage.models import CoSession, Poll, id_of
from usecases import segments
from usecases.access import Denied, Refusal, is_admin, may, refuse, session_in_reach
from usecases.actions import FormButton
from usecases.context import Ctx, Out
from usecases.engagement import zone_of
from usecases.polls import Nobody, error_text, launch
from usecases.roles import Role
from usecases.times import local_time

FORM = "poll"


def poll(ctx: Ctx, args: str) -> None:
    """/poll: launch a poll from one command, or start the guided form."""
    if not args:
        state = FormState("code", {})
        _save(ctx, state)
        ctx.say(_ask(ctx, state))
        return
    try:
        spec = parse_poll_command(args, ctx.now, _zone(ctx))
    except PollError as exc:
        ctx.say(error_text(exc))
        return
    if spec.segment is not None:
        _preview(ctx, spec)
        return
    _launch(ctx, spec)


def _preview(ctx: Ctx, spec: PollSpec) -> None:
    """A poll for one segment, typed in one command: shown first with how many will get
    it, sent on "Send" (the form's last step)."""
    cosession = _session_ok(ctx, spec.code)
    if cosession is None or segments.target(ctx, cosession, spec.segment) is None:
        return
    closes_at = spec.closes_at or (ctx.now + spec.closes_in if spec.closes_in else None)
    names = [s.name for s in segment_store.segments_of(db=ctx.db, session_id=id_of(cosession))]
    data = {**form_of(spec, closes_at), "title": cosession.title, "segments": names}
    state = FormState("confirm", data)
    _save(ctx, state)
    ctx.say(_ask(ctx, state))


def form_text(ctx: Ctx, text: str) -> bool:
    """Feed an organiser's message to their guided form; False if they have none."""
    form = forms.get_form(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    if form is None:
        return False
    if Role.ORGANISER not in ctx.roles():  # the role was taken away meanwhile
        forms.clear_form(db=ctx.db, telegram_id=ctx.actor.telegram_id)
        return False
    _turn(ctx, FormState(form.step, dict(form.data)), text)
    return True


def form_tap(ctx: Ctx, action: FormButton) -> None:
    """A button of the form: the same as typing its words, at the step it was offered for."""
    form = forms.get_form(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    own = action.step == "code" or (action.step == "to" and action.value != "everyone")
    words = action.value if own else words_of(action.step, action.value)
    if form is None or form.step != action.step or words is None:
        refuse(ctx, Refusal(Denied.STALE))
        return
    label = texts.polls.FORM_BUTTONS.get(action.step, {}).get(action.value, action.value)
    shown = outbox_reads.shown(db=ctx.db, chat_id=ctx.actor.chat_id, message_id=ctx.tapped or 0)
    if shown is not None:  # the question keeps its words and shows the answer, no buttons
        ctx.edit(Out(texts.polls.FORM_CHOSEN.format(question=shown[0], answer=label)))
    _turn(ctx, FormState(form.step, dict(form.data)), words)


def _turn(ctx: Ctx, state: FormState, text: str) -> None:
    result = form_step(state, text or "", ctx.now, _zone(ctx))
    if result.error is not None:
        ctx.say(error_text(result.error))
    if result.state is None:
        forms.clear_form(db=ctx.db, telegram_id=ctx.actor.telegram_id)
        if result.spec is not None:
            _launch(ctx, result.spec, anyway=result.anyway)
        else:
            ctx.say(texts.polls.FORM_CANCELLED)
        return
    after = result.state
    if state.step == "code":
        cosession = _session_ok(ctx, str(after.data.get("code", "")))
        if cosession is None:
            return  # said why; the form still waits for a code
        names = [s.name for s in segment_store.segments_of(db=ctx.db, session_id=id_of(cosession))]
        after = FormState(after.step, {**after.data, "title": cosession.title, "segments": names})
    _save(ctx, after)
    if result.error is None or after.step != state.step:
        ctx.say(_ask(ctx, after, before=state))


def _launch(ctx: Ctx, spec: PollSpec, *, anyway: bool = False) -> Poll | None:
    made = launch(ctx, spec, anyway=anyway)
    if isinstance(made, Nobody):  # asked first: nobody would get it
        _save(ctx, FormState("nobody", form_of(spec, made.closes_at)))
        text = texts.polls.POLL_NOBODY.format(title=made.cosession.title, why=_why(made.why))
        ctx.say(Out(text, _buttons("nobody")))
        return None
    return made


def _why(counts: dict[str, int]) -> str:
    """Why nobody can get a poll, from the session's numbers (only those that are not 0)."""
    if not counts["joined"]:
        return texts.polls.NOBODY_JOINED
    why = texts.polls.NOBODY_AGREED.format(**counts)
    reasons = [
        text.format(n=counts[key])
        for key, text in texts.polls.NOBODY_REASONS.items()
        if counts[key]
    ]
    return why + (texts.polls.NOBODY_OF_THOSE.format(reasons=", ".join(reasons)) if reasons else "")


def _session_ok(ctx: Ctx, code: str) -> CoSession | None:
    """The session named, if the organiser runs it and it is open; else says why."""
    cosession = session_in_reach(ctx, code, Role.ORGANISER, command="/poll")
    if cosession is not None and cosession.status != "open":
        ctx.say(
            texts.polls.POLL_NOT_OPEN_SESSION.format(
                title=cosession.title, status=texts.organisers.STATUS[cosession.status]
            )
        )
        return None
    return cosession


def _ask(ctx: Ctx, state: FormState, before: FormState | None = None) -> Out:
    """The form's question for its step, with the buttons that answer it."""
    step, data = state.step, state.data
    if step == "code":
        return Out(texts.polls.FORM_PROMPTS["code"], _session_buttons(ctx))
    if step == "options" and before is not None and before.step == "options":
        count = len(cast(list[str], data.get("options", [])))  # the form keeps a list of str
        rows = _buttons("options") if count >= 2 else ()
        return Out(texts.polls.FORM_OPTION_ADDED.format(n=count), rows)
    if step == "closes":
        return Out(
            texts.polls.FORM_PROMPTS["closes"].format(zone=_zone(ctx).key), _buttons("closes")
        )
    if step == "to":
        return Out(texts.polls.FORM_PROMPTS["to"], _segment_buttons(ctx, data))
    if step == "confirm":
        return Out(
            texts.polls.FORM_PROMPTS["confirm"].format(summary=_summary(ctx, data)), _buttons(step)
        )
    return Out(
        texts.polls.FORM_PROMPTS[step], _buttons(step) if step in ("multi", "anonymous") else ()
    )


def _summary(ctx: Ctx, data: dict[str, object]) -> str:
    closes: str = texts.polls.FORM_BY_HAND
    if data.get("closes_at"):
        zone = _zone(ctx)
        closes = texts.polls.FORM_CLOSES_AT.format(
            when=local_time(datetime.fromisoformat(str(data["closes_at"])), zone), zone=zone.key
        )
    return "\n".join(
        [
            texts.polls.FORM_SUMMARY_HEAD.format(
                title=data.get("title") or data["code"],
                code=data["code"],
                question=data["question"],
            ),
            *(f"• {o}" for o in cast(list[str], data["options"])),  # the form keeps a list of str
            texts.polls.FORM_SUMMARY_TAIL.format(
                multi=texts.polls.YES if data.get("multi") else texts.polls.NO,
                anonymous=texts.polls.YES if data.get("anonymous") else texts.polls.NO,
                closes=closes,
            ),
            *_to_line(ctx, data),
        ]
    )


def _to_line(ctx: Ctx, data: dict[str, object]) -> list[str]:
    """Who will get the poll, and how many of them can be messaged now."""
    cosession = sessions.get_session_by_code(db=ctx.db, code=str(data.get("code", "")))
    if cosession is None:
        return []
    name = str(data["to"]) if data.get("to") else None
    try:
        n = len(segments.reachable_in(ctx, cosession, name))
    except (segments.NoSuchSegment, RuleError):
        return []
    if name is None:
        return [texts.polls.FORM_TO_EVERYONE.format(n=n)]
    return [texts.polls.FORM_TO_SEGMENT.format(name=name, n=n)]


def _segment_buttons(ctx: Ctx, data: dict[str, object]) -> tuple:
    """Everyone, then each of the session's segments with how many of its members can be
    messaged now."""
    everyone: str = texts.polls.FORM_BUTTONS["to"]["everyone"]
    rows = [((everyone, FormButton("to", "everyone")),)]
    cosession = sessions.get_session_by_code(db=ctx.db, code=str(data.get("code", "")))
    for name in cast(list[str], data.get("segments") or []):  # the form keeps a list of str
        try:
            n = len(segments.reachable_in(ctx, cosession, name)) if cosession else 0
        except (segments.NoSuchSegment, RuleError):
            continue
        label = texts.polls.FORM_SEGMENT_BUTTON.format(name=name, n=n)
        rows.append(((label, FormButton("to", name)),))
    return tuple(rows)


def _buttons(step: str) -> tuple:
    """The step's choices as buttons: in one row, or two a row when there are many."""
    labels = texts.polls.FORM_BUTTONS[step]
    buttons = [(labels[value], FormButton(step, value)) for value, _ in CHOICES[step]]
    size = 2 if len(buttons) > 3 else len(buttons)
    return tuple(tuple(buttons[i : i + size]) for i in range(0, len(buttons), size))


def _session_buttons(ctx: Ctx) -> tuple:
    """The open sessions the organiser runs, newest first, to choose one with a tap."""
    mine = (
        None
        if is_admin(ctx)
        else teams.visible_session_ids(db=ctx.db, telegram_id=ctx.actor.telegram_id)
    )
    found = sessions.open_sessions(db=ctx.db, only=mine)
    return tuple(
        ((f"{s.title[:48]} ({s.join_code})", FormButton("code", s.join_code)),)
        for s in found
        if may(ctx, s, Role.ORGANISER)
    )


def _save(ctx: Ctx, state: FormState) -> None:
    forms.save_form(
        db=ctx.db,
        telegram_id=ctx.actor.telegram_id,
        kind=FORM,
        step=state.step,
        data=state.data,
        now=ctx.now,
    )


def _zone(ctx: Ctx) -> ZoneInfo:
    return zone_of(ctx, ctx.member())
