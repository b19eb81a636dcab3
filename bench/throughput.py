"""Throughput, latency, work and memory of the bot against the Bot API double, beside a bare
python-telegram-bot echo bot measured in the same run.

    .venv/bin/python -m bench.throughput [--members 1000,10000] [--databases sqlite,postgres]
                                         [--offered 20] [--seconds 30] [--json]
                                         [--at-once N] [--window SECONDS]

For each member count, each phase runs in its own Python process (so peak RSS belongs to one
bot) against its own fresh `BotApiDouble` on 127.0.0.1:

  echo          the baseline: a bare PTB Application polling through PTB's own Updater; a
                text gets its echo with one button, a tap is answered and its message
                edited. No rate limiter.
  capacity      the project's bot as shipped (`BotRunner(settings)`) except its
                rate limiter, which is taken out of its Bot: what handling costs, apart from
                Telegram's 30 messages a second. All members act at once, each one step
                after the other, as fast as the bot answers (a closed loop), exactly as the
                echo bot's members do: the ratio of the two update rates is the figure.
  offered       the project's bot exactly as shipped (pacing, flood control), with updates
                offered at `--offered` a second (below Telegram's limit) by members who each
                wait for the bot's answer before their next step (an open loop), for
                `--seconds`: the reply latency a member sees when the bot is not overloaded.

`--at-once N` lets only N members act at a time in `echo` and `capacity` (the next starts
when one finishes); `--window S` starts no step after S seconds (steps under way finish, and
count). With neither, every member goes through the whole script.

Members go through the same script on both bots, 2 texts and 6 taps each:

  project  /start CODE, [I agree], [Most days], [Walking], [Children's play], [Done], [4],
           a text answer (the admin first runs /newsession and /open; not timed)
  echo     a text, 6 taps, a text

A member's step is done when the update is confirmed (for the project bot: handled and
committed) and the bot's last request for it has arrived (the next question, or the edit
of the tapped message). Latency is from the update being queued in the double to the bot's
first request about it (the answer to a tap, or the first message to that chat): what a
person sees. Rate-limited requests are the ones Telegram counts against its flood limits
(sendMessage, editMessageText, sendDocument, ...); answers to taps are not.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from botapi_double import BotApiDouble, User

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
ORGANISER_ID = 9001
FIRST_MEMBER_ID = 100_000
STEP_TIMEOUT = 900.0  # seconds one member waits for the bot before giving up (10,000 at once)
# Offered load: the replies left out of the "warm" latencies, the first 2.5 s at 20 a second
# (a bot just started pays for its first statements, connections and caches then).
WARM = 50
TEXT_ANSWER = "More benches and some shade near the playground would be lovely"
LIMITED = {
    "sendmessage", "senddocument", "sendphoto", "sendmediagroup", "copymessage",
    "forwardmessage", "editmessagetext", "editmessagecaption", "editmessagereplymarkup",
}  # fmt: skip

Action = Callable[[User], int]
Step = tuple[Action, str, int]  # what the member does, and the bot's requests it awaits


def _tap(label: str) -> Action:
    return lambda u: u.taps(label)


PROJECT_SCRIPT: list[Step] = [
    (lambda u: u.says(f"/start {u.code}"), "send", 1),  # type: ignore[attr-defined]
    (_tap("I agree"), "send", 2),  # a few words of introduction, then the first question
    (_tap("Most days"), "send", 1),
    (_tap("Walking"), "edit", 1),
    (_tap("Children's play"), "edit", 1),
    (_tap("Done"), "send", 1),
    (_tap("4"), "send", 1),
    (lambda u: u.says(TEXT_ANSWER), "send", 1),
]
ECHO_SCRIPT: list[Step] = [
    (lambda u: u.says(f"hello from {u.id}"), "send", 1),
    *[(lambda u, i=i: u.taps_data(f"tap{i}"), "edit", 1) for i in range(1, 7)],
    (lambda u: u.says(TEXT_ANSWER), "send", 1),
]


# -- members waiting for the bot, through hooks on the double's records ---------------------


class Members:
    """Lets each member wait for the bot. The double calls `record` as a request arrives
    and runs it before the event loop moves on, so a member woken by the record finds the
    message already there; `confirm` when the bot moves its getUpdates offset."""

    def __init__(self, api: BotApiDouble) -> None:
        self.state = api.state
        self.first: dict[tuple[str, Any], tuple[float, asyncio.Future[None]]] = {}
        self.last: dict[tuple[str, int], tuple[list[int], asyncio.Future[None]]] = {}
        self.confirms: dict[int, asyncio.Future[None]] = {}
        self.latencies: list[float] = []
        self.acted = 0
        self.failures: list[str] = []
        original_record, original_confirm = self.state.record, self.state.confirm

        def record(method: str, params: dict[str, Any]) -> Any:
            rec = original_record(method, params)
            name = method.lower()
            if name == "answercallbackquery":
                self._resolve_first(("query", str(params.get("callback_query_id"))), rec.time)
                return rec
            if name not in LIMITED or "chat_id" not in params:
                return rec
            try:
                chat = int(params["chat_id"])
            except (TypeError, ValueError):
                return rec
            self._resolve_first(("chat", chat), rec.time)
            kind = "edit" if name.startswith("edit") else "send"
            waiter = self.last.get((kind, chat))
            if waiter is not None:
                waiter[0][0] -= 1
                if waiter[0][0] <= 0:
                    del self.last[(kind, chat)]
                    if not waiter[1].done():
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

    def _resolve_first(self, key: tuple[str, Any], at: float) -> None:
        waiter = self.first.pop(key, None)
        if waiter is not None and not waiter[1].done():
            self.latencies.append(at - waiter[0])
            waiter[1].set_result(None)

    async def act(self, user: User, step: Step) -> None:
        """Queue one update; wait for the bot's first and last request and the confirmation."""
        action, last, count = step
        loop = asyncio.get_running_loop()
        queued_at = time.monotonic()
        futures = [loop.create_future() for _ in range(3)]
        self.last[(last, user.id)] = ([count], futures[1])
        update_id = action(user)
        update = self.state.update_log[update_id]
        if update.kind == "callback_query":
            key: tuple[str, Any] = ("query", str(update.payload["id"]))
        else:
            key = ("chat", user.id)
        self.first[key] = (queued_at, futures[0])
        self.confirms[update_id] = futures[2]
        self.acted += 1
        await asyncio.wait_for(asyncio.gather(*futures), STEP_TIMEOUT)

    async def run_script(self, user: User, script: list[Step]) -> None:
        for step in script:
            if not await self.try_step(user, step):
                return

    async def try_step(self, user: User, step: Step) -> bool:
        try:
            await self.act(user, step)
            return True
        except (AssertionError, TimeoutError) as exc:
            first = (str(exc).splitlines() or [""])[0][:160]
            self.failures.append(f"{user}: {type(exc).__name__}: {first}")
            return False


