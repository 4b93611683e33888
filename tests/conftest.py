"""Every test gets a fresh database: a new SQLite file in its own DATA_DIR, or, when DATABASE_URL
points at PostgreSQL (the CI lane), an emptied public schema. The app itself applies the committed
migrations at start-up, so every test also checks that the migrations build the schema."""
from __future__ import annotations

import asyncio
import os

import pytest
from tortoise.backends.base.executor import EXECUTOR_CACHE

os.environ.setdefault('INITIAL_ADMIN_PASSWORD', 'admin-rahasia-1')
POSTGRES_URL = os.environ.get('DATABASE_URL', '') if os.environ.get('DATABASE_URL', '').startswith('postgres') else ''


async def _empty_postgres(url: str) -> None:
    import asyncpg
    connection = await asyncpg.connect(url.replace('postgres://', 'postgresql://', 1))
    try:
        await connection.execute('DROP SCHEMA public CASCADE; CREATE SCHEMA public;')
    finally:
        await connection.close()


@pytest.fixture(autouse=True)
def fresh_database(tmp_path, monkeypatch):
    # Tortoise caches each model's SQL per connection name, not per dialect: a test on an in-memory
    # SQLite database would leave SQLite SQL behind for the next test on PostgreSQL.
    EXECUTOR_CACHE.clear()
    monkeypatch.setenv('DATA_DIR', str(tmp_path / 'data'))
    monkeypatch.setenv('STORAGE_SECRET', 'rahasia-uji')
    if POSTGRES_URL:
        asyncio.run(_empty_postgres(POSTGRES_URL))
    else:
        monkeypatch.delenv('DATABASE_URL', raising=False)
    yield
    EXECUTOR_CACHE.clear()
