"""Export of the IKM page (one period, all layanan or one) through the one writer: the NRR per
unsur, the IKM with mutu and kinerja, and the IKM per layanan, as typed numbers."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core import access, audit, ikm
from core.access import Action, Actor
from core.ikm import BOBOT, KONVERSI, UNSUR, LaporanIkm
from exports.table_export import OFFICE, exports_dir
from exports.report_export import letterhead
from exports.xlsx_writer import ExportColumn, export_filename, write_xlsx
from forms.indonesian import WIB, format_date, format_datetime
from models.audit import AuditAction
from models.table import TABLES

SKM = 'skm_responden'
COLUMNS = [
    ExportColumn('Bagian', 'text', 18),
    ExportColumn('Kode', 'text', 8),
    ExportColumn('Unsur / Layanan', 'text', 45),
    ExportColumn('Responden', 'int'),
    ExportColumn('Jumlah Nilai', 'int'),
    ExportColumn('NRR', 'decimal'),
    ExportColumn('NRR Tertimbang (× 1/9)', 'decimal'),
    ExportColumn('Nilai IKM (× 25)', 'decimal'),
    ExportColumn('Mutu', 'text', 8),
    ExportColumn('Kinerja', 'text', 14),
]


def rows_of(report: LaporanIkm, layanan_nama: str) -> list[tuple]:
    """The sheet's rows: NRR and converted value per unsur, the IKM, then the IKM per layanan.
    NRR and NRR tertimbang are written unrounded (the cell format shows 2 decimals); the IKM is the
    page's value, rounded once to 2 decimals."""
    total = report.total
    if total is None:
        return []
    rows: list[tuple] = []
    for code, nama in UNSUR.items():
        mutu = total.mutu_unsur(code)
        rows.append(('NRR per unsur', code.upper(), nama, total.tally.dijawab[code], total.tally.jumlah[code],
                     float(total.nrr[code]), float(total.nrr[code] * BOBOT), total.nilai_unsur(code),
                     mutu.huruf, mutu.kinerja))
    rows.append(('IKM', '', layanan_nama, total.responden, None, None, float(ikm.ikm_unit(total.nrr)), total.ikm,
                 total.mutu.huruf, total.mutu.kinerja))
    for item in report.per_layanan:
        hasil = item.hasil
        rows.append(('IKM per layanan', '', item.nama, hasil.responden, None, None, float(ikm.ikm_unit(hasil.nrr)),
                     hasil.ikm, hasil.mutu.huruf, hasil.mutu.kinerja))
    return rows


async def export_ikm(actor: Actor, periode: ikm.Periode, layanan_id: int | None = None,
                     layanan_nama: str = 'Semua layanan', report_format: bool = False) -> tuple[Path, LaporanIkm]:
    """Write the xlsx of the IKM of this period; the role matrix is asked again here."""
    access.require(actor, Action.EKSPOR, TABLES[SKM])
    report = await ikm.laporan(periode, layanan_id)
    now = datetime.now(WIB)
    path = exports_dir() / export_filename(f'ikm {periode.label}', now.replace(tzinfo=None))
    rows = rows_of(report, layanan_nama)

    async def chunks():
        if rows:
            yield rows

    await write_xlsx(
        path, sheet_title='IKM', title=f'Indeks Kepuasan Masyarakat · {periode.label}',
        subtitle_lines=[
            OFFICE,
            f'Periode: {periode.label} ({format_date(periode.awal)}–{format_date(periode.akhir)}); layanan: {layanan_nama}',
            'Metode PermenPAN-RB 14/2017: NRR = jumlah nilai / jumlah jawaban; IKM = Σ (NRR × 1/9) × '
            f'{KONVERSI}, dibulatkan 2 desimal hanya di akhir.',
            f'Diekspor: {format_datetime(now)} oleh {actor.username}',
        ],
        columns=COLUMNS, chunks=chunks(),
        letterhead=await letterhead(now.date()) if report_format else None)
    await audit.record(actor.username, AuditAction.EKSPOR, table=SKM,
                       note=f'IKM {periode.label}, {layanan_nama}: '
                            + (f'{report.total.ikm} ({report.total.responden} responden)' if report.total else 'tanpa responden'))
    return path, report
