"""Every wait and limit of the shell in one place, so that tests can pass short ones."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta


@dataclass(frozen=True)
class Backoff:
    """Waits between tries: `first`, then `factor` times longer each time, at most `cap`."""

    first: float  # seconds after the first failure
    factor: float = 2.0
    cap: float = 600.0
    attempts: int = 0  # tries in all before giving up; 0: never give up

    def delay(self, failures: int) -> float:
        """Seconds to wait after the `failures`-th failure in a row (1, 2, ...)."""
        return min(self.cap, self.first * self.factor ** max(0, failures - 1))

    def exhausted(self, tries: int) -> bool:
        return self.attempts > 0 and tries >= self.attempts


@dataclass(frozen=True)
class Pacing:
    """Telegram's flood limits, kept as smooth rates (a burst of N in a window of one
    period would let 2N through in a sliding window)."""

    overall_per_second: float = 29.8  # Telegram: about 30; spaced, never 31 in a second
    private_burst: int = 3  # messages one private chat may get at once, then one a second
    private_per_second: float = 0.9  # Telegram: about 1; a margin for the network's jitter
    group_per_minute: float = 19.0


@dataclass(frozen=True)
class Flood:
    """How fast a person may send in a private chat (and anyone in a group, and a group
    as a whole) before the bot leaves updates aside."""

    burst: int = 12  # updates at once (quick taps through a question's options)
    per_second: float = 1.0  # then one a second
    notice_every: float = 60.0  # the chat is told at most once in this many seconds


@dataclass(frozen=True)
class Policies:
    # Telegram's transient refusals (time-outs, 5xx, 429 without its own wait); the send
    # counts from the queue's clock, so tests move time instead of sleeping.
    send: Backoff = Backoff(first=2.0, factor=3.0, cap=600.0, attempts=8)
    # Fetching updates, and an update whose database was unreachable (real seconds).
    poll: Backoff = Backoff(first=1.0, factor=2.0, cap=30.0)
    lease: timedelta = timedelta(minutes=2)  # how long a sender holds the rows it claimed
    # Seconds the sender keeps what became of its sends before recording it in a commit of
    # its own: an update that comes meanwhile records it in its own transaction (at 20
    # updates a second, most do), so a send costs no commit. A crash in between only means
    # those messages may go again (at least once), as a crash before any commit would.
    group_commit: float = 0.1
    batch: int = 100  # rows claimed at a time (about 3 s of sending at Telegram's pace)
    tick: float | None = 30.0  # seconds between engagement-loop ticks; None: only on demand
    wake: bool = True  # run the loop as soon as something is queued or falls due
    # An update in hand this many seconds, once 100 newer ones wait behind it (getUpdates'
    # window), is set aside on disk and confirmed, so that the others come (bot/spool.py).
    park_after: float = 5.0
    pacing: Pacing | None = field(default_factory=Pacing)  # None: no pacing at all
    flood: Flood | None = field(default_factory=Flood)  # None: no flood control
    # How long applied update ids are kept (Telegram redelivers for a day); older replays are
    # refused by the highest forgotten id (storage.transcript: either claim).
    keep_processed: timedelta = timedelta(days=2)
