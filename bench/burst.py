"""A burst: every member of a session taps one option of the organiser's poll within a
minute. How long until every tap is applied and answered, how much memory, against a bare
python-telegram-bot echo bot taking the same burst.

    .venv/bin/python -m bench.burst [--members 10000] [--databases sqlite,postgres]
                                    [--seconds 60] [--phases echo,echo-limited,project]
                                    [--json]

Each phase runs in its own Python process (so peak RSS belongs to one bot) against its own
fresh `BotApiDouble` on 127.0.0.1, the bot, the double and the members in one event loop
(as in `bench/throughput.py`, whose double hooks, echo bot and database handling are
reused):

  project       the project's bot as shipped (`BotRunner(settings)`: lanes, sender, group
                commit, its pacing at Telegram's 30 messages a second), the double answering
                429 to what breaks Telegram's limits. Once per database.
  echo          the baseline: a bare PTB `Application` (PTB's own Updater, one update at a
                time) whose tap handler answers the tap and edits the tapped message with
                the same option buttons. No rate limiter: it breaks Telegram's 30/s, which
                the double counts but does not refuse.
  echo-limited  the same echo bot with PTB's `AIORateLimiter`, the double answering 429s
                (as Telegram would): a bare bot that keeps Telegram's limit too.

Setup, not timed. Project: the organiser runs `/newsession ... --flow park_redesign` and
`/open`; the members are bulk-loaded through the `storage.models` tables (member,
participation consented, activated and completed: they went through the flow earlier);
their private chats are marked known in the double (they have written to the bot before);
the organiser runs `/poll <code> <question> | <4 options>`, and the bot sends the poll to
every member through its own queue and sender with its rate limiter taken out (so setup
takes seconds, not members/30 seconds); the limiter is put back before the burst. Echo:
the echo bot sends each member a message with the same four option buttons, unthrottled.

Timed: the members tap, in random order, due one every `--seconds`/members (10,000 in 60 s:
167 a second), each option `member % 4`, without waiting for each other (an open loop:
when the shared event loop is late, every tap due by then is queued at once). Time 0 is
the first tap. A tap is

  answered   when its `answerCallbackQuery` arrives at the double (never rate-limited);
  applied    (project) when its ballot is committed: a connection of its own counts the
             ballot rows every 0.1 s; at the end there must be exactly one per member;
  confirmed  when the bot's getUpdates offset passes it (under a backlog the project's
             bot sets long-running updates aside on disk and confirms them before they
             are applied: read `applied`);
  cleared    when all that happened and the bot's edit of the poll message (showing the
             choice) arrived: an edit per tap, which the bot's pacing (and PTB's
             AIORateLimiter) counts against Telegram's 30 messages a second, so clearing
             10,000 taps takes at least 10,000 / 30 = 333 s for a bot that keeps the
             limit. The double counts sends only, not edits.

Figures: the time until every tap is answered / applied / confirmed / cleared, latency
p50/p95/p99/max from a tap's due time to its answer (and to its edit), the process's CPU
over the burst (the double and the members included), RSS at the burst's start, its peak
during the burst (sampled every 0.25 s) and the child's VmHWM (setup included), SQL
statements and commits per tap (project), 429s and limit breaks. Ratios: echo's time ÷
this phase's, to clear and to answer every tap.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.throughput import (
    LIMITED,
    ORGANISER_ID,
    STEP_TIMEOUT,
    Members,
    _open_session,
    count_sql,
    fresh_database,
    make_users,
    percentile,
    rss_kib,
    sql_work,
)
from botapi_double import BotApiDouble, User
from botapi_double.model import BotMessage

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "Which seating should the new park have?"
OPTIONS = ("Wooden benches", "Stone seats", "Picnic tables", "Swing seats")
PHASES = ("echo", "echo-limited", "project")
PACED_PER_SECOND = 30.0  # Telegram's overall limit on messages and edits


class Taps(Members):
    """`bench.throughput.Members`, keeping for each tap when it was made, answered, edited
    and confirmed."""

    def __init__(self, api: BotApiDouble) -> None:
        super().__init__(api)
        self.times: list[tuple[float, float, float, float]] = []

    def tap(self, user: User, data: str, message: BotMessage, at: float) -> asyncio.Task[None]:
        """Queue the tap now (it was due `at`); the task waits for the bot's answer, its
        edit of the message and the confirmation of the update."""
        loop = asyncio.get_running_loop()
        futures = [loop.create_future() for _ in range(3)]
        self.last[("edit", user.id)] = ([1], futures[1])
        update_id = user.taps_data(data, message)
        query = str(self.state.update_log[update_id].payload["id"])
        self.first[("query", query)] = (at, futures[0])
        self.confirms[update_id] = futures[2]
        self.acted += 1
        return loop.create_task(self._wait(user, at, futures))

    async def _wait(self, user: User, at: float, futures: list[asyncio.Future[None]]) -> None:
        stamps = [0.0, 0.0, 0.0]

        async def stamp(i: int) -> None:
            await futures[i]
            stamps[i] = time.monotonic()

        try:
            await asyncio.wait_for(asyncio.gather(*(stamp(i) for i in range(3))), STEP_TIMEOUT)
        except TimeoutError:
            self.failures.append(f"{user}: no answer, edit or confirmation in {STEP_TIMEOUT} s")
            return
        self.times.append((at, stamps[0], stamps[1], stamps[2]))


def _option_data(message: BotMessage) -> list[str]:
    rows = (message.reply_markup or {}).get("inline_keyboard") or []
    return [b["callback_data"] for row in rows for b in row if "callback_data" in b]


def _tap_of(user: User, n: int) -> tuple[User, str, BotMessage]:
    """What member `n` taps: option n % 4 of the latest message showing the options."""
    for message in reversed(user.messages):
        data = _option_data(message)
        if len(data) >= len(OPTIONS):
            return user, data[n % len(OPTIONS)], message
    raise AssertionError(f"{user} has no poll to tap")


class RssSampler:
    """The process's RSS every `every` seconds while running: the peak of a stretch."""

    def __init__(self, every: float = 0.25) -> None:
        self.every, self.peak_kib = every, rss_kib()
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            self.peak_kib = max(self.peak_kib, rss_kib())
            await asyncio.sleep(self.every)

    def __enter__(self) -> RssSampler:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *_exc: object) -> None:
        self.peak_kib = max(self.peak_kib, rss_kib())
        if self._task is not None:
            self._task.cancel()


