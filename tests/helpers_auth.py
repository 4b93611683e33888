"""Helpers for tests that need accounts: make one straight in the database, log in through the
login page (its form posted over HTTP, as a browser does), and (for unit tests without the app)
an in-memory database.

    from tests.helpers_auth import create_account, log_in_as

    async def test_x(user):
        await create_account('sari', 'Staf Seksi Pelayanan Umum')
        await log_in_as(user, 'sari')
"""
from __future__ import annotations

import httpx
import pytest
from nicegui import ui
from tortoise.context import TortoiseContext

from core.accounts import seed_accounts
from core.database import tortoise_config
from core.passwords import hash_password
from models.accounts import Role, User
from models.reference import Desa

PASSWORD = 'rahasia-benar-1'

_hashes: dict[str, str] = {}  # argon2 is slow on purpose; tests reuse a hash per password


def password_hash(password: str) -> str:
    if password not in _hashes:
        _hashes[password] = hash_password(password)
    return _hashes[password]


async def create_account(username: str, role_name: str, password: str = PASSWORD,
                         desa_kode: str | None = None) -> User:
    """An active user who can log in at once (no forced password change). The roles must be seeded."""
    role = await Role.get(nama=role_name)
    desa = await Desa.get(kode=desa_kode) if desa_kode else None
    return await User.create(username=username, nama_lengkap=username.title(), role=role, desa=desa,
                             password_hash=password_hash(password), must_change_password=False)


def login_form(user) -> tuple[str, dict[str, str]]:
    """What a browser posts for the login form on the open page: its action and its named fields."""
    with user:
        form = next(iter(user.find(marker='login-form').elements))
        assert form.props.get('method') == 'post'
        controls = [element for element in form.descendants()  # what a browser posts: its named inputs
                    if element.props.get('name') and (element.tag == 'input' or isinstance(element, ui.input))]
        fields = {element.props['name']: str(element.value if isinstance(element, ui.input)
                                              else element.props.get('value', '')) for element in controls}
    return form.props['action'], fields


async def submit_login(user, username: str, password: str) -> httpx.Response:
    """Type into the login page's fields and submit its form over HTTP, as the browser does on
    Enter: the answer is a 303 (the cookie it sets is kept in the simulated browser)."""
    user.find(marker='username').clear()
    user.find(marker='username').type(username)
    user.find(marker='password').type(password)
    action, fields = login_form(user)
    return await user.http_client.post(action, data=fields)


async def log_in_as(user, username: str, password: str = PASSWORD, next_path: str = '/') -> None:
    """Log in through the login page, and open the page the login sends the browser to."""
    await user.open(f'/login?next={next_path}')
    response = await submit_login(user, username, password)
    location = response.headers.get('location', '')
    if response.status_code == 303 and not location.startswith('/login'):
        await user.open(location)
        return
    await user.open(location or '/login')
    with user:
        messages = [element.text for element in user.find(marker='login-message').elements
                    if isinstance(element, ui.label)]
    raise AssertionError(f'login as {username!r} failed ({response.status_code}): {messages}')


@pytest.fixture
async def memory_db():
    """A fresh in-memory SQLite database with every model and the seeded accounts, for unit tests
    that do not start the app."""
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config('sqlite://:memory:'))
        await ctx.generate_schemas()
        from core.seed import seed_reference
        await seed_reference()
        await seed_accounts()
        yield ctx
