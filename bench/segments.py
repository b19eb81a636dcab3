"""Segments at scale: how long a rule takes to work out over a session of 10,000 members.

    .venv/bin/python -m bench.segments [--members 10000] [--repeat 15]
                                       [--database sqlite|postgres|both] [--json]

A deployment of two open sessions of the park flow (`dialogs/flows/park_redesign.yaml`),
`--members` members each, bulk-loaded into a migrated SQLite file or a fresh PostgreSQL
database (analysed, as autovacuum would, then dropped): every member consented; most
answered how often they visit (a choice), what they use the park for (a multiple choice),
how safe it feels (a scale)
and the one change they would make (a typed answer with a sentiment), a tenth of them
answered some step twice (the first answer superseded, as after /back); some came by a
tagged link or a member's invitation, some finished, proposed or voted; their languages,
time zones and last activity vary. Then each rule below is worked out as the bot works it
out (`usecases.segments`: read against the flow, turned into one SQL query by
`storage.segments`), `--repeat` times, and the median and p95 in milliseconds are printed
for: `count` (how many are in it: /segments, the previews), `ids` (the member ids:
`members_in`, /segment show) and `send` (who of them may be messaged: the audience rule
and the segment in one query, what /broadcast --to sends to). Reading the rule and
building the query are included; the opinion groups a `group = A` rule needs (numpy over
the votes, a quarter of the members voting on 6 of 24 proposals) are timed once, on their
own line. The aim: under 200 ms for 10,000 members.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, text

from bench.engagement import database
from dialogs.loader import default_flows_dir, load_flow_files
from storage import audience
from storage import segments as store
from storage.db import Database
from storage.models import (
    Answer,
    Community,
    CoSession,
    Member,
    Participation,
    Proposal,
    Vote,
)
from usecases import segment_sql, segments
from usecases.context import Services
from usecases.flows import FlowCatalog

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FIRST_ID = 30_000_000
CHUNK = 10_000
RULES = (
    "visit_frequency = daily",
    "safety <= 2 and not visit_frequency = rarely",
    "uses has dogs or sentiment(one_change) < 0",
    "(stage = finished or active within 7d) and language in (en, es) and source = flyer",
    "stage = voted and not (timezone = Europe/Madrid or source = invite)",
    "sentiment(one_change) = negative and safety in (1, 2) and stage = proposed",
)
GROUP_RULE = "group = A"


def build(db: Database, members: int, seed: int = 7) -> None:
    """Two sessions of `members` members each, as the module says."""
    rng = random.Random(seed)
    with db.transaction() as s:
        s.execute(insert(Community), [{"name": "Bench", "created_at": NOW}])
        s.execute(
            insert(CoSession),
            [
                {"title": f"Park {i}", "flow_id": "park_redesign", "join_code": f"bseg{i}",
                 "status": "open", "community_id": 1, "created_by": 9001,
                 "created_at": NOW, "opened_at": NOW}
                for i in (1, 2)
            ],
        )  # fmt: skip
    total = 2 * members
    zones = (None, None, "Europe/Madrid", "Europe/London", "America/Bogota")
    _bulk(db, Member, (
        {"telegram_id": FIRST_ID + i, "display_name": f"M{i}", "language": rng.choice(
            ("en", "en", "es", "fr")), "timezone": rng.choice(zones), "created_at": NOW,
         "last_seen_at": NOW - timedelta(hours=rng.randrange(24 * 30))}
        for i in range(1, total + 1)
    ))  # fmt: skip
    _bulk(db, Participation, (_participation(rng, i, members) for i in range(1, total + 1)))
    _bulk(db, Answer, _answers(rng, total, members))
    proposers = [i for i in range(1, total + 1) if i % 9 == 0]
    _bulk(db, Proposal, (
        {"session_id": 1 + (m > members), "member_id": m, "text": f"Idea {m}",
         "normalized_text": f"idea {m}", "number": n + 1, "created_at": NOW}
        for n, m in enumerate(proposers)
    ))  # fmt: skip
    first = {1: [n + 1 for n, m in enumerate(proposers) if m <= members]}
    first[2] = [n + 1 for n, m in enumerate(proposers) if m > members]
    _bulk(db, Vote, (
        {"proposal_id": p, "member_id": m, "value": rng.choice(("agree", "disagree", "pass")),
         "created_at": NOW}
        for m in range(1, total + 1) if m % 4 == 0
        for p in rng.sample(first[1 + (m > members)][:24], 6)
    ))  # fmt: skip
    if db.engine.dialect.name == "postgresql":  # statistics, as autovacuum would gather them
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()


def _participation(rng: random.Random, i: int, members: int) -> dict[str, Any]:
    source, tag, inviter = "link", None, None
    roll = rng.random()
    if roll < 0.2:
        tag = rng.choice(("flyer", "market"))
    elif roll < 0.3 and i > 1:
        source, inviter = "invite", rng.randrange(max(1, i - 500), i)
    return {
        "session_id": 1 + (i > members), "member_id": i, "joined_at": NOW, "consented_at": NOW,
        "completed_at": NOW if i % 3 == 0 else None, "ref_code": f"s{i}", "source": source,
        "source_tag": tag, "referred_by_id": inviter,
    }  # fmt: skip


def _answers(rng: random.Random, total: int, members: int) -> Iterator[dict[str, Any]]:
    uses = ("walking", "play", "sport", "dogs", "relax", "events")
    for m in range(1, total + 1):
        sid = 1 + (m > members)
        often = rng.choice(("daily", "weekly", "monthly", "rarely"))
        given = [
            ("visit_frequency", "choice", often, None),
            ("uses", "choice", rng.sample(uses, rng.randint(1, 3)), None),
            ("safety", "scale", rng.randint(1, 5), None),
            ("one_change", "text", "More benches", round(rng.uniform(-1, 1), 3)),
        ][: rng.choice((1, 2, 4, 4, 4))]  # fmt: skip
        for n, (step, kind, value, polarity) in enumerate(given):
            twice = m % 10 == 0 and n == 0
            for superseded in (True, False) if twice else (False,):
                yield {
                    "session_id": sid, "member_id": m, "step_id": step, "kind": kind,
                    "value": value, "text": value if kind == "text" else None,
                    "polarity": polarity, "superseded": superseded, "created_at": NOW,
                }  # fmt: skip


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


def _timed(call: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], result


def measure(kind: str, members: int, repeat: int) -> dict[str, Any]:
    services = Services(flows=FlowCatalog(load_flow_files(default_flows_dir())))
    with database(kind) as db:
        started = time.perf_counter()
        build(db, members)
        loaded = time.perf_counter() - started
        rows: list[dict[str, Any]] = []
        with db.session() as s:
            cosession = s.get(CoSession, 1)
            assert cosession is not None
            reading = segment_sql.Reading(s, services, NOW)

            def condition(rule: str) -> Any:
                return segments.condition_of(
                    reading, cosession, segments.rule_of(reading, cosession, rule)
                )

            calls: dict[str, Callable[[str], Any]] = {
                "count": lambda r: store.count(db=s, session_id=1, condition=condition(r)),
                "ids": lambda r: store.member_ids(db=s, session_id=1, condition=condition(r)),
                "send": lambda r: audience.recipients(db=s, session_id=1, among=condition(r)),
            }
            for rule in RULES:
                line: dict[str, Any] = {"rule": rule}
                for what, call in calls.items():
                    median, p95, result = _timed(lambda c=call, r=rule: c(r), repeat)
                    line[what] = (round(median, 1), round(p95, 1))
                    if what == "count":
                        line["members"] = result
                    s.expunge_all()
                rows.append(line)
            first, _, found = _timed(lambda: store.count(
                db=s, session_id=1, condition=condition(GROUP_RULE)), 1)  # fmt: skip
            again, p95, _ = _timed(lambda: store.count(
                db=s, session_id=1, condition=condition(GROUP_RULE)), repeat)  # fmt: skip
            rows.append(
                {
                    "rule": f"{GROUP_RULE} (first: the groups worked out)",
                    "count": (round(first, 1), round(first, 1)),
                    "members": found,
                }
            )
            rows.append({"rule": f"{GROUP_RULE} (again: the same votes)",
                         "count": (round(again, 1), round(p95, 1)), "members": found})  # fmt: skip
        return {"database": kind, "members": members, "load_s": round(loaded, 1), "rules": rows}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--database", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    kinds = ("sqlite", "postgres") if args.database == "both" else (args.database,)
    results = [measure(kind, args.members, args.repeat) for kind in kinds]
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for result in results:
        head = f"{result['database']}: {result['members']:,} members in the session"
        print(f"\n{head} (and as many in another), loaded in {result['load_s']} s; ms median / p95")
        print(f"{'rule':<86} {'in it':>6} {'count':>13} {'ids':>13} {'send':>13}")
        for row in result["rules"]:
            cells = [f"{row[k][0]:>6} /{row[k][1]:>5}" if k in row else f"{'':>13}"
                     for k in ("count", "ids", "send")]  # fmt: skip
            print(f"{row['rule']:<86} {row['members']:>6} " + " ".join(cells))


if __name__ == "__main__":
    main()
