"""What a use case is given (`Ctx`) and what it gives back (`Out` messages, a toast)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlmodel import Session

from storage import members as member_store
from storage import places, teams
from storage.models import Kind
from usecases.actions import Shown
from usecases.commands import Command
from usecases.roles import Role

if TYPE_CHECKING:
    from collections.abc import Callable

    from dialogs.models import Flow
    from dialogs.opinions import Groups
    from dialogs.sentiment import Sentiment
    from storage.models import CoSession, Member
    from usecases.flows import FlowCatalog

SEEN_TO = timedelta(minutes=1)  # how precisely a member's last-seen time is kept
Rows = tuple[tuple[tuple[str, Shown], ...], ...]  # rows of (label, action or link)


@dataclass(frozen=True)
class Actor:
    """Who acts: a Telegram user in a chat, or the system (the engagement loop, the CLI)."""

    telegram_id: int
    chat_id: int
    chat_type: str = "private"
    display_name: str = ""
    username: str | None = None
    language: str | None = None

    @property
    def private(self) -> bool:
        return self.chat_type == "private"

    @property
    def system(self) -> bool:
        return self.chat_type == "system"


SYSTEM = Actor(telegram_id=0, chat_id=0, chat_type="system", display_name="system")


@dataclass(frozen=True)
class FileSpec:
    """A file to make when its message falls due (an export, a chart): `maker` names a
    function registered in `usecases.files`, `params` are its plain, JSON-able inputs."""

    maker: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Out:
    """One message to send, as data: text, rows of (label, action) buttons, and where to."""

    text: str
    buttons: Rows = ()
    chat_id: int | None = None  # None: the chat the actor wrote in
    kind: str = Kind.REPLY  # a storage.models.Kind: reply, edit, or a background kind
    edit_of: int | None = None  # Kind.EDIT: the message to replace
    session_id: int | None = None
    member_id: int | None = None
    step_id: str | None = None
    question: bool = False  # asks the member's current question (remembered, to edit later)
    ref_id: int | None = None
    dedupe_key: str | None = None  # background messages: queued once per key
    file: FileSpec | None = None  # Kind.DOCUMENT or Kind.PHOTO: the file to make and send

    def but(self, **changes: object) -> Out:
        # mypy (dataclasses plugin) checks each keyword against its field; object is wider
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass
class Remembered:
    """What one process keeps between turns because it is slow to find: each session's
    opinion groups, with the count of votes they were found from (`usecases.routing`). A
    cache: losing it costs time, never a different answer for long."""

    groups: dict[int, tuple[int, Groups]] = field(default_factory=dict)


@dataclass
class Services:
    """What use cases may use besides the database: flows, the bot's name, secrets."""

    flows: FlowCatalog
    bot_username: str = ""
    ballot_secret: bytes = b""  # keys anonymous ballots
    admin_ids: tuple[int, ...] = ()
    default_zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    send_rate: float = 28.0  # messages a second the shell sends at most (for estimates)
    commands: tuple[Command, ...] = ()  # the command catalogue: /help and the menus
    remembered: Remembered = field(default_factory=Remembered)
    # the flow as one member reads it (segments' variants: `usecases.variants.fit`); None:
    # the plain texts
    fit: Callable[[Ctx, CoSession, Member, Flow], Flow] | None = None

    def join_link(self, code: str) -> str:
        return f"https://t.me/{self.bot_username}?start={code}"


@dataclass
class About:
    """What the incoming message was about, for its transcript row."""

    session_id: int | None = None
    member_id: int | None = None
    step_id: str | None = None
    polarity: float | None = None
    subjectivity: float | None = None
    label: str | None = None  # a tap: the label of the button tapped (its data goes to meta)
    staff: bool = False  # the actor acted as a session's organiser or coordinator (or an
    # administrator): the message, and the bot's replies to it, stay out of exports

    def copy_sentiment(self, mood: Sentiment | None) -> None:
        """The message's sentiment for its transcript row: none for a language the
        analyser does not read (or no sentiment at all)."""
        if mood is None or not mood.known:
            self.polarity = self.subjectivity = None
        else:
            self.polarity, self.subjectivity = mood.polarity, mood.subjectivity


