"""The office's own details, set by the administrator: the kop of report-format exports and the
Camat's signature block."""
from __future__ import annotations

from forms.fields import plain_text
from forms.indonesian import ParseError
from locales import t
from models.preferences import OfficeSetting

DEFAULTS: dict[str, str] = {   # key: the value until the administrator sets one
    'pemerintah': 'PEMERINTAH KABUPATEN LUMAJANG',
    'kantor': 'KECAMATAN CANDIPURO',
    'alamat': 'Candipuro, Kabupaten Lumajang, Jawa Timur',
    'tempat': 'Candipuro',
    'jabatan_penandatangan': 'CAMAT CANDIPURO',
    'camat_nama': '',
    'camat_pangkat': '',
    'camat_nip': '',
}
MAX_LENGTH = 300


def field_label(key: str) -> str:
    """What the office data page calls a setting ('Nama kantor', 'NIP Camat', ...)."""
    return t(f'kantor.isian.{key}')


async def office_settings() -> dict[str, str]:
    stored = {row.kunci: row.nilai for row in await OfficeSetting.all()}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


async def save_office_settings(values: dict[str, str]) -> dict[str, str]:
    """Store the given settings; returns messages per field (nothing is stored when there are any)."""
    errors = {}
    nip = (values.get('camat_nip') or '').replace(' ', '')
    if nip and not (nip.isdigit() and len(nip) == 18):
        errors['camat_nip'] = t('kantor.nip_18_angka')
    cleaned = {}
    for key, value in values.items():
        if key not in DEFAULTS:
            continue
        if len(value or '') > MAX_LENGTH:
            errors[key] = t('kantor.terlalu_panjang', n=MAX_LENGTH)
            continue
        try:   # what is printed on every report's kop: no hidden characters (forms.fields.plain_text)
            cleaned[key] = plain_text(value or '', multiline=False)
        except ParseError as error:
            errors[key] = str(error)
    if errors:
        return errors
    for key, value in cleaned.items():
        await OfficeSetting.update_or_create(kunci=key, defaults={'nilai': value})
    return {}