def count_sql(runner: Any) -> Counter[str]:
    """Statements and commits of the bot's database from now on, those of the sender's
    own transactions (what became of sends when no update came within its group commit's
    wait: `Sender.flush`, off the updates' path) counted apart, with the outcomes they
    recorded."""
    from sqlalchemy import event

    sql: Counter[str] = Counter()
    sender, flush = runner.sender, runner.sender.flush
    grouping = [False]

    def counted(*_a: Any) -> None:
        sql.update(["statements"] + (["statements_grouped"] if grouping[0] else []))

    def committed(*_a: Any) -> None:
        sql.update(["commits"] + (["commits_grouped"] if grouping[0] else []))

    def grouped() -> None:
        sql["outcomes_grouped"] += len(sender._outcomes)
        grouping[0] = True
        try:
            flush()
        finally:
            grouping[0] = False

    sender.flush = grouped
    event.listen(runner.db.engine, "before_cursor_execute", counted)
    event.listen(runner.db.engine, "commit", committed)
    return sql


def sql_work(sql: dict[str, float]) -> str:
    """`count_sql`'s figures per update, as printed."""
    grouped = sql.get("commits_grouped", 0)
    each = sql.get("outcomes_grouped", 0) / grouped if grouped else 0
    return (
        f", {sql.get('statements', 0):.1f} SQL statements, {sql.get('commits', 0):.2f} commits"
        f" ({sql.get('commits', 0) - grouped:.2f} in the updates' turns, {grouped:.2f} the"
        f" sender's own for {each:.1f} outcomes each, {sql.get('statements_grouped', 0):.1f}"
        " statements)"
    )


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
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def closed_loop(
    api: BotApiDouble,
    users: list[User],
    script: list[Step],
    at_once: int | None = None,
    window: float | None = None,
) -> dict[str, Any]:
    """Every member through the script, each step as soon as the last is done: all at
    once, or `at_once` at a time (the next member starts when one finishes); with `window`,
    no step starts after that many seconds (steps under way finish)."""
    members = Members(api)
    return await _timed(api, members, lambda: _all(members, users, script, at_once, window))


