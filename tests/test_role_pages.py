"""Each role sees exactly its pages: the navigation shows what it may view, and every table it
may not view answers a typed-in URL with 403 and no data (docs/design.md §Roles, via tests/test_access_matrix)."""
from __future__ import annotations

import pytest
from nicegui import ui
from nicegui.testing import User

from core.access import Action
from models.process_map import PROCESSES
from models.table import TABLES
from tests.helpers_auth import create_account, log_in_as
from tests.test_access_matrix import ROLE_NAMES, expected


def may_view(role_name: str, table: str) -> bool:
    return Action.LIHAT in expected(role_name, TABLES[table])


def expected_links(role_name: str) -> set[str]:
    links = {'/'}
    for process in PROCESSES:
        codes = {process.code} | {p.code for p in PROCESSES if p.parent == process.code}
        if any(may_view(role_name, s.name) for s in TABLES.values() if s.process in codes):
            links.add(f'/proses/{process.slug}')
    if may_view(role_name, 'skm_responden'):   # the IKM under U1
        links.add('/ikm')
    if role_name not in ('Operator Desa', 'Kepala Desa'):   # a desa's menu leaves out the reference tables (issue #18); it may still open them
        links |= {f'/tabel/{s.name}' for s in TABLES.values() if s.process is None and may_view(role_name, s.name)}
    return links


def navigation_links(user: User) -> set[str]:
    with user:
        drawer = next(iter(user.find(ui.left_drawer).elements))
        return {link.props['href'] for link in drawer.descendants() if isinstance(link, ui.link)} | {'/'}


@pytest.mark.parametrize('role_name', ROLE_NAMES)
async def test_each_role_sees_exactly_its_pages(user: User, role_name: str) -> None:
    await create_account('uji', role_name, desa_kode='35.08.03.2002' if role_name in ('Operator Desa', 'Kepala Desa') else None)
    await log_in_as(user, 'uji')
    await user.should_see(f'uji · {role_name}')
    links = navigation_links(user)
    settings = {link for link in links if link.startswith('/pengaturan')}  # the administrator's pages
    assert links - settings == expected_links(role_name)
    assert ('/pengaturan' in settings) == (role_name == 'Administrator')
    assert not settings or role_name == 'Administrator'
    wrong = []
    for name, spec in TABLES.items():
        response = await user.http_client.get(f'/tabel/{name}')
        want = 200 if may_view(role_name, name) else 403
        if response.status_code != want or (want == 403 and '403 · Akses ditolak' not in response.text):
            wrong.append((name, response.status_code))
    assert not wrong, f'{role_name}: tables answering the wrong status: {wrong}'
