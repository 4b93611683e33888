"""Make ONE aerich migration file that works on both SQLite and PostgreSQL.

Usage (from the repository root; `make migration NAME=...` does the same)::

    .venv/bin/python migrations/make_migration.py NAME            # diff models -> new migration
    .venv/bin/python migrations/make_migration.py NAME --empty    # empty one, for hand-written SQL
    .venv/bin/python migrations/make_migration.py NAME --check    # exit 1 if the models have changes
                                                                  # that no migration covers yet

aerich writes migration files whose upgrade()/downgrade() return SQL for one dialect only. This
tool runs aerich's offline generation (no database server needed) twice, in a subprocess each,
once configured with a SQLite URL and once with a PostgreSQL URL, on temporary copies of
migrations/models/, and merges the two results into one file in migrations/models/:

    <n>_<YYYYmmddHHMMSS>_<NAME>.py   (aerich's own naming; the first one is 0_<ts>_init.py)

with ``UPGRADE = {'sqlite': ..., 'postgres': ...}``, the same for ``DOWNGRADE``, and aerich's
``MODELS_STATE`` (the models' description; it is dialect independent, the tool checks that).
``upgrade(db)`` / ``downgrade(db)`` return the SQL for ``db.capabilities.dialect``; ``''`` means
nothing to do on that dialect, ``None`` means no SQL (the initial migration's downgrade, or SQL
still to be written by hand). When migrations/models/ holds no migration yet, the initial
migration (aerich ``init-migrations``) is generated instead, whatever NAME says. The models come
from core.database.tortoise_config(), i.e. models.MODEL_MODULES plus aerich.models.

Where aerich cannot generate the SQL for one dialect (SQLite cannot ALTER a column: aerich raises
NotSupportError), the file is still written with that dialect's SQL set to None and the tool exits
with status 3: write that SQL by hand and test that the data survives. For SQLite that is a table
rebuild: CREATE TABLE "_new_x" (...); INSERT INTO "_new_x" (cols) SELECT cols FROM "x";
DROP TABLE "x"; ALTER TABLE "_new_x" RENAME TO "x"; then CREATE the indexes of "x" again. (SQLite
does not enforce VARCHAR lengths, so a pure max_length change can be '' on SQLite.) Never use the
plain `aerich migrate` CLI on this repository: it would write a single-dialect file.

How the app applies the migrations (verified with aerich 0.10.1 / Tortoise 1.1.9 on SQLite and
PostgreSQL 15)::

    from aerich import Command
    from tortoise.context import TortoiseContext   # NOT aerich.TortoiseContext

    async with TortoiseContext():   # a private ORM context just for the migration run
        async with Command(tortoise_config=cfg, app='models', location=str(MIGRATIONS_DIR)) as cmd:
            await cmd.upgrade(run_in_transaction=True)   # -> list of applied file names

cfg = core.database.tortoise_config(url); MIGRATIONS_DIR = core.database.MIGRATIONS_DIR (this
directory; aerich appends the app name: migrations/models/). Command initialises Tortoise itself:
do not initialise it first. Without the outer ``TortoiseContext()`` the inner block alone also
works, but only ONCE per task: leaving it closes the connections of the task's (implicit) context
and the next Command or query in that task fails with "DB configuration not initialised"; and if
the app's ORM was already registered (RegisterTortoise) it closes THAT context and clears the
global fallback. With the outer context it can run before or after RegisterTortoise, any number of
times. On an empty database the initial migration creates every table including aerich's own;
each applied file is recorded in the "aerich" table.

SQLite note: aerich's transaction does not cover the SQL on SQLite (sqlite3's executescript
commits first), so the generated files wrap the SQLite SQL themselves in
``PRAGMA foreign_keys=OFF; BEGIN; ... COMMIT; PRAGMA foreign_keys=ON;``: a failing migration then
leaves nothing behind, and a table rebuild's DROP TABLE does not cascade-delete child rows (with
Tortoise's default foreign_keys=ON it would). Do not put BEGIN/COMMIT in hand-written SQLite SQL.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS_DIR = ROOT / 'migrations'
APP = 'models'
DIALECTS = ('sqlite', 'postgres')
# Offline generation never connects: Tortoise connects lazily and aerich's offline mode asks nothing.
OFFLINE_URLS = {
    'sqlite': 'sqlite://{tmp}/offline.sqlite3',
    'postgres': 'postgres://offline:offline@127.0.0.1:9/offline',
}
VERSION_FILE = re.compile(r'^(\d+)_.*\.py$')
NEEDS_HAND_WRITTEN_SQL = 3

FILE_TEMPLATE = '''"""Migration {stem}: the same change for SQLite and PostgreSQL.

Made by migrations/make_migration.py from aerich's offline output for each dialect.
upgrade()/downgrade() return the SQL for the connection's dialect:
  ''    nothing to do on that dialect;
  None  no SQL: write it by hand (or, for a downgrade, the migration cannot be undone).
