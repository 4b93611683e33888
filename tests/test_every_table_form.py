"""Issue 4, part 6: every registered table, driven through its page as its owner would.

For each table of models.table.TABLES: log in as the Kepala of the owner section (an Operator Desa
for L2, which no section owns), open /tabel/<name>, add a row through the form with realistic
values built from the field kinds (plus the few values a table's rules need), see it in the grid,
edit a text field through the form, and get a refusal beside the field for an invalid value,
with nothing saved. A table added later is covered without touching this file, unless its rules
need a value the generic builder cannot guess (then it needs a line in OVERRIDES).
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Awaitable, Callable

import pytest
from nicegui import ui
from nicegui.testing import User
from nicegui.testing.user_interaction import UserInteraction
from tortoise import fields

from forms.fields import kind_of
from forms.indonesian import format_date
from models.base import LongTextField, RecordModel
from models.clock import office_today
from models.informasi import InformasiPeraturan
from models.kepegawaian import Pegawai
from models.keuangan import Anggaran
from models.pemberdayaan import KegiatanPemberdayaan
from models.perencanaan import Level, ProgramKegiatan
from models.persuratan import SuratKeluar, SuratMasuk
from models.reference import Instansi, KlasifikasiArsip
from models.sarpras import KibBPeralatanMesin
from models.table import TABLES, TableSpec, check_tables
from tests.conftest import grid_rows, in_open_form, open_form_by, submit_form, until
from tests.helpers_auth import create_account, log_in_as

check_tables()  # fills in every table's form before the parametrization reads TABLES

TODAY = office_today() - timedelta(days=max(0, office_today().weekday() - 4))   # the last working day
DESA_OPERATOR = '35.08.03.2003'   # Candipuro
FREE_TEXT_EXCLUDED = {'kode', 'kode_barang', 'register', 'kode_rekening', 'golongan', 'kontak', 'nomor_surat'}


# ------------------------------------------------------------------ rows the form needs to point at

async def _sub_kegiatan() -> ProgramKegiatan:
    await ProgramKegiatan.get_or_create(tahun=TODAY.year, kode='7.01.02.2.01', level=Level.KEGIATAN,
                                        kode_induk='7.01.02', defaults={'nama': 'Penyelenggaraan Pelayanan Publik'})
    sub, _ = await ProgramKegiatan.get_or_create(tahun=TODAY.year, kode='7.01.02.2.01.0001', level=Level.SUB_KEGIATAN,
                                                 kode_induk='7.01.02.2.01',
                                                 defaults={'nama': 'Pelayanan Administrasi Terpadu Kecamatan'})
    return sub


async def _anggaran() -> dict[str, Any]:
    sub = await _sub_kegiatan()
    anggaran = await Anggaran.create(tahun=TODAY.year, sub_kegiatan=sub, kode_rekening='5.1.02.01.01.0024',
                                     uraian='Belanja Alat Tulis Kantor', pagu=Decimal('25000000'))
    return {'anggaran': anggaran.id}


async def _surat() -> dict[str, Any]:
    surat = await SuratMasuk.create(tahun=TODAY.year, no_agenda=1, tanggal_diterima=TODAY, nomor_surat='005/12/2026',
                                    tanggal_surat=TODAY, asal_surat='Bappeda', perihal='Undangan musrenbang')
    return {'surat_masuk': surat.id}


async def _klasifikasi() -> dict[str, Any]:
    return {'klasifikasi': (await KlasifikasiArsip.get(kode='000.1.5')).id}


async def _surat_keluar() -> dict[str, Any]:
    surat = await SuratKeluar.create(tahun=TODAY.year, tanggal_surat=TODAY, tujuan='Kepala Desa Jarit',
                                     perihal='Undangan rapat', penandatangan='Camat Candipuro',
                                     klasifikasi_id=(await _klasifikasi())['klasifikasi'])
    return {'surat_keluar': surat.id}


async def _pegawai() -> dict[str, Any]:
    pegawai = await Pegawai.create(nip='198503122010011002', nama='Budi Santoso', tanggal_lahir=date(1985, 3, 12),
                                   jenis_kelamin='L', jabatan='Pengadministrasi Umum')
    return {'pegawai': pegawai.id}


async def _kegiatan() -> dict[str, Any]:
    kegiatan = await KegiatanPemberdayaan.create(nama='Pelatihan Pengolahan Keripik Pisang', tanggal=TODAY,
                                                 lokasi='Balai Desa Jarit')
    return {'kegiatan': kegiatan.id}


async def _informasi() -> dict[str, Any]:
    sumber = await Instansi.get(nama='Dispendukcapil')
    informasi = await InformasiPeraturan.create(sumber=sumber, tanggal=TODAY, judul='Jadwal perekaman KTP-el')
    return {'informasi': informasi.id}


async def _barang() -> dict[str, Any]:
    await KibBPeralatanMesin.create(kode_barang='1.3.2.02.01.02.004', register='000001', nama_barang='Sepeda Motor',
                                    tahun=2020, harga=Decimal('18500000'))
    return {}


async def _permohonan() -> dict[str, Any]:
    from models.ppid import PermohonanInformasi
    permohonan = await PermohonanInformasi.create(tahun=TODAY.year, no_pendaftaran=1, tanggal=TODAY,
                                                  nama_pemohon='Siti Aminah', alamat='Desa Jarit',
                                                  nomor_identitas='3508035203900002', nomor_kontak='081234567890',
                                                  rincian_informasi='Daftar penerima bantuan sosial 2026',
                                                  tujuan_penggunaan='Penelitian')
    return {'permohonan': permohonan.id}


async def _bku_payment() -> dict[str, Any]:
    from models.keuangan import BukuKasUmum
    entry = await BukuKasUmum.create(tanggal=TODAY, no_bukti='BKU-01', uraian='Honorarium narasumber',
                                     pengeluaran=Decimal('3000000'))
    return {'entri': entry.id}


async def _potongan_pajak() -> dict[str, Any]:
    from models.keuangan import JenisPajak, PotonganPajak
    entry = (await _bku_payment())['entri']
    potongan = await PotonganPajak.create(entri_id=entry, jenis=JenisPajak.PPH_21, nilai=Decimal('3000000'))
    return {'potongan': potongan.id}


async def _musrenbang() -> dict[str, Any]:
    from models.musrenbang import Musrenbang
    musrenbang = await Musrenbang.create(tahun_rencana=TODAY.year + 1, tanggal=TODAY, tempat='Pendopo Kecamatan')
    return {'musrenbang': musrenbang.id}


async def _nothing() -> dict[str, Any]:
    return {}


async def _sub_kegiatan_id() -> dict[str, Any]:
    return {'sub_kegiatan': (await _sub_kegiatan()).id}


PREPARE: dict[str, Callable[[], Awaitable[dict[str, Any]]]] = {
    'disposisi': _surat, 'cuti': _pegawai, 'realisasi_anggaran': _anggaran, 'anggaran': _sub_kegiatan_id,
    'penerima_pembinaan': _kegiatan, 'penyampaian_informasi': _informasi, 'mutasi_barang': _barang,
    'kartu_pemeliharaan': _barang, 'keberatan_informasi': _permohonan,
    'prioritas_kecamatan': _musrenbang, 'delegasi_musrenbang': _musrenbang,
    'anggaran_kas': _anggaran, 'potongan_pajak': _bku_payment, 'setoran_pajak': _potongan_pajak,
    'surat_keluar': _klasifikasi, 'ekspedisi_surat_keluar': _surat_keluar,
}


# Values a table's own rules need (typed text, or an id/enum value for a select).
KIB_KODE = {'kib_a_tanah': '1.3.1.01.01.01.001', 'kib_b_peralatan_mesin': '1.3.2.02.01.02.004',
            'kib_c_gedung_bangunan': '1.3.3.01.01.01.001', 'kib_d_jalan_irigasi_jaringan': '1.3.4.01.01.01.001',
            'kib_e_aset_tetap_lainnya': '1.3.5.01.01.01.001',
            'kib_f_konstruksi_dalam_pengerjaan': '1.3.6.01.01.01.001'}
OVERRIDES: dict[str, dict[str, str]] = {
    'desa': {'kode': '35.08.03.2011'},
    'buku_kas_umum': {'penerimaan': '1.000.000'},   # an entry is a receipt or a payment, never neither
    'setoran_pajak': {'kode_billing': '012345678901234', 'ntpn': '0A1B2C3D4E5F6G7H'},   # 15 digits, 16 characters
    'permohonan_informasi': {'cara_salinan': 'Mengambil langsung'},
    'pengaduan': {'nama_pelapor': 'Ani Rahayu', 'kontak_pelapor': '081234567890'},   # only LAPOR! may be anonymous   # a paper copy needs a way to get it
    'klasifikasi_arsip': {'kode': '000.0'},   # shown on the grid's first page, among 2,986 codes
    'rekening_belanja': {'kode': '5.0'},      # second on the grid's first page, among 3,413 codes
    'hari_libur': {'tanggal': '03/01/2028', 'dasar': 'Keputusan Bupati (uji)'},   # after every seeded SKB day: first in the grid
    'pangkat': {'golongan': 'IV/f'},
    'pegawai': {'nip': '198503122010011002', 'tanggal_lahir': '12/03/1985', 'jenis_kelamin': 'L'},
    'program_kegiatan': {'kode': '7.01.07'},
    'anggaran': {'kode_rekening': '5.1.02.01.01.0026'},
    'register_layanan': {'nik': '3508035203900002'},
    'perangkat_desa': {'nik': '3508031506780003'},
    'mutasi_barang': {'kib': 'KIB B Peralatan dan Mesin', 'kode_barang': '1.3.2.02.01.02.004',
                      'register': '000001'},
    'kartu_pemeliharaan': {'kib': 'KIB B Peralatan dan Mesin', 'kode_barang': '1.3.2.02.01.02.004',
                           'register': '000001'},
    **{name: {'kode_barang': kode, 'register': '000001'} for name, kode in KIB_KODE.items()},
}
# An invalid value and where its message appears, when the generic choice does not fit.
INVALID: dict[str, tuple[str, str]] = {
    'register_layanan': ('nik', '35080352'),
    'perangkat_desa': ('nik', '3508-0315-0678'),
    'pegawai': ('nip', '19850312201001100'),
    'skm_responden': ('u1', '5'),
}


# ------------------------------------------------------------------ building values from field kinds

def writable(spec: TableSpec) -> list[str]:
    return [name for name in spec.form if name not in spec.readonly]


def required(spec: TableSpec, name: str) -> bool:
    field = spec.field(name)
    return not field.null and field.default is None


def int_value(spec: TableSpec, name: str) -> int:
    if 'tahun' in name:
        return TODAY.year
    lows = [getattr(v, 'min_value', None) for v in spec.field(name).validators]
    return max([1, *[int(low) for low in lows if low is not None]])


async def generic_value(spec: TableSpec, name: str) -> Any:
    field = spec.field(name)
    kind = kind_of(field)
    if spec.is_fk(name):
        target = field.related_model
        row = await target.filter(deleted_at__isnull=True).order_by('id').first()
        assert row is not None, f'{spec.name}.{name}: no {target.__name__} to choose; add it to PREPARE'
        return row.id
    if kind.name == 'enum':
        default = field.default
        return (default.value if default is not None else next(iter(field.enum_type)).value)
    if kind.name == 'date':
        return format_date(TODAY)
    if kind.name == 'int':
        return str(int_value(spec, name))
    if kind.name in ('decimal', 'money'):
        return '1.500.000'
    if kind.name in ('text', 'longtext'):
        return f'Uji {spec.label_of(name)}'[:getattr(field, 'max_length', None) or 200]
    raise AssertionError(f'{spec.name}.{name}: no generic value for a {kind.name} field')


def edit_field(spec: TableSpec) -> str:
    """A free-text field the form edits: a plain CharField without a rule of its own, else a long text."""
    free = [name for name in writable(spec) if name not in FREE_TEXT_EXCLUDED]
    return next((name for name in free if type(spec.field(name)) is fields.CharField), None) or \
        next(name for name in free if type(spec.field(name)) is LongTextField)


def invalid_value(spec: TableSpec) -> tuple[str, str]:
    if spec.name in INVALID:
        return INVALID[spec.name]
    names = writable(spec)
    for wanted, text in (('date', '31/02/2026'), ('money', '-5'), ('int', 'dua')):
        for name in names:
            if kind_of(spec.field(name)).name == wanted and not spec.is_fk(name):
                return name, text
    name = edit_field(spec)
    return name, 'x' * (spec.field(name).max_length + 1)


# ------------------------------------------------------------------ driving the page

def element(user: User, name: str) -> ui.element:
    return in_open_form(user, f'field-{name}')


def put(user: User, name: str, value: Any) -> None:
    target = element(user, name)
    if isinstance(target, ui.select):
        target.value = value          # what choosing an option does
    else:
        UserInteraction(user, {target}, None).clear().type(str(value))


async def log_in_as_owner(user: User, spec: TableSpec) -> None:
    owner = spec.owner_section
    if owner is None:     # L2: the desa's own process
        await create_account('operator', 'Operator Desa', desa_kode=DESA_OPERATOR)
        await log_in_as(user, 'operator', next_path=f'/tabel/{spec.name}')
    else:
        await create_account('kepala', f'Kepala {owner.value}')
        await log_in_as(user, 'kepala', next_path=f'/tabel/{spec.name}')


def live_rows(model: type[RecordModel]):
    return model.filter(deleted_at__isnull=True)


@pytest.mark.parametrize('name', sorted(TABLES))
async def test_add_see_edit_and_refuse_through_the_form(user: User, name: str) -> None:
    spec = TABLES[name]
    values = await PREPARE.get(name, _nothing)()
    values.update(OVERRIDES.get(name, {}))
    await log_in_as_owner(user, spec)
    before = set(await live_rows(spec.model).values_list('id', flat=True))

    # add: every required field that the form does not fill in by itself
    await open_form_by(user, 'tambah')
    for field_name in writable(spec):
        if field_name in values:
            continue
        current = element(user, field_name).value
        if required(spec, field_name) and current in (None, '', []):
            values[field_name] = await generic_value(spec, field_name)
    for field_name, value in values.items():
        if field_name in writable(spec) and not element(user, field_name).props.get('readonly'):
            put(user, field_name, value)
    said = await submit_form(user)
    new_ids = set(await live_rows(spec.model).values_list('id', flat=True)) - before
    assert len(new_ids) == 1, f'{name} not added: {said}'
    row_id = new_ids.pop()
    row = await spec.model.get(id=row_id)
    assert row.created_by in ('kepala', 'operator')

    # see it in the grid
    shown = await until(lambda: [r for r in grid_rows(user) if r['id'] == row_id],
                        what=f'row {row_id} in the grid of {name}')

    # edit one text field through the form
    text_field = edit_field(spec)
    new_text = 'Diubah lewat formulir'[:getattr(spec.field(text_field), 'max_length', None) or 100]
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': shown[0]})
    await open_form_by(user, 'ubah')
    put(user, text_field, new_text)
    said = await submit_form(user)
    assert said == {}, f'{name}: the edit was refused: {said}'
    await row.refresh_from_db()
    assert getattr(row, text_field) == new_text
    assert row.version == 2

    # an invalid value: the message is beside the field, and nothing is saved
    bad_field, bad_text = invalid_value(spec)
    shown = next(r for r in grid_rows(user) if r['id'] == row_id)
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': shown})
    await open_form_by(user, 'ubah')
    put(user, bad_field, bad_text)
    said = await submit_form(user)
    assert bad_field in said, f'{name}.{bad_field} = {bad_text!r} was not refused: {said}'
    await row.refresh_from_db()
    assert row.version == 2
    assert getattr(row, text_field) == new_text
