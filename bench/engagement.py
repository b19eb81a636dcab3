"""The engagement loop at scale: claiming due reprompts, and the sustained send rate.

    .venv/bin/python -m bench.engagement [--members 100000] [--due 10000] [--sends 600]
                                         [--database sqlite|postgres|both] [--json]

1. Claim. A deployment of `--members` members in one open session (all consented, each
   with a dialog state and a held reminder; `--due` of the reminders are due, the rest
   later) and two sent replies per member as queue history, bulk-loaded into a migrated
   SQLite file or a fresh PostgreSQL database (dropped afterwards). Timed, each 5 times
   on fresh copies of the due rows (median reported):
     baseline  a bare `SELECT id ... WHERE state='pending' AND not_before <= now ORDER BY
               priority, not_before, id LIMIT due`: reading what is due, no claim;
     claim     `storage.outbox.claim_due(limit=due)`: the one atomic statement a tick
               runs (FOR UPDATE SKIP LOCKED on PostgreSQL), lapsed claims settled first;
     compose   what a tick then does per row, for one batch of 50 claimed reminders:
               the audience rule and `usecases.engagement.compose` (quiet hours, the
               daily cap, the waiting question, the next reminder held), per row.
2. Sustained send rate. `--sends` members of an open session get a broadcast through the
   bot's own queue, dispatcher and pacing rate limiter, against the Bot API double with
   Telegram's limits enforced (429 for what breaks 30/s overall or 1/s per chat). The
   baseline in the same run: a bare python-telegram-bot `Bot` with PTB's
   `AIORateLimiter` (its defaults, and 3 retries on a 429) sending the same number of
   messages to the same kind of chats, all at once.
   Reported: messages a second, 429s Telegram answered, and messages that failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text, update

from storage.db import Database
from storage.models import (
    Community,
    CoSession,
    DialogStateRow,
    Kind,
    Member,
    Outbox,
    Participation,
    State,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FIRST_ID = 20_000_000
PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
CHUNK = 10_000


# -- 1. claiming -----------------------------------------------------------------------------


@contextmanager
def database(kind: str) -> Iterator[Database]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="codesign-bench-") as tmp:
            db = Database(f"sqlite:///{tmp}/engagement.db")
            db.upgrade()
            yield db
            db.dispose()
        return
    import psycopg

    name = f"codesign_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        db = Database(f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}")
        db.upgrade()
        yield db
        db.dispose()
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _bulk(db: Database, model: Any, rows: Iterator[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    with db.transaction() as s:
        for row in rows:
            batch.append(row)
            if len(batch) == CHUNK:
                s.execute(insert(model), batch)
                batch = []
        if batch:
            s.execute(insert(model), batch)


def build(db: Database, members: int, due: int) -> None:
    from dialogs.loader import default_flows_dir, read_flow_file
    from storage.flows import keep_flow

    with db.transaction() as s:
        s.execute(insert(Community), [{"name": "Bench", "owner_id": 9001, "created_at": NOW}])
        s.execute(
            insert(CoSession),
            [
                {"title": "Bench", "flow_id": "park_redesign", "join_code": "bench",
                 "status": "open", "community_id": 1, "created_by": 9001, "created_at": NOW}
            ],
        )  # fmt: skip
        cosession = s.get(CoSession, 1)
        park = read_flow_file(default_flows_dir() / "park_redesign.yaml")
        keep_flow(db=s, cosession=cosession, flow_id="park_redesign", source=park.source, now=NOW)
    ids = range(1, members + 1)
    _bulk(db, Member, (
        {"telegram_id": FIRST_ID + i, "display_name": f"M{i}", "language": "en",
         "timezone": "Europe/London",
         "created_at": NOW} for i in ids
    ))  # fmt: skip
    _bulk(db, Participation, (
        {"session_id": 1, "member_id": i, "joined_at": NOW, "consented_at": NOW,
         "ref_code": f"r{i:09d}"} for i in ids
    ))  # fmt: skip
    state = {"step_id": "uses", "answers": {}, "history": ["visit_frequency"], "selection": []}
    _bulk(db, DialogStateRow, (
        {"session_id": 1, "member_id": i, "step_id": "uses", "state": state, "version": 1,
         "step_entered_at": NOW, "updated_at": NOW} for i in ids
    ))  # fmt: skip
    _bulk(db, Outbox, (
        {"chat_id": FIRST_ID + i, "session_id": 1, "member_id": i, "kind": kind,
         "dedupe_key": f"{kind}:{i}:{n}", "text": "Thank you", "buttons": [], "meta": {},
         "priority": 0, "state": State.SENT, "attempts": 1, "not_before": NOW, "sent_at": NOW,
         "created_at": NOW}
        for i in ids for n, kind in enumerate(("reply", "reply"))
    ))  # fmt: skip
    _bulk(db, Outbox, (
        {"chat_id": FIRST_ID + i, "session_id": 1, "member_id": i, "kind": Kind.REMINDER,
         "dedupe_key": f"reminder:1:{i}:uses:1", "step_id": "uses", "attempt": 1,
         "text": None, "buttons": [], "meta": {}, "priority": 1, "state": State.PENDING,
         "attempts": 0, "created_at": NOW,
         "not_before": NOW - timedelta(minutes=5) if i % (members // due) == 0
         else NOW + timedelta(hours=1 + i % 48)}
        for i in ids
    ))  # fmt: skip
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()


def _reset(db: Database) -> None:
    with db.transaction() as s:
        s.execute(
            update(Outbox)
            .where(Outbox.kind == Kind.REMINDER, Outbox.state != State.PENDING)
            .values(state=State.PENDING, lease_until=None, attempts=0)
        )


def time_claims(kind: str, members: int, due: int, rounds: int = 5) -> dict[str, Any]:
    from storage import audience, outbox
    from usecases import engagement
    from usecases.context import SYSTEM, Ctx, Services
    from usecases.flows import FlowCatalog

    with database(kind) as db:
        started = time.perf_counter()
        build(db, members, due)
        built = time.perf_counter() - started
        baseline, claim, claimed = [], [], 0
        lease = timedelta(minutes=2)
        query = text(
            "SELECT id FROM outbox WHERE state = 'pending' AND not_before <= :now "
            "ORDER BY priority, not_before, id LIMIT :n"
        )
        for _ in range(rounds):
            _reset(db)
            with db.session() as s:
                t = time.perf_counter()
                found = s.execute(query, {"now": NOW.replace(tzinfo=None), "n": due}).all()
                baseline.append(time.perf_counter() - t)
            with db.transaction() as s:
                t = time.perf_counter()
                rows = outbox.claim_due(db=s, now=NOW, limit=due, lease=lease)
                s.commit()
                claim.append(time.perf_counter() - t)
            claimed = len(rows)
        services = Services(flows=FlowCatalog({}), bot_username="bench_bot")
        batch = rows[:50]
        with db.transaction() as s:
            ctx = Ctx(db=s, now=NOW, services=services, actor=SYSTEM)
            t = time.perf_counter()
            audience.reachable_members(db=s, pairs=[(r.session_id, r.member_id) for r in batch])
            composed = [engagement.compose(ctx, r) for r in batch]
            compose_s = time.perf_counter() - t
        return {
            "database": kind,
            "members": members,
            "queue_rows": members * 3,
            "due": due,
            "claimed": claimed,
            "found_by_baseline": len(found),
            "build_s": built,
            "baseline_ms": statistics.median(baseline) * 1000,
            "claim_ms": statistics.median(claim) * 1000,
            "ratio": statistics.median(claim) / statistics.median(baseline),
            "compose_ms_per_row": compose_s * 1000 / len(batch),
            "composed_reminders": sum(1 for c in composed if c is not None),
        }


# -- 2. sustained sends ------------------------------------------------------------------------


async def send_rate(sends: int) -> dict[str, Any]:
    from bot.app import BotRunner
    from bot.clock import FixedClock
    from bot.policy import Policies
    from bot.settings import load_settings
    from botapi_double import BotApiDouble

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="codesign-bench-") as tmp:
        async with BotApiDouble(bot_username="bench_bot") as api:
            settings = load_settings(
                telegram_bot_token=api.token,
                telegram_api_base_url=api.base_url,
                database_url=f"sqlite:///{tmp}/sends.db",
                admin_ids=(9001,),
                log_level="WARNING",
            )
            policies = replace(Policies(), tick=None, wake=False)
            runner = BotRunner(settings, FixedClock(NOW), policies)
            await runner.start()
            try:
                code = await _session_with(api, runner, sends)
                api.count_limits(enforce=True)
                organiser = api.user(9001)
                organiser.says(f"/broadcast {code} The square is closed on Monday.")
                await api.wait_handled(timeout=30)
                t = time.perf_counter()
                sent = await runner.tick()
                took = time.perf_counter() - t
                failed = _failed(runner)
            finally:
                await runner.stop()
                runner.db.dispose()
            results["project"] = {
                "messages": sent,
                "seconds": took,
                "per_second": sent / took,
                "telegram_429": len(api.limit_violations),
                "failed": failed,
            }
    results["ptb_aioratelimiter"] = await _ptb_baseline(sends)
    return results


async def _session_with(api: Any, runner: Any, members: int) -> str:
    """An open session whose members all consented (loaded directly: the benchmark times
    the sending, not the joining)."""
    from storage import members as member_store
    from storage import sessions

    d = runner
    with d.db.transaction() as s:
        cosession = sessions.create_session(
            db=s, title="Square", flow_id="park_redesign", created_by=9001, now=NOW
        )
        sessions.set_session_status(db=s, cosession=cosession, status="open", now=NOW)
        for i in range(members):
            user = api.user(FIRST_ID + i, f"M{i}")
            user.chat.known = True  # as if they had written to the bot
            member = member_store.upsert_member(
                db=s, telegram_id=user.id, display_name=f"M{i}", username=None, language="en",
                now=NOW,
            )  # fmt: skip
            participation = sessions.join_session(db=s, cosession=cosession, member=member, now=NOW)
            sessions.record_consent(
                db=s, participation=participation, member=member, accepted=True, now=NOW
            )
        return cosession.join_code


def _failed(runner: Any) -> int:
    from sqlmodel import select

    with runner.db.session() as s:
        rows = s.exec(select(Outbox).where(Outbox.kind == Kind.BROADCAST)).all()
    return sum(1 for r in rows if r.state != State.SENT)


async def _ptb_baseline(sends: int) -> dict[str, Any]:
    from telegram import Bot
    from telegram.error import TelegramError
    from telegram.ext import AIORateLimiter, ExtBot

    from botapi_double import BotApiDouble

    async with BotApiDouble(bot_username="bench_bot") as api:
        for i in range(sends):
            api.user(FIRST_ID + i, f"M{i}").chat.known = True
        api.count_limits(enforce=True)
        limiter = AIORateLimiter(max_retries=3)
        bot: Bot = ExtBot(api.token, base_url=api.base_url, rate_limiter=limiter)
        failed = 0
        async with bot:
            t = time.perf_counter()

            async def one(chat_id: int) -> None:
                nonlocal failed
                try:
                    await bot.send_message(chat_id, "The square is closed on Monday.")
                except TelegramError:
                    failed += 1

            await asyncio.gather(*(one(FIRST_ID + i) for i in range(sends)))
            took = time.perf_counter() - t
        return {
            "messages": sends - failed,
            "seconds": took,
            "per_second": (sends - failed) / took,
            "telegram_429": len(api.limit_violations),
            "failed": failed,
        }


# -- output ------------------------------------------------------------------------------------


def show(result: dict[str, Any]) -> None:
    for c in result.get("claims", []):
        print(
            f"== claim: {c['database']}, {c['members']:,} members, {c['queue_rows']:,} queue rows, "
            f"{c['due']:,} due"
        )
        print(f"  built in             {c['build_s']:.1f} s (not timed below)")
        print(f"  baseline SELECT      {c['baseline_ms']:.1f} ms ({c['found_by_baseline']:,} rows)")
        print(f"  claim_due            {c['claim_ms']:.1f} ms ({c['claimed']:,} rows claimed)")
        print(f"  claim / baseline     {c['ratio']:.2f}")
        print(
            f"  compose per row      {c['compose_ms_per_row']:.2f} ms "
            f"({c['composed_reminders']} of 50 reminders composed)"
        )
    sends = result.get("sends")
    if sends:
        for name, f in sends.items():
            print(f"== sustained sends: {name}")
            print(f"  {f['messages']} messages in {f['seconds']:.2f} s = {f['per_second']:.1f}/s")
            print(f"  Telegram 429s        {f['telegram_429']}")
            print(f"  failed messages      {f['failed']}")


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.CRITICAL)  # PTB logs each 429 it retries
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--sends", type=int, default=600)
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    kinds = ("sqlite", "postgres") if args.database == "both" else (args.database,)
    result: dict[str, Any] = {
        "claims": [time_claims(k, args.members, args.due) for k in kinds],
        "sends": asyncio.run(send_rate(args.sends)) if args.sends else None,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        show(result)


if __name__ == "__main__":
    main()
