"""The delivery promises: nothing acknowledged is lost, nothing is applied twice."""

from __future__ import annotations

import io
import logging
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from bot.logs import setup_logging
from storage.models import (
    Answer,
    DialogStateRow,
    Member,
    Outbox,
    Participation,
    ProcessedUpdate,
    TranscriptMessage,
)
from tests.e2e.conftest import join, open_session


async def test_an_update_delivered_twice_is_applied_once(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    await alice.says(f"/start {code}")
    tap = alice.user.taps("I agree")
    await bot.settle()
    sent_after_first = len(alice.user.messages)
    bot.api.redeliver(tap)
    await bot.settle()
    assert len(alice.user.messages) == sent_after_first
    taps = bot.rows(TranscriptMessage, TranscriptMessage.kind == "button")
    assert len(taps) == 1 and len(bot.rows(DialogStateRow)) == 1


async def test_a_typed_answer_delivered_twice_is_stored_once(bot, organiser, alice) -> None:
    """In a private chat the update is claimed by the transcript row of the message it
    brought: a second delivery runs, cannot commit that row, and changes nothing."""
    code = await open_session(organiser)
    await join(alice, code)
    for label in ("Most days", "Walking", "Done", "4"):
        await alice.taps(label)
    said = alice.user.says("More shade by the pond, please")
    await bot.settle()
    sent_after_first = len(alice.user.messages)
    [received] = bot.rows(TranscriptMessage, TranscriptMessage.update_id == said)
    assert received.text == "More shade by the pond, please"
    assert not bot.rows(ProcessedUpdate, ProcessedUpdate.update_id == said), "its row claims it"
    await bot.restart()  # a new process: only what is stored tells it the update was applied
    bot.api.redeliver(said)
    await bot.settle()
    assert len(alice.user.messages) == sent_after_first, "nothing said again"
    typed = [a for a in bot.rows(Answer) if a.text == "More shade by the pond, please"]
    assert len(typed) == 1
    assert len(bot.rows(TranscriptMessage, TranscriptMessage.text == received.text)) == 1
    assert said in bot.applied()


async def test_an_erasure_delivered_again_is_not_applied_again(bot, organiser, alice) -> None:
    """The tap that erased someone leaves no transcript row (it is claimed apart, in
    `processed_update`): delivered again, it is refused there, not recorded as new."""
    code = await open_session(organiser)
    await join(alice, code)
    await alice.says("/forget")
    erase = alice.user.taps("Erase my data")
    await bot.settle()
    sent, rows = len(alice.user.messages), len(bot.rows(TranscriptMessage))
    await bot.restart()  # a new process: only what is stored tells it the update was applied
    bot.api.redeliver(erase)
    await bot.settle()
    assert len(alice.user.messages) == sent, "nothing said again"
    assert len(bot.rows(TranscriptMessage)) == rows, "nothing recorded again"
    assert not bot.rows(Member, Member.telegram_id == alice.id), "no member made again"


async def test_a_join_delivered_again_after_declining_brings_nothing_back(
    bot, organiser, alice
) -> None:
    """Declining deletes the person's messages: the claims their rows held are kept, so
    the /start that brought them, delivered again, makes no member again."""
    code = await open_session(organiser)
    start = alice.user.says(f"/start {code}")
    await bot.settle()
    alice.user.taps("No thanks")
    await bot.settle()
    sent = len(alice.user.messages)
    assert not bot.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.id)
    await bot.restart()  # a new process: only what is stored tells it the update was applied
    bot.api.redeliver(start)
    await bot.settle()
    assert len(alice.user.messages) == sent, "nothing said again"
    assert not bot.rows(Member, Member.telegram_id == alice.id), "no member made again"
    assert not bot.rows(TranscriptMessage, TranscriptMessage.chat_id == alice.id)


