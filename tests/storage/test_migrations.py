"""The migrations build exactly the tables the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from storage.db import Database


def test_upgrade_creates_every_table(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_upgrade_twice_is_harmless(database: Database) -> None:
    database.upgrade()
    assert "member" in inspect(database.engine).get_table_names()


def test_0002_moves_held_reprompts_into_the_queue_and_back(database: Database) -> None:
    from sqlalchemy import text

    database.downgrade("0001")
    with database.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO community (id, name, created_at) VALUES (1, 'Elm', '2026-05-01')")
        )
        conn.execute(
            text(
                "INSERT INTO cosession (id, title, flow_id, join_code, status, community_id, "
                "created_by, created_at) VALUES (1, 'Elm', 'f', 'abc', 'open', 1, 77, '2026-05-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO member (id, telegram_id, display_name, language, ref_code, paused, "
                "opted_out, blocked_bot, segments, created_at) VALUES (1, 555, 'Ann', 'en', "
                "'r1', false, false, false, '[]', '2026-05-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO reprompt (session_id, member_id, step_id, kind, attempt, due_at, "
                "state, created_at) VALUES (1, 1, 'q1', 'reminder', 1, '2026-05-02', 'pending', "
                "'2026-05-01'), (1, 1, 'q0', 'reminder', 1, '2026-05-01', 'claimed', '2026-05-01')"
            )
        )
    database.upgrade()
    with database.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT chat_id, kind, step_id, state, dedupe_key FROM outbox ORDER BY step_id")
        ).all()
        owner = conn.execute(text("SELECT owner_id FROM community")).scalar_one()
    assert [tuple(r) for r in rows] == [
        (555, "reminder", "q0", "expired", "reminder:1:1:q0:1"),
        (555, "reminder", "q1", "pending", "reminder:1:1:q1:1"),
    ]
    assert owner == 77
    database.downgrade("0001")
    with database.engine.connect() as conn:
        states = conn.execute(text("SELECT state FROM reprompt ORDER BY step_id")).scalars().all()
    assert states == ["failed", "pending"]
    database.upgrade()


def test_0012_marks_the_teams_rows_and_labels_the_taps_stored_before(database: Database) -> None:
    """Rows stored before 0012: the owner's and a team member's (who did not join) are
    staff, so is anyone's staff-only command; a tap gets the label of its button."""
    from datetime import datetime

    from sqlalchemy import MetaData, Table, select

    database.downgrade("0011")
    at = datetime(2026, 5, 1)
    with database.engine.begin() as conn:
        table = {
            name: Table(name, MetaData(), autoload_with=conn)
            for name in ("community", "cosession", "member", "participation", "session_team",
                         "transcript", "outbox")
        }  # fmt: skip
        conn.execute(table["community"].insert(), [{"id": 1, "name": "Elm", "created_at": at}])
        conn.execute(
            table["cosession"].insert(),
            [{"id": 1, "title": "Elm", "flow_id": "f", "join_code": "abc", "status": "open",
              "community_id": 1, "created_by": 77, "created_at": at, "pseudonym_salt": "s"}],
        )  # fmt: skip
        member = {"language": "en", "paused": False, "opted_out": False, "blocked_bot": False,
                  "segments": [], "created_at": at}  # fmt: skip
        conn.execute(
            table["member"].insert(),
            [{"id": 1, "telegram_id": 555, "display_name": "Ann", **member},
             {"id": 2, "telegram_id": 88, "display_name": "Cora", **member},
             {"id": 3, "telegram_id": 99, "display_name": "Dan", **member}],
        )  # fmt: skip
        conn.execute(
            table["participation"].insert(),
            [{"session_id": 1, "member_id": 1, "joined_at": at, "ref_code": "r1"},
             {"session_id": 1, "member_id": 2, "joined_at": at, "ref_code": "r2"}],
        )  # fmt: skip
        conn.execute(
            table["session_team"].insert(),
            [{"session_id": 1, "telegram_id": 88, "role": "coordinator", "added_by": 77,
              "added_at": at},
             {"session_id": 1, "telegram_id": 99, "role": "coordinator", "added_by": 77,
              "added_at": at}],
        )  # fmt: skip
        conn.execute(
            table["outbox"].insert(),
            [{"chat_id": 555, "kind": "reply", "dedupe_key": "k1", "text": "How often?",
              "buttons": [[["Most days", "1:f:1:often:daily"], ["Rarely", "1:f:1:often:no"]]],
              "meta": {}, "state": "sent", "not_before": at, "message_id": 41, "attempt": 1,
              "attempts": 1, "priority": 0,
              "created_at": at}],
        )  # fmt: skip
        said = [  # chat, direction, kind, text, message id
            (77, "in", "command", "/stats abc", None),  # the owner
            (77, "out", "text", "Tuesday 7pm: 1 (33%) Ann", None),
            (99, "in", "text", "hello", None),  # a coordinator who did not join
            (555, "in", "command", "/start abc", None),  # a member
            (555, "in", "button", "1:f:1:often:no", 41),
            (555, "in", "button", "1:z:9", 41),  # data the message never carried
            (88, "in", "command", "/results 3", None),  # a coordinator who joined too
            (88, "in", "text", "I would like more benches", None),
        ]
        conn.execute(
            table["transcript"].insert(),
            [{"session_id": 1, "chat_id": chat, "direction": way, "kind": kind, "text": text,
              "telegram_message_id": mid, "meta": {}, "created_at": at}
             for chat, way, kind, text, mid in said],
        )  # fmt: skip
    database.upgrade()
    with database.engine.connect() as conn:
        transcript = Table("transcript", MetaData(), autoload_with=conn)
        rows = conn.execute(
            select(transcript.c.text, transcript.c.staff, transcript.c.meta).order_by(
                transcript.c.id
            )
        ).all()
    assert [(text, bool(staff)) for text, staff, _ in rows] == [
        ("/stats abc", True),
        ("Tuesday 7pm: 1 (33%) Ann", True),
        ("hello", True),
        ("/start abc", False),
        ("Rarely", False),
        ("1:z:9", False),
        ("/results 3", True),
        ("I would like more benches", False),
    ]
    assert rows[4][2] == {"data": "1:f:1:often:no"}