async def _all(
    members: Members,
    users: list[User],
    script: list[Step],
    at_once: int | None,
    window: float | None,
) -> None:
    gate = asyncio.Semaphore(at_once or len(users) or 1)
    ends = time.monotonic() + window if window else float("inf")

    async def member(user: User) -> None:
        async with gate:
            for step in script:
                if time.monotonic() >= ends or not await members.try_step(user, step):
                    return

    await asyncio.gather(*(member(u) for u in users))


async def open_loop(
    api: BotApiDouble, users: list[User], script: list[Step], rate: float, seconds: float
) -> dict[str, Any]:
    """Updates offered at `rate` a second: each tick, the next member not waiting for the
    bot takes their next step."""
    members = Members(api)

    async def offer() -> None:
        idle: deque[tuple[User, int]] = deque((u, 0) for u in users)
        running: set[asyncio.Task[None]] = set()
        start = time.monotonic()
        for n in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, start + n / rate - time.monotonic()))
            if not idle:
                continue
            user, at = idle.popleft()

            async def one(user: User = user, at: int = at) -> None:
                if await members.try_step(user, script[at]) and at + 1 < len(script):
                    idle.append((user, at + 1))

            task = asyncio.create_task(one())
            running.add(task)
            task.add_done_callback(running.discard)
        await asyncio.gather(*running)

    return await _timed(api, members, offer)


async def _timed(api: BotApiDouble, members: Members, run: Callable[[], Any]) -> dict[str, Any]:
    requests_before = len(api.requests)
    violations_before = len(api.limit_violations)
    started, cpu_started = time.monotonic(), time.process_time()
    await run()
    await api.wait_handled(timeout=STEP_TIMEOUT)
    wall, cpu = time.monotonic() - started, time.process_time() - cpu_started
    requests = api.requests[requests_before:]
    methods = Counter(r.method for r in requests if r.method.lower() != "getupdates")
    updates, lat = members.acted, members.latencies
    return {
        "updates": updates,
        "wall_s": wall,
        "updates_per_s": updates / wall if wall else 0.0,
        "cpu_ms_per_update": 1000 * cpu / updates if updates else 0.0,
        "cpu_share": cpu / wall if wall else 0.0,
        "latency_ms": {
            q: 1000 * percentile(lat, v) for q, v in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))
        }
        | {"max": 1000 * max(lat, default=float("nan")), "measured": len(lat)}
        | {  # without the first replies: a bot just started has its first turns to pay for
            f"warm_{q}": 1000 * percentile(lat[WARM:], v) for q, v in (("p50", 0.5), ("p99", 0.99))
        }
        | {"warm_max": 1000 * max(lat[WARM:], default=float("nan"))},
        "limited_per_update": sum(n for m, n in methods.items() if m.lower() in LIMITED)
        / max(1, updates),
        "requests": dict(sorted(methods.items())),
        "refused_429": sum(1 for r in requests if r.status == 429),
        "limit_breaks": dict(Counter(v.rule for v in api.limit_violations[violations_before:])),
        "failures": len(members.failures),
        "failure_examples": members.failures[:3],
    }


