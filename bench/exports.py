"""Exporting a large session: time and peak memory per format, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.exports [--rows 1000000] [--members 2000]
                                      [--database sqlite|postgres|both] [--json]

One open session (the park_redesign flow) with `--members` members who consented and
answered, 200 proposals with about 40,000 votes, 6,000 reprompts, and `--rows` transcript
messages (half in, half out; members' texts of 20 to 200 characters with emoji and Hebrew,
the bot's of 100 to 400), bulk-loaded into a migrated SQLite file or a fresh PostgreSQL
database (dropped afterwards). Each case then runs in a child process of its own, so that
its peak RSS (`ru_maxrss`) is its own, writing to a file in a temporary folder:

  baseline  a bare `SELECT` of the transcript's columns through the driver (sqlite3's
            cursor; a psycopg named, server-side cursor), each row written as a tab-
            separated line: the floor for reading a million rows and writing them;
  stream    `storage.exports.transcript` (SQLAlchemy, batches of 2,000; a server-side
            cursor on PostgreSQL), rows written as the baseline writes them;
  csv, json, md   `usecases.exports.write_export`, as `/export` and `codesign export` run it
            (members' names, usernames and ids hidden in every text: pseudonymised);
  sheets    `usecases.exports.write_sheets`: the four spreadsheets in one zip (each member
            answered four questions; two polls, one anonymous, every member voted);
  stats     `usecases.stats.gather` and the /stats text: what /stats computes in the turn
            (aggregate queries and the opinion groups of 2,000 members on 200 proposals);
  forget    `storage.erasure.forget_member` of one member (about 500 of the messages are
            theirs), what /forget does in its turn, rolled back afterwards.

Reported per case: seconds, peak RSS, RSS once imports and the database connection were
set up (so growth while exporting can be told from import cost), and the file's size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from storage.models import State

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
PG_ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
CASES = ("baseline", "stream", "csv", "json", "md", "sheets", "stats", "forget")
STEPS = ("visit_frequency", "uses", "safety", "one_change", "proposal", "feedback")
WORDS = tuple(
    "the park needs more light benches trees safe path pond children play dog evening market "  # noqa: SIM905
    "bins water fountain שלום 🎉 🌳 gardens café quiet night bus stop".split()
)
FIRST_TELEGRAM_ID = 30_000_000
SYLLABLES = ("ma", "ri", "to", "lu", "ka", "ne", "so", "vi", "da", "mi", "re", "an", "el", "jo")


def _name(rng: random.Random) -> str:
    """A first and a last name, as a Telegram display name is: the exports hide them."""
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title() for _ in "ab"
    )


def _text(rng: random.Random, low: int, high: int) -> str:
    size, words = rng.randint(low, high), []
    while sum(len(w) + 1 for w in words) < size:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:high]


def _transcript(rows: int, members: int, seed: int = 1) -> Iterator[tuple[Any, ...]]:
    """(session, member, chat, direction, kind, step, text, polarity, created_at) tuples."""
    rng = random.Random(seed)
    for n in range(rows):
        member = rng.randint(1, members)
        at = NOW + timedelta(seconds=n * 2)
        step = rng.choice(STEPS)
        if n % 2 == 0:
            kind = rng.choice(("text", "text", "text", "button", "command"))
            text = _text(rng, 20, 200) if kind == "text" else f"1:f:1:{step}:x"
            polarity = round(rng.uniform(-1, 1), 3) if kind == "text" else None
            yield (1, member, FIRST_TELEGRAM_ID + member, "in", kind, step, text, polarity, at)
        else:
            text = _text(rng, 100, 400)
            yield (1, member, FIRST_TELEGRAM_ID + member, "out", "text", step, text, None, at)


def _load(url: str, rows: int, members: int) -> None:
    """The session, its members, votes and reprompts through SQLAlchemy; the transcript
    straight through the driver (executemany on SQLite, COPY on PostgreSQL)."""
    from sqlalchemy import insert

    from dialogs.loader import default_flows_dir, read_flow_file
    from storage.db import Database
    from storage.flows import keep_flow
    from storage.models import (
        Answer,
        Ballot,
        Community,
        CoSession,
        Member,
        Outbox,
        Participation,
        Poll,
        PollOption,
        Proposal,
        Vote,
    )  # fmt: skip

    db = Database(url)
    db.upgrade()
    rng = random.Random(2)
    with db.transaction() as s:
        s.execute(insert(Community), [{"name": "Bench", "owner_id": 9001, "created_at": NOW}])
        s.execute(insert(CoSession), [{
            "title": "Bench", "flow_id": "park_redesign", "join_code": "bench",
            "status": "open", "community_id": 1, "created_by": 9001, "created_at": NOW,
            "pseudonym_salt": "0123456789abcdef",
        }])  # fmt: skip
        park = read_flow_file(default_flows_dir() / "park_redesign.yaml")
        keep_flow(db=s, cosession=s.get(CoSession, 1), flow_id="park_redesign",
                  source=park.source, now=NOW)  # fmt: skip
        ids = range(1, members + 1)
        s.execute(insert(Member), [
            {"telegram_id": FIRST_TELEGRAM_ID + i, "display_name": _name(rng),
             "username": f"member_{i}", "language": "en", "created_at": NOW}
            for i in ids
        ])  # fmt: skip
        s.execute(insert(Answer), [
            {"session_id": 1, "member_id": i, "step_id": step, "kind": kind, "value": value,
             "text": value if kind == "text" else None, "created_at": NOW}
            for i in ids
            for step, kind, value in (
                ("visit_frequency", "choice", rng.choice(("daily", "weekly", "rarely"))),
                ("uses", "choice", rng.sample(("walking", "play", "sport", "dogs"), 2)),
                ("safety", "scale", rng.randint(1, 5)),
                ("one_change", "text", _text(rng, 20, 200)),
            )
        ])  # fmt: skip
        for poll, anonymous in ((1, False), (2, True)):
            s.execute(insert(Poll), [{"id": poll, "session_id": 1, "question": "Which day?",
                                      "anonymous": anonymous, "created_by": 9001,
                                      "created_at": NOW}])  # fmt: skip
            s.execute(insert(PollOption), [
                {"id": poll * 10 + n, "poll_id": poll, "position": n, "text": day}
                for n, day in enumerate(("Saturday", "Sunday", "Monday"))
            ])  # fmt: skip
            s.execute(insert(Ballot), [
                {"poll_id": poll, "option_id": poll * 10 + rng.randint(0, 2), "voter_key": f"v{i}",
                 "member_id": None if anonymous else i, "created_at": NOW} for i in ids
            ])  # fmt: skip
        s.execute(insert(Participation), [
            {"session_id": 1, "member_id": i, "joined_at": NOW, "consented_at": NOW,
             "ref_code": f"r{i:09d}"} for i in ids
        ])  # fmt: skip
        s.execute(insert(Proposal), [
            {"session_id": 1, "member_id": i, "text": f"Proposal {i}: " + _text(rng, 20, 120),
             "normalized_text": f"p{i}", "created_at": NOW} for i in range(1, 201)
        ])  # fmt: skip
        votes = {(rng.randint(1, 200), rng.randint(1, members)) for _ in range(40_000)}
        s.execute(insert(Vote), [
            {"proposal_id": p, "member_id": m, "created_at": NOW, "updated_at": NOW,
             "value": rng.choice(("agree", "agree", "disagree", "pass"))} for p, m in votes
        ])  # fmt: skip
        s.execute(insert(Outbox), [
            {"chat_id": FIRST_TELEGRAM_ID + m, "session_id": 1, "member_id": m,
             "kind": rng.choice(("reminder", "followup")), "dedupe_key": f"r{n}",
             "step_id": "safety", "text": "hi", "state": State.SENT, "sent_at": NOW,
             "buttons": [], "meta": {}, "not_before": NOW, "created_at": NOW}
            for n, m in enumerate(rng.randint(1, members) for _ in range(6_000))
        ])  # fmt: skip
    db.dispose()
    columns = "session_id, member_id, chat_id, direction, kind, step_id, text, polarity, created_at"
    if url.startswith("sqlite"):
        import sqlite3

        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        with conn:
            conn.executemany(
                f"INSERT INTO transcript ({columns}, meta) VALUES (?,?,?,?,?,?,?,?,?,'{{}}')",
                ((*r[:-1], r[-1].strftime("%Y-%m-%d %H:%M:%S.%f"))
                 for r in _transcript(rows, members)),
            )  # fmt: skip
            conn.execute("ANALYZE")
        conn.close()
        return
    import psycopg

    with psycopg.connect(url) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY transcript ({columns}, meta) FROM STDIN") as copy:
            for r in _transcript(rows, members):
                copy.write_row((*r[:-1], r[-1].replace(tzinfo=None), "{}"))
        cur.execute("ANALYZE")


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'exports.db'}"
        return
    import psycopg

    name = f"codesign_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- in the child process --------------------------------------------------------------------


def _rss_mib() -> float:
    """Peak RSS of this process. Linux keeps `ru_maxrss` across exec (a child started by a
    large parent would report the parent's size), so its own VmHWM is read where it exists."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(url: str, case: str, target: Path) -> dict[str, Any]:
    query = (
        "SELECT id, created_at, direction, member_id, step_id, kind, text, polarity "
        "FROM transcript WHERE session_id = 1 ORDER BY id"
    )
    if case == "baseline":
        return _baseline(url, query, target)
    from bot.app import installed_flows
    from bot.settings import load_settings
    from storage import exports
    from storage.db import Database
    from storage.models import CoSession
    from usecases.context import Services
    from usecases.exports import ENCODING, write_export, write_sheets
    from usecases.flows import FlowCatalog

    settings = load_settings(database_url=url, telegram_bot_token=None)
    services = Services(flows=FlowCatalog(installed_flows(settings)))
    db = Database(url)
    with db.session() as s:
        cosession = s.get(CoSession, 1)
        ready = _rss_mib()
        start = time.perf_counter()
        if case == "sheets":
            with target.open("wb") as binary:
                made = write_sheets(s, services, cosession, binary, NOW)
            seconds = time.perf_counter() - start
            db.dispose()
            return _result(case, made.members, seconds, ready, target)
        with target.open("w", encoding=ENCODING.get(case, "utf-8"), newline="") as out:
            if case == "forget":  # in a transaction rolled back: the data stays for others
                from storage import erasure
                from storage.models import Member

                member = s.get(Member, 1)
                done = erasure.forget_member(db=s, member=member, quotes=[], now=NOW)
                s.flush()
                n = done.messages
                s.rollback()
            elif case == "stats":
                from reports.summaries import stats_text
                from usecases.stats import gather

                out.write(stats_text(gather(s, services, cosession)))
                n = 0
            elif case == "stream":
                n = sum(
                    out.write("\t".join(map(str, row)) + "\n") > 0
                    for row in exports.transcript(db=s, session_id=1)
                )
            else:
                n = write_export(s, services, cosession, case, out)
        seconds = time.perf_counter() - start
    db.dispose()
    return _result(case, n, seconds, ready, target)


def _baseline(url: str, query: str, target: Path) -> dict[str, Any]:
    if url.startswith("sqlite"):
        import sqlite3

        conn: Any = sqlite3.connect(url.removeprefix("sqlite:///"))
        cursor = conn.cursor()
    else:
        import psycopg

        conn = psycopg.connect(url)
        cursor = conn.cursor(name="baseline")  # server-side
        cursor.itersize = 2000
    ready = _rss_mib()
    start = time.perf_counter()
    n = 0
    with target.open("w", encoding="utf-8") as out:
        cursor.execute(query)
        for row in cursor:
            out.write("\t".join(map(str, row)) + "\n")
            n += 1
    seconds = time.perf_counter() - start
    conn.close()
    return _result("baseline", n, seconds, ready, target)


def _result(case: str, n: int, seconds: float, ready: float, target: Path) -> dict[str, Any]:
    size = target.stat().st_size
    target.unlink()
    return {
        "case": case,
        "rows": n,
        "seconds": round(seconds, 2),
        "peak_rss_mib": round(_rss_mib(), 1),
        "rss_ready_mib": round(ready, 1),
        "mib": round(size / 2**20, 1),
    }


# -- the parent ------------------------------------------------------------------------------


def run(kind: str, rows: int, members: int) -> list[dict[str, Any]]:
    results = []
    with (
        tempfile.TemporaryDirectory(prefix="codesign-bench-") as tmp,
        database(kind, Path(tmp)) as url,
    ):
        start = time.perf_counter()
        _load(url, rows, members)
        print(f"{kind}: loaded {rows:,} messages in {time.perf_counter() - start:.1f} s",
              file=sys.stderr)  # fmt: skip
        for case in CASES:
            out = subprocess.run(
                [sys.executable, "-m", "bench.exports", "--child", url, case, f"{tmp}/out"],
                env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},  # as `codesign` runs
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results.append({"database": kind, **result})
            print(f"  {case}: {result}", file=sys.stderr)
    return results


def show(results: list[dict[str, Any]]) -> None:
    print("| database | case | rows | time | time / baseline | peak RSS (ready) | file |")
    print("|---|---|---|---|---|---|---|")
    base = {r["database"]: r["seconds"] for r in results if r["case"] == "baseline"}
    for r in results:
        ratio = r["seconds"] / base[r["database"]] if base.get(r["database"]) else 0
        print(
            f"| {r['database']} | {r['case']} | {format(r['rows'], ',') if r['rows'] else ''} | "
            f"{r['seconds']:.1f} s | "
            f"{ratio:.1f} | {r['peak_rss_mib']:.0f} MiB ({r['rss_ready_mib']:.0f}) | "
            f"{r['mib']:.0f} MiB |"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("URL", "CASE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        url, case, target = args.child
        print(json.dumps(child(url, case, Path(target))))
        return
    kinds = ("sqlite", "postgres") if args.database == "both" else (args.database,)
    results = [r for kind in kinds for r in run(kind, args.rows, args.members)]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        show(results)


if __name__ == "__main__":
    main()