The SQLite SQL runs as PRAGMA foreign_keys=OFF; BEGIN; <sql> COMMIT; PRAGMA foreign_keys=ON;
so it is atomic (aerich's own transaction does not cover SQL on SQLite) and a table rebuild's
DROP TABLE does not cascade: do not put BEGIN/COMMIT in it.
"""
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {{
{upgrade}
}}

DOWNGRADE = {{
{downgrade}
}}


def _sql(db: BaseDBAsyncClient, scripts: dict, step: str) -> str:
    dialect = db.capabilities.dialect
    sql = scripts.get(dialect)
    if sql is None:
        raise NotImplementedError(f'{{__name__}}: no {{step}} SQL for {{dialect}}')
    if not sql.strip():
        return 'SELECT 1;'  # asyncpg fails on an empty script
    if dialect == 'sqlite':
        return f'PRAGMA foreign_keys=OFF;\\nBEGIN;\\n{{sql.strip()}}\\n;\\nCOMMIT;\\nPRAGMA foreign_keys=ON;'
    return sql


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, UPGRADE, 'upgrade')


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, DOWNGRADE, 'downgrade')


MODELS_STATE = (
    {models_state}
)
'''


# --------------------------------------------------------------------------- worker (one dialect)

def _config(url: str, models: list[str] | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from core.database import tortoise_config

    cfg = tortoise_config(url)
    if models is not None:
        cfg['apps'][APP]['models'] = [*models, 'aerich.models']
    return cfg


async def _generate(dialect: str, location: Path, name: str, empty: bool,
                    models: list[str] | None, tmp: Path) -> dict:
    """Run aerich offline for one dialect on `location`; describe the file it wrote."""
    from aerich import Command
    from aerich.exceptions import NotSupportError
    from aerich.migrate import Migrate
    from aerich.utils import import_py_file

    cfg = _config(OFFLINE_URLS[dialect].format(tmp=tmp), models)
    migration_dir = Migrate.get_migration_dir(str(location), APP)
    before = set(p.name for p in migration_dir.glob('*.py'))
    command = Command(tortoise_config=cfg, app=APP, location=str(location))
    try:
        if not before:
            migration_dir.rmdir()  # aerich's init refuses a directory that exists with files
            await command.init_migrations(safe=True)
        else:
            await command.init(offline=True)
            await command.migrate(name, empty=empty, no_input=True, offline=True)
    except NotSupportError as e:
        return {'error': f'{type(e).__name__}: {e}'}
    finally:
        await command.aclose()
    new = sorted(set(p.name for p in migration_dir.glob('*.py')) - before)
    if not new:
        return {'version': None}
    assert len(new) == 1, new
    module = import_py_file(migration_dir / new[0])
    return {
        'version': new[0],
        'upgrade': await module.upgrade(None),
        'downgrade': await module.downgrade(None),
        'models_state': module.MODELS_STATE,
    }


def worker(args: argparse.Namespace) -> None:
    tmp = Path(args.location).parent
    result = asyncio.run(_generate(args.worker, Path(args.location), args.name, args.empty,
                                   args.models, tmp))
    Path(args.out).write_text(json.dumps(result), encoding='utf-8')


# --------------------------------------------------------------------------- merge

def _py_str(sql: str | None) -> str:
    """A Python literal for `sql`, readable when possible."""
    if sql is None:
        return 'None'
    sql = sql.strip()
    if not sql:
        return "''"
    plain = all(c.isprintable() or c in '\n\t' for c in sql) and '"""' not in sql \
        and not sql.endswith(('"', '\\'))
    if plain:
        prefix = 'r' if '\\' in sql else ''
        return f'{prefix}"""\n{sql}\n"""'
    return repr(sql)


def render(stem: str, results: dict[str, dict], models_state: str, initial: bool) -> str:
    def entries(key: str) -> str:
        lines = []
        for dialect in DIALECTS:
            res = results[dialect]
            sql = None if 'error' in res else res.get(key, '')
            if key == 'downgrade' and initial:
                sql = None  # aerich writes no downgrade for the initial migration
            lines.append(f'    {dialect!r}: {_py_str(sql)},')
        return '\n'.join(lines)

    text = FILE_TEMPLATE.format(stem=stem, upgrade=entries('upgrade'), downgrade=entries('downgrade'),
                                models_state=models_state)
    compile(text, stem, 'exec')  # never write a file that cannot be imported
    return text


def version_files(directory: Path) -> list[Path]:
    return sorted((p for p in directory.glob('*.py') if VERSION_FILE.match(p.name)),
                  key=lambda p: int(VERSION_FILE.match(p.name).group(1)))


def make(name: str, location: Path, empty: bool = False, models: list[str] | None = None,
         check: bool = False) -> int:
    from aerich.utils import decompress_dict

    if not re.fullmatch(r'[A-Za-z0-9_]+', name):
        print(f'NAME must be letters, digits and _ only, not {name!r}', file=sys.stderr)
        return 2
    target = location / APP
    target.mkdir(parents=True, exist_ok=True)
    existing = version_files(target)
    unwritten = [p.name for p in existing if _has_unwritten_sql(p)]
    for file_name in unwritten:
        print(f'!! {file_name} still has UPGRADE SQL set to None: write it by hand', file=sys.stderr)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix='make_migration_') as tmp_name:
        tmp = Path(tmp_name)
        for dialect in DIALECTS:
            work = tmp / dialect
            (work / 'migrations' / APP).mkdir(parents=True)
            for path in existing:
                shutil.copy2(path, work / 'migrations' / APP / path.name)
            out = work / 'result.json'
            cmd = [sys.executable, str(Path(__file__).resolve()), name, '--worker', dialect,
                   '--location', str(work / 'migrations'), '--out', str(out)]
            if empty:
                cmd.append('--empty')
            if models is not None:
                cmd += ['--models', ','.join(models)]
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            if proc.returncode != 0 or not out.exists():
                print(f'aerich failed for {dialect}:\n{proc.stdout}{proc.stderr}', file=sys.stderr)
                return 1
            results[dialect] = json.loads(out.read_text(encoding='utf-8'))
            if existing:
                # aerich joins the statements of a diff with ';\n' + 8 spaces: unindent them
                for key in ('upgrade', 'downgrade'):
                    if isinstance(results[dialect].get(key), str):
                        results[dialect][key] = results[dialect][key].replace(';\n        ', ';\n')

    produced = {d: r for d, r in results.items() if r.get('version') or 'error' in r}
    if not produced:
        print('No changes detected')
        return 1 if check and unwritten else 0
    if check:
        print('Models have changes that no migration covers: run make migration NAME=...',
              file=sys.stderr)
        return 1
    versions = {d: r['version'] for d, r in produced.items() if r.get('version')}
    if not versions:
        for dialect, res in results.items():
            print(f'{dialect}: {res.get("error")}', file=sys.stderr)
        print('aerich produced SQL for no dialect', file=sys.stderr)
        return 1
    numbers = {VERSION_FILE.match(v).group(1) for v in versions.values()}
    if len(numbers) != 1:
        print(f'dialects disagree on the version number: {versions}', file=sys.stderr)
        return 1
    states = {d: r['models_state'] for d, r in results.items() if r.get('version')}
    decoded = [decompress_dict(s) for s in states.values()]
    if any(d != decoded[0] for d in decoded[1:]):
        print('MODELS_STATE differs between dialects; refusing to merge', file=sys.stderr)
        return 1
    version = versions.get('sqlite') or versions['postgres']
    for dialect in DIALECTS:
        if not results[dialect].get('version') and 'error' not in results[dialect]:
            # the change matters to one dialect only: the other gets no SQL
            results[dialect] = {'upgrade': '', 'downgrade': ''}
    models_state = '\n    '.join(f'"{chunk}"' for chunk in _state_chunks(next(iter(states.values()))))
    stem = version.removesuffix('.py')
    (target / version).write_text(render(stem, results, models_state, initial=not existing), encoding='utf-8')
    print(f'Wrote {(target / version).relative_to(ROOT) if target.is_relative_to(ROOT) else target / version}')
    errors = {d: r['error'] for d, r in results.items() if 'error' in r}
    for dialect, error in errors.items():
        print(f'!! {dialect}: aerich could not generate the SQL ({error}).\n'
              f'   Write UPGRADE[{dialect!r}] and DOWNGRADE[{dialect!r}] by hand in {version}.',
              file=sys.stderr)
    return NEEDS_HAND_WRITTEN_SQL if errors else 0


