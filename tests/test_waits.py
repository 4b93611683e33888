"""The waits every test shares (tests/conftest.py): they return as soon as their condition holds,
and fail with what they waited for and what they saw last."""
from __future__ import annotations

import asyncio
import time

import pytest
from nicegui import ui
from nicegui.testing import User

from models.reference import Desa
from tests.conftest import handled, until


async def test_until_returns_at_once_what_holds() -> None:
    started = time.monotonic()
    assert await until(lambda: 42) == 42
    assert await until(lambda: [1, 2], equals=[1, 2]) == [1, 2]
    assert time.monotonic() - started < 0.5


async def test_until_waits_for_a_later_change_and_counts_missing_elements_as_not_yet() -> None:
    seen: list[int] = []

    async def later() -> None:
        await asyncio.sleep(0.05)
        seen.append(1)
    task = asyncio.create_task(later())
    assert await until(lambda: seen[0]) == 1   # an IndexError first: not yet
    await task


async def test_until_fails_naming_the_wait_and_the_last_value() -> None:
    with pytest.raises(AssertionError, match=r"waited 0.1 s for the count to be 3; last: 2"):
        await until(lambda: 2, 'the count', equals=3, timeout=0.1)


async def test_until_awaits_a_query_but_not_an_element(user: User) -> None:
    assert await until(lambda: Desa.filter(nama='Jarit').count(), equals=1)
    await user.open('/login')
    with user:
        dialog = ui.dialog()   # awaitable: awaiting it would wait for its answer
    assert await until(lambda: dialog, timeout=1) is dialog


async def test_handled_waits_for_the_handlers_an_action_started(user: User) -> None:
    done: list[str] = []

    async def slow_handler() -> None:
        await asyncio.sleep(0.1)
        done.append('handled')
    await user.open('/login')
    with user:
        ui.button('uji', on_click=slow_handler).mark('uji')
    async with handled():
        user.find(marker='uji').click()
    assert done == ['handled']