def make_users(api: BotApiDouble, n: int, code: str = "") -> list[User]:
    users = []
    for i in range(n):
        user = api.user(FIRST_MEMBER_ID + i, f"Member{i}", f"member{i}", last_name="Bench")
        user.code = code  # type: ignore[attr-defined]
        users.append(user)
    return users


# -- the two bots --------------------------------------------------------------------------


async def run_echo(
    members: int, at_once: int | None = None, window: float | None = None
) -> dict[str, Any]:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.ext import CallbackQueryHandler, MessageHandler, filters

    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Tap", callback_data="tap")]])

    async def echo(update: Update, _context: Any) -> None:
        message = update.effective_message
        await message.reply_text(message.text, reply_markup=keyboard)

    async def tapped(update: Update, _context: Any) -> None:
        query = update.callback_query
        await query.answer()
        await query.edit_message_text(f"tapped {query.data}", reply_markup=keyboard)

    async with BotApiDouble(bot_username="echo_bench_bot") as api:
        app = api.application_builder().build()
        app.add_handler(MessageHandler(filters.TEXT, echo))
        app.add_handler(CallbackQueryHandler(tapped))
        await app.initialize()
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=10)
        rss_ready = rss_kib()
        try:
            users = make_users(api, members)
            figures = await closed_loop(api, users, ECHO_SCRIPT, at_once, window)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()
    return figures | {"rss_ready_mib": rss_ready / 1024}


def _pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql)


def fresh_database(stack: contextlib.ExitStack, database: str, prefix: str = "bench") -> str:
    """The URL of a database of its own for one run, removed when `stack` closes: a
    PostgreSQL database `codesign_bench_*` (dropped), or an SQLite file in a temp dir."""
    if database == "postgres":
        name = f"codesign_bench_{uuid.uuid4().hex[:12]}"
        _pg_admin(f'CREATE DATABASE "{name}"')
        stack.callback(_pg_admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix=f"codesign-{prefix}-"))
    return f"sqlite:///{tmp}/codesign.db"


async def run_project(
    members: int,
    database: str,
    offered: float | None,
    seconds: float,
    at_once: int | None = None,
    window: float | None = None,
) -> dict[str, Any]:
    from bot.app import BotRunner
    from bot.settings import load_settings

    with contextlib.ExitStack() as stack:
        url = fresh_database(stack, database)
        async with BotApiDouble(bot_username="codesign_bench_bot") as api:
            settings = load_settings(
                telegram_bot_token=api.token,
                telegram_api_base_url=api.base_url,
                database_url=url,
                admin_ids=(ORGANISER_ID,),
                log_level="WARNING",
            )
            runner = BotRunner(settings)
            if offered is None:  # everything as shipped except the rate limiter
                runner.app.bot._rate_limiter = None
            else:
                api.count_limits(enforce=True)  # Telegram's 429s, as it would answer
            await runner.start()
            rss_ready = rss_kib()
            sql = count_sql(runner)
            try:
                code = await _open_session(api)
                users = make_users(api, members, code)
                sql.clear()
                if offered is None:
                    figures = await closed_loop(api, users, PROJECT_SCRIPT, at_once, window)
                else:
                    random.shuffle(users)
                    figures = await open_loop(api, users, PROJECT_SCRIPT, offered, seconds)
                await runner.settle()  # what the members' updates caused is recorded too
                figures["sql_per_update"] = {
                    k: v / max(1, figures["updates"]) for k, v in sorted(sql.items())
                }
            finally:
                await runner.stop()
                runner.db.dispose()
    return figures | {"rss_ready_mib": rss_ready / 1024}


async def _open_session(api: BotApiDouble) -> str:
    organiser = api.user(ORGANISER_ID, "Olivia", "olivia")
    organiser.says("/newsession Bench --flow park_redesign")
    await api.wait_for(lambda: any("Join code: " in (m.text or "") for m in organiser.messages))
    created = next(m for m in reversed(organiser.messages) if "Join code: " in (m.text or ""))
    code = created.text.split("Join code: ")[1].split()[0]
    organiser.says(f"/open {code}")
    await api.wait_for(lambda: "is open" in (organiser.messages[-1].text or ""))
    return code


