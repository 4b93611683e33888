"""What the demo rows of every area share: the seeded generator, the period, the names, and the
registry of row makers that `DemoData.run` runs.

An area module (demo/kepegawaian.py, demo/persuratan.py, …, one per models/ module) holds the demo
rows of its tables: `async def maker(demo: DemoData)` functions, each registered with
`@demo_rows(step=n)`. Every module of the package is imported when the data is made, so the demo
rows of a new table are one maker in its area's module, nowhere else. Makers run by step, lowest
first: a maker may use the rows of the lower steps (reference 10, kepegawaian 20, persuratan 30, …,
informasi 110). Every random choice comes from the one seeded generator in that order, so a new
maker with the highest step leaves the rows of the others as they were.
"""
from __future__ import annotations

import importlib
import pkgutil
import random
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from forms.indonesian import WIB
from models.choices import JenisKelamin
from models.clock import office_today
from models.kepegawaian import Pegawai
from models.pelayanan import JenisLayanan
from models.reference import Desa, Instansi
from models.workdays import is_working_day

SEED = 35_08_03                     # Kec. Candipuro's area code
AWAL = date(2025, 1, 2)
AKHIR = date(2026, 11, 27)          # the last day with data (or today, if earlier)
DEMO_USER = 'demo'                  # created_by of every demo row
KODE_KECAMATAN = '350803'           # NIK prefix: Jawa Timur 35, Lumajang 08, Candipuro 03
KODE_SURAT = '427.75'               # the kecamatan's code in its letter numbers (example)


def last_day() -> date:
    return min(office_today(), AKHIR)


# --------------------------------------------------------------------------- names and numbers

PRIA = ('Ahmad', 'Agus', 'Bambang', 'Budi', 'Dwi', 'Eko', 'Fajar', 'Hadi', 'Hendra', 'Imam', 'Joko', 'Kusnadi',
        'Mohammad', 'Rudi', 'Slamet', 'Sugeng', 'Suprapto', 'Teguh', 'Wahyu', 'Yusuf', 'Arif', 'Didik', 'Heru',
        'Nur Hasan', 'Rizky', 'Syaiful', 'Totok', 'Gatot', 'Hariyanto', 'Abdul Rochim', 'Anang', 'Mulyadi')
WANITA = ('Ani', 'Dewi', 'Endang', 'Fitri', 'Indah', 'Kartini', 'Lestari', 'Nanik', 'Rina', 'Siti', 'Sri',
          'Tri', 'Umi', 'Wulan', 'Yuli', 'Sumiati', 'Suwarni', 'Nur Aini', 'Dian', 'Eka', 'Ratna', 'Yuyun',
          'Lilik', 'Hartatik', 'Ninik', 'Anis')
BELAKANG_PRIA = ('Santoso', 'Wibowo', 'Hidayat', 'Prasetyo', 'Setiawan', 'Susanto', 'Kurniawan', 'Saputra',
                 'Effendi', 'Hermawan', 'Firmansyah', 'Maulana', 'Syahputra', 'Wijaya', 'Sutrisno', 'Purnomo')
BELAKANG_WANITA = ('Rahayu', 'Wahyuni', 'Lestari', 'Handayani', 'Purnamasari', 'Susanti', 'Rahmawati', 'Astuti',
                   'Kusumawati', 'Fatmawati', 'Nurhayati', 'Ningsih', 'Suryani', 'Maharani')
TEMPAT_LAHIR = ('Lumajang', 'Lumajang', 'Lumajang', 'Jember', 'Probolinggo', 'Malang', 'Pasuruan', 'Surabaya')
DUSUN = ('Krajan', 'Kampung Baru', 'Sumbersari', 'Gondoruso', 'Kebonan', 'Karanganyar', 'Sukosari', 'Tegalrejo',
         'Sidomulyo', 'Rowobaung', 'Kajar Kuning', 'Umbulan')