@dataclass
class Ctx:
    """One use case call: the open transaction, the time, who acts, and what to send."""

    db: Session
    now: datetime
    services: Services
    actor: Actor
    tapped: int | None = None  # the message whose button was tapped (None: not a tap)
    update_id: int | None = None  # the Telegram update applied (None: not an update's turn)
    outs: list[Out] = field(default_factory=list)
    toast: str | None = None  # the notice a tap is answered with
    about: About = field(default_factory=About)
    unrecorded: bool = False  # an anonymous ballot: no transcript row, nothing queued
    refused: bool = False  # the actor was told no (`access.refuse`)
    menus: set[int] = field(default_factory=set)  # people whose command menu changed
    _member: Member | None = None
    _known: tuple[Member | None] | None = None  # known_member's one read
    _roles: set[str] | None = None
    _global: set[str] | None = None

    @property
    def tap(self) -> bool:
        return self.tapped is not None

    def say(self, message: str | Out) -> None:
        """Reply in the actor's chat."""
        self.outs.append(message if isinstance(message, Out) else Out(message))

    def edit(self, out: Out) -> None:
        """Replace the message whose button was tapped (nothing if this is not a tap)."""
        if self.tapped is not None:
            self.outs.append(out.but(kind=Kind.EDIT, edit_of=self.tapped))

    def send(self, out: Out) -> None:
        """Queue a background message to `out.chat_id` (a poll, a notice, ...)."""
        self.outs.append(out)

    def in_session(self, session_id: int | None, member_id: int | None = None) -> None:
        self.about.session_id = session_id
        if member_id is not None:
            self.about.member_id = member_id

    def member(self) -> Member:
        """The acting member, created on first contact; names and last-seen kept fresh (to
        the minute: a member read at the call's start who was seen less than `SEEN_TO`
        ago under the same names is not written again)."""
        if self._member is None and self._known is not None and self._seen_lately(self._known[0]):
            self._member = self._known[0]
            self.about.member_id = self._member.id if self._member is not None else None
        if self._member is None:
            actor = self.actor
            self._member = member_store.upsert_member(
                db=self.db,
                telegram_id=actor.telegram_id,
                display_name=actor.display_name,
                username=actor.username,
                language=actor.language,
                now=self.now,
                new=self.first_contact,  # read: never met
            )
            self.about.member_id = self._member.id
        return self._member

    def _seen_lately(self, known: Member | None) -> bool:
        actor = self.actor
        return (
            known is not None
            and known.last_seen_at is not None
            and timedelta(0) <= self.now - known.last_seen_at < SEEN_TO
            and known.display_name == actor.display_name[:200]
            and known.username == actor.username
        )

    @property
    def first_contact(self) -> bool:
        """The turn's first read found no member with the actor's id: nothing of theirs
        can be stored yet (a participation, an answer), so none is read."""
        return self._known is not None and self._known[0] is None

    def known_member(self) -> Member | None:
        """The acting member if known, touching nothing (no last-seen time); read once in
        the call (`member()` then reads them fresh, touched)."""
        if self._member is not None:
            return self._member
        if self._known is None:
            tapped = (self.actor.chat_id, self.tapped) if self.tapped is not None else None
            self._known = (
                places.actor(
                    db=self.db,
                    telegram_id=self.actor.telegram_id,
                    tapped=tapped,
                    update_id=self.update_id,
                ),
            )
        return self._known[0]

    def global_roles(self) -> set[str]:
        """The roles given to the actor for the whole bot: "admin" (ADMIN_IDS and the
        command line), and "organiser" or "coordinator" granted by an administrator."""
        if self._global is None:
            if self.actor.system:
                self._global = {Role.ADMIN, Role.ORGANISER, Role.COORDINATOR}
            else:
                self._global = member_store.roles_of(
                    db=self.db,
                    telegram_id=self.actor.telegram_id,
                    admin_ids=self.services.admin_ids,
                )
        return self._global

    def roles(self) -> set[str]:
        """Every role the actor has anywhere: global ones, and those on sessions' teams."""
        if self._roles is None:
            actor = self.actor
            if actor.system:
                team: set[str] = set()
            elif self._global is None and actor.telegram_id not in self.services.admin_ids:
                # both kinds in one read
                self._global, team = member_store.all_roles(
                    db=self.db, telegram_id=actor.telegram_id
                )
            else:
                team = teams.team_roles(db=self.db, telegram_id=actor.telegram_id)
            self._roles = self.global_roles() | team
        return self._roles
