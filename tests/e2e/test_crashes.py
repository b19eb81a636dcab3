"""The bot killed with SIGKILL again and again while many members go through a flow.

The organiser opens a session in the test's own bot; then the bot runs as a separate
process (`tests/e2e/crash_child.py`, a fork server, so a restart costs no imports), which
is killed at random moments (a random time after it starts or after it is ready, or just
as one of its requests reaches Telegram: a message out, an edit, a tap's answer, a poll
that confirms updates) and started again, at least MIN_KILLS times, while members go
through the park flow side by side. Then a last bot settles everything and stops
gracefully, and:

- every update was applied exactly once (recorded as applied; each member's messages in
  the transcript once; each answer stored with the value tapped or typed, once);
- every update the bot confirmed to Telegram before a kill had its effects committed;
- every member gets through: each acts on what the chat shows once the bot has answered
  their last action (a question that arrives twice is answered on its newer copy; a tap on
  the older one is honoured too);
- nothing is sent twice beyond the at-least-once promise: a message sent twice in a row
  is one whose row was still unsent when the process that sent it first was killed
  (a send that was never recorded), and there are at most as many as kills.

The seed is printed; CRASH_SEED=n runs another one, CRASH_KILLS=n kills more.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import random
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col

from botapi_double import BotMessage, User
from storage.models import Answer, Member, Outbox, TranscriptMessage
from tests.e2e.conftest import FLOWS_DIR, BotHarness, open_session

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("CRASH_SEED", "20260504"))
MIN_KILLS = int(os.environ.get("CRASH_KILLS", "32"))
MEMBERS = 16
FIRST_ID = 7000
MAX_CYCLES = MIN_KILLS * 3  # a safety net: members who never finish are reported, not awaited
RESTART_ADVANCE = 130  # seconds the clock moves at each restart: past the 2-minute lease
SETTLE_TIMEOUT = 30.0
TEXT_ANSWER = "More benches and some shade near the playground would be lovely"
TRAPPED = ("sendmessage", "editmessagetext", "answercallbackquery", "getupdates")


# -- the member: acts on what the chat shows, as a person would ---------------------------

USES = "What do you (or would you) use the park for?"
ONE_CHANGE = "If you could change one thing about the park"
THANKS = "Thank you, got it."
EXPECTED_ANSWERS = {
    "visit_frequency": "daily",
    "uses": ["walking", "play"],
    "safety": 4,
    "one_change": TEXT_ANSWER,
}
MAX_MOVES = 30  # the flow takes eight; a copy of a question sent twice may cost a tap or two


@dataclass(frozen=True)
class Move:
    name: str
    act: Callable[[], int]  # returns the update id


def next_move(user: User, code: str) -> Move | None:
    """What a member does next, looking at the chat: None once the flow thanked them.

    They answer the newest message that asks something (a message whose buttons were
    edited away asks nothing any more); a question sent twice (at least once: its first
    copy went out from a process killed before it recorded the send) is answered once,
    on the newer copy."""
    messages = user.messages
    if not messages:
        return Move("/start", lambda: user.says(f"/start {code}"))
    last = messages[-1]
    text = last.text or ""
    if text.startswith(THANKS):
        return None
    if text.startswith(ONE_CHANGE):
        return Move("text", lambda: user.says(TEXT_ANSWER))
    asking = next((m for m in reversed(messages) if m.button_texts), None)
    if asking is None:
        return Move("/start", lambda: user.says(f"/start {code}"))
    shown = asking.button_texts
    if "Done" in shown:  # the multiple choice: Walking and Children's play, then Done
        label = next(
            (option for option in ("Walking", "Children's play") if f"✅ {option}" not in shown),
            "Done",
        )
    else:
        label = next((o for o in ("I agree", "Most days", "4") if o in shown), shown[0])
    return Move(label, lambda: user.taps(label, asking))


# -- the bot processes --------------------------------------------------------------------


@dataclass
class Kill:
    number: int
    pid: int
    how: str
    acknowledged: int  # updates confirmed to the double so far
    unsent: set[int]  # outbox rows not recorded as sent, once the process was dead


@dataclass
class Sent:
    """A message the double received, and which bot process sent it."""

    chat_id: int
    message_id: int
    text: str
    markup: Any
    pid: int


@dataclass
class Crashes:
    """The fork server, the bot it runs now, its kills, and what each process sent."""

    bot: BotHarness
    log: Path
    rng: random.Random
    server: asyncio.subprocess.Process | None = None
    reader: asyncio.Task[None] | None = None
    pid: int = 0  # the bot process running now (0: none)
    cycle: int = 0  # bot processes started so far
    kills: list[Kill] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    startup: list[float] = field(default_factory=list)
    trap: tuple[str, int] | None = None  # kill at the n-th request of this method
    trapped: asyncio.Event = field(default_factory=asyncio.Event)
    pids: asyncio.Queue[int] = field(default_factory=asyncio.Queue)
    ready: dict[int, asyncio.Event] = field(default_factory=dict)
    exited: dict[int, asyncio.Future[int]] = field(default_factory=dict)
    new_cycle: asyncio.Event = field(default_factory=asyncio.Event)

    async def open(self) -> None:
        api = self.bot.api
        env = {
            **os.environ,
            "DATABASE_URL": self.bot.settings.database_url,
            "TELEGRAM_API_BASE_URL": self.bot.settings.telegram_api_base_url,
            "TELEGRAM_BOT_TOKEN": self.bot.settings.token(),
            "FLOWS_DIR": str(FLOWS_DIR),
            "LOG_LEVEL": "WARNING",
            "TMPDIR": str(self.log.parent),  # each bot's scratch folder for files
        }
        with open(self.log, "ab") as log:
            self.server = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.e2e.crash_child", cwd=ROOT, env=env,
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=log,
            )  # fmt: skip
        line = await asyncio.wait_for(self.server.stdout.readline(), timeout=60)
        assert line.decode().strip() == "zygote", f"the fork server said {line!r}\n{self.tail()}"
        self.reader = asyncio.create_task(self._read())
        record = api.state.record

        def recorded(method: str, params: dict[str, Any]) -> Any:
            rec = record(method, params)
            if self.trap is not None and self.pid and method.lower() == self.trap[0]:
                left = self.trap[1] - 1
                self.trap = (self.trap[0], left) if left > 0 else None
                if left <= 0:  # the request has arrived and will be carried out
                    self._kill(f"at {method}")
                    self.trapped.set()
            return rec

        api.state.record = recorded  # type: ignore[method-assign]
        api.state.listeners.append(self._sent)

    def _sent(self, message: BotMessage) -> None:
        # between a kill and the next start, what arrives was sent by the process killed
        pid = self.pid or (self.kills[-1].pid if self.kills else 0)
        self.sent.append(
            Sent(message.chat.id, message.message_id, message.html or message.text or "",
                 message.reply_markup, pid)
        )  # fmt: skip

    async def _read(self) -> None:
        assert self.server is not None and self.server.stdout is not None
        while line := await self.server.stdout.readline():
            word, *args = line.decode().split()
            if word == "pid":
                await self.pids.put(int(args[0]))
            elif word == "ready":
                self.ready.setdefault(int(args[0]), asyncio.Event()).set()
            elif word == "exit":
                future = self.exited.setdefault(
                    int(args[0]), asyncio.get_running_loop().create_future()
                )
                if not future.done():
                    future.set_result(int(args[1]))

    async def spawn(self) -> int:
        assert self.server is not None and self.server.stdin is not None
        self.server.stdin.write(f"spawn {self.bot.clock.now().isoformat()}\n".encode())
        await self.server.stdin.drain()
        self.pid = await asyncio.wait_for(self.pids.get(), timeout=10)
        self.ready.setdefault(self.pid, asyncio.Event())
        self.exited.setdefault(self.pid, asyncio.get_running_loop().create_future())
        self.cycle += 1
        self.new_cycle.set()
        self.new_cycle = asyncio.Event()
        return self.pid

    async def until_ready(self, pid: int, timeout: float = 30) -> None:
        started = time.monotonic()
        waiter = asyncio.ensure_future(self.ready[pid].wait())
        await asyncio.wait(
            {waiter, self.exited[pid]}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        waiter.cancel()
        if not self.ready[pid].is_set():
            raise AssertionError(
                f"bot {pid} not ready within {timeout}s (exited: {self.exited[pid].done()})\n"
                f"{self.tail()}"
            )
        self.startup.append(time.monotonic() - started)

    def _kill(self, how: str) -> None:
        pid, self.pid = self.pid, 0
        os.kill(pid, signal.SIGKILL)
        self.kills.append(Kill(len(self.kills) + 1, pid, how, 0, set()))

    async def kill_now(self, how: str) -> None:
        if self.pid:
            self._kill(how)

    async def after_kill(self) -> Kill:
        """Once the killed process is gone: what had been confirmed, what was unsent."""
        kill = self.kills[-1]
        status = await asyncio.wait_for(self.exited[kill.pid], timeout=10)
        assert status == -signal.SIGKILL, f"bot {kill.pid} ended with {status}"
        api = self.bot.api
        with api.state.lock:
            waiting = {u.update_id for u in api.state.pending}
            confirmed = [u for u in api.state.update_log if u not in waiting]
        kill.acknowledged = len(confirmed)
        applied = self.bot.applied()
        lost = sorted(set(confirmed) - applied)
        assert not lost, (
            f"kill {kill.number} ({kill.how}): updates {lost} were confirmed to Telegram but "
            f"are not recorded as applied (seed {SEED})"
        )
        kill.unsent = {r.id for r in self.bot.rows(Outbox, Outbox.state != "sent")}
        return kill

    async def stop(self, pid: int) -> int:
        """A graceful stop (SIGTERM): the bot finishes what it has in hand."""
        os.kill(pid, signal.SIGTERM)
        self.pid = 0
        return await asyncio.wait_for(self.exited[pid], timeout=30)

    async def close(self) -> None:
        if self.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self.pid = 0
        if self.server is not None:
            if self.server.stdin is not None:
                self.server.stdin.close()
            try:
                await asyncio.wait_for(self.server.wait(), timeout=10)
            except TimeoutError:
                self.server.kill()
                await self.server.wait()
        if self.reader is not None:
            self.reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.reader

    def tail(self, lines: int = 40) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "bot log (last lines):\n" + "\n".join(text.splitlines()[-lines:])

    async def until_answered(self, chat_id: int, update_id: int) -> None:
        """Until the update is applied (confirmed to Telegram: the bot committed its
        effects) and everything due for the chat is sent (maybe by a later process)."""
        api = self.bot.api
        while True:
            with api.state.lock:
                waiting = any(u.update_id == update_id for u in api.state.pending)
            if not waiting:
                due = self.bot.rows(
                    Outbox,
                    Outbox.chat_id == chat_id,
                    col(Outbox.state).in_(("pending", "claimed", "sending")),
                    Outbox.not_before <= self.bot.clock.now(),
                )
                if not due:
                    return
            await asyncio.sleep(0.05)

    async def until_cycle(self, cycle: int) -> None:
        while self.cycle < cycle:
            await self.new_cycle.wait()


# -- members -------------------------------------------------------------------------------


@dataclass
class Walk:
    """One member going through the flow, a move or so per bot process."""

    user: User
    code: str
    crashes: Crashes
    rng: random.Random
    start_cycle: int
    acted: list[tuple[str, int]] = field(default_factory=list)  # (move, update id)
    done: bool = False

    async def run(self) -> None:
        crashes = self.crashes
        await crashes.until_cycle(self.start_cycle)
        while (move := next_move(self.user, self.code)) is not None:
            assert len(self.acted) < MAX_MOVES, f"member {self.user.id} goes round in circles"
            await crashes.until_cycle(crashes.cycle + self.rng.choice((0, 0, 1)))
            await asyncio.sleep(self.rng.uniform(0, 0.3))
            update_id = move.act()
            self.acted.append((move.name, update_id))
            await crashes.until_answered(self.user.id, update_id)
        self.done = True


def _repeats(crashes: Crashes) -> list[list[Sent]]:
    """Runs of identical messages sent to a chat one right after the other."""
    by_chat: dict[int, list[Sent]] = {}
    for sent in crashes.sent:
        by_chat.setdefault(sent.chat_id, []).append(sent)
    runs = []
    for messages in by_chat.values():
        run = [messages[0]]
        for sent in messages[1:]:
            if (sent.text, sent.markup) == (run[-1].text, run[-1].markup):
                run.append(sent)
                continue
            if len(run) > 1:
                runs.append(run)
            run = [sent]
        if len(run) > 1:
            runs.append(run)
    return runs


def _outbox_of(bot: BotHarness, chats: set[int]) -> str:
    """The queue's rows of these chats, for a failure's report."""
    rows = bot.rows(Outbox, col(Outbox.chat_id).in_(chats))
    return "outbox rows of those chats:\n" + "\n".join(
        f"  #{r.id} chat {r.chat_id} {r.kind} {r.state} message {r.message_id} "
        f"edit of {r.edit_of} attempts {r.attempts} lease {r.lease_until} sent {r.sent_at} "
        f"{(r.text or '')[:40]!r}"
        for r in sorted(rows, key=lambda r: (r.chat_id, r.id or 0))
    )


def _stuck_report(bot: BotHarness, walk: Walk) -> str:
    api, user = bot.api, walk.user
    name, update_id = walk.acted[-1] if walk.acted else (None, None)
    applied = bool(update_id and update_id in bot.applied())
    members = bot.rows(Member, Member.telegram_id == user.id)
    unsent = [
        f"  outbox #{r.id} {r.kind} {r.state} attempts={r.attempts} {(r.text or '')[:50]!r}"
        for r in bot.rows(Outbox, Outbox.chat_id == user.id, Outbox.state != "sent")
    ]
    return (
        f"member {user.id} stuck after {name!r} "
        f"(update {update_id}, recorded as applied: {applied}, member rows: {len(members)})\n"
        + "\n".join(unsent or ["  no unsent outbox rows"])
        + "\n"
        + api.dump(user.id)
    )


# -- the test ------------------------------------------------------------------------------


async def test_the_bot_killed_again_and_again_loses_nothing_and_repeats_little(
    bot: BotHarness, organiser, tmp_path: Path
) -> None:
    began = time.monotonic()
    database = bot.settings.database_url.split(":", 1)[0]
    print(f"\ncrash test on {database}: seed {SEED}, at least {MIN_KILLS} kills")
    code = await open_session(organiser, "Crash", flow="park_redesign")
    await bot.stop()  # from here on the bot runs in processes of its own

    rng = random.Random(SEED)
    crashes = Crashes(bot, tmp_path / "bots.log", rng)
    walks = [
        Walk(
            bot.api.user(FIRST_ID + i, f"Member{i}", f"member{i}"),
            code,
            crashes,
            random.Random(SEED * 1000 + i),
            start_cycle=1 + (i * MIN_KILLS * 2 // 3) // MEMBERS,
        )
        for i in range(MEMBERS)
    ]
    await crashes.open()
    tasks = [asyncio.create_task(walk.run()) for walk in walks]
    how = Counter[str]()
    try:
        while True:
            pid = await crashes.spawn()
            finished = len(crashes.kills) >= MIN_KILLS and all(w.done for w in walks)
            if finished or crashes.cycle >= MAX_CYCLES:
                break  # this one is the last
            mode = rng.choice(("starting", "running", "request", "request"))
            if mode == "starting":  # somewhere in its start (released claims, first tick)
                expected = sum(crashes.startup[-5:]) / len(crashes.startup[-5:] or [1]) or 0.3
                await asyncio.sleep(rng.uniform(0, expected))
                await crashes.kill_now("starting")
            else:
                await crashes.until_ready(pid)
                if mode == "running":
                    await asyncio.sleep(rng.uniform(0, 0.6))
                    await crashes.kill_now("running")
                else:
                    crashes.trapped.clear()
                    crashes.trap = (rng.choice(TRAPPED), rng.randint(1, 4))
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(crashes.trapped.wait(), 1.5)
                    crashes.trap = None
                    await crashes.kill_now("running (no request came)")
            kill = await crashes.after_kill()
            how[kill.how] += 1
            bot.clock.advance(seconds=RESTART_ADVANCE)

        # the last bot: it settles everything, then stops gracefully
        last = crashes.pid
        await crashes.until_ready(last)
        await asyncio.wait(tasks, timeout=SETTLE_TIMEOUT)
        await bot.api.wait_handled(timeout=SETTLE_TIMEOUT)
        status = await crashes.stop(last)
        assert status == 0, f"the last bot did not stop cleanly ({status})\n{crashes.tail()}"
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await crashes.close()

    seconds = time.monotonic() - began
    kills = len(crashes.kills)
    runs = _repeats(crashes)
    duplicates = sum(len(run) - 1 for run in runs)
    kill_of = {k.pid: k for k in crashes.kills}
    rows = {  # the message each row sent (an edit's row names the message it changed)
        (r.chat_id, r.message_id): r
        for r in bot.rows(Outbox, Outbox.state == "sent", col(Outbox.edit_of).is_(None))
    }
    edit_repeats = sum(
        1
        for r in bot.api.requests
        if r.method.lower() == "editmessagetext" and "not modified" in (r.error or "")
    )
    startup = sorted(crashes.startup)
    summary = (
        f"{database}: seed {SEED}, {kills} kills ({dict(how)}), {crashes.cycle} bot processes, "
        f"{len(bot.api.state.update_log)} updates, {len(crashes.sent)} messages sent, "
        f"{duplicates} sent twice in a row, {edit_repeats} edits repeated, "
        f"start-up median {startup[len(startup) // 2] if startup else 0:.2f}s, {seconds:.1f}s"
    )
    print(summary)

    # no member is left without the reply to their last action
    stuck = [w for w in walks if not w.done]
    assert not stuck, f"{summary}\n\n" + "\n\n".join(_stuck_report(bot, w) for w in stuck)

    # every update was applied, exactly once, and each member's answers stored as tapped
    assert not bot.api.pending_updates, "every update was confirmed in the end"
    applied = bot.applied()
    assert set(bot.api.state.update_log) <= applied, "every update is recorded as applied"
    problems = []
    for walk in walks:
        [member] = bot.rows(Member, Member.telegram_id == walk.user.id)
        incoming = bot.rows(
            TranscriptMessage,
            TranscriptMessage.member_id == member.id,
            TranscriptMessage.direction == "in",
        )
        if len(incoming) != len(walk.acted):
            problems.append(
                f"member {walk.user.id}: {len(walk.acted)} updates, {len(incoming)} in the "
                f"transcript: {[m for m, _ in walk.acted]}"
            )
        answers = bot.rows(Answer, Answer.member_id == member.id, ~col(Answer.superseded))
        stored = Counter(a.step_id for a in answers)
        values = {a.step_id: a.value for a in answers}
        if stored != Counter(EXPECTED_ANSWERS.keys()) or values != EXPECTED_ANSWERS:
            problems.append(f"member {walk.user.id}: answers {sorted(stored.items())} {values}")
    assert not problems, f"{summary}\n" + "\n".join(problems)

    # a message sent twice in a row: its first copy went out from a process killed before
    # it recorded the send (the row was still unsent once that process was dead)
    unexplained = []
    for run in runs:
        # the copy recorded as sent: the run's last; else the next copy after it, when the
        # process that sent the run's last copy was killed too before recording it (a
        # reply and the question after it sent again: the question's copy broke the run)
        row = rows.get((run[-1].chat_id, run[-1].message_id))
        if row is None:
            later = (
                m for m in crashes.sent
                if (m.chat_id, m.text, m.markup) == (run[-1].chat_id, run[-1].text, run[-1].markup)
                and m.message_id > run[-1].message_id
            )  # fmt: skip
            nearest = min(later, key=lambda m: m.message_id, default=None)
            row = rows.get((nearest.chat_id, nearest.message_id)) if nearest else None
        for first, second in itertools.pairwise(run):
            kill = kill_of.get(first.pid)
            if kill is None or second.pid == first.pid or row is None or row.id not in kill.unsent:
                unexplained.append(
                    f"chat {first.chat_id}: #{first.message_id} (bot {first.pid}, "
                    f"{'killed' if kill else 'not killed'}) and #{second.message_id} "
                    f"(bot {second.pid}), outbox #{row.id if row else None}: "
                    f"{first.text[:60]!r} (unsent at that kill: "
                    f"{sorted(kill.unsent) if kill else None}; kill: {kill.how if kill else None})"
                )
    assert not unexplained, (
        f"{summary}\nsent twice, not by a kill:\n"
        + "\n".join(unexplained)
        + "\n"
        + _outbox_of(bot, {run[0].chat_id for run in runs})
        + "\n"
        + crashes.tail(200)
    )
    assert duplicates <= kills, f"{summary}: more repeats than kills"
    assert kills >= MIN_KILLS, summary
