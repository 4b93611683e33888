"""The event loop's turn during a long pass over many rows (an import's check and its write).

    async for row in in_turns(rows, on_turn=report_progress):
        ...

Another user's page change is answered on the same event loop, so it waits for the pass to give
the loop its turn. Counted in time, not rows: a row of a table with many rules costs more than one
of a plain table, and the wait should be bounded whatever the row costs (issue #13 (g): it was
every 500 rows, up to 0.2 s a wait, and the write's audit entries for 100k updated rows took 2 s
with no turn at all; at 100k rows, each pass over all of them in one comprehension held the loop for
0.1-0.7 s: building the outcomes, matching the keys, the rows' and audit entries' values).
"""
from __future__ import annotations

import asyncio
import time
from typing import AsyncIterator, Callable, Sequence, TypeVar

T = TypeVar('T')

TURN_SECONDS = 0.005   # the longest a pass keeps the event loop waiting


class Turns:
    """Due at the first row, then whenever TURN_SECONDS of work have passed since the last turn."""

    def __init__(self) -> None:
        self.next = 0.0

    def due(self) -> bool:
        return time.perf_counter() >= self.next

    async def give(self) -> None:
        await asyncio.sleep(0)
        self.next = time.perf_counter() + TURN_SECONDS


async def in_turns(items: Sequence[T], on_turn: Callable[[int, int], None] | None = None) -> AsyncIterator[T]:
    """The items in order, the event loop given its turn whenever TURN_SECONDS of the caller's work
    have passed; `on_turn(done, total)` just before each turn (a progress bar)."""
    turns = Turns()
    for index, item in enumerate(items):
        if turns.due():
            if on_turn is not None:
                on_turn(index, len(items))
            await turns.give()
        yield item
