"""Report-format Excel: the office's own registers (Buku Agenda, Buku Ekspedisi, KIB, register
layanan) with the kop, a title, the period and the Camat's signature block, through the one writer
with typed cells. Every one prints as the office keeps its books (xlsx_writer.BOOK): landscape F4,
one page wide, the column headings on every page, page numbers in the footer."""
from __future__ import annotations

from datetime import date, datetime

from core import access, audit, user_files
from core.access import Action, Actor
from core.listing import ListQuery, export_chunks
from core.office import office_settings
from locales import t
from exports.xlsx_writer import BOOK, ExportColumn, Letterhead, export_filename, write_xlsx
from forms.fields import kind_of
from forms.indonesian import WIB, format_long_date, format_number
from models.audit import AuditAction
from models.table import TableSpec, report_columns

# the tables kept as an office register; each title is ekspor.judul_laporan.<table>
REPORTS = {name: t(f'ekspor.judul_laporan.{name}') for name in (
    'surat_masuk', 'surat_keluar', 'ekspedisi_surat_keluar', 'kib_a_tanah', 'kib_b_peralatan_mesin', 'kib_c_gedung_bangunan',
    'kib_d_jalan_irigasi_jaringan', 'kib_e_aset_tetap_lainnya', 'kib_f_konstruksi_dalam_pengerjaan',
    'permohonan_informasi',
    'register_layanan', 'pengaduan', 'pegawai', 'ruangan', 'kartu_pemeliharaan', 'prioritas_kecamatan')}
DUK_TABLE = 'pegawai'   # its report is the Daftar Urut Kepangkatan (exports/duk_report.py)
KIB_CARDS = ('kib_a_tanah', 'kib_b_peralatan_mesin', 'kib_c_gedung_bangunan', 'kib_d_jalan_irigasi_jaringan',
             'kib_e_aset_tetap_lainnya', 'kib_f_konstruksi_dalam_pengerjaan')   # exports/bmd_reports.py
KIR_TABLE = 'ruangan'   # its report is the Kartu Inventaris Ruangan of each room
PEMELIHARAAN_TABLE = 'kartu_pemeliharaan'   # one Kartu Pemeliharaan per barang
PRIORITAS_TABLE = 'prioritas_kecamatan'     # Tabel T-D.4 of Permendagri 86/2017 (exports/musrenbang_report.py)
# the reports printed as a register of the table's columns (export_report's own layout below), as
# opposed to a card or list in a regulation's fixed layout: only these print an added column, when
# the administrator marked it "Tampil di format laporan" (TableSpec.off_report)
REGISTERS = tuple(name for name in REPORTS
                  if name not in (DUK_TABLE, KIR_TABLE, PEMELIHARAAN_TABLE, PRIORITAS_TABLE, *KIB_CARDS))


async def letterhead(today: date) -> Letterhead:
    office = await office_settings()
    signer = [t('ekspor.tanda_tangan.tempat_tanggal', tempat=office['tempat'], tanggal=format_long_date(today)),
              office['jabatan_penandatangan'], '', '', '',
              office['camat_nama'] or t('ekspor.tanda_tangan.nama_kosong')]
    if office['camat_pangkat']:
        signer.append(office['camat_pangkat'])
    signer.append(t('ekspor.tanda_tangan.nip', nip=office['camat_nip']) if office['camat_nip']
                  else t('ekspor.tanda_tangan.nip_kosong'))
    return Letterhead(lines=(office['pemerintah'], office['kantor'], office['alamat']), signature=tuple(signer))


def period_text(spec: TableSpec, query: ListQuery) -> str:
    """The period of a report: the range of its first date filter, or 'Semua periode'."""
    for name, value in query.filters.items():
        if name in spec.fields_map and kind_of(spec.field(name)).name == 'date' and isinstance(value, tuple):
            low, high = value
            if low and high:
                return t('ekspor.periode.rentang', awal=format_long_date(low), akhir=format_long_date(high))
            if low:
                return t('ekspor.periode.sejak', awal=format_long_date(low))
            if high:
                return t('ekspor.periode.sampai', akhir=format_long_date(high))
    return t('ekspor.periode.semua')


async def export_report(spec: TableSpec, actor: Actor, query: ListQuery,
                        on_progress=None) -> tuple[user_files.UserFile, int]:
    if spec.name == DUK_TABLE:
        from exports.duk_report import export_duk   # here: the DUK imports this module's kop
        return await export_duk(actor, on_progress=on_progress)
    if spec.name == KIR_TABLE:
        from exports.bmd_reports import export_kir   # one Kartu Inventaris Ruangan per room
        return await export_kir(spec, actor, query, on_progress=on_progress)
    if spec.name == PEMELIHARAAN_TABLE:
        from exports.bmd_reports import export_pemeliharaan
        return await export_pemeliharaan(spec, actor, query, on_progress=on_progress)
    if spec.name == PRIORITAS_TABLE:
        from exports.musrenbang_report import export_prioritas   # Tabel T-D.4 of Permendagri 86/2017
        return await export_prioritas(spec, actor, query, on_progress=on_progress)
    if spec.name in KIB_CARDS:
        from exports.bmd_reports import export_kib   # the KIB cards in their own layout
        return await export_kib(spec, actor, query, on_progress=on_progress)
    access.require(actor, Action.EKSPOR, spec)
    now = datetime.now(WIB)
    names = ['_no', *report_columns(spec)]
    columns = [ExportColumn(t('ekspor.laporan.nomor_urut'), 'int', 6)]
    columns += [ExportColumn(spec.label_of(n), kind_of(spec.field(n)).export) for n in names[1:]]

    async def numbered():
        counter = 0
        async for chunk in export_chunks(spec, actor, query, names[1:]):
            rows = []
            for row in chunk:
                counter += 1
                rows.append((counter, *row))
            yield rows

    kop = await letterhead(now.date())
    name = export_filename(t('ekspor.berkas.laporan', tabel=spec.name), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        count = await write_xlsx(made.path, sheet_title=spec.label, title=REPORTS.get(spec.name, spec.label.upper()),
                                 subtitle_lines=[period_text(spec, query)], columns=columns, chunks=numbered(),
                                 on_progress=on_progress, letterhead=kop, print_setup=BOOK)
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name,
                       note=t('ekspor.catatan.laporan', jenis=t('common.format_laporan'), n=format_number(count)))
    return made, count
