"""The use cases need no Telegram: called with a database session, a clock and an actor,
they say the very messages the bot sends for the same event through Telegram."""

from __future__ import annotations

from bot.render import coalesce, encoded
from storage import reprompts
from storage.models import CoSession, Outbox
from tests.e2e.conftest import join as join_by_telegram
from tests.e2e.conftest import open_session
from usecases import answer, engagement, join
from usecases.actions import Consent, FlowButton
from usecases.context import Actor, Ctx

BOB = Actor(telegram_id=1002, chat_id=1002, display_name="Bob", username="bob", language="en")


def said(outs):
    return [(o.text, encoded(o.buttons)) for o in coalesce(outs) if o.kind == "reply"]


def received(messages):
    return [(m.text, [[list(b) for b in row] for row in m.buttons]) for m in messages]


async def test_answer_and_reminder_use_cases_say_what_the_bot_sends(bot, organiser, alice):
    code = await open_session(organiser, "Elm Park", flow="park_redesign")
    await join_by_telegram(alice, code)
    by_telegram = await alice.taps("Most days")
    d = bot.runner

    def call(usecase, *args, tapped=None, commit=True):
        with d.db.session() as db:  # no Update, no shell: a session, a time, an actor
            ctx = Ctx(db=db, now=bot.clock.now(), services=d.services, actor=BOB, tapped=tapped)
            result = usecase(ctx, *args)
            if commit:
                db.commit()
        return ctx, result

    call(join.start, code)
    [cosession] = bot.rows(CoSession)
    session_id = cosession.id
    call(join.consent, Consent(session_id, True), tapped=1)
    ctx, _ = call(answer.tap, FlowButton(session_id, "visit_frequency", "daily"), tapped=2)
    assert said(ctx.outs) == received(by_telegram)
    [edit] = [o for o in ctx.outs if o.kind == "edit"]
    [asked] = [m for m in alice.user.messages if m.text.startswith("How often")]
    assert (edit.edit_of, edit.text) == (2, asked.text)  # the question, answer ticked

    bot.clock.advance(hours=24)  # both stay silent on the next question
    with d.db.session() as db:
        bob_id = next(r.member_id for r in bot.rows(Outbox) if r.chat_id == BOB.chat_id)
        [held] = reprompts.pending(db=db, session_id=session_id, member_id=bob_id)
    _, reminder = call(engagement.compose, held, commit=False)
    with d.db.transaction() as db:  # Bob is not on Telegram here: nothing goes to him
        reprompts.cancel_all(db=db, session_id=session_id, member_id=bob_id, now=bot.clock.now())
    assert await bot.tick() == 1
    sent = alice.last_reply()
    assert said([reminder.but(kind="reply")]) == received([sent])
    assert sent.text.startswith("A gentle reminder from “Elm Park”")
    assert sent.button_texts[0] == "Walking", "answerable from the reminder itself"
