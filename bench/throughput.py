"""Throughput, latency and memory of the bot against the Bot API double, with a baseline.

    .venv/bin/python -m bench.throughput [--members N] [--database sqlite|postgres] [--json]

Three phases, each in its own Python process (so peak RSS belongs to one bot) and each
against its own fresh `BotApiDouble` on 127.0.0.1:

  echo                 the baseline: a bare python-telegram-bot Application polling
                       through PTB's own Updater; a MessageHandler replies with the same
                       text (and one inline button), a CallbackQueryHandler answers the
                       query and edits the message. No rate limiter.
  project              the project's bot as shipped: `BotRunner(make_deps(settings))`
                       with ConfirmingPoller and its pacing rate limiter (bot/limits.py),
                       on SQLite in a temporary directory, or on a fresh PostgreSQL
                       database dropped afterwards.
  project-unthrottled  the same bot with its rate limiter taken out of its Bot, to see
                       the handling cost apart from Telegram's 30 messages/s limit.
  echo-limited         (only with --phase echo-limited) the echo bot with the project's
                       rate limiter: the like-for-like baseline for `project`.

N simulated members act at the same time, each one step after the other, like people:
every step waits for the bot's first reply in that member's chat and for the update to
be confirmed (for the project bot that means handled and committed). Both bots get the
same traffic per member: 2 text messages and 6 button taps.

  project  /start CODE, [I agree], [Most days], [Walking], [Children's play], [Done], [4],
           a text answer (the admin first runs /newsession Bench --flow park_redesign
           and /open CODE; that setup is not timed)
  echo     a text, 6 taps, a text

Latency per update is measured from the double's records: the time the update was
queued until the bot's first request addressed to that chat (sendMessage,
editMessageText, answerCallbackQuery, ...). Under load it includes the wait behind
other members' updates, as a real user would see it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from botapi_double import BotApiDouble, User

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ORGANISER_ID = 9001
FIRST_MEMBER_ID = 100_000
STEP_TIMEOUT = 60.0  # seconds one member waits for the bot before giving up
TEXT_ANSWER = "More benches and some shade near the playground would be lovely"

PHASES = ("echo", "project", "project-unthrottled")

Step = Callable[[User], int]


# -- pacing members on the double's records --------------------------------------------


class Pacer:
    """Lets each member wait for the bot, through hooks on this double's state only.

    The double calls `record` when a request arrives (before running it) and `confirm`
    when the bot moves its getUpdates offset; both run on this event loop, so a future
    per member is enough (no waking of every waiter on every change). The first reply
    to a tap is the `answerCallbackQuery` for that query; to a message, the next
    `send*` request to that chat. Its `RequestRecord.time` minus the time the update
    was queued is the update's latency.
    """

    def __init__(self, api: BotApiDouble) -> None:
        self.state = api.state
        self.replies: dict[tuple[str, Any], tuple[float, asyncio.Future[None]]] = {}
        self.confirms: dict[int, asyncio.Future[None]] = {}
        self.latencies: list[float] = []
        self.queued = 0
        original_record, original_confirm = self.state.record, self.state.confirm

        def record(method: str, params: dict[str, Any]) -> Any:
            rec = original_record(method, params)
            name = method.lower()
            if name == "answercallbackquery":
                key: tuple[str, Any] = ("query", str(params.get("callback_query_id")))
            elif name.startswith("send") and "chat_id" in params:
                with contextlib.suppress(TypeError, ValueError):
                    key = ("chat", int(params["chat_id"]))
            else:
                return rec
            waiter = self.replies.pop(key, None)
            if waiter is not None and not waiter[1].done():
                self.latencies.append(rec.time - waiter[0])
                waiter[1].set_result(None)
            return rec

        def confirm(offset: int) -> None:
            original_confirm(offset)
            for update_id in [u for u in self.confirms if u < offset]:
                future = self.confirms.pop(update_id)
                if not future.done():
                    future.set_result(None)

        self.state.record = record  # type: ignore[method-assign]
        self.state.confirm = confirm  # type: ignore[method-assign]

    async def act(self, user: User, step: Step) -> None:
        """Queue one update, then wait for its first reply and its confirmation."""
        loop = asyncio.get_running_loop()
        queued_at = time.monotonic()
        update_id = step(user)
        update = self.state.update_log[update_id]
        if update.kind == "callback_query":
            key: tuple[str, Any] = ("query", str(update.payload["id"]))
        else:
            key = ("chat", user.id)
        replied: asyncio.Future[None] = loop.create_future()
        confirmed: asyncio.Future[None] = loop.create_future()
        self.replies[key] = (queued_at, replied)
        self.confirms[update_id] = confirmed
        self.queued += 1
        await asyncio.wait_for(asyncio.gather(replied, confirmed), STEP_TIMEOUT)


# -- measuring ---------------------------------------------------------------------------


def rss_kib() -> int:
    with contextlib.suppress(OSError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def drive(
    api: BotApiDouble, users: list[User], script: list[Step], pacer: Pacer
) -> dict[str, Any]:
    """Run every member's script concurrently; figures for the timed window."""
    failures: list[str] = []

    async def member(user: User) -> None:
        for step in script:
            try:
                await pacer.act(user, step)
            except (AssertionError, TimeoutError) as exc:
                failures.append(f"{user}: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
                return

    requests_before = len(api.requests)
    violations_before = len(api.limit_violations)
    started, cpu_started = time.monotonic(), time.process_time()
    await asyncio.gather(*(member(u) for u in users))
    await api.wait_handled(timeout=STEP_TIMEOUT)
    wall, cpu = time.monotonic() - started, time.process_time() - cpu_started

    requests = api.requests[requests_before:]
    methods = Counter(r.method for r in requests if r.method.lower() != "getupdates")
    latencies = pacer.latencies
    violations = Counter(v.rule for v in api.limit_violations[violations_before:])
    handled = pacer.queued
    return {
        "updates": handled,
        "wall_s": wall,
        "updates_per_s": handled / wall if wall else 0.0,
        "cpu_s": cpu,
        "sent_messages": methods.get("sendMessage", 0),
        "requests": dict(sorted(methods.items())),
        "getupdates_calls": sum(1 for r in requests if r.method.lower() == "getupdates"),
        "latency_ms": {
            "p50": 1000 * percentile(latencies, 0.50),
            "p95": 1000 * percentile(latencies, 0.95),
            "max": 1000 * max(latencies, default=float("nan")),
            "measured": len(latencies),
        },
        "limit_violations": dict(violations),
        "failures": len(failures),
        "failure_examples": failures[:3],
    }


def make_users(api: BotApiDouble, n: int) -> list[User]:
    return [
        api.user(FIRST_MEMBER_ID + i, f"Member{i}", f"member{i}", last_name="Bench")
        for i in range(n)
    ]


# -- the two bots ------------------------------------------------------------------------


async def run_echo(members: int, rate_limiter: bool) -> dict[str, Any]:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.ext import CallbackQueryHandler, MessageHandler, filters

    from bot.limits import Pacer as PacingLimiter
    from bot.policy import Pacing

    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Tap", callback_data="tap")]])

    async def echo(update: Update, _context: Any) -> None:
        message = update.effective_message
        await message.reply_text(message.text, reply_markup=keyboard)

    async def tapped(update: Update, _context: Any) -> None:
        query = update.callback_query
        await query.answer()
        await query.edit_message_text(f"tapped {query.data}", reply_markup=keyboard)

    async with BotApiDouble(bot_username="echo_bench_bot") as api:
        pacer = Pacer(api)
        t0 = time.monotonic()
        builder = api.application_builder()
        if rate_limiter:
            builder = builder.rate_limiter(PacingLimiter(Pacing()))
        app = builder.build()
        app.add_handler(MessageHandler(filters.TEXT, echo))
        app.add_handler(CallbackQueryHandler(tapped))
        await app.initialize()
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=10)
        startup = time.monotonic() - t0
        rss_ready = rss_kib()
        users = make_users(api, members)
        script: list[Step] = [lambda u: u.says(f"hello from {u.id}")]
        script += [lambda u, i=i: u.taps_data(f"tap{i}") for i in range(1, 7)]
        script += [lambda u: u.says(TEXT_ANSWER)]
        try:
            figures = await drive(api, users, script, pacer)
            figures["completed_members"] = sum(
                1 for u in users if u.messages and u.messages[-1].text == TEXT_ANSWER
            )
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
    figures["startup_s"] = startup
    figures["rss_ready_mib"] = rss_ready / 1024
    return figures