async def _applied_at(count: Callable[[], int], wanted: int) -> float:
    """When `count()` (sampled every 0.1 s) first reached `wanted`."""
    while count() < wanted:
        await asyncio.sleep(0.1)
    return time.monotonic()


async def burst(
    api: BotApiDouble,
    taps: list[tuple[User, str, BotMessage]],
    seconds: float,
    applied: Callable[[], int] | None = None,
) -> dict[str, Any]:
    """Offer the taps uniformly over `seconds` (an open loop) and time them; `applied`
    counts what is stored (the ballots)."""
    members = Taps(api)
    requests_before = len(api.requests)
    violations_before = len(api.limit_violations)
    random.Random(22).shuffle(taps)
    interval = seconds / max(1, len(taps))
    running: list[asyncio.Task[None]] = []
    with RssSampler() as rss:
        start, cpu_start = time.monotonic(), time.process_time()
        while len(running) < len(taps):
            # every tap due by now, at once: a busy event loop delays the taps, never thins them
            due = min(len(taps), int((time.monotonic() - start) / interval) + 1)
            for n in range(len(running), due):
                user, data, message = taps[n]
                running.append(members.tap(user, data, message, start + n * interval))
            await asyncio.sleep(max(0.0, start + len(running) * interval - time.monotonic()))
        offered = time.monotonic() - start
        stored = asyncio.create_task(_applied_at(applied, len(taps))) if applied else None
        await asyncio.gather(*running)
        await api.wait_handled(timeout=STEP_TIMEOUT)
        cpu = time.process_time() - cpu_start
    times = members.times
    answered = [a - q for q, a, _e, _c in times]
    edited = [e - q for q, _a, e, _c in times]
    requests = api.requests[requests_before:]
    methods = Counter(r.method for r in requests if r.method.lower() != "getupdates")
    limited = sum(n for m, n in methods.items() if m.lower() in LIMITED)
    if stored is not None:  # the last ballot may be committed after its answer went
        await asyncio.wait_for(stored, STEP_TIMEOUT)
    clear = max((max(t[1:]) for t in times), default=start) - start
    if stored is not None:
        clear = max(clear, stored.result() - start)
    return {
        "taps": len(taps),
        "offered_s": offered,
        "answered_s": max((t[1] for t in times), default=start) - start,
        "edited_s": max((t[2] for t in times), default=start) - start,
        "confirmed_s": max((t[3] for t in times), default=start) - start,
        "applied_s": stored.result() - start if stored else None,
        "clear_s": clear,
        "taps_per_s": len(times) / clear if clear else 0.0,
        "latency_ms": _quantiles(answered),
        "edit_latency_ms": _quantiles(edited),
        "cpu_s": cpu,
        "cpu_share": cpu / clear if clear else 0.0,
        "cpu_ms_per_tap": 1000 * cpu / max(1, len(times)),
        "limited_per_tap": limited / max(1, len(taps)),
        "paced_floor_s": limited / PACED_PER_SECOND,
        "requests": dict(sorted(methods.items())),
        "refused_429": sum(1 for r in requests if r.status == 429),
        "limit_breaks": dict(Counter(v.rule for v in api.limit_violations[violations_before:])),
        "burst_peak_rss_mib": rss.peak_kib / 1024,
        "failures": len(members.failures),
        "failure_examples": members.failures[:3],
    }


