"""Export of the IKM page (one period, all layanan or one) through the one writer: the NRR per
unsur, the IKM with mutu and kinerja, and the IKM per layanan, as typed numbers."""
from __future__ import annotations

from datetime import datetime

from core import access, audit, ikm, pengaduan_figures, user_files
from core.access import Action, Actor
from core.ikm import BOBOT, KONVERSI, UNSUR, LaporanIkm
from locales import t
from exports.table_export import OFFICE, exported_by
from exports.report_export import letterhead
from exports.xlsx_writer import A4, ExportColumn, PrintSetup, export_filename, write_xlsx
from forms.indonesian import WIB, format_date, format_number
from models.audit import AuditAction
from models.table import TABLES

SKM = 'skm_responden'
PRINT = PrintSetup(landscape=True, paper=A4)   # ten columns: landscape A4 is wide enough


def columns() -> list[ExportColumn]:
    """The sheet's columns, headed in the chosen language."""
    return [
        ExportColumn(t('ekspor.ikm.kolom.bagian'), 'text', 18),
        ExportColumn(t('ekspor.ikm.kolom.kode'), 'text', 8),
        ExportColumn(t('ekspor.ikm.kolom.unsur_layanan'), 'text', 45),
        ExportColumn(t('ekspor.ikm.kolom.responden'), 'int'),
        ExportColumn(t('ekspor.ikm.kolom.jumlah_nilai'), 'int'),
        ExportColumn(t('ekspor.ikm.kolom.nrr'), 'decimal'),
        ExportColumn(t('ekspor.ikm.kolom.nrr_tertimbang'), 'decimal'),
        ExportColumn(t('ekspor.ikm.kolom.nilai_ikm', konversi=KONVERSI), 'decimal'),
        ExportColumn(t('ekspor.ikm.kolom.mutu'), 'text', 8),
        ExportColumn(t('ekspor.ikm.kolom.kinerja'), 'text', 14),
    ]


def rows_of(report: LaporanIkm, layanan_nama: str) -> list[tuple]:
    """The sheet's rows: NRR and converted value per unsur, the IKM, then the IKM per layanan.
    NRR and NRR tertimbang are written unrounded (the cell format shows 2 decimals); the IKM is the
    page's value, rounded once to 2 decimals."""
    total = report.total
    if total is None:
        return []
    rows: list[tuple] = []
    unsur, semua, per_layanan = t('ekspor.ikm.bagian.unsur'), t('ekspor.ikm.bagian.ikm'), t('ekspor.ikm.bagian.layanan')
    for code, nama in UNSUR.items():
        mutu = total.mutu_unsur(code)
        rows.append((unsur, code.upper(), nama, total.tally.dijawab[code], total.tally.jumlah[code],
                     float(total.nrr[code]), float(total.nrr[code] * BOBOT), total.nilai_unsur(code),
                     mutu.huruf, mutu.kinerja))
    rows.append((semua, '', layanan_nama, total.responden, None, None, float(ikm.ikm_unit(total.nrr)), total.ikm,
                 total.mutu.huruf, total.mutu.kinerja))
    for item in report.per_layanan:
        hasil = item.hasil
        rows.append((per_layanan, '', item.nama, hasil.responden, None, None, float(ikm.ikm_unit(hasil.nrr)),
                     hasil.ikm, hasil.mutu.huruf, hasil.mutu.kinerja))
    return rows


def rtl_rows(plans: list) -> list[tuple]:
    """The period's rencana tindak lanjut under the IKM: its unsur's code and name, then what, by when,
    who and its status in one text cell (the order of an SKM report's RTL table)."""
    bagian = t('pengaduan.rtl.bagian')
    return [(bagian, plan.unsur.name if plan.unsur else '', t('pengaduan.rtl.baris', kegiatan=plan.kegiatan,
             penanggung_jawab=plan.penanggung_jawab, batas=format_date(plan.batas_waktu), status=plan.status.value),
             None, None, None, None, None, plan.unsur.value.split(' ', 1)[1] if plan.unsur else '', None)
            for plan in plans]


async def export_ikm(actor: Actor, periode: ikm.Periode, layanan_id: int | None = None,
                     layanan_nama: str | None = None,
                     report_format: bool = False) -> tuple[user_files.UserFile, LaporanIkm]:
    """Write the xlsx of the IKM of this period, as a file for this actor only; the role matrix is
    asked again here."""
    access.require(actor, Action.EKSPOR, TABLES[SKM])
    layanan_nama = layanan_nama or t('ekspor.ikm.semua_layanan')
    report = await ikm.laporan(periode, layanan_id)
    now = datetime.now(WIB)
    rows = rows_of(report, layanan_nama) + rtl_rows(await pengaduan_figures.rtl_of(periode))
    angka = await pengaduan_figures.angka_pengaduan(periode)

    async def chunks():
        if rows:
            yield rows

    kop = await letterhead(now.date()) if report_format else None
    with user_files.new(actor.user_id, export_filename(f'ikm {periode.label}', now.replace(tzinfo=None))) as made:
        await write_xlsx(
            made.path, sheet_title=t('ekspor.ikm.lembar'), title=t('ekspor.ikm.judul', periode=periode.label),
            subtitle_lines=[
                OFFICE,
                t('ekspor.ikm.periode', periode=periode.label, awal=format_date(periode.awal),
                  akhir=format_date(periode.akhir), layanan=layanan_nama),
                t('ekspor.ikm.metode', konversi=KONVERSI),
                t('pengaduan.u8.ringkas_tanpa_nilai', periode=periode.label, diterima=format_number(angka.diterima),
                  selesai=format_number(angka.selesai), tepat_waktu=format_number(angka.tepat_waktu)),
                exported_by(actor, now),
            ],
            columns=columns(), chunks=chunks(), letterhead=kop, print_setup=PRINT)
    total = report.total
    await audit.record(actor.username, AuditAction.EKSPOR, table=SKM,
                       note=t('ekspor.catatan.ikm', periode=periode.label, layanan=layanan_nama,
                              hasil=t('ekspor.catatan.ikm_hasil', ikm=format_number(total.ikm, 2),
                                      n=format_number(total.responden)) if total
                              else t('ekspor.catatan.ikm_tanpa_responden')))
    return made, report
