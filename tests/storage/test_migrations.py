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
