"""The administrator's settings for the files kept with records (issue #16): how large one file and
all of a record's files may be, whether photos are scaled down and lose their EXIF location, and
which file columns must be filled (the scan of a surat masuk, for an office that scans every letter).

Kept in the office settings table (models.preferences.OfficeSetting, `pengaturan_kantor`) under keys
of their own, beside the kop of the reports.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from forms.indonesian import ParseError, format_number, parse_int
from locales import t
from models.base import FilesField
from models.preferences import OfficeSetting
from models.table import TABLES

MB = 1024 * 1024
KEYS = ('berkas_maks_mb', 'berkas_maks_rekaman_mb', 'berkas_sisi_gambar', 'berkas_hapus_lokasi', 'berkas_wajib')
DEFAULTS = {'berkas_maks_mb': '10', 'berkas_maks_rekaman_mb': '50', 'berkas_sisi_gambar': '2000',
            'berkas_hapus_lokasi': 'ya', 'berkas_wajib': ''}
LARGEST_FILE_MB = 100             # the most a setting may allow for one file (nginx lets this through)
BOUNDS = {'berkas_maks_mb': (1, LARGEST_FILE_MB), 'berkas_maks_rekaman_mb': (1, 500), 'berkas_sisi_gambar': (0, 10000)}


@dataclass(frozen=True)
class FileSettings:
    max_file_bytes: int
    max_record_bytes: int
    max_image_side: int | None        # None: photos are kept as they are
    strip_location: bool
    required: frozenset[str]          # 'surat_masuk.berkas': columns that must hold a file


def file_columns() -> dict[str, str]:
    """Every file column of every table, 'table.column' → 'Table: Label', for the settings page."""
    return {f'{name}.{column}': f'{spec.label}: {spec.label_of(column)}'
            for name, spec in TABLES.items() for column in spec.form
            if isinstance(spec.field(column), FilesField)}


def _settings(stored: dict[str, str]) -> FileSettings:
    value = {key: stored.get(key, default) for key, default in DEFAULTS.items()}
    side = int(value['berkas_sisi_gambar'])
    return FileSettings(int(value['berkas_maks_mb']) * MB, int(value['berkas_maks_rekaman_mb']) * MB,
                        side or None, value['berkas_hapus_lokasi'] == 'ya',
                        frozenset(filter(None, value['berkas_wajib'].split(','))))


async def stored_values() -> dict[str, str]:
    """The settings as the page shows them (text), defaults where none was saved."""
    stored = {row.kunci: row.nilai for row in await OfficeSetting.filter(kunci__in=KEYS)}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


_cached: list = [0.0, None]     # [read at (monotonic), FileSettings]
CACHE_SECONDS = 5.0             # every save of a table with files asks; another instance's change shows within this


def forget() -> None:
    """Read the settings anew at the next ask (a test's fresh database)."""
    _cached[1] = None


async def file_settings() -> FileSettings:
    if _cached[1] is None or time.monotonic() - _cached[0] > CACHE_SECONDS:
        _cached[:] = [time.monotonic(), _settings(await stored_values())]
    return _cached[1]


async def save_file_settings(values: dict[str, str]) -> dict[str, str]:
    """Check and store the given settings; a message per wrong key, and nothing stored when there is one."""
    errors, cleaned = {}, {}
    for key, (low, high) in BOUNDS.items():
        if key not in values:
            continue
        try:
            number = parse_int(str(values[key]).strip())
        except ParseError as error:
            errors[key] = str(error)
            continue
        if not low <= number <= high:
            errors[key] = t('berkas.pengaturan.di_luar_batas', bawah=format_number(low), atas=format_number(high))
            continue
        cleaned[key] = str(number)
    if 'berkas_hapus_lokasi' in values:
        cleaned['berkas_hapus_lokasi'] = 'ya' if values['berkas_hapus_lokasi'] in (True, 'ya') else 'tidak'
    if 'berkas_wajib' in values:
        chosen = values['berkas_wajib']
        chosen = chosen.split(',') if isinstance(chosen, str) else list(chosen or ())
        known = file_columns()
        if unknown := [column for column in chosen if column and column not in known]:
            errors['berkas_wajib'] = t('berkas.pengaturan.kolom_tidak_dikenal', kolom=', '.join(unknown))
        cleaned['berkas_wajib'] = ','.join(sorted(column for column in chosen if column))
    per_file = int(cleaned.get('berkas_maks_mb', 0) or 0)
    per_record = int(cleaned.get('berkas_maks_rekaman_mb', 0) or 0)
    if per_file and per_record and per_record < per_file:
        errors['berkas_maks_rekaman_mb'] = t('berkas.pengaturan.rekaman_kurang')
    if errors:
        return errors
    for key, value in cleaned.items():
        await OfficeSetting.update_or_create(kunci=key, defaults={'nilai': value})
    _cached[1] = None
    return {}