# -- running -----------------------------------------------------------------------------


def run_phase(args: argparse.Namespace) -> dict[str, Any]:
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("httpx", "telegram", "bot", "aiohttp"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    rss_before = rss_kib()
    if args.phase == "echo":
        figures = asyncio.run(run_echo(args.members, args.at_once, args.window))
    else:
        offered = args.offered if args.phase == "offered" else None
        figures = asyncio.run(
            run_project(
                args.members, args.database, offered, args.seconds, args.at_once, args.window
            )
        )
    return figures | {
        "phase": args.phase,
        "members": args.members,
        "database": args.database if args.phase != "echo" else None,
        "rss_before_mib": rss_before / 1024,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_child(phase: str, members: int, database: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "bench.throughput", "--phase", phase, "--members", str(members),
        "--database", database, "--offered", str(args.offered), "--seconds", str(args.seconds),
        "--json",
        *(["--at-once", str(args.at_once)] if args.at_once else []),
        *(["--window", str(args.window)] if args.window else []),
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=7200)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"phase {phase} ({members}, {database}) failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(f: dict[str, Any], echo: dict[str, Any] | None = None) -> None:
    lat = f["latency_ms"]
    label = f["phase"] + (f" {f['database']}" if f.get("database") else "")
    ratio = f"  ratio {f['updates_per_s'] / echo['updates_per_s']:.2f}" if echo else ""
    print(
        f"  {label:<17} {f['updates']:>6} upd {f['updates_per_s']:>7.1f} upd/s{ratio}\n"
        f"      latency p50 {lat['p50']:.1f} / p95 {lat['p95']:.1f} / p99 {lat['p99']:.1f} / "
        f"max {lat['max']:.1f} ms; CPU {f['cpu_ms_per_update']:.2f} ms/update "
        f"({100 * f['cpu_share']:.0f}% of a core)"
    )
    if f["phase"] == "offered" and "warm_p99" in lat:
        print(
            f"      after the first {WARM} replies: p50 {lat['warm_p50']:.1f} / "
            f"p99 {lat['warm_p99']:.1f} / max {lat['warm_max']:.1f} ms"
        )
    sql = f.get("sql_per_update") or {}
    work = sql_work(sql) if sql else ""
    print(
        f"      per update: {f['limited_per_update']:.2f} rate-limited requests{work}; "
        f"peak RSS {f['peak_rss_mib']:.0f} MiB (started {f['rss_ready_mib']:.0f}); "
        f"429s {f['refused_429']}; limit breaks {f['limit_breaks'] or 'none'}"
    )
    if f["failures"]:
        print(f"      FAILURES {f['failures']}: {f['failure_examples']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.throughput", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--members", default="1000,10000", help="comma-separated counts")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--offered", type=float, default=20.0, help="updates a second")
    parser.add_argument("--seconds", type=float, default=30.0, help="of offered load")
    parser.add_argument(
        "--at-once", type=int, default=None, help="echo and capacity: members acting at a time"
    )
    parser.add_argument(
        "--window", type=float, default=None, help="echo and capacity: seconds of stepping"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--phase", choices=("all", "echo", "capacity", "offered"), default="all")
    parser.add_argument("--database", default="sqlite", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase != "all":
        args.members = int(args.members)
        figures = run_phase(args)
        print(json.dumps(figures) if args.json else "", end="\n" if args.json else "")
        if not args.json:
            show(figures)
        return
    results = []
    for members in (int(n) for n in args.members.split(",")):
        echo = run_child("echo", members, "sqlite", args)
        runs = [echo]
        if not args.json:
            bounds = (f", {args.at_once} acting at a time" if args.at_once else "") + (
                f", steps started within {args.window:g} s" if args.window else ""
            )
            print(f"== {members} members{bounds}", flush=True)
            show(echo)
        for database in args.databases.split(","):
            for phase in ("capacity", "offered"):
                figures = run_child(phase, members, database, args)
                runs.append(figures)
                if not args.json:
                    show(figures, echo if phase == "capacity" else None)
                    sys.stdout.flush()
        results.append(runs)
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
