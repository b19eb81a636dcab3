"""The bot's HTTP client for the Bot API: PTB's requests over one aiohttp session, a few
connections, and a gate in front of them.

PTB's own `HTTPXRequest` spent an eighth of the bot's CPU in httpcore's connection pool
(each request it assigns scans every connection and every queued request, a socket check
each). aiohttp's connector hands a kept-alive connection over from a list. Every chat's
lane may send at once (`bot/delivery.py`): at most `CONNECTIONS` requests are in flight,
the others wait at the gate, in order, at no cost. Long polling has a request of its own
(`bot/app.py`: one connection, its own session).

PTB's timeouts, as `HTTPXRequest` reads them: `connect` bounds opening a connection
(aiohttp's `sock_connect`), `read` each wait for the answer's bytes once the request is
written (`sock_read`), `pool` the wait at the gate (none by default: a request waits for
its turn however long the queue, as before). aiohttp has no bound for writing: PTB's
`write_timeout` is accepted and not applied (a request's body, a little JSON or a file the
bot made, goes out as the kernel takes it). A time-out is PTB's `TimedOut`, any other
failure of the connection its `NetworkError`, the aiohttp error as their cause
(`bot/delivery.py` tells "may have gone" from "Telegram answered 5xx" by that cause).
A proxy is read from the environment (`HTTPS_PROXY`, `NO_PROXY`, ...) as httpx did,
once per host.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.logs import TOKEN_SHAPE

JSON = {"Content-Type": "application/json"}
# 16 is ample: at Telegram's 30 messages a second and ~100 ms a request, about 6 are busy.
CONNECTIONS = 16
_DEFAULT = BaseRequest.DEFAULT_NONE
POOL_TIMEOUT = (
    "Pool timeout: All connections in the connection pool are occupied. Request was *not* "
    "sent to Telegram. Consider adjusting the connection pool size or the pool timeout."
)  # PTB's words for it


class AiohttpRequest(BaseRequest):
    """A `telegram.request.BaseRequest` on one `aiohttp.ClientSession` (made by
    `initialize`, closed by `shutdown`) keeping at most `connections` alive, at most that
    many requests in flight. Timeouts in seconds, None for no bound (see the module)."""

    __slots__ = ("_connections", "_gate", "_pool", "_proxies", "_read", "_session", "_timeout")

    def __init__(
        self,
        connections: int = CONNECTIONS,
        *,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = None,
    ) -> None:
        self._connections = connections
        self._read, self._pool = read_timeout, pool_timeout
        self._timeout = aiohttp.ClientTimeout(sock_connect=connect_timeout, sock_read=read_timeout)
        self._gate = asyncio.Semaphore(connections)
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str | None] = {}  # origin -> its proxy from the environment

    @property
    def read_timeout(self) -> float | None:
        return self._read

    def _build(self) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self._connections),
            headers={"User-Agent": self.USER_AGENT},
            timeout=self._timeout,
        )

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = self._build()

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = _DEFAULT,
        write_timeout: ODVInput[float] = _DEFAULT,
        connect_timeout: ODVInput[float] = _DEFAULT,
        pool_timeout: ODVInput[float] = _DEFAULT,
    ) -> tuple[int, bytes]:
        if self._session is None:  # PTB's Bot initializes its requests; a bare use may not
            self._session = self._build()
        if self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        timeout = self._timeout  # the call's own timeouts, if it passed any (PTB's default)
        read = timeout.sock_read if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = (
            timeout.sock_connect if isinstance(connect_timeout, DefaultValue) else connect_timeout
        )
        if (read, connect) != (timeout.sock_read, timeout.sock_connect):
            timeout = aiohttp.ClientTimeout(sock_connect=connect, sock_read=read)
        pool = self._pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
        if pool is None:
            await self._gate.acquire()
        else:
            try:
                async with asyncio.timeout(pool):
                    await self._gate.acquire()
            except TimeoutError as err:
                raise TimedOut(message=POOL_TIMEOUT) from err
        try:
            data, headers = _body(request_data)
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout, proxy=self._proxy(url)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's are asyncio's (and an OSError: caught first)
            raise TimedOut from err
        except aiohttp.ClientError as err:  # its words may name the URL: not the token
            said = TOKEN_SHAPE.sub("***", str(err))
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {said}") from err
        finally:
            self._gate.release()

    def _proxy(self, url: str) -> str | None:
        origin = url[: url.find("/", url.find("//") + 2)]
        if origin not in self._proxies:
            scheme, _, host = origin.partition("://")
            bypass = urllib.request.proxy_bypass(host.rpartition("@")[2])
            self._proxies[origin] = None if bypass else urllib.request.getproxies().get(scheme)
        return self._proxies[origin]


def _body(request_data: RequestData | None) -> tuple[Any, dict[str, str] | None]:
    """The parameters as JSON (the Bot API takes `application/json` for everything but
    uploads: one `json.dumps`, where a form would encode each value as JSON and then quote
    it character by character), or multipart with files, as `HTTPXRequest` sends them."""
    if request_data is None:
        return None, None
    if not request_data.contains_files:
        return json.dumps(request_data.parameters, ensure_ascii=False).encode(), JSON
    form = aiohttp.FormData(quote_fields=False)  # file names in UTF-8, as httpx sends them
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename or name, content_type=mimetype)
    return form, None