def _pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql)


async def run_project(members: int, database: str, throttled: bool = True) -> dict[str, Any]:
    from sqlalchemy import event

    from bot.app import BotRunner, make_deps
    from bot.settings import load_settings

    with contextlib.ExitStack() as stack:
        if database == "postgres":
            name = f"codesign_bench_{uuid.uuid4().hex[:12]}"
            _pg_admin(f'CREATE DATABASE "{name}"')
            stack.callback(_pg_admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
        else:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="codesign-bench-"))
            url = f"sqlite:///{tmp}/codesign.db"
        async with BotApiDouble(bot_username="codesign_bench_bot") as api:
            settings = load_settings(
                telegram_bot_token=api.token,
                telegram_api_base_url=api.base_url,
                database_url=url,
                admin_ids=(ORGANISER_ID,),
                log_level="WARNING",
            )
            pacer = Pacer(api)
            t0 = time.monotonic()
            runner = BotRunner(make_deps(settings))
            if not throttled:  # everything as shipped except the rate limiter
                runner.app.bot._rate_limiter = None
            await runner.start()
            startup = time.monotonic() - t0
            rss_ready = rss_kib()
            sql = Counter()
            engine = runner.d.db.engine
            count = lambda *_a, **_k: sql.update(["statements"])  # noqa: E731
            event.listen(engine, "before_cursor_execute", count)
            event.listen(engine, "commit", lambda *_a: sql.update(["commits"]))
            try:
                code = await _open_session(api)
                users = make_users(api, members)
                sql.clear()
                script: list[Step] = [
                    lambda u: u.says(f"/start {code}"),
                    lambda u: u.taps("I agree"),
                    lambda u: u.taps("Most days"),
                    lambda u: u.taps("Walking"),
                    lambda u: u.taps("Children's play"),
                    lambda u: u.taps("Done"),
                    lambda u: u.taps("4"),
                    lambda u: u.says(TEXT_ANSWER),
                ]
                figures = await drive(api, users, script, pacer)
                figures["completed_members"] = sum(
                    1 for u in users if u.messages and "proposal" in (u.messages[-1].text or "")
                )
                figures["sql_per_update"] = {k: v / figures["updates"] for k, v in sql.items()}
                figures["db_rows"] = _row_counts(runner.d.db)
            finally:
                await runner.stop()
                runner.d.db.dispose()
    figures["startup_s"] = startup
    figures["rss_ready_mib"] = rss_ready / 1024
    return figures


