"""A member's place in the flow as messages: a question with its buttons."""

from __future__ import annotations

import dialogs
from storage import dialog as dialog_store
from storage.models import id_of
from usecases.access import Place
from usecases.actions import FlowButton
from usecases.context import Ctx, Out


def to_out(reply: dialogs.Reply, session_id: int, **fields: object) -> Out:
    buttons = tuple(
        tuple((b.label, FlowButton(session_id, b.step_id, b.value)) for b in row)
        for row in reply.buttons
    )
    # mypy checks each keyword against its dataclass field; object is wider
    return Out(reply.text, buttons, **fields)  # type: ignore[arg-type]


def current_question(ctx: Ctx, place: Place) -> Out | None:
    """The question waiting for the member, with its buttons; None when there is none."""
    row = dialog_store.get_dialog(
        db=ctx.db, session_id=id_of(place.cosession), member_id=id_of(place.member)
    )
    if row is None:
        return None
    state = dialogs.DialogState.from_json(row.state)
    reply = dialogs.current_question(place.flow, state)
    if reply is None:
        return None
    return to_out(reply, id_of(place.cosession), question=True, step_id=state.step_id)
