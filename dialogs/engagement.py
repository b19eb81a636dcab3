"""The adaptive engagement loop's policy, pure.

From what a member said in a session (their answers with sentiment class and length, the
reprompts held or sent before), their time zone and `now`, decide which reprompts to hold,
which to make void, and when a held one may go out (quiet hours, the daily cap); and
compose their texts. Every rule and number comes from the flow's `engagement` block.
Storing and sending belong to the shells.

- reminder: the step waiting for the member, `nudge_after` after it was asked, then each
  `nudge_backoff` times later, at most `max_nudges`;
- follow-up: `followup_after` a negative free-text answer, quoting it, asking what would
  make it better (not when the flow itself goes on to ask it: a `sentiment: negative`
  branch to the step now waiting);
- elaboration: right after a free-text answer of fewer than `min_words` words, once per
  step, asking for a detail or an example, before the flow moves on (the shells ask it in
  place of the next question, which follows its answer); never on an optional, feedback
  or closing step, nor on an answer that declines ("no", "nothing", "n/a"), and not when
  a follow-up is due for it;
- champion: once, `champion_after` the moment a member who proposed something has
  answered clearly positively (no negative answer, at least one positive), with their
  own referral link.

An answer voids what was held about that step; a negative answer voids a held champion.
Nothing is held for a member who may not be messaged (paused, declined, blocked, the
session closed), and no new follow-up or elaboration while one they were sent is still
unanswered: a member who ignores a side question is not asked another (checked again when
one falls due, by the shells). Whatever the member says resets the clock: a reminder goes
no sooner than its wait after their last message, a follow-up no sooner than
`followup_after` after it (`after_silence`), so that no side question lands while they
are answering the flow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from dialogs import texts
from dialogs.durations import QuietHours
from dialogs.models import QUESTION_KINDS, TEXT_KINDS, Engagement, Flow
from dialogs.sentiment import SentimentClass, declining

REMINDER, FOLLOWUP, ELABORATION, CHAMPION = "reminder", "followup", "elaboration", "champion"
SIDE_KINDS = (FOLLOWUP, ELABORATION)  # questions a member answers beside the flow
CHAMPION_STEP = "session"  # a champion invitation is about the session, not a step
DAY = timedelta(days=1)
QUOTE_LIMIT = 80


@dataclass(frozen=True)
class Said:
    """An answer as the policy sees it."""

    step_id: str
    kind: str  # the step's kind
    text: str | None  # the member's words (None: skipped, or not free text)
    mood: SentimentClass | None  # None: not free text; "unknown": a language we do not read

    @property
    def free_text(self) -> bool:
        return self.kind in TEXT_KINDS and bool(self.text)

    @property
    def words(self) -> int:
        return len((self.text or "").split())


@dataclass(frozen=True)
class Held:
    """A reprompt already queued for this member in this session (sent or not)."""

    kind: str
    step_id: str
    attempt: int = 1
    ignored: bool = False  # sent, and not answered (yet)


@dataclass(frozen=True)
class Planned:
    kind: str
    step_id: str
    due_at: datetime
    attempt: int = 1
    quote: str | None = None


@dataclass(frozen=True)
class Plan:
    hold: tuple[Planned, ...] = ()
    void_steps: tuple[str, ...] = ()  # what is held about these steps is void
    void_kinds: tuple[str, ...] = ()  # and what is held of these kinds


def after_answer(
    flow: Flow,
    *,
    answered: Said | None,
    waiting: str | None,
    left: str | None = None,
    moods: Iterable[SentimentClass],
    proposed: bool,
    held: Iterable[Held],
    now: datetime,
    reachable: bool = True,
) -> Plan:
    """What to hold once a member's event moved the flow: `answered` (None when the flow
    just started, or the member went back or on without answering), the step now `waiting`
    for them (None when finished), the step they `left`, the sentiment classes of all their
    free-text answers in the session, whether they proposed something, and what is already
    held."""
    rules, held = flow.engagement, list(held)
    steps = [answered.step_id] if answered is not None else []
    voided = tuple(dict.fromkeys([*steps, *([left] if left and left != waiting else [])]))
    if not reachable:
        return Plan((), voided)
    hold: list[Planned] = []
    step = flow.step(waiting)
    if step is not None and step.kind in QUESTION_KINDS and rules.max_nudges > 0:
        hold.append(Planned(REMINDER, step.id, now + rules.nudge_after))
    hold += _about_answer(flow, answered, waiting, held, now)
    moods = [m for m in moods if m not in (None, "unknown")]
    void_kinds: tuple[str, ...] = ()
    if "negative" in moods:
        void_kinds = (CHAMPION,)
    elif proposed and "positive" in moods and not _has(held, CHAMPION, CHAMPION_STEP):
        hold.append(Planned(CHAMPION, CHAMPION_STEP, now + rules.champion_after))
    return Plan(tuple(hold), voided, void_kinds)


def _about_answer(
    flow: Flow, answered: Said | None, waiting: str | None, held: list[Held], now: datetime
) -> list[Planned]:
    rules = flow.engagement
    if answered is None or not answered.free_text:
        return []
    if any(h.ignored and h.kind in SIDE_KINDS for h in held):
        return []  # they have not answered the last one: no new side question
    said = quote(answered.text or "")
    if answered.mood == "negative":
        if flow_asks_itself(flow, answered.step_id, waiting):
            return []
        return [Planned(FOLLOWUP, answered.step_id, now + rules.followup_after, quote=said)]
    if not _worth_elaborating(flow, answered, waiting):
        return []
    short = rules.min_words > 0 and answered.words < rules.min_words
    if short and not _has(held, ELABORATION, answered.step_id):
        return [Planned(ELABORATION, answered.step_id, now, quote=said)]
    return []


def flow_asks_itself(flow: Flow, step_id: str, waiting: str | None) -> bool:
    """The step's `sentiment: negative` branch leads to the step now waiting: the flow asks
    its own follow-up."""
    step = flow.step(step_id)
    rules = step.next if step is not None and isinstance(step.next, tuple) else ()
    return any(r.sentiment == "negative" and r.goto == waiting for r in rules)


def _worth_elaborating(flow: Flow, answered: Said, waiting: str | None) -> bool:
    """Not on an optional or feedback step, not after the last question (the goodbye),
    not on "no", "nothing", "n/a"."""
    step = flow.step(answered.step_id)
    if step is None or step.optional or step.kind == "feedback":
        return False
    following = flow.step(waiting)
    if following is None or following.kind not in QUESTION_KINDS or following.kind == "vote":
        return False  # the goodbye, or the proposals' cards: nothing to ask it in place of
    return not declining(answered.text or "")


def _has(held: Iterable[Held], kind: str, step_id: str) -> bool:
    return any(h.kind == kind and h.step_id == step_id for h in held)


def after_sent(rules: Engagement, sent: Held, now: datetime) -> Planned | None:
    """The next reminder of a series, further apart each time; None after the last."""
    if sent.kind != REMINDER or sent.attempt >= rules.max_nudges:
        return None
    wait = rules.nudge_after * rules.nudge_backoff**sent.attempt
    return Planned(REMINDER, sent.step_id, now + wait, attempt=sent.attempt + 1)


def after_silence(rules: Engagement, due: Held, heard: datetime | None) -> datetime | None:
    """The first moment a reprompt may go given the member's last message (`heard`): a
    reminder its wait after it, a follow-up `followup_after` after it; None: no wait."""
    if heard is None or due.attempt < 1:  # attempt 0: an organiser's /nudge, sent at once
        return None
    if due.kind == REMINDER:
        return heard + rules.nudge_after * rules.nudge_backoff ** (due.attempt - 1)
    if due.kind == FOLLOWUP:
        return heard + rules.followup_after
    return None


def deliverable_at(
    rules: Engagement, now: datetime, zone: ZoneInfo, sent: Sequence[datetime] = ()
) -> datetime:
    """`now` if a reprompt may go now; else the first moment it may: once fewer than
    `daily_cap` reprompts went to the member in the 24 hours before, and outside their
    quiet hours (in their time zone)."""
    moment = now
    recent = sorted(t for t in sent if t > now - DAY)
    if len(recent) >= rules.daily_cap:
        moment = max(moment, recent[-rules.daily_cap] + DAY)
    return after_quiet_hours(rules.quiet_hours, moment, zone)


def after_quiet_hours(quiet: QuietHours | None, moment: datetime, zone: ZoneInfo) -> datetime:
    """`moment`, or the end of the quiet hours it falls in (in `zone`, daylight saving
    included)."""
    local = moment.astimezone(zone)
    if quiet is None or not quiet.contains(local.time()):
        return moment
    day = local.date() if local.time().replace(tzinfo=None) < quiet.end else local.date() + DAY
    end = datetime.combine(day, quiet.end, tzinfo=zone)
    return end.astimezone(UTC)


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """What the member said, short enough to quote back: the whole answer, or its first
    words."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0] if " " in words[:limit] else words[:limit]
    return cut.rstrip(",.;:!?-–—") + "…"


def opening(
    rules: Engagement,
    kind: str,
    *,
    title: str,
    quote: str | None = None,
    link: str | None = None,
) -> str:
    """The opening of a reprompt, from the flow's own text or the default. (A reminder is
    followed by the question itself; a follow-up and an elaboration by `SIDE_HINT`.)"""
    own = {
        REMINDER: rules.reminder_text,
        FOLLOWUP: rules.followup_text,
        ELABORATION: rules.elaboration_text,
        CHAMPION: rules.champion_text,
    }[kind]
    default = {
        REMINDER: texts.REMINDER_TEXT,
        FOLLOWUP: texts.FOLLOWUP_TEXT,
        ELABORATION: texts.ELABORATION_TEXT,
        CHAMPION: texts.CHAMPION_TEXT,
    }[kind]
    return (own or default).format(title=title, quote=quote or "", link=link or "").strip()
