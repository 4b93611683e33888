"""Report-format Excel: the office's own registers (Buku Agenda, KIB, register layanan) with the kop,
a title, the period and the Camat's signature block, through the one writer with typed cells."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from core import access, audit
from core.access import Action, Actor
from core.listing import ListQuery, export_chunks
from core.office import office_settings
from exports.table_export import export_columns, exports_dir
from exports.xlsx_writer import ExportColumn, Letterhead, export_filename, write_xlsx
from forms.fields import kind_of
from forms.indonesian import WIB, format_long_date
from models.audit import AuditAction
from models.table import TableSpec

REPORTS = {   # table -> title of the office's register
    'surat_masuk': 'BUKU AGENDA SURAT MASUK',
    'surat_keluar': 'BUKU AGENDA SURAT KELUAR',
    'kib_a_tanah': 'KARTU INVENTARIS BARANG (KIB) A — TANAH',
    'kib_b_peralatan_mesin': 'KARTU INVENTARIS BARANG (KIB) B — PERALATAN DAN MESIN',
    'kib_c_gedung_bangunan': 'KARTU INVENTARIS BARANG (KIB) C — GEDUNG DAN BANGUNAN',
    'kib_d_jalan_irigasi_jaringan': 'KARTU INVENTARIS BARANG (KIB) D — JALAN, IRIGASI DAN JARINGAN',
    'kib_e_aset_tetap_lainnya': 'KARTU INVENTARIS BARANG (KIB) E — ASET TETAP LAINNYA',
    'kib_f_konstruksi_dalam_pengerjaan': 'KARTU INVENTARIS BARANG (KIB) F — KONSTRUKSI DALAM PENGERJAAN',
    'register_layanan': 'REGISTER PELAYANAN',
}


async def letterhead(today: date) -> Letterhead:
    office = await office_settings()
    signer = [f'{office["tempat"]}, {format_long_date(today)}', office['jabatan_penandatangan'], '', '', '',
              office['camat_nama'] or '(.................................)']
    if office['camat_pangkat']:
        signer.append(office['camat_pangkat'])
    signer.append(f'NIP. {office["camat_nip"]}' if office['camat_nip'] else 'NIP. .........................')
    return Letterhead(lines=(office['pemerintah'], office['kantor'], office['alamat']), signature=tuple(signer))


def period_text(spec: TableSpec, query: ListQuery) -> str:
    """The period of a report: the range of its first date filter, or 'Semua periode'."""
    for name, value in query.filters.items():
        if kind_of(spec.field(name)).name == 'date' and isinstance(value, tuple):
            low, high = value
            if low and high:
                return f'Periode: {format_long_date(low)} s.d. {format_long_date(high)}'
            if low:
                return f'Periode: sejak {format_long_date(low)}'
            if high:
                return f'Periode: sampai {format_long_date(high)}'
    return 'Periode: semua data'


async def export_report(spec: TableSpec, actor: Actor, query: ListQuery, on_progress=None) -> tuple[Path, int]:
    access.require(actor, Action.EKSPOR, spec)
    now = datetime.now(WIB)
    names = ['_no', *export_columns(spec)]
    columns = [ExportColumn('No.', 'int', 6)] + [ExportColumn(spec.label_of(n), kind_of(spec.field(n)).export)
                                                for n in names[1:]]

    async def numbered():
        counter = 0
        async for chunk in export_chunks(spec, actor, query, names[1:]):
            rows = []
            for row in chunk:
                counter += 1
                rows.append((counter, *row))
            yield rows

    path = exports_dir() / export_filename(f'laporan_{spec.name}', now.replace(tzinfo=None))
    count = await write_xlsx(path, sheet_title=spec.label, title=REPORTS.get(spec.name, spec.label.upper()),
                             subtitle_lines=[period_text(spec, query)], columns=columns, chunks=numbered(),
                             on_progress=on_progress, letterhead=await letterhead(now.date()))
    await audit.record(actor.username, AuditAction.EKSPOR, table=spec.name, note=f'Format laporan, {count} baris')
    return path, count
