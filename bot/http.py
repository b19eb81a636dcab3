"""The bot's HTTP client for the Bot API: a few connections, and a gate in front of them.

Every chat's lane may send at once (`bot/delivery.py`); hundreds of requests handed to
httpx together make its connection pool slow (it scans every connection and every queued
request each time one is assigned: quadratic in the requests in flight). So at most
`CONNECTIONS` requests are in flight; the others wait here, in order, at no cost.
Long polling has a client of its own (PTB's getUpdates request), outside the gate.
"""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.request import HTTPXRequest

# Each request httpcore assigns scans every connection of the pool (a socket check each):
# a profile of 300 members at once spent 16% of the process in it with 64 connections.
# 16 is ample: at Telegram's 30 messages a second and ~100 ms a request, about 6 are busy.
CONNECTIONS = 16


class GatedRequest(HTTPXRequest):
    def __init__(self, connections: int = CONNECTIONS, **kwargs: Any) -> None:
        super().__init__(connection_pool_size=connections, **kwargs)
        self._gate = asyncio.Semaphore(connections)

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        async with self._gate:
            return await super().do_request(*args, **kwargs)
