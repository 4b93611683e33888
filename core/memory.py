"""Memory given back to the system once the people who used it have left (issue #13 (e)).

Python frees the objects of a client that has gone (its page's elements, its grid's rows), but the C
allocator keeps the pages they lived on for the next allocation. glibc's `malloc_trim(0)` gives the
free pages of every arena back. Measured (bench 4, 50 users, 2026-12-04): the server stayed 113 MiB
above its idle size after everyone left without it, 100 MiB with it; the rest is Python's own
small-object arenas, returned only when wholly empty, and warm caches (a second round of the same
users adds under 2 MiB: no leak).

    release_free_memory()    # after a collection; False where the C library is not glibc

The app calls it (pages/sessions.py) a moment after the last of a wave of clients was deleted, so a
crowd that leaves costs one collection, not fifty.

    @full_collections_held_during   # an async function that builds millions of lasting objects
    async def plan_rows(...): ...

A 100k-row import builds and holds millions of objects (its plan) for tens of seconds. Python's full
collections walk all of them: measured (bench 10, 2026-12-04), 12 of 52-498 ms in one import, 3.1 s
in all, each collecting nothing. A collection holds the interpreter, so nothing else runs during it,
not even the reader thread that serves another user's grid page (core/listing/driver.py): such a
page waited up to 4.9 s. Held, only the full collections wait; the young generations, where short-
lived garbage is found, are still collected, and the next full collection after the hold comes as
it normally would.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
from contextlib import contextmanager
from functools import cache, wraps
from typing import Any, Awaitable, Callable, Iterator, TypeVar

T = TypeVar('T')

__all__ = ['full_collections_held', 'full_collections_held_during', 'release_free_memory']

HELD_THRESHOLD = 1 << 30   # collections of the younger generations before a full one, while held: never
_holds = 0
_threshold: tuple[int, ...] = gc.get_threshold()


@cache
def _malloc_trim():
    name = ctypes.util.find_library('c')
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):   # not glibc (musl, macOS): nothing to call
        return None


def release_free_memory() -> bool:
    """Collect the cyclic garbage, then give the allocator's free pages back; whether it could."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@contextmanager
def full_collections_held() -> Iterator[None]:
    """No full collection while inside (see above). Holds may nest and overlap (two imports at
    once); the collector's own thresholds come back when the last one ends."""
    global _holds, _threshold
    if _holds == 0:
        _threshold = gc.get_threshold()
        gc.set_threshold(_threshold[0], _threshold[1], HELD_THRESHOLD)
    _holds += 1
    try:
        yield
    finally:
        _holds -= 1
        if _holds == 0:
            gc.set_threshold(*_threshold)


def full_collections_held_during(function: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
    """The async function with no full collection while it runs (full_collections_held)."""
    @wraps(function)
    async def held(*args: Any, **kwargs: Any) -> T:
        with full_collections_held():
            return await function(*args, **kwargs)
    return held
