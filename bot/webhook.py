"""Webhook mode: Telegram gets 200 only after the update was handled and committed.

Several processes may serve one address behind a load balancer (PostgreSQL): an update
delivered to two of them is applied once (its claim: `storage.transcript`), one chat's updates
are applied one at a time (an advisory lock per chat, `storage.sql.lock_chat`), polls close
and reprompts go once (rows claimed with `FOR UPDATE SKIP LOCKED`). `/healthz` answers 200
while the process can reach its database and is not stopping.
"""

from __future__ import annotations

import hmac
import json
import logging
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update

from bot.app import BotRunner
from storage.sql import ping

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_app(runner: BotRunner, path: str, secret: str | None) -> web.Application:
    expected = (secret or "").encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        if not expected or not hmac.compare_digest(given, expected):
            return web.Response(status=403)
        if runner.stopping:  # Telegram delivers it again, to another process or later
            return web.Response(status=503)
        update = await _update(request, runner)
        if update is None:
            return web.Response(status=400)
        if runner.stopping:  # it began stopping while the body came in: not taken
            return web.Response(status=503)
        handled = await runner.process(update)  # in hand from here: the stop waits for it
        return web.Response(status=200 if handled else 503)

    async def healthz(_request: web.Request) -> web.Response:
        """200 while the bot can reach its database and is taking updates; 503 otherwise
        (a load balancer then sends Telegram's requests to another process)."""
        if runner.stopping:
            return web.Response(status=503, text="stopping\n")
        try:
            with runner.db.session() as db:
                ping(db)
        except Exception as exc:
            log.warning("health check: database unreachable: %s", type(exc).__name__)
            return web.Response(status=503, text="database unreachable\n")
        return web.Response(text="ok\n")

    app = web.Application()
    app.router.add_post(path, receive)
    app.router.add_get("/healthz", healthz)
    return app


async def _update(request: web.Request, runner: BotRunner) -> Update | None:
    """The update in the body, or None for anything that is not one: not JSON, too deep,
    not an object, no update id, fields of the wrong type."""
    try:
        body = json.loads(await request.read())
    except (ValueError, RecursionError):
        return None
    if not isinstance(body, dict) or not isinstance(body.get("update_id"), int):
        return None
    try:
        update = Update.de_json(body, runner.app.bot)
    except Exception:  # PTB's parsing raises whatever the shape makes it raise
        log.info("webhook body is not an update")
        return None
    return update if isinstance(update, Update) else None


async def serve_webhook(runner: BotRunner) -> web.AppRunner:
    settings = runner.settings
    url = str(settings.webhook_url)
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    await runner.app.bot.set_webhook(url=url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
    site_runner = web.AppRunner(webhook_app(runner, urlparse(url).path or "/", secret))
    await site_runner.setup()
    await web.TCPSite(site_runner, "0.0.0.0", settings.port).start()
    log.info("webhook listening on port %s", settings.port)
    return site_runner