def _quantiles(values: list[float]) -> dict[str, float]:
    return {
        q: 1000 * percentile(values, v)
        for q, v in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0))
    }


async def _sent_to(api: BotApiDouble, chats: set[int], timeout: float) -> None:
    """Until every chat in `chats` got a sendMessage (setup: the poll delivered)."""
    seen: set[int] = set()
    upto, ends = 0, time.monotonic() + timeout
    while not chats <= seen:
        if time.monotonic() > ends:
            raise AssertionError(f"the poll reached {len(seen)} of {len(chats)} within {timeout}s")
        await asyncio.sleep(0.25)
        requests = api.requests[upto:]
        upto += len(requests)
        seen.update(
            int(r.params["chat_id"])
            for r in requests
            if r.method.lower() == "sendmessage" and r.status == 200
        )


# -- the echo bot ---------------------------------------------------------------------------


async def run_echo(members: int, seconds: float, limited: bool) -> dict[str, Any]:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.ext import AIORateLimiter, CallbackQueryHandler

    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=f"opt{i}")] for i, text in enumerate(OPTIONS)]
    )

    async def tapped(update: Update, _context: Any) -> None:
        query = update.callback_query
        assert query is not None  # the handler is for taps
        await query.answer(f"Saved: {query.data}")
        await query.edit_message_text(f"{QUESTION}\nYou chose {query.data}", reply_markup=keyboard)

    async with BotApiDouble(bot_username="echo_bench_bot") as api:
        builder = api.application_builder()
        if limited:
            builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
        app = builder.build()
        app.add_handler(CallbackQueryHandler(tapped))
        await app.initialize()
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=10)
        rss_ready = rss_kib()
        try:
            users = make_users(api, members)
            gate = asyncio.Semaphore(32)

            async def deliver(user: User) -> None:
                user.chat.known = True
                async with gate:
                    await app.bot.send_message(user.id, QUESTION, reply_markup=keyboard)

            setup_started = time.monotonic()
            bot = app.bot
            if limited:  # the setup's messages go unthrottled, as the project's poll does
                saved, bot._rate_limiter = bot._rate_limiter, None
            await asyncio.gather(*(deliver(u) for u in users))
            if limited:
                bot._rate_limiter = saved
            setup = time.monotonic() - setup_started
            api.count_limits(enforce=limited)
            rss_start = rss_kib()
            taps = [_tap_of(u, n) for n, u in enumerate(users)]
            figures = await burst(api, taps, seconds)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
    return figures | {
        "setup_s": setup,
        "rss_ready_mib": rss_ready / 1024,
        "rss_burst_start_mib": rss_start / 1024,
    }


# -- the project's bot ---------------------------------------------------------------------


