"""What the bot says about an update it did not apply: it came too fast (the flood gate),
or handling it failed. Said like any other reply, through the queue; a tap is answered
with the same words instead."""

from __future__ import annotations

import texts.shell
from usecases.context import Ctx


def too_fast(ctx: Ctx) -> None:
    """Someone sent faster than a person types: what came too fast was left aside."""
    _say(ctx, texts.shell.TOO_FAST)


def sorry(ctx: Ctx) -> None:
    """Handling their update failed on our side: nothing of it was kept."""
    _say(ctx, texts.shell.BUSY_RETRY)


def _say(ctx: Ctx, text: str) -> None:
    if ctx.tap:
        ctx.toast = text
    else:
        ctx.say(text)
