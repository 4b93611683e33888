"""Issue #13 (e): when browsers leave, the memory their pages used goes back to the system, once for
a wave of leaving (core/memory.py, pages/sessions.py). Issue #13 (g): full collections are held off
while a long pass holds millions of objects (an import)."""
from __future__ import annotations

import gc
import weakref
from typing import Callable

import pytest

from nicegui import background_tasks, ui
from nicegui.testing import User

from core import memory
from pages import sessions
from tests.conftest import until
from tests.helpers_auth import create_account, log_in_as


def test_the_free_memory_is_given_back_on_this_machine() -> None:
    """glibc here (Debian): malloc_trim is found and called, after a collection."""
    assert memory.release_free_memory() is True


async def test_memory_is_given_back_once_after_a_wave_of_browsers_left(create_user: Callable[[], User],
                                                                       monkeypatch) -> None:
    released: list[bool] = []
    monkeypatch.setattr(sessions, 'release_free_memory', lambda: released.append(True) or True)
    monkeypatch.setattr(sessions, 'RELEASE_AFTER', 0.2)
    users = [create_user() for _ in range(3)]
    for number, each in enumerate(users):
        await create_account(f'staf{number}', 'Sekretaris Kecamatan')
        await log_in_as(each, f'staf{number}', next_path='/tabel/surat_masuk')
        await each.should_see('Surat Masuk')
    assert released == []
    for each in users:   # what NiceGUI does once a browser has been gone for its reconnect timeout
        each._client.delete()   # pylint: disable=protected-access
    await until(lambda: released, equals=[True], what='the memory given back after the last one left')


async def test_a_page_that_was_left_keeps_nothing_waiting(user: User) -> None:
    """The cookie renewal's timer of a logged-in page (pages/sessions.py) waits a third of the idle
    time between ticks. NiceGUI's own timer, once its page is deleted, only marks itself cancelled
    and sleeps out that wait (20 minutes), its task holding the timer, its page's request and the
    user loaded for it: bench 4 found 50 of them after 50 browsers left. Now the wait ends with the page."""
    await create_account('staf', 'Sekretaris Kecamatan')
    await log_in_as(user, 'staf', next_path='/')
    with user:
        timer = next(iter(user.find(ui.timer).elements))
    waiting = [task for task in background_tasks.running_tasks if 'renew_if_active' in task.get_name()]
    assert len(waiting) == 1 and not waiting[0].done()
    gone = weakref.ref(timer)
    del timer
    user.client.delete()   # what NiceGUI does once the browser has been gone for its reconnect timeout
    await until(lambda: waiting[0].done(), what='the renewal timer\'s task ended with its page')
    gc.collect()
    assert gone() is None


def test_full_collections_are_held_until_the_last_of_overlapping_holds_ends() -> None:
    own = gc.get_threshold()
    with memory.full_collections_held():
        assert gc.get_threshold() == (own[0], own[1], memory.HELD_THRESHOLD)   # the young ones still collected
        with memory.full_collections_held():   # a second import at the same time
            pass
        assert gc.get_threshold()[2] == memory.HELD_THRESHOLD
    assert gc.get_threshold() == own
    with pytest.raises(RuntimeError), memory.full_collections_held():
        raise RuntimeError('the import failed')
    assert gc.get_threshold() == own
