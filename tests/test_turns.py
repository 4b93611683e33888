"""Issue #13 (g): a long pass over many rows (an import's check and write) gives the event loop its
turn by the clock, so another user's request is answered during it (core/turns.py)."""
from __future__ import annotations

import asyncio
import time

from core import turns
from core.turns import in_turns


async def ticks_during(pass_over) -> tuple[list, int]:
    """What the pass saw, and how many turns of the event loop another user's work got while it went
    (a callback that puts itself back in the loop's queue: it runs once per turn)."""
    loop = asyncio.get_running_loop()
    ticks, running = 0, True

    def other_user() -> None:
        nonlocal ticks
        ticks += 1
        if running:
            loop.call_soon(other_user)

    loop.call_soon(other_user)
    try:
        seen = await pass_over()
    finally:
        running = False
    return seen, ticks


async def test_each_item_comes_in_order_and_a_turn_comes_once_the_time_is_up(monkeypatch) -> None:
    monkeypatch.setattr(turns, 'TURN_SECONDS', 0)   # every item's work uses up the time

    async def every_item() -> list:
        return [item async for item in in_turns(list(range(50)))]
    seen, ticks = await ticks_during(every_item)
    assert seen == list(range(50)) and ticks >= 49


async def test_no_turn_is_given_while_the_time_is_not_up(monkeypatch) -> None:
    monkeypatch.setattr(turns, 'TURN_SECONDS', 3600)

    async def quick_items() -> list:
        return [item async for item in in_turns(list(range(50)))]
    seen, ticks = await ticks_during(quick_items)
    assert seen == list(range(50)) and ticks <= 2   # the first item's turn only (and the call's own start)


async def test_a_slow_pass_turns_by_time_and_reports_its_progress_before_each_turn(monkeypatch) -> None:
    monkeypatch.setattr(turns, 'TURN_SECONDS', 0.002)
    reports: list[tuple[int, int]] = []

    async def slow_items() -> list:
        seen = []
        async for item in in_turns(list(range(20)), lambda done, of: reports.append((done, of))):
            deadline = time.perf_counter() + 0.003   # 3 ms of work per item: more than a turn's time
            while time.perf_counter() < deadline:
                pass
            seen.append(item)
        return seen
    seen, ticks = await ticks_during(slow_items)
    assert seen == list(range(20)) and ticks >= 19
    assert reports == [(index, 20) for index in range(20)]