def _load_members(runner: Any, code: str, users: list[User]) -> int:
    """The members, consented to the session and through its flow, bulk-loaded; the
    session's id."""
    from sqlalchemy import insert
    from sqlmodel import select

    from storage.models import CoSession, Member, Participation

    now = datetime.now(UTC)
    with runner.db.transaction() as s:
        session_id = s.exec(select(CoSession.id).where(CoSession.join_code == code)).one()
        s.execute(insert(Member), [
            {"telegram_id": u.id, "display_name": f"Member{n} Bench", "username": f"member{n}",
             "language": "en", "consented_at": now, "active_session_id": session_id,
             "created_at": now, "last_seen_at": now}
            for n, u in enumerate(users)
        ])  # fmt: skip
        ids = dict(s.execute(select(Member.telegram_id, Member.id)).tuples().all())
        s.execute(insert(Participation), [
            {"session_id": session_id, "member_id": ids[u.id], "joined_at": now,
             "consented_at": now, "activated_at": now, "completed_at": now,
             "ref_code": f"b{n:09d}", "source": "link"}
            for n, u in enumerate(users)
        ])  # fmt: skip
    for user in users:
        user.chat.known = True  # they have written to the bot before
    return int(session_id)


def _ballots(runner: Any) -> dict[str, int]:
    from sqlalchemy import func
    from sqlmodel import select

    from storage.models import Ballot

    with runner.db.session() as s:
        rows = s.exec(select(func.count(), func.count(func.distinct(Ballot.member_id)))).one()
    return {"ballots": int(rows[0]), "voters": int(rows[1])}


async def run_project(members: int, database: str, seconds: float) -> dict[str, Any]:
    from sqlalchemy import text

    from bot.app import BotRunner
    from bot.settings import load_settings
    from storage.db import make_engine

    with contextlib.ExitStack() as stack:
        url = fresh_database(stack, database, "burst")
        async with BotApiDouble(bot_username="codesign_bench_bot") as api:
            settings = load_settings(
                telegram_bot_token=api.token,
                telegram_api_base_url=api.base_url,
                database_url=url,
                admin_ids=(ORGANISER_ID,),
                log_level="WARNING",
            )
            runner = BotRunner(settings)
            bot = runner.app.bot
            pacer, bot._rate_limiter = bot._rate_limiter, None  # setup goes unthrottled
            await runner.start()
            rss_ready = rss_kib()
            sql = count_sql(runner)
            try:
                setup_started = time.monotonic()
                code = await _open_session(api)
                users = make_users(api, members, code)
                _load_members(runner, code, users)
                organiser = api.user(ORGANISER_ID)
                organiser.says(f"/poll {code} {QUESTION} | {' | '.join(OPTIONS)}")
                await _sent_to(api, {u.id for u in users}, timeout=STEP_TIMEOUT)
                await runner.settle()
                setup = time.monotonic() - setup_started
                bot._rate_limiter = pacer  # as shipped from here on
                api.count_limits(enforce=True)  # Telegram's 429s, as it would answer
                taps = [_tap_of(u, n) for n, u in enumerate(users)]
                rss_start = rss_kib()
                ballots = make_engine(url)  # its own engine: not counted in `sql`
                stack.callback(ballots.dispose)

                def stored() -> int:
                    with ballots.connect() as connection:
                        return int(
                            connection.execute(text("SELECT count(*) FROM ballot")).scalar_one()
                        )

                sql.clear()
                figures = await burst(api, taps, seconds, stored)
                await runner.settle()  # what the taps caused is recorded too
                figures["sql_per_tap"] = {
                    k: v / max(1, figures["taps"]) for k, v in sorted(sql.items())
                }
                figures |= _ballots(runner)
            finally:
                await runner.stop()
                runner.db.dispose()
    return figures | {
        "setup_s": setup,
        "rss_ready_mib": rss_ready / 1024,
        "rss_burst_start_mib": rss_start / 1024,
    }


# -- running -------------------------------------------------------------------------------


