"""Every page is declared with one login guard (pages.frame.logged_in_page / admin_only_page): a
session that ends between the login check of the request and the building of the page sends the
browser to log in, back to that very page, and builds nothing of it; an administrator's page
refuses anyone else (issue 12)."""
from __future__ import annotations

import pytest
from nicegui.testing import User

from pages import frame
from tests.helpers_auth import create_account, log_in_as


@pytest.mark.parametrize('path', ['/', '/proses/l2', '/tabel/desa', '/ikm', '/pengaturan'])
async def test_a_session_that_ends_before_the_page_is_built_goes_to_the_login(user: User, monkeypatch,
                                                                               path) -> None:
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    built = await user.http_client.get(path)
    asked = []

    async def no_session():
        return None

    def login_url(target: str) -> str:
        asked.append(target)
        return f'/login?next={target}'

    monkeypatch.setattr(frame, 'user_checked_by_middleware', lambda: None)   # as if it ended just now
    monkeypatch.setattr(frame, 'session_user', no_session)
    monkeypatch.setattr(frame, 'login_url', login_url)
    response = await user.http_client.get(path)
    assert asked == [path]
    assert 'camat · Camat' in built.text and 'camat · Camat' not in response.text   # the frame was not built


@pytest.mark.parametrize('path', ['/pengaturan', '/pengaturan/log', '/pengaturan/cadangan', '/pengaturan/kantor'])
async def test_an_administrators_page_refuses_anyone_else(user: User, path) -> None:
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    response = await user.http_client.get(path)
    assert response.status_code == 403 and '403 · Akses ditolak' in response.text
