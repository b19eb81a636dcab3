"""Messages that are not a known command: typed text (for an organiser's guided form, else
an answer), edits, and commands the bot does not know."""

from __future__ import annotations

import dialogs
import texts.members
from usecases.access import place_of
from usecases.answer import answer
from usecases.context import Ctx
from usecases.impact import take_words
from usecases.pollform import form_text


def text_message(ctx: Ctx, text: str, reply_to: int | None = None) -> None:
    """A typed message (`reply_to`: the message it replies to): for an organiser's guided
    form if one is open, else the words of an answer about a proposal's outcome just
    tapped, else an answer."""
    if not form_text(ctx, text) and not take_words(ctx, text, reply_to):
        answer(ctx, dialogs.TextEvent(text), reply_to=reply_to)


def form_command(ctx: Ctx, text: str) -> None:
    """/done and /cancel belong to a guided form; without one they are unknown commands."""
    if not form_text(ctx, text):
        unknown_command(ctx, text)


def unknown_command(ctx: Ctx, text: str) -> None:
    ctx.member()
    command = (text or "/").split()[0].split("@")[0][:40]
    ctx.say(texts.members.UNKNOWN_COMMAND.format(command=command))


def edited(ctx: Ctx) -> None:
    """Edits are not read as answers; say how to change one."""
    ctx.member()
    place_of(ctx, consented=False, open_only=False)  # for the transcript
    ctx.say(texts.members.EDIT_IGNORED)