def _vm_hwm_mib() -> float:
    """Peak RSS of this process (its own VmHWM: `ru_maxrss` survives exec)."""
    with contextlib.suppress(OSError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_phase(args: argparse.Namespace) -> dict[str, Any]:
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("httpx", "telegram", "bot", "aiohttp"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    if args.phase == "project":
        figures = asyncio.run(run_project(args.members, args.database, args.seconds))
    else:
        figures = asyncio.run(run_echo(args.members, args.seconds, args.phase == "echo-limited"))
    return figures | {
        "phase": args.phase,
        "members": args.members,
        "database": args.database if args.phase == "project" else None,
        "peak_rss_mib": _vm_hwm_mib(),
    }


def run_child(phase: str, members: int, database: str, seconds: float) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "bench.burst", "--phase", phase, "--members", str(members),
        "--database", database, "--seconds", str(seconds), "--json",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=7200)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"phase {phase} ({members}, {database}) failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(f: dict[str, Any], echo: dict[str, Any] | None = None) -> None:
    label = f["phase"] + (f" {f['database']}" if f.get("database") else "")
    lat, edit = f["latency_ms"], f["edit_latency_ms"]
    applied = "n/a" if f.get("applied_s") is None else f"{f['applied_s']:.1f} s"
    ratio = (
        f"  ratio echo/this: cleared {echo['clear_s'] / f['clear_s']:.2f}, "
        f"answered {echo['answered_s'] / f['answered_s']:.2f}"
        if echo and f["clear_s"] and f["answered_s"]
        else ""
    )
    print(
        f"  {label:<16} {f['taps']} taps offered over {f['offered_s']:.1f} s (setup "
        f"{f['setup_s']:.1f} s){ratio}\n"
        f"      every tap answered {f['answered_s']:.1f} s, applied {applied}, confirmed "
        f"{f['confirmed_s']:.1f} s, edited {f['edited_s']:.1f} s: cleared {f['clear_s']:.1f} s "
        f"({f['taps_per_s']:.1f} taps/s)\n"
        f"      to the answer p50 {lat['p50']:.0f} / p95 {lat['p95']:.0f} / p99 {lat['p99']:.0f}"
        f" / max {lat['max']:.0f} ms; to the edit p50 {edit['p50']:.0f} / p99 "
        f"{edit['p99']:.0f} / max {edit['max']:.0f} ms\n"
        f"      CPU {f['cpu_s']:.1f} s ({100 * f['cpu_share']:.0f}% of a core, "
        f"{f['cpu_ms_per_tap']:.2f} ms/tap); RSS started {f['rss_ready_mib']:.0f}, burst "
        f"start {f['rss_burst_start_mib']:.0f}, burst peak {f['burst_peak_rss_mib']:.0f}, "
        f"process peak {f['peak_rss_mib']:.0f} MiB"
    )
    sql = f.get("sql_per_tap") or {}
    work = ";" + sql_work(sql)[1:] if sql else ""
    print(
        f"      per tap: {f['limited_per_tap']:.2f} rate-limited requests (at 30/s: "
        f"{f['paced_floor_s']:.0f} s at least){work}; 429s {f['refused_429']}; "
        f"limit breaks {f['limit_breaks'] or 'none'}"
    )
    if "ballots" in f:
        print(f"      in the database: {f['ballots']} ballots from {f['voters']} members")
    if f["failures"]:
        print(f"      FAILURES {f['failures']}: {f['failure_examples']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.burst", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--seconds", type=float, default=60.0, help="over which the taps come")
    parser.add_argument("--phases", default=",".join(PHASES), help="comma-separated")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--phase", choices=PHASES, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--database", default="sqlite", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase is not None:
        figures = run_phase(args)
        print(json.dumps(figures) if args.json else "", end="\n" if args.json else "")
        if not args.json:
            show(figures)
        return
    phases = [p for p in PHASES if p in args.phases.split(",")]
    if not args.json:
        print(f"== {args.members} members, one tap each over {args.seconds:g} s", flush=True)
    runs, echo = [], None
    for phase in phases:
        for database in args.databases.split(",") if phase == "project" else ["sqlite"]:
            figures = run_child(phase, args.members, database, args.seconds)
            runs.append(figures)
            echo = figures if phase == "echo" else echo
            if not args.json:
                show(figures, echo if phase != "echo" else None)
                sys.stdout.flush()
    if args.json:
        print(json.dumps(runs))


if __name__ == "__main__":
    main()
