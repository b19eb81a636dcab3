"""Where the bot's time goes, per kind of update: the bot alone, not the double, not the
simulated members.

    .venv/bin/python -m bench.profile [--members 300] [--database sqlite|postgres]
                                      [--top 25] [--json] [--sql]

The Bot API double and the members (bench/throughput.py's script, 8 steps each, all
members at once as fast as the bot answers) run in a thread of their own with their own
event loop; the bot (`BotRunner` as shipped, its rate limiter taken out, as in the
throughput bench's `capacity` phase) runs in the main thread. Python's profiler and the
CPU clock used here (`time.thread_time`) see only the thread they run in, so what is
printed is the bot's work alone:

  per kind   each update's turn (`Turns.run`: the claim, the use case, the transcript, the
             queue rows, the commit), by kind: the command, a tap that moves to the next
             step, a tap that edits the question (a multiple choice), a typed answer.
             CPU ms in the turn, SQL statements and commits per update, and rate-limited
             requests the bot made for it (sends and edits);
  total      the main thread's CPU over the run ÷ updates: the turn plus everything around
             it (PTB reading the update, the lanes, the sender, its requests, recording
             what was sent);
  where      (a second run, under the profiler, which slows every call; `--no-profile`:
             not run) the profiler's own CPU time per package (`bot`, `storage`, `usecases`,
             `sqlalchemy`, `telegram`, ...), and the `--top` functions by own time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import json
import logging
import pstats
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import storage.sql
from bench.throughput import (
    LIMITED,
    ORGANISER_ID,
    PROJECT_SCRIPT,
    Members,
    _open_session,
    fresh_database,
    make_users,
)
from botapi_double import BotApiDouble

ROOT = Path(__file__).resolve().parent.parent
# what each of the script's steps is, by its place in PROJECT_SCRIPT
KINDS = ("command", "tap, next step", "tap, next step", "tap, edit", "tap, edit",
         "tap, next step", "tap, next step", "typed answer")  # fmt: skip


class DoubleThread:
    """The double and the members, in a thread and an event loop of their own."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, name="double", daemon=True)
        self.api: BotApiDouble | None = None
        self._stop: asyncio.Event | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._serve())

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        async with BotApiDouble(bot_username="codesign_profile_bot") as api:
            self.api = api
            self.ready.set()
            await self._stop.wait()

    def start(self) -> BotApiDouble:
        self.thread.start()
        self.ready.wait()
        assert self.api is not None
        return self.api

    def call(self, make: Callable[[], Coroutine[Any, Any, Any]]) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(make(), self.loop)

    def stop(self) -> None:
        if self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(timeout=10)


_IN_PIPELINE = "bench.profile.in_pipeline"


def _count_round_trips(engine: Any, sql: Counter[str]) -> Callable[[], None]:
    """Count PostgreSQL's round trips: `storage.sql`'s pipelines (the statements they carry
    are not alone; a COMMIT among them is no round trip of its own) and the pool's pings.
    Returns what puts things back."""
    send, ping = storage.sql._send, engine.dialect.do_ping

    def counted_send(
        connection: Any, then: Any = None, *, commit: bool = False, wrap: bool = True
    ) -> None:
        if not connection.info.get(storage.sql._WAITING):
            return send(connection, then, commit=commit, wrap=wrap)
        sql["pipelines"] += 1
        sql["commits_with_writes"] += commit
        sql["pipelines_alone"] += then is None and not commit
        connection.info[_IN_PIPELINE] = True
        try:
            return send(connection, then, commit=commit, wrap=wrap)
        finally:
            connection.info[_IN_PIPELINE] = False

    def counted_ping(dbapi_connection: Any) -> Any:
        sql["pings"] += 1
        return ping(dbapi_connection)

    storage.sql._send = counted_send  # type: ignore[assignment]
    engine.dialect.do_ping = counted_ping

    def undo() -> None:
        storage.sql._send = send  # type: ignore[assignment]
        engine.dialect.do_ping = ping

    return undo


def _step_kind(update: Any) -> str | None:
    """The script's kind of this update, from what it carries."""
    if update.callback_query is not None:
        return "tap"
    message = update.effective_message
    if message is not None and (message.text or "").startswith("/"):
        return "command"
    return "typed answer"


