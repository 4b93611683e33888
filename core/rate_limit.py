"""How often one client address may use the public forms (the SKM on a citizen's phone, the public
pengaduan; pages/public_forms.py): at most `limit` requests in a sliding window of `window` seconds.

- `MemoryRateLimiter` keeps the window in this process's memory: the panel's one process.
- `RedisRateLimiter` keeps it in Redis, so the instances of a scale-out (deploy/, two app processes
  behind nginx sharing `NICEGUI_REDIS_URL`) count one budget per address: a guesser gets no more
  tries by being sent to the other instance. One Lua script per request keeps the count, the check
  and the addition atomic, on Redis's own clock, so two instances racing never both take the last
  request of the window.

`rate_limiter(limit, window)` gives the Redis one when the app shares its sessions through Redis,
the memory one otherwise. Both answer `await allow(address)`.
"""
from __future__ import annotations

import os
import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Protocol

REDIS_URL_VARIABLE = 'NICEGUI_REDIS_URL'     # the one Redis of the scale-out, as NiceGUI reads it
KEY_PREFIX = 'panel:batas-formulir:'

# KEYS[1] the address's window; ARGV: window in ms, limit, a member unique to this request.
# A sorted set of the requests' times (ms) on Redis's clock: drop those older than the window,
# refuse when `limit` remain, else add this one and let the key expire with its window.
_SLIDING_WINDOW = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms - tonumber(ARGV[1]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
    return 0
end
redis.call('ZADD', KEYS[1], now_ms, ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
"""


class RateLimiter(Protocol):
    async def allow(self, address: str) -> bool:
        """Count this request; False when the address has used up its requests of the window."""


class MemoryRateLimiter:
    """The window in this process's memory; the addresses seen longest ago are forgotten beyond
    `addresses_kept`, so a flood of addresses cannot grow it without end."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic,
                 addresses_kept: int = 10_000) -> None:
        self.limit, self.window, self.clock, self.addresses_kept = limit, window, clock, addresses_kept
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()

    async def allow(self, address: str) -> bool:
        """Count this request; False when the address has used up its requests of the window."""
        now = self.clock()
        times = self._seen.pop(address, None) or deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        self._seen[address] = times
        while len(self._seen) > self.addresses_kept:
            self._seen.popitem(last=False)
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True


class RedisRateLimiter:
    """The window in Redis, shared by every instance behind the same Redis."""

    def __init__(self, limit: int, window: float, url: str) -> None:
        from redis import asyncio as redis_asyncio   # the `redis` extra (nicegui[redis]) brings it
        self.limit, self.window_ms = limit, int(window * 1000)
        self._redis = redis_asyncio.from_url(url)
        self._script = self._redis.register_script(_SLIDING_WINDOW)

    async def allow(self, address: str) -> bool:
        return bool(await self._script(keys=[KEY_PREFIX + address],
                                       args=[self.window_ms, self.limit, secrets.token_hex(8)]))


def rate_limiter(limit: int, window: float) -> RateLimiter:
    """Shared through Redis when the app's sessions are (a scale-out), else in this process."""
    if url := os.environ.get(REDIS_URL_VARIABLE, '').strip():
        return RedisRateLimiter(limit, window, url)
    return MemoryRateLimiter(limit, window)