class Generator:
    """The seeded source of every random choice, with the helpers the tables share."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.end = last_day()
        self._nik_serial = 0
        self._nip_serial: dict[str, int] = defaultdict(int)

    def choice(self, items):
        return self.rng.choice(items)

    def weighted(self, pairs):
        return self.rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs], k=1)[0]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def name(self, sex: JenisKelamin | None = None) -> tuple[str, JenisKelamin]:
        sex = sex or self.choice((JenisKelamin.L, JenisKelamin.P))
        if sex == JenisKelamin.L:
            return f'{self.choice(PRIA)} {self.choice(BELAKANG_PRIA)}', sex
        return f'{self.choice(WANITA)} {self.choice(BELAKANG_WANITA)}', sex

    def birth(self, youngest: int = 20, oldest: int = 60) -> date:
        today = self.end
        start = date(today.year - oldest, 1, 1)
        stop = date(today.year - youngest, 12, 31)
        return start + timedelta(days=self.rng.randrange((stop - start).days))

    def nik(self, born: date, sex: JenisKelamin) -> str:
        """A NIK of Kec. Candipuro: 350803, the birth date DDMMYY (day + 40 for women), a serial."""
        self._nik_serial += 1
        day = born.day + (40 if sex == JenisKelamin.P else 0)
        return f'{KODE_KECAMATAN}{day:02d}{born:%m%y}{self._nik_serial % 10000:04d}'

    def nip(self, born: date, sex: JenisKelamin, tmt_cpns: date) -> str:
        """NIP of a PNS: birth date, TMT CPNS (yyyymm), 1/2 for the sex, serial (Perka BKN 22/2007)."""
        prefix = f'{born:%Y%m%d}{tmt_cpns:%Y%m}{1 if sex == JenisKelamin.L else 2}'
        self._nip_serial[prefix] += 1
        return f'{prefix}{self._nip_serial[prefix]:03d}'

    def day(self, first: date | None = None, last: date | None = None, working: bool = True) -> date:
        """A random day between first and last (default: the demo period), a working day by default."""
        first, last = first or AWAL, min(last or self.end, self.end)
        if last < first:
            last = first
        for _ in range(20):
            value = first + timedelta(days=self.rng.randrange((last - first).days + 1))
            if not working or is_working_day(value):
                return value
        return first

    def days(self, n: int, first: date | None = None, last: date | None = None) -> list[date]:
        return sorted(self.day(first, last) for _ in range(n))

    def money(self, low: int, high: int, step: int = 1000) -> Decimal:
        return Decimal(self.rng.randrange(low // step, high // step + 1) * step)

    def phone(self) -> str:
        return f'08{self.choice(("12", "13", "52", "53", "57", "77", "81", "95"))}-' \
               f'{self.rng.randrange(1000, 9999)}-{self.rng.randrange(1000, 9999)}'


def stamp(day: date, hour: int = 8) -> datetime:
    """created_at of a row entered on `day`, office hours, WIB."""
    return datetime.combine(day, time(hour, 0), tzinfo=WIB)


BULAN = ('Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
         'November', 'Desember')


# --------------------------------------------------------------------------- the row makers

Maker = Callable[['DemoData'], Awaitable[None]]
_MAKERS: dict[str, tuple[int, Maker]] = {}      # module.function -> (step, maker)


def demo_rows(step: int) -> Callable[[Maker], Maker]:
    """Registers an area's row maker, run at `step` (unique; lower steps first)."""
    def register(maker: Maker) -> Maker:
        name = f'{maker.__module__}.{maker.__qualname__}'
        if clash := [other for other, (s, _) in _MAKERS.items() if s == step and other != name]:
            raise ValueError(f'demo rows {name} and {clash[0]} share step {step}')
        _MAKERS[name] = (step, maker)
        return maker
    return register


def row_makers() -> list[Maker]:
    """Every maker of the package, by step (imports each module of demo/, which registers its own)."""
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        importlib.import_module(f'{__package__}.{module.name}')
    return [maker for _, maker in sorted(_MAKERS.values(), key=lambda item: item[0])]


class DemoData:
    """Fills every table, running the makers by step. `counts` says how many rows went where; the
    other attributes are the rows one area hands to a later one."""

    def __init__(self, seed: int = SEED) -> None:
        self.g = Generator(seed)
        self.counts: dict[str, int] = {}
        self.desa: list[Desa] = []
        self.instansi: dict[str, Instansi] = {}
        self.pegawai: list[Pegawai] = []
        self.layanan: list[JenisLayanan] = []
        self.kepala_desa: dict[int, str] = {}

    async def bulk(self, model, rows: list) -> None:
        for row in rows:
            row.derive()
            if getattr(row, 'created_by', None) is None:
                row.created_by = DEMO_USER
            row.updated_by = row.created_by
        if rows:
            await model.bulk_create(rows, batch_size=500)
        name = model._meta.db_table
        self.counts[name] = self.counts.get(name, 0) + len(rows)

    async def run(self) -> dict[str, int]:
        self.desa = list(await Desa.filter(deleted_at__isnull=True).order_by('kode'))
        for maker in row_makers():
            await maker(self)
        return self.counts

    def instansi_id(self, nama: str) -> int:
        return self.instansi[nama].id
