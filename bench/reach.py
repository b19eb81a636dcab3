"""The trust funnel, cascades and champions of a large session, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.reach [--members 100000] [--database sqlite|postgres|both]
                                    [--repeat 3] [--json]

One open session with `--members` members bulk-loaded into a migrated SQLite file or a
fresh PostgreSQL database (dropped afterwards): a random invitation forest (30% came
through the organisers' link, with a tag or none, or a linked group; the rest through an
earlier member's invitation, a shared proposal or one of 20 seeds, each inviter drawn with
a bias to those who already brought people, so that hubs grow), 90% consented, 75%
activated, half finished; one to four answers for each activated member, 2,000 proposals,
about 50,000 votes, a link opening per member and 20% more openers who never joined, and
each unfinished member's place in the flow. Then, `--repeat` times each (the best kept):

  baseline  the driver's bare `SELECT` of each participation's member, inviter, source and
            joined_at (sqlite3's cursor; psycopg's): the floor for reading one row a member;
  read      `storage.reach`: the records (one aggregate query), the openers, the steps and
            the seeds, in one database session;
  figures   `reports.reach_figures.figures` on what was read: `reports.funnel.trust_funnel`,
            `reports.cascades.cascades` and `reports.champions.champions`, sharing the
            records' columns and the invitation forest, as /funnel, /reach and the report
            compute them (opinion groups given: five, dealt at random; finding them is
            /stats' work and `bench/opinions.py`'s);
  total     read + figures: the aim is under 1 s for 100,000 members.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.exports import database

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
STEPS = ("visit_frequency", "uses", "safety", "one_change", "proposal", "feedback")
SEEDS = 20


def _forest(members: int, rng: random.Random) -> list[dict[str, Any]]:
    """Participations: who invited whom, how each came, what each did when."""
    rows: list[dict[str, Any]] = []
    brought = [0] * (members + 1)
    hubs: list[int] = []  # a member appears once more for each member they brought
    for m in range(1, members + 1):
        joined = NOW + timedelta(minutes=m)
        row: dict[str, Any] = {"session_id": 1, "member_id": m, "ref_code": f"r{m:09d}",
                               "joined_at": joined, "source": "link"}  # fmt: skip
        if m > 1 and rng.random() < 0.7:
            inviter = rng.choice(hubs) if hubs and rng.random() < 0.5 else rng.randint(1, m - 1)
            brought[inviter] += 1
            hubs.append(inviter)
            row["referred_by_id"] = inviter
            row["source"] = rng.choices(("invite", "proposal", "seed"), (8, 1, 1))[0]
            if row["source"] == "seed":
                row["seed_id"] = rng.randint(1, SEEDS)
        elif rng.random() < 0.2:
            row["source"] = "group"
        else:
            row["source_tag"] = rng.choice(("flyer", "radio", "market", None))
        if rng.random() < 0.9:
            row["consented_at"] = joined + timedelta(seconds=rng.randint(5, 600))
            if rng.random() < 0.83:
                row["activated_at"] = row["consented_at"] + timedelta(seconds=rng.randint(5, 900))
                if rng.random() < 0.66:
                    row["completed_at"] = row["activated_at"] + timedelta(hours=rng.randint(1, 48))
        elif rng.random() < 0.5:
            row["declined_at"] = joined + timedelta(seconds=30)
        rows.append(row)
    return rows


def _load(url: str, members: int) -> None:
    from sqlalchemy import insert

    from storage.db import Database
    from storage.models import (
        Answer,
        Community,
        CoSession,
        DialogStateRow,
        LinkOpen,
        Member,
        Participation,
        Proposal,
        Seed,
        Vote,
    )  # fmt: skip

    rng = random.Random(7)
    db = Database(url)
    db.upgrade()
    people = _forest(members, rng)
    with db.transaction() as s:
        s.execute(insert(Community), [{"name": "Bench", "owner_id": 9001, "created_at": NOW}])
        s.execute(insert(CoSession), [{
            "title": "Bench", "flow_id": "park_redesign", "join_code": "bench", "status": "open",
            "community_id": 1, "created_by": 9001, "created_at": NOW,
            "pseudonym_salt": "0123456789abcdef",
        }])  # fmt: skip
        s.execute(insert(Member), [
            {"telegram_id": 40_000_000 + m, "display_name": f"M{m}", "language": "en",
             "segments": [], "created_at": NOW} for m in range(1, members + 1)
        ])  # fmt: skip
        s.execute(insert(Seed), [
            {"id": n, "session_id": 1, "kind": "proposal", "item_id": n, "champion_id": n,
             "code": f"seed{n}", "created_by": 9001, "created_at": NOW}
            for n in range(1, SEEDS + 1)
        ])  # fmt: skip
        s.execute(insert(Participation), people)
        active = [p for p in people if p.get("activated_at")]
        s.execute(insert(Answer), [
            {"session_id": 1, "member_id": p["member_id"], "step_id": step, "kind": "choice",
             "value": "x", "created_at": p["activated_at"] + timedelta(minutes=n)}
            for p in active
            for n, step in enumerate(STEPS[: rng.randint(1, 4)])
        ])  # fmt: skip
        s.execute(insert(DialogStateRow), [
            {"session_id": 1, "member_id": p["member_id"], "step_id": rng.choice(STEPS),
             "state": {}, "updated_at": NOW}
            for p in people if p.get("consented_at") and not p.get("completed_at")
        ])  # fmt: skip
        s.execute(insert(Proposal), [
            {"session_id": 1, "number": n, "member_id": rng.choice(active)["member_id"],
             "text": f"Proposal {n}", "normalized_text": f"p{n}",
             "created_at": NOW + timedelta(hours=n % 100)} for n in range(1, 2001)
        ])  # fmt: skip
        votes = {(rng.randint(1, 2000), rng.choice(active)["member_id"]) for _ in range(50_000)}
        s.execute(insert(Vote), [
            {"proposal_id": p, "member_id": m, "value": "agree", "created_at": NOW,
             "updated_at": NOW} for p, m in votes
        ])  # fmt: skip
        opens = [
            {"session_id": 1, "member_id": p["member_id"], "source": p["source"],
             "source_tag": p.get("source_tag"), "referred_by_id": p.get("referred_by_id"),
             "seed_id": p.get("seed_id"), "opened_at": p["joined_at"] - timedelta(seconds=20)}
            for p in people
        ]  # fmt: skip
        opens += [
            {"session_id": 1, "member_id": None, "source": "invite", "source_tag": None,
             "referred_by_id": rng.randint(1, members), "seed_id": None, "opened_at": NOW}
            for _ in range(members // 5)
        ]  # fmt: skip
        s.execute(insert(LinkOpen), opens)
    if url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            conn.execute("ANALYZE")
    else:
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("ANALYZE")
    db.dispose()


def _baseline(url: str) -> int:
    query = "SELECT member_id, referred_by_id, source, joined_at FROM participation"
    query += " WHERE session_id = 1"
    if url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            return len(conn.execute(query).fetchall())
    import psycopg

    with psycopg.connect(url) as conn:
        return len(conn.execute(query).fetchall())


def _best(repeat: int, work: Any) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def run(kind: str, members: int, repeat: int) -> dict[str, Any]:
    from reports.reach import Reach
    from reports.reach_figures import figures
    from storage import reach
    from storage.db import Database

    with (
        tempfile.TemporaryDirectory(prefix="codesign-bench-") as tmp,
        database(kind, Path(tmp)) as url,
    ):
        start = time.perf_counter()
        _load(url, members)
        print(f"{kind}: loaded {members:,} members in {time.perf_counter() - start:.1f} s",
              file=sys.stderr)  # fmt: skip
        baseline, _ = _best(repeat, lambda: _baseline(url))
        db = Database(url)
        rng = random.Random(3)
        groups = {m: "ABCDE"[rng.randrange(5)] for m in range(1, members + 1)}

        def read() -> Reach:
            with db.session() as s:
                return Reach(
                    reach.joined(db=s, session_id=1),
                    opened=reach.openers(db=s, session_id=1),
                    steps=reach.steps(db=s, session_id=1),
                    step_order=STEPS,
                    seeds=reach.seeds(db=s, session_id=1),
                    groups=groups,
                )

        read_s, found = _best(repeat, read)
        figures_s, computed = _best(repeat, lambda: figures(replace(found)))
        total_s, _ = _best(repeat, lambda: figures(read()))
        funnel, cascade, champs = computed.funnel, computed.cascades, computed.champions
        db.dispose()
    largest = cascade.largest
    return {
        "database": kind,
        "members": members,
        "openers": len(found.opened),
        "baseline_s": round(baseline, 3),
        "read_s": round(read_s, 3),
        "figures_s": round(figures_s, 3),
        "total_s": round(total_s, 3),
        "cascades": len(cascade.trees),
        "largest": largest.size if largest else 0,
        "depth": cascade.depth,
        "virality": round(largest.virality, 2) if largest else None,
        "champions": len(champs.ranked),
        "activated": funnel.session.stage("answered").count,
    }


def show(results: list[dict[str, Any]]) -> None:
    print("| database | members | baseline | read | figures | total | total / baseline |"
          " cascades (largest, depth, virality) | champions |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['database']} | {r['members']:,} | {r['baseline_s'] * 1000:.0f} ms | "
            f"{r['read_s'] * 1000:.0f} ms | {r['figures_s'] * 1000:.0f} ms | "
            f"**{r['total_s'] * 1000:.0f} ms** | {r['total_s'] / r['baseline_s']:.1f} | "
            f"{r['cascades']:,} ({r['largest']:,}, {r['depth']}, {r['virality']}) | "
            f"{r['champions']:,} |"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    kinds = ("sqlite", "postgres") if args.database == "both" else (args.database,)
    results = [run(kind, args.members, args.repeat) for kind in kinds]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        show(results)


if __name__ == "__main__":
    main()