async def profile(
    members: int, database: str, show_sql: bool = False, profiled: bool = False
) -> dict[str, Any]:
    from sqlalchemy import event

    from bot.app import BotRunner
    from bot.settings import load_settings

    double = DoubleThread()
    api = double.start()
    with contextlib.ExitStack() as stack:
        stack.callback(double.stop)
        url = fresh_database(stack, database, "profile")
        settings = load_settings(
            telegram_bot_token=api.token,
            telegram_api_base_url=api.base_url,
            database_url=url,
            admin_ids=(ORGANISER_ID,),
            log_level="WARNING",
        )
        runner = BotRunner(settings)
        runner.app.bot._rate_limiter = None
        await runner.start()
        try:
            code = await asyncio.wrap_future(double.call(lambda: _open_session(api)))
            return await _measure(runner, api, double, members, code, event, show_sql, profiled)
        finally:
            await runner.stop()
            runner.db.dispose()


async def _measure(
    runner: Any,
    api: BotApiDouble,
    double: DoubleThread,
    members: int,
    code: str,
    event: Any,
    show_sql: bool,
    profiled: bool,
) -> dict[str, Any]:
    sql: Counter[str] = Counter()
    engine = runner.db.engine
    shown: list[str] = []

    def statement(conn: Any, _cursor: Any, text: str, *_a: Any) -> None:
        sql["statements"] += 1
        alone = not conn.info.get(_IN_PIPELINE) and not conn.info.get(storage.sql._WAITING)
        sql["alone"] += alone  # a round trip of its own (PostgreSQL), not with waiting writes
        if show_sql:  # "+": in the round trip of the statements before it (PostgreSQL)
            shown.append(("  " if alone else "+ ") + " ".join(text.split())[:300])

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", lambda *_a: sql.update(["commits"]))
    event.listen(engine, "begin", lambda *_a: sql.update(["begins"]))
    undo = _count_round_trips(engine, sql) if engine.dialect.name == "postgresql" else None
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    turns = runner.turns
    original = turns.run

    async def run(update: Any, usecase: Any, *args: Any, **kwargs: Any) -> None:
        kind = _step_kind(update)
        if kind == "tap":
            kind = "tap, edit" if usecase.__name__ == "toggle" else "tap, next step"
        before, statements, commits = time.thread_time(), sql["statements"], sql["commits"]
        await original(update, usecase, *args, **kwargs)
        tally = per_kind[f"{kind} ({usecase.__name__})"]
        if show_sql:
            print(f"-- {kind} ({usecase.__name__}):", *shown[statements:], sep="\n   ")
        tally["updates"] += 1
        tally["cpu_ns"] += int(1e9 * (time.thread_time() - before))
        tally["statements"] += sql["statements"] - statements
        tally["commits"] += sql["commits"] - commits

    turns.run = run  # type: ignore[method-assign]
    requests_before = len(api.requests)
    profiler = cProfile.Profile(time.thread_time)  # this thread's CPU, not the wall clock
    started, cpu_started = time.monotonic(), time.thread_time()
    sql.clear()
    if profiled:
        profiler.enable()

    async def everyone() -> int:
        crowd = Members(api)
        users = make_users(api, members, code)
        await asyncio.gather(*(crowd.run_script(u, PROJECT_SCRIPT) for u in users))
        await api.wait_handled(timeout=600)
        return crowd.acted

    updates = await asyncio.wrap_future(double.call(everyone))
    await runner.settle()
    profiler.disable()
    wall, cpu = time.monotonic() - started, time.thread_time() - cpu_started
    turns.run = original  # type: ignore[method-assign]
    if undo is not None:
        undo()
    requests = api.requests[requests_before:]
    limited = sum(1 for r in requests if r.method.lower() in LIMITED)
    return {
        "updates": updates,
        "wall_s": wall,
        "updates_per_s": updates / wall,
        "bot_cpu_ms_per_update": 1000 * cpu / max(1, updates),
        "statements_per_update": sql["statements"] / max(1, updates),
        "commits_per_update": sql["commits"] / max(1, updates),
        # PostgreSQL: statements sent alone, pipelines, BEGINs, COMMITs not sent with the
        # last writes, pings (storage.sql.writes_together, storage.db.PING_IDLE)
        "round_trips_per_update": (
            sum(sql[k] for k in ("alone", "pipelines", "begins", "pings"))
            + sql["commits"]
            - sql["commits_with_writes"]
        )
        / max(1, updates)
        if engine.dialect.name == "postgresql"
        else None,
        "limited_per_update": limited / max(1, updates),
        "kinds": {
            kind: {
                "updates": t["updates"],
                "turn_cpu_ms": t["cpu_ns"] / 1e6 / t["updates"],
                "statements": t["statements"] / t["updates"],
                "commits": t["commits"] / t["updates"],
            }
            for kind, t in sorted(per_kind.items())
        },
        "profile": profiler,
    }


