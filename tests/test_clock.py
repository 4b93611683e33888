"""The office's day is WIB's (models/clock.py): at 18:00 UTC it is already tomorrow in Candipuro, and
no product module reads the server's own date, so a rule, a default and a screen never disagree."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path

from models import clock

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ('main.py', 'models', 'forms', 'core', 'exports', 'pages', 'demo')
SERVER_DAY = re.compile(r'\bdate\.today\(\)|datetime\.(now|today)\(\)\.date\(\)')


def test_at_eighteen_hundred_utc_the_office_is_already_in_tomorrow(monkeypatch) -> None:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 12, 3, 18, 0, tzinfo=timezone.utc).astimezone(tz) if tz else datetime(2026, 12, 3, 18)

    monkeypatch.setattr(clock, 'datetime', Frozen)
    assert clock.office_today() == date(2026, 12, 4)


def test_no_product_module_reads_the_servers_own_date() -> None:
    found = []
    for top in PRODUCT:
        for path in ([ROOT / top] if top.endswith('.py') else sorted((ROOT / top).rglob('*.py'))):
            for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
                if SERVER_DAY.search(line) and not line.lstrip().startswith('#'):
                    found.append(f'{path.relative_to(ROOT)}:{number}: {line.strip()}')
    assert not found, 'use models.clock.office_today():\n' + '\n'.join(found)
