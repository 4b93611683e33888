"""The citizen's public forms (issue #15). The SKM a citizen answers on their own phone: a one-time
link per PATEN request, printed as a QR code on its tanda terima, that opens a public form
(pages/public_forms.py) whose answer becomes one Responden SKM row of that layanan.

- `issue(register_id)`: a new token for the row, made when its tanda terima is printed (not when
  the row is made: only a citizen who holds the paper can use it, and an import of a year's
  register makes no links nobody receives). Printing again ends the row's earlier links, so a lost
  receipt is replaced and still one answer per request; once answered, no new link is made.
- `open_survey(token)`: what the form shows (the layanan and the date of the service), or None for
  a link that is unknown, spent, expired or of a deleted request: one neutral answer for all, so a
  guesser learns nothing.
- `redeem(token, values)`: the answer, dated the day it is given (Tanggal Survei: the IKM counts it in
  that period), through the one write path (core.records.save, audited) as
  the system actor `PUBLIC_ACTOR`, and the link marked spent in the same transaction by a
  conditional UPDATE ... WHERE used_at IS NULL: of two submits racing, one writes and the other
  finds nothing to mark and rolls back.
- The page holds every load and submit to the requests a client address may make
  (core/rate_limit.py: in this process, or in Redis for a scale-out).

Only the SHA-256 of a token is stored (models/skm_token.py); the token itself exists on the paper.

The public pengaduan form (/pengaduan) has no link to check: `send_pengaduan(values)` refuses input
too long, then writes the complaint by models.pengaduan.Pengaduan.from_public (kanal Formulir
Daring, status Diterima, its own rules) and its audit entry in one transaction; the page holds it
to the same limit.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from tortoise.transactions import in_transaction

from core import audit, records
from core.access import Action, Actor
from core.config import lan_addresses, load_settings
from locales import t
from models.audit import AuditAction
from models.choices import RoleKind
from models.clock import office_today
from models.pengaduan import PUBLIC_USER, Pengaduan
from models.pelayanan import ANSWER_FIELDS, JenisLayanan, RegisterLayanan
from models.skm_token import SkmToken
from models.table import TABLES

TOKEN_DAYS = 30
SKM_PATH = '/skm/'
# Who the Responden SKM rows and their audit entries name: not a login ('/' is no username
# character, core.accounts.USERNAME_PATTERN), and allowed to add an answer and nothing else.
PUBLIC_ACTOR = Actor(username='sistem/skm-daring', role='SKM daring', kind=RoleKind.STAF,
                     rights=frozenset({('skm_responden', Action.TAMBAH)}))
PROFILE_FIELDS = ('jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan')
ANSWER_KEYS = (*PROFILE_FIELDS, *ANSWER_FIELDS, 'saran')
SARAN_CHARS = 1000   # a longer suggestion is refused, not cut
FIELD_CHARS = 20     # any other answer is a word or a number


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode('utf-8', 'replace')).hexdigest()


def public_base_url() -> str:
    """PUBLIC_URL (core.config), else this computer on the office LAN."""
    settings = load_settings()
    if settings.public_url:
        return settings.public_url
    host = settings.host if settings.host not in ('0.0.0.0', '') else (next(iter(lan_addresses()), '127.0.0.1'))
    return f'http://{host}:{settings.port}'


def survey_url(token: str) -> str:
    return f'{public_base_url()}{SKM_PATH}{token}'


async def issue(register_id: int, now: datetime | None = None) -> str | None:
    """A new link for this request (its earlier unspent links end now); None once it was answered."""
    now = now or now_utc()
    async with in_transaction():
        if await SkmToken.filter(register_id=register_id, used_at__isnull=False).exists():
            return None
        await SkmToken.filter(register_id=register_id, used_at__isnull=True, expires__gt=now).update(expires=now)
        token = secrets.token_urlsafe(32)
        await SkmToken.create(token_hash=token_hash(token), register_id=register_id,
                              expires=now + timedelta(days=TOKEN_DAYS))
    return token


@dataclass(frozen=True)
class Survey:
    """What the public form may show: the layanan asked about and the date of the service."""
    token_id: int
    layanan_id: int
    layanan: str
    tanggal: date


async def open_survey(token: str, now: datetime | None = None) -> Survey | None:
    """The survey of a live link, or None (unknown, spent, expired, or its request deleted)."""
    if not isinstance(token, str) or not 16 <= len(token) <= 100:
        return None
    link = await SkmToken.get_or_none(token_hash=token_hash(token), used_at__isnull=True,
                                      expires__gt=now or now_utc())
    if link is None:
        return None
    register = await RegisterLayanan.get_or_none(id=link.register_id, deleted_at__isnull=True)
    layanan = await JenisLayanan.get_or_none(id=register.layanan_id) if register else None
    if register is None or layanan is None:
        return None
    return Survey(link.id, layanan.id, layanan.nama, register.tanggal)


@dataclass
class Redeemed:
    """The outcome of a submit: `refused` (input too long, or the neutral message of a dead link,
    then `dead`), else `errors` per field to correct, else the Responden SKM row written."""
    refused: str = ''
    errors: dict[str, str] = field(default_factory=dict)
    row: object = None
    dead: bool = False

    @property
    def ok(self) -> bool:
        return not self.refused and not self.errors


class _Rollback(Exception):
    def __init__(self, result: Redeemed) -> None:
        super().__init__()
        self.result = result


def too_long(values: dict[str, object]) -> bool:
    """Input no honest form sends: an unknown field, or a value longer than its field allows."""
    if set(values) - set(ANSWER_KEYS):
        return True
    return any(len(str(value or '')) > (SARAN_CHARS if name == 'saran' else FIELD_CHARS)
               for name, value in values.items())


async def redeem(token: str, values: dict[str, object], now: datetime | None = None) -> Redeemed:
    """Write the answer of this link as one Responden SKM row, and spend the link, at once."""
    now = now or now_utc()
    if too_long(values):
        return Redeemed(refused=t('skm_publik.terlalu_panjang', batas=SARAN_CHARS))
    survey = await open_survey(token, now)
    if survey is None:
        return Redeemed(refused=t('skm_publik.tautan_tidak_berlaku'), dead=True)
    answer = {name: values.get(name) for name in ANSWER_KEYS}
    # Tanggal Survei is the day the citizen answers (the IKM counts a survey in its own period);
    # the service it is about is the token's register row, whose layanan it carries
    answer.update(tanggal=office_today(), layanan=survey.layanan_id)   # the clock the table's rule reads
    try:
        async with in_transaction():
            spent = await SkmToken.filter(id=survey.token_id, used_at__isnull=True, expires__gt=now) \
                .update(used_at=now)
            if spent != 1:
                raise _Rollback(Redeemed(refused=t('skm_publik.tautan_tidak_berlaku'), dead=True))
            result = await records.save(TABLES['skm_responden'], PUBLIC_ACTOR, answer)
            if not result.ok:
                raise _Rollback(Redeemed(errors=result.errors))
            await SkmToken.filter(id=survey.token_id).update(responden_id=result.row.id)
    except _Rollback as rollback:
        return rollback.result
    return Redeemed(row=result.row)


PENGADUAN_CHARS = {'nama_pelapor': 120, 'kontak_pelapor': 100, 'perihal': 255, 'uraian': 3000, 'layanan': 12}


async def layanan_options() -> dict[int, str]:
    """The layanan a complaint may name (their names are published in the standar pelayanan)."""
    rows = await JenisLayanan.filter(deleted_at__isnull=True).order_by('nama').values_list('id', 'nama')
    return dict(rows)


async def send_pengaduan(values: dict[str, object]) -> Redeemed:
    """Write a complaint from the public form into the Register Pengaduan, with its audit entry."""
    if set(values) - set(PENGADUAN_CHARS) or any(len(str(value or '')) > PENGADUAN_CHARS[name]
                                                  for name, value in values.items()):
        return Redeemed(refused=t('skm_publik.pengaduan.terlalu_panjang', batas=PENGADUAN_CHARS['uraian']))
    layanan = values.get('layanan')
    layanan_id = int(layanan) if str(layanan or '').isdigit() and int(layanan) in await layanan_options() else None
    async with in_transaction():
        row, errors = await Pengaduan.from_public(
            nama_pelapor=str(values.get('nama_pelapor') or ''), kontak_pelapor=str(values.get('kontak_pelapor') or ''),
            perihal=str(values.get('perihal') or ''), uraian=str(values.get('uraian') or ''), layanan_id=layanan_id)
        if row is not None:
            await audit.record(PUBLIC_USER, AuditAction.TAMBAH, table='pengaduan', row_id=row.id,
                               after=audit.snapshot(records.stored_values(TABLES['pengaduan'], row)))
    return Redeemed(errors=errors, row=row)