async def test_messages_sent_while_the_bot_is_down_are_handled_after_start(
    bot, organiser, alice
) -> None:
    code = await open_session(organiser)
    await bot.stop()
    alice.user.says(f"/start {code}")
    assert bot.api.pending_updates, "the double keeps the update until confirmed"
    await bot.start()
    await bot.settle()
    assert "Do you agree" in alice.last_reply().text
    assert len(bot.rows(Participation)) == 1


async def test_an_unreachable_database_is_retried_and_nothing_is_lost(
    bot, organiser, alice
) -> None:
    code = await open_session(organiser)
    db = bot.runner.db
    real_session = db.session
    failures = {"left": 2}

    @contextmanager
    def flaky_session():  # the database goes away for two attempts, then comes back
        if failures["left"] > 0:
            failures["left"] -= 1
            raise OperationalError("SELECT 1", {}, Exception("connection refused"))
        with real_session() as s:
            yield s

    db.session = flaky_session
    try:
        replies = await alice.says(f"/start {code}")
    finally:
        db.session = real_session
    assert failures["left"] == 0
    assert [r.text.split("\n")[0] for r in replies] == [replies[0].text.split("\n")[0]]
    assert "Do you agree" in replies[0].text
    assert len(bot.rows(Participation)) == 1


async def test_blocking_the_bot_is_recorded(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    await join(alice, code)
    alice.user.blocks_bot()
    await bot.settle()
    [member] = bot.rows(Member, Member.telegram_id == alice.id)
    assert member.blocked_bot
    alice.user.unblocks_bot()
    await bot.settle()
    [member] = bot.rows(Member, Member.telegram_id == alice.id)
    assert not member.blocked_bot


async def test_a_failed_reply_is_retried_and_the_answer_kept(bot, organiser, alice) -> None:
    code = await open_session(organiser)
    await alice.says(f"/start {code}")
    bot.api.fail("sendMessage", "server_error", times=2, chat_id=alice.id)
    assert await alice.taps("I agree") == []  # Telegram refused the first question
    [participation] = bot.rows(Participation)
    assert participation.consented_at is not None, "committed before replying"
    bot.clock.advance(seconds=1)
    assert await bot.tick() == 0, "not before its back-off (2 s)"
    bot.clock.advance(seconds=1)
    assert await bot.tick() == 0, "refused a second time: now it waits 6 s"
    bot.clock.advance(seconds=6)
    assert await bot.tick() == 2  # the flow's welcome, then its first question, in order
    assert "How often do you visit" in alice.last_reply().text
    assert "Hello, and thank you" in alice.user.messages[-2].text
    [welcome] = [o for o in bot.rows(Outbox) if "Hello, and" in (o.text or "")]
    [question] = [o for o in bot.rows(Outbox) if (o.text or "").startswith("How often")]
    assert (welcome.state, welcome.attempts, welcome.kind, welcome.priority) == (
        "sent",
        3,
        "reply",
        0,
    )
    assert (question.state, question.attempts) == ("sent", 1), "it waited behind the welcome"
    assert len(bot.rows(Answer)) == 0


async def test_the_token_never_reaches_the_log(bot, organiser, alice) -> None:
    stream = io.StringIO()
    setup_logging("DEBUG", bot.settings.token())
    logging.getLogger().handlers[0].setStream(stream)
    try:
        await bot.restart()
        code = await open_session(organiser)
        bot.api.fail("sendMessage", "server_error", times=1, chat_id=alice.id)
        await alice.says(f"/start {code}")  # the consent question is refused once
        bot.clock.advance(minutes=1)
        await bot.tick()
        await alice.taps("I agree")
        await alice.taps_data("1:c:999:y")
    finally:
        logging.getLogger().handlers.clear()
    log = stream.getvalue()
    assert log, "something was logged"
    assert bot.settings.token() not in log
    assert bot.settings.token().split(":")[1] not in log


async def test_a_reply_that_cannot_be_sent_now_is_sent_later(bot, organiser, alice) -> None:
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await alice.taps("I'm on the waiting list")
    bot.api.fail("sendMessage", "server_error", times=4, chat_id=alice.id)
    replies = await alice.says("Tomatoes and beans please")
    assert replies == []  # Telegram failed four times in a row
    assert not any("Sorry" in m.text for m in alice.user.messages), "the answer was saved"
    [answer] = [a for a in bot.rows(Answer) if a.step_id == "waiting_wish"]
    assert answer.text == "Tomatoes and beans please"
    sent = []
    for _ in range(4):  # three more refusals, each followed by a longer wait, then sent
        bot.clock.advance(minutes=1)
        sent.append(await bot.tick())
    assert sent == [0, 0, 0, 2]  # the acknowledgement and the next question, in order
    assert "Thank you" in alice.user.messages[-2].text
    assert "Which two things" in alice.user.messages[-1].text
    assert alice.user.messages[-1].button_texts[0] == "Water butts"


async def test_a_bad_request_is_never_retried(bot, organiser, alice) -> None:
    """PTB's BadRequest is a NetworkError; a 400 will not get better by repeating it."""
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    bot.api.fail("sendMessage", "bad_request", times=1, chat_id=alice.id)
    sends = len(bot.api.calls("sendMessage"))
    assert await alice.taps("I'm on the waiting list") == []
    assert len(bot.api.calls("sendMessage")) == sends + 1, "tried once"
    bot.clock.advance(hours=1)
    await bot.tick()
    [refused] = [o for o in bot.rows(Outbox) if o.kind == "reply" and o.state == "failed"]
    assert refused.attempts == 1 and "chat not found" in refused.error.lower()
    replies = await alice.says("/start")  # the member can always ask for the question again
    assert "What would you love to grow" in replies[-1].text


async def test_an_edit_that_would_change_nothing_is_never_sent(bot, organiser, alice) -> None:
    """Re-tapping the chosen poll option, or a second quick tap on a button that already
    changed its message: Telegram would refuse the identical edit with 400 "message is not
    modified" (and PTB's BadRequest is a NetworkError, easy to retry by mistake). The bot
    knows the message would not change, so it sends no request at all."""
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await organiser.says(f"/poll {code} Which day? | Sat | Sun")
    await bot.tick()
    poll = next(m for m in reversed(alice.user.messages) if m.text.startswith("📊"))
    await alice.taps("Sat", poll)
    edits = len(bot.api.calls("editMessageText"))
    await alice.taps("✅ Sat", poll)
    assert len(bot.api.calls("editMessageText")) == edits, "no request for an edit to the same"
    assert alice.toasts[-1] == "Your vote: Sat"
    [ask] = await organiser.says(f"/close {code}")
    organiser.user.taps("Keep it open", ask)
    organiser.user.taps("Keep it open", ask)  # a quick second tap, before the edit shows
    await bot.settle()
    assert len(bot.api.calls("editMessageText")) == edits + 1
    assert organiser.user.message(ask.message_id).text == "“Riverside garden” stays open."
    assert not [r for r in bot.api.requests if r.error], "Telegram refused nothing"


async def test_an_anonymous_multiple_choice_ballot_cleared_again_is_shown(
    bot, organiser, alice
) -> None:
    """Anonymous ballots' edits are not stored, so the stored message is no guide: choosing
    and unchoosing an option must still show the option unchosen."""
    code = await open_session(organiser, "Riverside garden", flow="community_garden")
    await join(alice, code)
    await organiser.says(f"/poll {code} What to buy? | Seeds | Tools --multi --anonymous")
    await bot.tick()
    poll = next(m for m in reversed(alice.user.messages) if m.text.startswith("📊"))
    await alice.taps("Seeds", poll)
    await alice.taps("✅ Seeds", poll)
    assert alice.user.message(poll.message_id).button_texts == ["Seeds", "Tools"]
