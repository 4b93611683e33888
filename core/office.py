"""The office's own details, set by the administrator: the kop of report-format exports and the
Camat's signature block."""
from __future__ import annotations

from models.preferences import OfficeSetting

FIELDS: dict[str, tuple[str, str]] = {   # key: (label, default)
    'pemerintah': ('Pemerintah', 'PEMERINTAH KABUPATEN LUMAJANG'),
    'kantor': ('Nama kantor', 'KECAMATAN CANDIPURO'),
    'alamat': ('Alamat kantor (baris kop)', 'Candipuro, Kabupaten Lumajang, Jawa Timur'),
    'tempat': ('Tempat penandatanganan', 'Candipuro'),
    'jabatan_penandatangan': ('Jabatan penandatangan', 'CAMAT CANDIPURO'),
    'camat_nama': ('Nama Camat', ''),
    'camat_pangkat': ('Pangkat/golongan Camat', ''),
    'camat_nip': ('NIP Camat', ''),
}


async def office_settings() -> dict[str, str]:
    stored = {row.kunci: row.nilai for row in await OfficeSetting.all()}
    return {key: stored.get(key, default) for key, (_, default) in FIELDS.items()}


async def save_office_settings(values: dict[str, str]) -> dict[str, str]:
    """Store the given settings; returns messages per field (nothing is stored when there are any)."""
    errors = {}
    nip = (values.get('camat_nip') or '').replace(' ', '')
    if nip and not (nip.isdigit() and len(nip) == 18):
        errors['camat_nip'] = 'NIP terdiri dari 18 angka.'
    for key, value in values.items():
        if key in FIELDS and len(value or '') > 300:
            errors[key] = 'Paling banyak 300 karakter.'
    if errors:
        return errors
    for key, value in values.items():
        if key in FIELDS:
            await OfficeSetting.update_or_create(kunci=key, defaults={'nilai': (value or '').strip()})
    return {}
