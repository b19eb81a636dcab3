"""aiohttp application: Bot API routes plus a small ``/_double`` control API."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from aiohttp import web

from .checks import Upload
from .methods import METHODS
from .model import ApiError, bad_request
from .state import DoubleState


class Double(Protocol):
    """What the HTTP handlers need of the double (`BotApiDouble` is one)."""

    state: DoubleState

    def user(self, user_id: int) -> Any: ...

    def fail(self, method: str, kind: str, times: int = 1, chat_id: int | None = None,
             retry_after: int = 1, hold: float | None = None) -> None: ...  # fmt: skip


__all__ = ["build_app", "mask"]

log = logging.getLogger("botapi_double")
JSON_FIELDS = {
    "reply_markup", "entities", "caption_entities", "allowed_updates", "commands", "scope",
    "link_preview_options", "reply_parameters", "media",
}  # fmt: skip
GET_UPDATES_CONFLICT = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)


def mask(token: str) -> str:
    """Hide the secret part of a token for logs."""
    bot_id, _, _ = token.partition(":")
    return f"{bot_id}:***"


def _gone(request: web.Request) -> bool:
    """Did the client hang up while its request waited (a long poll of a bot that was
    stopped or restarted)?"""
    transport = request.transport
    return transport is None or transport.is_closing()


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(err: ApiError) -> web.Response:
    return web.json_response(err.payload(), status=err.code)


async def parse_params(request: web.Request) -> dict[str, Any]:
    """Read query, urlencoded, multipart or JSON parameters like the Bot API does."""
    raw: dict[str, Any] = dict(request.query)
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise bad_request("can't parse JSON object") from None
            raw.update(body if isinstance(body, dict) else {})
        else:
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    raw[key] = Upload(value.file.read(), value.filename, value.content_type)
                else:
                    raw[key] = value
    for key, value in raw.items():
        if key in JSON_FIELDS and isinstance(value, str):
            try:
                raw[key] = json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {key} JSON object") from None
    return raw


class Routes:
    """Request handlers bound to one double."""

    def __init__(self, double: Double) -> None:
        self.double = double
        self.state: DoubleState = double.state

    async def bot_api(self, request: web.Request) -> web.Response:
        token, name = request.match_info["token"], request.match_info["method"]
        method = name.lower()
        if token != self.state.token:
            log.debug("rejected %s with wrong token %s", name, mask(token))
            return _error(ApiError(401, "Unauthorized"))
        try:
            params = await parse_params(request)
        except ApiError as err:
            return _error(err)
        record = self.state.record(name, {k: v for k, v in params.items()})
        log.debug("bot api %s %s", name, sorted(params))
        try:
            result = await self._dispatch(method, params)
        except ApiError as err:
            if _gone(request):  # a bot that stopped or was restarted: nobody to refuse
                record.status = 499
                return _error(err)
            record.status, record.error = err.code, err.description
            return _error(err)
        finally:
            self.state.changed()
        return _ok(result)

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        fault = self.state.take_fault(method, params)
        if fault is not None:
            if fault.kind == "timeout":
                await self.state.wait_for(lambda: self.state.closing, fault.hold)
            raise fault.error()
        if method == "getupdates":
            return await self._get_updates(params)
        handler = METHODS.get(method)
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        params["_method"] = method
        with self.state.lock:
            return handler(self.state, params)

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        state = self.state
        with state.lock:
            if state.webhook_url:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            offset = int(params.get("offset") or 0)
            limit = max(1, min(100, int(params.get("limit") or 100)))
            timeout = max(0.0, float(params.get("timeout") or 0))
            if params.get("allowed_updates") is not None:
                state.allowed_updates = list(params["allowed_updates"]) or None
            state.poll_generation += 1
            generation = state.poll_generation
        if offset > 0:
            state.confirm(offset)
        state.changed()  # terminates an older long poll with 409
        if timeout > 0:
            await state.wait_for(
                lambda: (
                    state.deliverable(1) or state.poll_generation != generation or state.closing
                ),
                timeout,
            )
        with state.lock:
            if state.poll_generation != generation:
                raise ApiError(409, GET_UPDATES_CONFLICT)
            batch = state.deliverable(limit)
            for update in batch:
                update.delivered += 1
            return [u.as_dict() for u in batch]

    async def download(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.state.token:
            return web.Response(status=401)
        record = self.state.files.get(request.match_info["path"].rsplit("/", 1)[-1])
        if record is None:
            return web.Response(status=404)
        return web.Response(body=record.data, content_type="application/octet-stream")

    # -- control API -----------------------------------------------------------------------
    async def says(self, request: web.Request) -> web.Response:
        body = await request.json()
        user = self.double.user(int(request.match_info["user_id"]))
        return web.json_response({"update_id": user.says(str(body["text"]))})

    async def taps(self, request: web.Request) -> web.Response:
        body = await request.json()
        user = self.double.user(int(request.match_info["user_id"]))
        try:
            if "data" in body:
                update_id = user.taps_data(str(body["data"]))
            else:
                update_id = user.taps(str(body["text"]))
        except AssertionError as exc:
            return web.json_response({"error": str(exc)}, status=404)
        return web.json_response({"update_id": update_id})

    async def messages(self, request: web.Request) -> web.Response:
        chat = self.state.chat(int(request.match_info["chat_id"]))
        if chat is None:
            return web.json_response({"error": "unknown chat"}, status=404)
        with self.state.lock:
            items = [
                {**m.as_dict(), "html": m.html, "edited": m.edited, "deleted": m.deleted}
                for m in chat.messages
            ]
        return web.json_response(items)

    async def pending(self, request: web.Request) -> web.Response:
        with self.state.lock:
            return web.json_response([u.as_dict() for u in self.state.pending])

    async def fail(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.double.fail(**body)
        return web.json_response({"ok": True})


def build_app(double: Double) -> web.Application:
    """Create the aiohttp application serving ``double``."""
    routes = Routes(double)
    app = web.Application(client_max_size=60 * 1024 * 1024, middlewares=[_guard])
    add: Callable[..., Any] = app.router.add_route
    add("*", "/bot{token}/{method}", routes.bot_api)
    add("GET", "/file/bot{token}/{path:.+}", routes.download)
    add("POST", "/_double/users/{user_id}/says", routes.says)
    add("POST", "/_double/users/{user_id}/taps", routes.taps)
    add("GET", "/_double/chats/{chat_id}/messages", routes.messages)
    add("GET", "/_double/updates/pending", routes.pending)
    add("POST", "/_double/fail", routes.fail)
    return app


@web.middleware
async def _guard(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Turn unexpected failures into a Telegram-shaped 500 without leaking the path."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status == 404:
            return _error(ApiError(404, "Not Found"))
        raise
    except asyncio.CancelledError:
        raise
    except ConnectionResetError:  # the client went away mid-request (e.g. it was killed)
        log.info("client left during %s", request.match_info.get("method", "?"))
        return _error(ApiError(500, "Internal Server Error"))  # nobody reads it
    except Exception:
        log.exception("double failed on %s", request.match_info.get("method", "?"))
        return _error(ApiError(500, "Internal Server Error"))
