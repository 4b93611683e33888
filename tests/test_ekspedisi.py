"""Issue #14: the Buku Ekspedisi of surat keluar: sent when, to whom, by what means, received by whom
and when; its rules, the letter that becomes Dikirim, and its report with kop, period and signature."""
from __future__ import annotations

from core import records
from models.persuratan import StatusSuratKeluar, SuratKeluar
from models.reference import KlasifikasiArsip
from models.table import TABLES
from tests.rules_lane import UMUM, actor, refused, save
from tests.rules_lane import lane_db  # noqa: F401


async def signed_letter(who, status: str = 'Ditandatangani') -> SuratKeluar:
    kode = await KlasifikasiArsip.get(kode='400.10.2.2')
    result = await save('surat_keluar', who, {'tanggal_surat': '10/02/2026', 'tujuan': 'Kepala Desa Jarit',
                                              'perihal': 'Pembinaan', 'penandatangan': 'Camat Candipuro',
                                              'klasifikasi': kode.id, 'status': status,
                                              'keterangan': 'Salah tujuan' if status == 'Batal' else ''})
    assert result.ok, result.errors
    return result.row


async def test_an_ekspedisi_entry_and_the_letter_becomes_dikirim(lane_db):
    staf = await actor(f'Staf {UMUM}')
    surat = await signed_letter(staf)
    result = await save('ekspedisi_surat_keluar', staf, {
        'surat_keluar': surat.id, 'tanggal_kirim': '11/02/2026', 'tujuan': 'Kepala Desa Jarit',
        'sarana': 'Diantar Caraka/Kurir', 'petugas': 'Suparman', 'nama_penerima': 'Siti Aminah',
        'tanggal_terima': '11/02/2026', 'keterangan': 'Paraf ada'})
    assert result.ok, result.errors
    stored = await SuratKeluar.get(id=surat.id)
    assert stored.status == StatusSuratKeluar.DIKIRIM and stored.version == surat.version + 1
    assert TABLES['surat_keluar'].children == ('ekspedisi_surat_keluar',)


async def test_ekspedisi_rules(lane_db):
    staf = await actor(f'Staf {UMUM}')
    surat = await signed_letter(staf)
    base = {'surat_keluar': surat.id, 'tanggal_kirim': '11/02/2026', 'tujuan': 'Kepala Desa Jarit'}
    refused(await save('ekspedisi_surat_keluar', staf, {**base, 'tanggal_kirim': '09/02/2026'}), 'tanggal_kirim',
            'Tanggal kirim tidak boleh sebelum tanggal surat.')
    refused(await save('ekspedisi_surat_keluar', staf, {**base, 'tanggal_terima': '10/02/2026', 'nama_penerima': 'Siti'}),
            'tanggal_terima', 'Tanggal terima tidak boleh sebelum tanggal kirim.')
    refused(await save('ekspedisi_surat_keluar', staf, {**base, 'tanggal_terima': '12/02/2026'}), 'nama_penerima',
            'Isi nama penerima surat.')
    batal = await signed_letter(staf, 'Batal')
    refused(await save('ekspedisi_surat_keluar', staf, {**base, 'surat_keluar': batal.id}), 'surat_keluar',
            f'Surat {batal.nomor_surat} sudah batal dan tidak dikirim.')
    assert (await SuratKeluar.get(id=surat.id)).status == StatusSuratKeluar.DITANDATANGANI


async def test_deleting_the_letter_takes_its_ekspedisi_along(lane_db):
    kepala = await actor(f'Kepala {UMUM}')
    surat = await signed_letter(kepala)
    sent = (await save('ekspedisi_surat_keluar', kepala, {'surat_keluar': surat.id, 'tanggal_kirim': '11/02/2026',
                                                          'tujuan': 'Desa Jarit'})).row
    assert (await records.delete(TABLES['surat_keluar'], kepala, surat.id)).ok
    from models.persuratan import Ekspedisi
    assert (await Ekspedisi.get(id=sent.id)).deleted_at is not None


async def test_the_buku_ekspedisi_report_with_kop_period_and_signature(lane_db):
    from datetime import date, datetime

    import openpyxl

    from core.listing import ListQuery
    from exports.report_export import export_report
    kepala = await actor(f'Kepala {UMUM}')
    surat = await signed_letter(kepala)
    for kirim, penerima in (('11/02/2026', 'Siti Aminah'), ('02/03/2026', 'Di luar periode')):
        assert (await save('ekspedisi_surat_keluar', kepala, {
            'surat_keluar': surat.id, 'tanggal_kirim': kirim, 'tujuan': 'Kepala Desa Jarit', 'sarana': 'Pos',
            'nama_penerima': penerima, 'tanggal_terima': kirim})).ok
    query = ListQuery(filters={'tanggal_kirim': (date(2026, 2, 1), date(2026, 2, 28))})
    made, count = await export_report(TABLES['ekspedisi_surat_keluar'], kepala, query)
    values = [[c.value for c in row] for row in openpyxl.load_workbook(made.path).active.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert count == 1 and 'BUKU EKSPEDISI SURAT KELUAR' in flat
    assert 'Periode: 1 Februari 2026 s.d. 28 Februari 2026' in flat
    header = next(i for i, row in enumerate(values) if row[0] == 'No.')
    assert values[header][1:9] == ['Tanggal Kirim', 'Nomor Surat', 'Tujuan', 'Sarana Pengiriman', 'Petugas Pengirim',
                                   'Nama Penerima', 'Tanggal Terima', 'Paraf/Keterangan']
    row = values[header + 1]
    assert row[0] == 1 and isinstance(row[1], datetime) and row[2] == surat.nomor_surat and row[6] == 'Siti Aminah'
    assert 'Di luar periode' not in flat and 'CAMAT CANDIPURO' in flat