def _package(filename: str) -> str:
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1].split(".")[0]
    with contextlib.suppress(ValueError):
        return path.relative_to(ROOT).parts[0]
    if filename.startswith("<") or filename == "~":
        return "builtins"
    return "python"


def where(profiler: cProfile.Profile, top: int) -> tuple[list[tuple[str, float]], list[str]]:
    stats = pstats.Stats(profiler)
    own: Counter[str] = Counter()
    rows = []
    for (filename, line, name), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        own[_package(filename)] += tottime
        rows.append((tottime, calls, cumtime, f"{_short(filename)}:{line} {name}"))
    total = sum(own.values()) or 1.0
    packages = [(pkg, t / total) for pkg, t in own.most_common()]
    rows.sort(reverse=True)
    lines = [
        f"{t * 1000:9.0f} ms {calls:9d} calls {cum * 1000:9.0f} ms cum  {where}"
        for t, calls, cum, where in rows[:top]
    ]
    return packages, lines


def _short(filename: str) -> str:
    path = Path(filename)
    with contextlib.suppress(ValueError):
        return str(path.relative_to(ROOT))
    parts = path.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1 :])
    return filename


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.profile", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-profile", action="store_true", help="the figures only, not the profiler's run"
    )
    parser.add_argument("--sql", action="store_true", help="print each turn's SQL (use 1 member)")
    parser.add_argument(
        "--dump", metavar="FILE", help="keep the profiler's run for pstats (callers, callees)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for noisy in ("httpx", "telegram", "bot", "aiohttp"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    figures = asyncio.run(profile(args.members, args.database, args.sql))
    figures.pop("profile")
    packages: list[tuple[str, float]] = []
    lines: list[str] = []
    if not args.no_profile:  # a second run under the profiler: it slows every call
        profiled = asyncio.run(profile(args.members, args.database, profiled=True))
        packages, lines = where(profiled["profile"], args.top)
        if args.dump:
            profiled["profile"].dump_stats(args.dump)
    if args.json:
        print(json.dumps(figures | {"packages": dict(packages)}))
        return
    print(
        f"{args.database}, {args.members} members, {figures['updates']} updates in "
        f"{figures['wall_s']:.1f} s ({figures['updates_per_s']:.1f}/s): the bot's own CPU "
        f"{figures['bot_cpu_ms_per_update']:.2f} ms/update, "
        f"{figures['statements_per_update']:.2f} SQL statements and "
        f"{figures['commits_per_update']:.2f} commits per update, "
        f"{figures['limited_per_update']:.2f} rate-limited requests per update"
        + (
            f", {figures['round_trips_per_update']:.2f} round trips to PostgreSQL per update"
            if figures["round_trips_per_update"] is not None
            else ""
        )
        + "\n"
    )
    print("| kind of update (use case) | updates | turn CPU ms | SQL statements | commits |")
    print("|---|---|---|---|---|")
    for kind, k in figures["kinds"].items():
        print(f"| {kind} | {k['updates']} | {k['turn_cpu_ms']:.2f} | {k['statements']:.2f} "
              f"| {k['commits']:.2f} |")  # fmt: skip
    if args.no_profile:
        return
    print("\nOwn CPU time by package (the bot's thread, a second run under the profiler):\n")
    print(" | ".join(f"{pkg} {share:.0%}" for pkg, share in packages if share >= 0.005))
    print(f"\nTop {args.top} functions by own time:\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
