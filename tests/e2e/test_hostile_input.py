"""Hostile webhook bodies of every shape: nothing raises, nothing is a 500 (hostile text,
names and look-alike proposals: tests/usecases/test_hostile_input.py)."""

from __future__ import annotations

import json

import pytest
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import BotRunner
from bot.settings import load_settings
from bot.webhook import SECRET_HEADER, webhook_app
from tests.e2e.conftest import TEST_POLICIES

SECRET = "s3cret-long-enough_2026"


@pytest.fixture
async def hook(api, database_url, clock):
    settings = load_settings(
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        database_url=database_url,
        webhook_url="https://bot.example.org/hook",
        webhook_secret=SECRET,
    )
    runner = BotRunner(settings, clock, TEST_POLICIES)
    await runner.start()
    client = TestClient(TestServer(webhook_app(runner, "/hook", SECRET)))
    await client.start_server()
    yield client
    await client.close()
    await runner.stop()
    runner.db.dispose()


async def test_malformed_webhook_bodies_are_400_and_bad_secrets_403(hook) -> None:
    ok = {SECRET_HEADER: SECRET}
    for body in (b"null", b"[]", b"[1, 2]", b'"text"', b"42", b"{}", b'{"update_id": "x"}',
                 b"[" * 100_000 + b"]" * 100_000, b'{"update_id": 1, "message": 5}',
                 b'{"update_id": 1, "callback_query": {"id": []}}', b"\xff\xfe", b""):  # fmt: skip
        response = await hook.post("/hook", data=body, headers=ok)
        assert response.status == 400, body[:40]
    for secret in ("s3cret-long-enough_2027", "s3cret-léng-enough_2026", ""):
        response = await hook.post("/hook", data=b"{}", headers={SECRET_HEADER: secret})
        assert response.status == 403, secret


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "update_id",
                    "message",
                    "text",
                    "chat",
                    "id",
                    "from",
                    "date",
                    "callback_query",
                    "data",
                    "edited_message",
                    "type",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=JSON)
async def test_any_json_body_is_never_a_500(hook, body) -> None:
    response = await hook.post(
        "/hook", data=json.dumps(body).encode(), headers={SECRET_HEADER: SECRET}
    )
    assert response.status in (200, 400, 503)