async def _open_session(api: BotApiDouble) -> str:
    organiser = api.user(ORGANISER_ID, "Olivia", "olivia")
    organiser.says("/newsession Bench --flow park_redesign")
    await api.wait_handled(timeout=30)
    created = next(m for m in reversed(organiser.messages) if "Join code: " in (m.text or ""))
    code = created.text.split("Join code: ")[1].split()[0]
    organiser.says(f"/open {code}")
    await api.wait_handled(timeout=30)
    return code


def _row_counts(db: Any) -> dict[str, int]:
    from sqlalchemy import func
    from sqlmodel import select

    from storage.models import Answer, ProcessedUpdate, TranscriptMessage

    with db.session() as s:
        return {
            m.__tablename__: s.exec(select(func.count()).select_from(m)).one()
            for m in (TranscriptMessage, Answer, ProcessedUpdate)
        }


# -- running -----------------------------------------------------------------------------


def run_phase(args: argparse.Namespace) -> dict[str, Any]:
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("httpx", "telegram", "bot", "aiohttp"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    if args.tracemalloc:
        tracemalloc.start()
    rss_before = rss_kib()
    if args.phase.startswith("project"):
        throttled = args.phase == "project"
        figures = asyncio.run(run_project(args.members, args.database, throttled))
    else:
        figures = asyncio.run(run_echo(args.members, rate_limiter=args.phase == "echo-limited"))
    figures |= {
        "phase": args.phase,
        "members": args.members,
        "database": args.database if args.phase.startswith("project") else None,
        "rss_before_mib": rss_before / 1024,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "tracemalloc_peak_mib": (
            tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
        ),
    }
    return figures


def run_child(args: argparse.Namespace, phase: str) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "bench.throughput",
        "--phase",
        phase,
        "--members",
        str(args.members),
        "--database",
        args.database,
        "--json",
    ] + (["--tracemalloc"] if args.tracemalloc else [])
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"phase {phase} failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(f: dict[str, Any]) -> None:
    lat = f["latency_ms"]
    label = f["phase"] + (f" ({f['database']})" if f.get("database") else "")
    print(f"== {label}: {f['members']} members")
    print(f"  startup                {f['startup_s']:.2f} s (not timed below)")
    print(f"  updates handled        {f['updates']}  (members completed: {f['completed_members']})")
    print(f"  wall time              {f['wall_s']:.2f} s")
    print(f"  throughput             {f['updates_per_s']:.1f} updates/s")
    print(
        f"  CPU (whole process)    {f['cpu_s']:.2f} s = {100 * f['cpu_s'] / f['wall_s']:.0f}% "
        f"of one core, {1000 * f['cpu_s'] / f['updates']:.2f} ms per update"
    )
    print(f"  bot messages sent      {f['sent_messages']}")
    other = ", ".join(f"{k} {v}" for k, v in f["requests"].items() if k != "sendMessage")
    print(f"  other bot requests     {other}; getUpdates {f['getupdates_calls']}")
    print(
        f"  latency per update     p50 {lat['p50']:.1f} ms, p95 {lat['p95']:.1f} ms, "
        f"max {lat['max']:.1f} ms ({lat['measured']} measured)"
    )
    print(
        f"  peak RSS               {f['peak_rss_mib']:.1f} MiB (process start "
        f"{f['rss_before_mib']:.1f}, bot started {f['rss_ready_mib']:.1f})"
    )
    if f.get("tracemalloc_peak_mib") is not None:
        print(f"  tracemalloc peak       {f['tracemalloc_peak_mib']:.1f} MiB")
    violations = f["limit_violations"] or "none"
    print(f"  Telegram limit breaks  {violations}")
    if f.get("sql_per_update"):
        per = ", ".join(f"{v:.1f} {k}" for k, v in sorted(f["sql_per_update"].items()))
        print(f"  SQL per update         {per}")
    if f.get("db_rows"):
        print(f"  rows written           {f['db_rows']}")
    if f["failures"]:
        print(f"  FAILURES               {f['failures']}: {f['failure_examples']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.throughput", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--phase",
        choices=("all", *PHASES, "echo-limited"),
        default="all",
        help="all (default): echo, project and project-unthrottled (the project bot without "
        "its rate limiter), each in a child process; echo-limited is the echo bot "
        "with the project's rate limiter, run only when asked for",
    )
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace Python allocations (slower)"
    )
    args = parser.parse_args(argv)
    if args.phase != "all":
        figures = run_phase(args)
        print(json.dumps(figures) if args.json else "", end="\n" if args.json else "")
        if not args.json:
            show(figures)
        return
    phases = {p: run_child(args, p) for p in PHASES}
    echo = phases["echo"]["updates_per_s"]
    ratios = {f"{p}/echo": phases[p]["updates_per_s"] / echo for p in PHASES[1:]}
    if args.json:
        print(json.dumps({"phases": phases, "throughput_ratio": ratios}))
        return
    for figures in phases.values():
        show(figures)
    print("== throughput ratio")
    for name, ratio in ratios.items():
        print(f"  {name:<22} {ratio:.3f}")


if __name__ == "__main__":
    main()
