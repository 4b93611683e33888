"""Demo data: a living Kecamatan Candipuro for a new user to try, in every registered table.

    python main.py demo                 fill an empty database (migrates and seeds it first)
    make run DEMO=1                     the same at start-up (env DEMO_DATA=1), only when empty

Never on by default, and never on a database that already holds records: `is_empty()` looks at
every table the reference seed does not fill, and at the users.

One module per process area, mirroring models/ (demo/persuratan.py, demo/kepegawaian.py, …): the
demo rows of a table live there, in a maker registered with `@demo_rows(step=n)` (demo/base.py),
which `DemoData` finds and runs by step; a new table's demo rows are one maker in its area's module.
demo/accounts.py makes one user per role, demo/runner.py fills and checks.

The rows are made up but follow the rules of each table (check_rules, derived values, yearly
numbers): NIP agree with the birth date and sex, NIK are 16 digits of Kec. Candipuro (3508 03
DDMMYY nnnn, day + 40 for women), dates fall in 2025–2026 up to `AKHIR` (or today, if earlier),
money is Rupiah, the SKM answers give an IKM of about 80 (mutu B). Everything comes from one
seeded random generator, so the same seed gives the same data. The surat masuk come from the
generator the benchmarks use too (demo/surat_masuk_rows.py). Rows are built as model instances,
their `derive()` run, and written with bulk_create; values that other rows derive (jumlah peserta,
realisasi anggaran, jumlah desa, the surat's status) are computed here the way their `after_write`
computes them. `check_sample()` runs each table's check_rules on a sample afterwards, and the fill
fails loudly if one is refused.
"""
from __future__ import annotations

from demo.accounts import DEMO_PASSWORD, create_demo_users
from demo.runner import check_sample, fill, fill_if_empty, is_empty, main, summary, wanted

__all__ = ['DEMO_PASSWORD', 'check_sample', 'create_demo_users', 'fill', 'fill_if_empty', 'is_empty', 'main',
           'summary', 'wanted']
