"""Files the bot sends (exports, a member's own data, charts): made when their queue row
falls due, off the event loop, in a database session of their own, into a temporary
file that is deleted once sent.

A maker is registered under a name with `@maker("name")` and called as
`make(db, services, now, params, folder) -> Made`; `ask(ctx, "name", params, caption)`
queues an `Out(kind=Kind.DOCUMENT, file=FileSpec("name", params))` for one, and a maker
about a session finds it with `session_of(db, params)`. A file is made in the language of
whoever asked for it (kept in its params).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from storage import sessions
from storage.models import CoSession, Kind
from texts.i18n import language, speaking
from usecases.context import Ctx, FileSpec, Out, Services

LANGUAGE = "language"  # in a file's params: the language it is made in


@dataclass(frozen=True)
class Made:
    path: Path
    filename: str  # as the recipient sees it
    caption: str = ""


Maker = Callable[[Session, Services, datetime, dict[str, Any], Path], Made]
MAKERS: dict[str, Maker] = {}


def maker(name: str) -> Callable[[Maker], Maker]:
    def register(func: Maker) -> Maker:
        MAKERS[name] = func
        return func

    return register


def make(
    name: str, db: Session, services: Services, now: datetime, params: dict[str, Any], folder: Path
) -> Made:
    """Make the file `name` asks for; KeyError for a maker nobody registered."""
    with speaking(params.get(LANGUAGE)):
        return MAKERS[name](db, services, now, params, folder)


def ask(
    ctx: Ctx,
    name: str,
    params: dict[str, Any],
    caption: str,
    *,
    kind: Kind = Kind.DOCUMENT,
    session_id: int | None = None,
    member_id: int | None = None,
) -> None:
    """Queue the file `name` makes from `params`, to the actor's chat, once it is made."""
    ctx.send(
        Out(
            caption,
            chat_id=ctx.actor.chat_id,
            kind=kind,
            session_id=session_id,
            member_id=member_id,
            file=FileSpec(name, {**params, LANGUAGE: language()}),
        )
    )


def session_of(db: Session, params: dict[str, Any]) -> CoSession:
    """The session a maker's params name; LookupError if it is gone."""
    cosession = sessions.get_session(db=db, session_id=int(params["session_id"]))
    if cosession is None:
        raise LookupError(f"no session {params['session_id']}")
    return cosession
