"""The office's own details, set by the administrator: the kop of report-format exports and the
Camat's signature block; the kode lokasi and the Pengurus Barang who signs the KIB and KIR cards
beside the Camat as Kepala SKPD (exports/bmd_reports.py); the Bendahara Pengeluaran who signs the
SPJ fungsional beside the Camat as Pengguna Anggaran (exports/keuangan_reports.py); and the office's SMTP server for the daily e-mail digest (core.digest),
off until the administrator turns it on."""
from __future__ import annotations

from dataclasses import dataclass

from forms.fields import plain_text
from forms.indonesian import ParseError, parse_int
from locales import t
from models.persuratan import KODE_UNIT, POLA_NOMOR_SURAT, nomor_pattern_error
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
    'kode_unit': KODE_UNIT,                  # how a nomor surat keluar is made (models.persuratan):
    'pola_nomor_surat': POLA_NOMOR_SURAT,    # Permendagri 1/2023 leaves both to the office
    'kode_lokasi': '',                       # the BMD's NO. KODE LOKASI on the KIB/KIR cards
    'pengurus_barang_nama': '',
    'pengurus_barang_nip': '',
    'bendahara_nama': '',                    # the Bendahara Pengeluaran who signs the SPJ fungsional
    'bendahara_nip': '',
}
NIP_SETTINGS = ('camat_nip', 'pengurus_barang_nip', 'bendahara_nip')
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
    for key in NIP_SETTINGS:
        nip = (values.get(key) or '').replace(' ', '')
        if nip and not (nip.isdigit() and len(nip) == 18):
            errors[key] = t('kantor.nip_18_angka')
    pola = (values.get('pola_nomor_surat') or '').strip()
    if pola and (message := nomor_pattern_error(pola)):
        errors['pola_nomor_surat'] = message
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


# The SMTP server the daily digest is sent through (core.digest). Kept under keys of their own; the
# password is stored as typed (the server needs it), never shown back: an empty one keeps it.
SMTP_DEFAULTS: dict[str, str] = {
    'smtp_aktif': 'tidak',
    'smtp_host': '',
    'smtp_port': '587',
    'smtp_starttls': 'ya',
    'smtp_pengguna': '',
    'smtp_sandi': '',
    'smtp_pengirim': '',
}


@dataclass(frozen=True)
class SmtpSettings:
    enabled: bool
    host: str
    port: int
    starttls: bool
    username: str
    password: str
    sender: str


def email_error(address: str) -> str | None:
    """Why this is not an e-mail address (a message for the form), or None when it is one."""
    local, at, domain = address.partition('@')
    if not (at and local and '.' in domain.strip('.')) or any(c.isspace() or c in '<>,;"' for c in address):
        return t('kantor.smtp.surel_tidak_sah')
    return None


async def smtp_values() -> dict[str, str]:
    """The SMTP settings as stored, defaults where none was saved (the password included)."""
    stored = {row.kunci: row.nilai for row in await OfficeSetting.filter(kunci__in=list(SMTP_DEFAULTS))}
    return {key: stored.get(key, default) for key, default in SMTP_DEFAULTS.items()}


async def smtp_settings() -> SmtpSettings:
    values = await smtp_values()
    return SmtpSettings(values['smtp_aktif'] == 'ya', values['smtp_host'], int(values['smtp_port'] or 0),
                        values['smtp_starttls'] == 'ya', values['smtp_pengguna'], values['smtp_sandi'],
                        values['smtp_pengirim'])


async def save_smtp_settings(values: dict[str, str]) -> dict[str, str]:
    """Store the SMTP settings ('ya'/'tidak' for the switches); an empty password keeps the stored
    one. Returns messages per field; nothing is stored when there are any. Turned on, it needs a
    host, a port and a sender's address."""
    errors: dict[str, str] = {}
    cleaned: dict[str, str] = {}
    for key in SMTP_DEFAULTS:
        value = str(values.get(key) or '').strip()
        if len(value) > MAX_LENGTH:
            errors[key] = t('kantor.terlalu_panjang', n=MAX_LENGTH)
            continue
        try:
            cleaned[key] = plain_text(value, multiline=False)
        except ParseError as error:
            errors[key] = str(error)
    for switch in ('smtp_aktif', 'smtp_starttls'):
        cleaned[switch] = 'ya' if cleaned.get(switch) == 'ya' else 'tidak'
    try:
        port = parse_int(cleaned.get('smtp_port') or '') if cleaned.get('smtp_port') else None
    except ParseError:
        port = None
    if port is None or not 0 < port < 65536:
        errors.setdefault('smtp_port', t('kantor.smtp.port_tidak_sah'))
    else:
        cleaned['smtp_port'] = str(port)
    if cleaned.get('smtp_pengirim') and (problem := email_error(cleaned['smtp_pengirim'])):
        errors.setdefault('smtp_pengirim', problem)
    if cleaned['smtp_aktif'] == 'ya':
        for required in ('smtp_host', 'smtp_pengirim'):
            if not cleaned.get(required):
                errors.setdefault(required, t('kantor.smtp.wajib'))
    if errors:
        return errors
    if not cleaned['smtp_sandi']:
        del cleaned['smtp_sandi']
    for key, value in cleaned.items():
        await OfficeSetting.update_or_create(kunci=key, defaults={'nilai': value})
    return {}
