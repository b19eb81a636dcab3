"""Files (exports, charts) go through the one queue: made off the event loop when due, sent
as a document or a photo, recorded in the transcript, their temporary file deleted."""

from __future__ import annotations

from pathlib import Path

from storage.models import Outbox, TranscriptMessage
from usecases import files
from usecases.context import Actor, Ctx, FileSpec, Out

made: list[Path] = []


@files.maker("test_notes")
def _notes(db, services, now, params, folder) -> files.Made:
    path = folder / f"notes-{params['n']}.txt"
    path.write_text(f"Notes for {params['who']}, made at {now:%H:%M}\n")
    made.append(path)
    return files.Made(path, "notes.txt", caption="Your notes")


def _ask(ctx: Ctx, n: int) -> None:
    ctx.say("On its way.")
    spec = FileSpec("test_notes", {"n": n, "who": ctx.actor.display_name})
    ctx.send(Out("", chat_id=ctx.actor.chat_id, kind="document", file=spec))


async def test_a_document_is_made_when_due_sent_and_recorded(bot, alice) -> None:
    d = bot.runner
    alice.user.says("hello")  # Telegram lets a bot write only to those who wrote first
    await bot.settle()
    actor = Actor(telegram_id=alice.id, chat_id=alice.id, display_name="Alice")
    with d.calls.run(actor) as call:
        _ask(call.ctx, 1)
    assert await bot.tick() == 1
    document = alice.user.messages[-1]
    assert document.document is not None and document.document.file_name == "notes.txt"
    assert document.document.data.decode().startswith("Notes for Alice, made at 10:00")
    assert document.caption == "Your notes"
    [row] = bot.rows(Outbox, Outbox.kind == "document")
    assert row.state == "sent" and row.message_id == document.message_id
    [out] = bot.rows(TranscriptMessage, TranscriptMessage.kind == "document")
    assert out.text == "Your notes" and out.telegram_message_id == document.message_id
    assert not made[-1].exists(), "the temporary file is gone"


async def test_a_file_refused_for_now_is_made_again_for_its_next_try(bot, alice) -> None:
    d = bot.runner
    alice.user.says("hello")
    await bot.settle()
    actor = Actor(telegram_id=alice.id, chat_id=alice.id, display_name="Alice")
    with d.calls.run(actor) as call:
        _ask(call.ctx, 2)
    bot.api.fail("sendDocument", "server_error", times=1, chat_id=alice.id)
    assert await bot.tick() == 0
    assert not made[-1].exists()
    bot.clock.advance(minutes=1)
    assert await bot.tick() == 1
    assert alice.user.messages[-1].document.file_name == "notes.txt"
    assert len(made) >= 2 and not made[-1].exists()
