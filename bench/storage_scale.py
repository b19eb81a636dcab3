"""Do the per-update queries stay fast on a large deployment? (SQLite, bulk-loaded)

    .venv/bin/python -m bench.storage_scale [--members 20000] [--messages 200000] [--json]

Builds two synthetic deployments in temporary SQLite files, migrated to head like the
bot's own database (`Database.upgrade`): a small baseline (1/100 of the sizes) and the
large one. Each gets members, sessions (one per 400 members, at least 2), participations
(every member in one session, every fifth in a second), a dialog_state row per
participation, `--messages` transcript rows spread over the participations, and one
processed_update row per incoming message. Rows are inserted in bulk through the tables
of `storage.models`.

Then it times the storage functions the bot calls while handling an update, each with
random existing keys, one call at a time in a long-lived session (the identity map is
emptied between calls so nothing is served from memory), and prints the median and p95
in microseconds, the large/small ratio (about 1 when an index is used: B-tree lookups
grow with log n), and SQLite's query plan for each.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, text
from sqlmodel import Session

from storage import dialog, members, sessions, transcript
from storage.db import Database
from storage.models import (
    Community,
    CoSession,
    DialogStateRow,
    Member,
    Participation,
    ProcessedUpdate,
    TranscriptMessage,
)

T0 = datetime(2025, 1, 1, tzinfo=UTC)
FIRST_TELEGRAM_ID = 10_000_000
BATCH = 10_000


def build(db: Database, n_members: int, n_messages: int, seed: int = 1) -> dict[str, Any]:
    """Bulk-load a synthetic deployment; returns the keys the timed calls draw from."""
    rng = random.Random(seed)
    n_sessions = max(2, n_members // 400)
    started = time.perf_counter()
    with db.transaction() as s:
        s.execute(insert(Community), [{"name": "Bench", "created_at": T0}])
        s.execute(
            insert(CoSession),
            [
                {
                    "title": f"Session {i}",
                    "flow_id": "park_redesign",
                    "join_code": f"bench{i:05d}",
                    "status": "open",
                    "community_id": 1,
                    "created_by": 9001,
                    "created_at": T0,
                    "opened_at": T0,
                }
                for i in range(n_sessions)
            ],
        )
        _bulk(
            s,
            Member,
            (
                {
                    "telegram_id": FIRST_TELEGRAM_ID + i,
                    "display_name": f"Member {i}",
                    "username": f"member{i}",
                    "language": "en",
                    "created_at": T0,
                    "last_seen_at": T0,
                }
                for i in range(n_members)
            ),
        )
        pairs = [(1 + i % n_sessions, 1 + i) for i in range(n_members)]
        pairs += [(1 + (i + 1) % n_sessions, 1 + i) for i in range(0, n_members, 5)]
        _bulk(
            s,
            Participation,
            (
                {
                    "session_id": sid,
                    "member_id": mid,
                    "joined_at": T0,
                    "consented_at": T0,
                    "completed_at": T0 if mid % 3 == 0 else None,
                    "ref_code": f"r{sid}-{mid}",
                }
                for sid, mid in pairs
            ),
        )
        _bulk(
            s,
            DialogStateRow,
            (
                {
                    "session_id": sid,
                    "member_id": mid,
                    "step_id": "uses",
                    "state": {"step": "uses", "history": ["welcome", "visit_frequency"]},
                    "step_entered_at": T0,
                    "updated_at": T0,
                }
                for sid, mid in pairs
            ),
        )
        picks = [rng.randrange(len(pairs)) for _ in range(n_messages)]
        _bulk(
            s,
            TranscriptMessage,
            (
                {
                    "session_id": pairs[p][0],
                    "member_id": pairs[p][1],
                    "chat_id": FIRST_TELEGRAM_ID + pairs[p][1] - 1,
                    "direction": "in" if k % 2 == 0 else "out",
                    "kind": "text",
                    "step_id": "one_change",
                    "text": "More benches and some shade near the playground, please.",
                    "telegram_message_id": k,
                    "meta": {},
                    "created_at": T0 + timedelta(seconds=k),
                }
                for k, p in enumerate(picks)
            ),
        )
        n_updates = (n_messages + 1) // 2
        _bulk(
            s,
            ProcessedUpdate,
            (
                {"update_id": u, "processed_at": T0 + timedelta(seconds=2 * u)}
                for u in range(1, n_updates + 1)
            ),
        )
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
    return {
        "members": n_members,
        "sessions": n_sessions,
        "participations": len(pairs),
        "messages": n_messages,
        "processed_updates": n_updates,
        "pairs": pairs,
        "load_s": time.perf_counter() - started,
    }


def _bulk(s: Session, model: Any, rows: Any) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            s.execute(insert(model), batch)
            batch = []
    if batch:
        s.execute(insert(model), batch)


def probes(d: dict[str, Any], rng: random.Random) -> dict[str, Callable[[Session], Any]]:
    """One callable per hot query, drawing an existing (or, half the time, a new) key."""
    pairs, n_members, n_updates = d["pairs"], d["members"], d["processed_updates"]

    def pair() -> tuple[int, int]:
        return pairs[rng.randrange(len(pairs))]

    def write_turn(s: Session) -> None:  # what leaving a Turn writes, then commits
        sid, mid = pair()
        transcript.record_message(
            db=s,
            chat_id=FIRST_TELEGRAM_ID + mid - 1,
            direction="in",
            text="Yes, more trees",
            now=T0,
            session_id=sid,
            member_id=mid,
            step_id="one_change",
        )
        transcript.mark_update_processed(db=s, update_id=10**9 + rng.randrange(10**9), now=T0)
        s.commit()

    return {
        "members.get_member": lambda s: members.get_member(
            db=s, telegram_id=FIRST_TELEGRAM_ID + rng.randrange(n_members)
        ),
        "sessions.get_participation": lambda s: sessions.get_participation(
            db=s, session_id=(p := pair())[0], member_id=p[1]
        ),
        "dialog.get_dialog": lambda s: dialog.get_dialog(
            db=s, session_id=(p := pair())[0], member_id=p[1]
        ),
        "transcript.is_update_processed (seen)": lambda s: transcript.is_update_processed(
            db=s, update_id=1 + rng.randrange(n_updates)
        ),
        "transcript.is_update_processed (new)": lambda s: transcript.is_update_processed(
            db=s, update_id=n_updates + 1 + rng.randrange(10**6)
        ),
        "sessions.list_sessions": lambda s: sessions.list_sessions(db=s),
        "sessions.get_session_by_code": lambda s: sessions.get_session_by_code(
            db=s, code=f"bench{rng.randrange(d['sessions']):05d}"
        ),
        "write: transcript row + processed_update, commit": write_turn,
    }


def time_calls(db: Database, d: dict[str, Any], calls: int, seed: int = 2) -> dict[str, Any]:
    rng = random.Random(seed)
    out: dict[str, Any] = {}
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    with db.session() as s:
        for name, probe in probes(d, rng).items():
            n = calls if "list_sessions" not in name else max(50, calls // 10)
            for _ in range(min(20, n)):  # warm the statement cache and the page cache
                probe(s)
                s.expunge_all()
            timings = []
            for _ in range(n):
                t = time.perf_counter()
                probe(s)
                timings.append(time.perf_counter() - t)
                s.expunge_all()
            statements.clear()
            event.listen(db.engine, "before_cursor_execute", capture)
            probe(s)
            event.remove(db.engine, "before_cursor_execute", capture)
            s.expunge_all()
            out[name] = {
                "calls": n,
                "median_us": 1e6 * statistics.median(timings),
                "p95_us": 1e6 * sorted(timings)[int(0.95 * (n - 1))],
                "plan": _plans(s, statements),
            }
        s.rollback()
    return out


def _plans(s: Session, statements: list[tuple[str, Any]]) -> list[str]:
    plans = []
    conn = s.connection().connection.dbapi_connection
    for statement, parameters in statements:
        if not statement.lstrip().upper().startswith("SELECT"):
            continue
        rows = conn.execute(f"EXPLAIN QUERY PLAN {statement}", parameters or ()).fetchall()
        plans.append("; ".join(str(r[-1]) for r in rows))
    return plans


def run(n_members: int, n_messages: int, calls: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="codesign-scale-") as tmp:
        for label, m, k in (
            ("baseline", max(10, n_members // 100), max(100, n_messages // 100)),
            ("large", n_members, n_messages),
        ):
            path = Path(tmp) / f"{label}.db"
            db = Database(f"sqlite:///{path}")
            db.upgrade()
            d = build(db, m, k)
            timings = time_calls(db, d, calls)
            db.dispose()
            d.pop("pairs")
            d["file_mib"] = sum(p.stat().st_size for p in Path(tmp).glob(f"{label}.db*")) / 2**20
            result[label] = {"sizes": d, "queries": timings}
    return result


def show(r: dict[str, Any]) -> None:
    for label in ("baseline", "large"):
        z = r[label]["sizes"]
        print(
            f"== {label}: {z['members']} members, {z['sessions']} sessions, "
            f"{z['participations']} participations, {z['messages']} transcript rows, "
            f"{z['processed_updates']} processed updates; loaded in {z['load_s']:.1f} s, "
            f"{z['file_mib']:.1f} MiB on disk"
        )
    print(f"\n{'query':<52}{'small µs':>10}{'large µs':>10}{'p95 large':>11}{'ratio':>8}")
    for name, big in r["large"]["queries"].items():
        small = r["baseline"]["queries"][name]
        ratio = big["median_us"] / small["median_us"]
        print(
            f"{name:<52}{small['median_us']:>10.0f}{big['median_us']:>10.0f}"
            f"{big['p95_us']:>11.0f}{ratio:>8.2f}"
        )
    print("\nSQLite query plans (large):")
    for name, big in r["large"]["queries"].items():
        for plan in big["plan"]:
            print(f"  {name:<45} {plan}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.storage_scale", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--calls", type=int, default=2000, help="timed calls per query")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args.members, args.messages, args.calls)
    if args.json:
        print(json.dumps(result))
    else:
        show(result)


if __name__ == "__main__":
    main()
