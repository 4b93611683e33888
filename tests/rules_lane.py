"""The lane of the process-rule tests (tests/test_process_rules.py, tests/test_process_workflows.py):
the test lane's database and the seeded roles' actors, everything written through core.records.save."""
from __future__ import annotations


import pytest
from tortoise.backends.base.executor import EXECUTOR_CACHE
from tortoise.context import TortoiseContext

from core import records
from core.accounts import load_actor
from core.database import tortoise_config
from models.reference import Desa
from models.table import TABLES, check_tables
from tests.helpers_auth import create_account

check_tables()


@pytest.fixture
async def lane_db(migrated_database):
    """The lane's own database, migrated and seeded as at start-up (a copy of the session's template,
    tests/conftest.py). Tortoise caches its INSERT and UPDATE SQL per connection name, not per
    dialect, so the cache is emptied around it: a statement built for SQLite (tests.helpers_auth.
    memory_db) must never reach PostgreSQL."""
    EXECUTOR_CACHE.clear()
    async with TortoiseContext() as ctx:
        await ctx.init(config=tortoise_config(migrated_database))
        yield ctx
    EXECUTOR_CACHE.clear()


UMUM = 'Subbag Umum dan Kepegawaian'
KEUANGAN = 'Subbag Keuangan'
PELAYANAN = 'Seksi Pelayanan Umum'
PEMBERDAYAAN = 'Seksi Pemberdayaan Masyarakat'
PEMERINTAHAN = 'Seksi Pemerintahan'
JUGOSARI, JARIT = '35.08.03.2001', '35.08.03.2002'
YEAR = 2026


async def actor(role: str, username: str | None = None, desa_kode: str | None = None):
    user = await create_account(username or role.lower().replace(' ', '-')[:40], role, desa_kode=desa_kode)
    return await load_actor(user.id)


async def save(table: str, who, values: dict, row_id: int | None = None) -> records.WriteResult:
    return await records.save(TABLES[table], who, values, row_id=row_id)


def refused(result: records.WriteResult, field: str, message: str) -> None:
    assert not result.ok, 'expected a refusal'
    assert message in result.errors.get(field, ''), result.errors


async def desa(kode: str) -> int:
    return (await Desa.get(kode=kode)).id