def test_0010_numbers_existing_proposals_and_polls_per_session(database: Database) -> None:
    from sqlalchemy import text

    database.downgrade("0009")
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO community (id, name, created_at, owner_id) "
                "VALUES (1, 'Elm', '2026-05-01', 77)"
            )
        )
        for sid, code in ((1, "aaa"), (2, "bbb")):
            conn.execute(
                text(
                    "INSERT INTO cosession (id, title, flow_id, join_code, status, community_id, "
                    "created_by, created_at, pseudonym_salt) "
                    f"VALUES ({sid}, 'S', 'f', '{code}', 'open', 1, 77, '2026-05-01', 'x')"
                )
            )
        # interleaved across the two sessions, as a live deployment makes them
        for pid, sid in ((1, 1), (2, 2), (3, 1), (4, 2), (5, 1)):
            conn.execute(
                text(
                    "INSERT INTO proposal (id, session_id, text, normalized_text, hidden, "
                    f"milestone_notified, created_at) VALUES ({pid}, {sid}, 't{pid}', 't{pid}', "
                    "false, 0, '2026-05-01')"
                )
            )
        for pid, sid in ((1, 2), (2, 2)):
            conn.execute(
                text(
                    "INSERT INTO poll (id, session_id, question, multiple, anonymous, status, "
                    f"created_by, created_at, live_counts) VALUES ({pid}, {sid}, 'q', false, "
                    "false, 'open', 77, '2026-05-01', true)"
                )
            )
    database.upgrade()
    with database.engine.connect() as conn:
        numbers = conn.execute(text("SELECT id, number FROM proposal ORDER BY id")).all()
        polls = conn.execute(text("SELECT id, number FROM poll ORDER BY id")).all()
        counters = conn.execute(
            text("SELECT id, proposals_numbered, polls_numbered FROM cosession ORDER BY id")
        ).all()
    assert [tuple(r) for r in numbers] == [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3)]
    assert [tuple(r) for r in polls] == [(1, 1), (2, 2)]
    assert [tuple(r) for r in counters] == [(1, 3, 0), (2, 2, 2)]