def _has_unwritten_sql(path: Path) -> bool:
    """True when a migration made by this tool still has an UPGRADE entry of None."""
    from aerich.utils import import_py_file

    upgrade = getattr(import_py_file(path), 'UPGRADE', None)
    return isinstance(upgrade, dict) and any(sql is None for sql in upgrade.values())


def _state_chunks(state: str, width: int = 70) -> list[str]:
    return [state[i:i + width] for i in range(0, len(state), width)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('name', help='short name of the change, e.g. add_surat_keluar')
    parser.add_argument('--empty', action='store_true', help='empty migration for hand-written SQL')
    parser.add_argument('--check', action='store_true',
                        help='write nothing; exit 1 if the models have unmigrated changes')
    parser.add_argument('--migrations-dir', type=Path, default=MIGRATIONS_DIR,
                        help='directory holding models/ (default: this directory)')
    parser.add_argument('--models', type=lambda s: [m for m in s.split(',') if m],
                        help='comma-separated model modules instead of models.MODEL_MODULES')
    parser.add_argument('--worker', choices=DIALECTS, help=argparse.SUPPRESS)
    parser.add_argument('--location', help=argparse.SUPPRESS)
    parser.add_argument('--out', help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args)
        return 0
    return make(args.name, args.migrations_dir.resolve(), empty=args.empty, models=args.models,
                check=args.check)


if __name__ == '__main__':
    sys.exit(main())
