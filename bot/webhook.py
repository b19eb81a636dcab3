"""Webhook mode: Telegram gets 200 only after the update was handled and committed."""

from __future__ import annotations

import hmac
import logging
from urllib.parse import urlparse

from aiohttp import web
from telegram import Update

from bot.app import BotRunner

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_app(runner: BotRunner, path: str, secret: str | None) -> web.Application:
    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not secret or not hmac.compare_digest(given, secret):
            return web.Response(status=403)
        try:
            update = Update.de_json(await request.json(), runner.app.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400)
        handled = await runner.process(update)
        return web.Response(status=200 if handled else 503)

    app = web.Application()
    app.router.add_post(path, receive)
    return app


async def serve_webhook(runner: BotRunner) -> web.AppRunner:
    settings = runner.d.settings
    url = str(settings.webhook_url)
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    await runner.app.bot.set_webhook(url=url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
    site_runner = web.AppRunner(webhook_app(runner, urlparse(url).path or "/", secret))
    await site_runner.setup()
    await web.TCPSite(site_runner, "0.0.0.0", settings.port).start()
    log.info("webhook listening on port %s", settings.port)
    return site_runner
