"""Filling a database with the demo data: the checks before (`is_empty`) and after (`check_sample`),
`fill`, and the two ways in, `python main.py demo` (`main`) and `make run DEMO=1` (`fill_if_empty`).
"""
from __future__ import annotations

import asyncio
import os
import sys
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from core import audit
from demo.accounts import DEMO_PASSWORD, create_demo_users
from demo.base import DEMO_USER, SEED, DemoData
from forms.indonesian import format_number
from locales import t
from models.accounts import User
from models.audit import AuditAction
from models.table import TABLES

# the tables core.seed fills at every start: rows there do not make a database "not empty"
SEEDED_TABLES = {'desa', 'instansi', 'klasifikasi_arsip', 'pangkat', 'program_kegiatan', 'jenis_layanan', 'hari_libur',
                 'rekening_belanja'}


def wanted() -> bool:
    """DEMO_DATA=1 (set by `make run DEMO=1`) asks for demo data at start-up."""
    return os.environ.get('DEMO_DATA', '').strip().lower() in ('1', 'true', 'yes', 'ya')


# --------------------------------------------------------------------------- checks

async def is_empty() -> bool:
    """No record in any table the seed does not fill, and no user but the first administrator."""
    for name, spec in TABLES.items():
        if name not in SEEDED_TABLES and await spec.model.all().exists():
            return False
    return await User.all().count() <= 1


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (Decimal, int, float)) and isinstance(b, (Decimal, int, float)) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return Decimal(str(a)) == Decimal(str(b))
    return a == b


async def row_problems(spec, row) -> dict[str, str]:
    """What the save path would refuse in a stored row: the table's rules, the field validators, and a
    derived value that differs from what `derive()` computes."""
    from core.records import field_error, stored_values
    found = dict(await row.check_rules())
    for name in spec.form:
        value = getattr(row, f'{name}_id' if spec.is_fk(name) else name)
        if message := field_error(spec, name, value):
            found[name] = message
    before = stored_values(spec, row)
    row.derive()
    for key, value in stored_values(spec, row).items():
        if not _same(before[key], value):
            found[key] = f'nilai turunan {before[key]!r}, seharusnya {value!r}'
    return found


async def check_sample(per_table: int | None = 5) -> dict[str, list[str]]:
    """Check up to `per_table` rows spread over every table (None: every row); returns the problems
    per table, empty when every checked row passes."""
    problems: dict[str, list[str]] = {}
    for name, spec in TABLES.items():
        ids = list(await spec.model.filter(deleted_at__isnull=True).order_by('id').values_list('id', flat=True))
        if per_table is not None:
            ids = ids[::max(1, len(ids) // per_table)][:per_table]
        for row_id in ids:
            if found := await row_problems(spec, await spec.model.get(id=row_id)):
                problems.setdefault(name, []).append(f'#{row_id}: {found}')
    return problems


# --------------------------------------------------------------------------- entry points

async def fill(seed: int = SEED, with_users: bool = True) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Fill an empty, migrated and seeded database. Raises RuntimeError when it is not empty, or when a
    sampled row breaks a rule of its table (nothing is kept then). Returns the rows per table and the
    demo users made."""
    if not await is_empty():
        raise RuntimeError(t('konsol.demo.sudah_berisi'))
    async with in_transaction():
        counts = await DemoData(seed).run()
        if problems := await check_sample(per_table=3):
            raise RuntimeError(t('konsol.demo.melanggar_aturan', masalah=problems))
    users = await create_demo_users() if with_users else []
    await audit.record(DEMO_USER, AuditAction.TAMBAH,
                       note=f'Data demo dimuat: {sum(counts.values())} baris, {len(users)} pengguna')
    return counts, users


def summary(counts: dict[str, int], users: list[tuple[str, str]]) -> str:
    lines = [t('konsol.demo.dimuat', baris=format_number(sum(counts.values())), tabel=len(counts))]
    if users:
        lines.append(t('konsol.demo.pengguna', sandi=DEMO_PASSWORD))
        lines += [f'  {username:<20} {role}' for username, role in users]
    return '\n'.join(lines)


async def fill_if_empty() -> None:
    """The start-up hook of `make run DEMO=1` (DEMO_DATA=1): fills only an empty database."""
    if not await is_empty():
        print(t('konsol.demo.tidak_dimuat'), flush=True)
        return
    counts, users = await fill()
    bar = '=' * 60
    print(f'\n{bar}\n{summary(counts, users)}\n{bar}\n', flush=True)


def main(argv: list[str]) -> int:
    """`python main.py demo`: migrate and seed the configured database, then fill it if it is empty."""
    from core.config import load_settings
    from core.lifecycle import prepared_database
    from models.table import check_tables

    if argv:
        print(t('konsol.demo.pakai'))
        return 0 if argv[0] in ('-h', '--help') else 2

    async def run() -> int:
        check_tables()
        async with prepared_database(load_settings().database_url):
            try:
                counts, users = await fill()
            except RuntimeError as error:
                print(t('konsol.gagal', pesan=error), file=sys.stderr)
                return 1
        print(summary(counts, users), flush=True)
        return 0

    return asyncio.run(run())
