"""The laporan tahunan layanan informasi publik of the PPID pelaksana kecamatan for one year, as an
xlsx: the figures UU 14/2008 Pasal 12 asks to publish every year (the number of requests, the time
taken to answer them, how many were granted and refused, and the reasons of refusal) and the
rincian layanan and rincian penyelesaian sengketa of Perki 1/2021 Pasal 56 (as read in reports of
it: spiritsumbar.com/standar-layanan-informasi-publik; the detailed items as regulations built on
the Perki list them, e.g. Peraturan Ombudsman 46/2020 Pasal 31, pasal.id): jumlah keberatan, their
tanggapan, and the sengketa taken to the Komisi Informasi. The narrative parts of the report
(kebijakan, sarana, SDM, anggaran, kendala, rekomendasi) are the PPID's own writing, not data the
panel keeps, and are left out.

A year is a few dozen requests: the rows are read at once and counted here; the workbook is
written on a worker thread with plain xlsxwriter, as the BMD cards are (exports/bmd_reports.py).
"""
from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime
from fractions import Fraction
from pathlib import Path

import xlsxwriter

from core import access, audit, user_files
from core.access import Action, Actor
from core.visible_rows import visible_rows
from exports.report_export import letterhead
from exports.xlsx_writer import PrintSetup, A4, apply_print_setup, export_filename
from forms.indonesian import WIB, format_number
from locales import t
from models.audit import AuditAction
from models.ppid import AlasanKeberatan, AlasanPenolakan, Keputusan, KeputusanAtasan, KeberatanInformasi, \
    PermohonanInformasi, TanggapanPemohon

PORTRAIT_A4 = PrintSetup(landscape=False, paper=A4)   # two columns: a portrait page


async def report_sections(actor: Actor, tahun: int) -> list[tuple[str, list[tuple[str, int | float]]]]:
    """The report's figures: (section heading, [(uraian, jumlah)]) for the requests received in
    `tahun` and the keberatan received in it."""
    permohonan_spec, keberatan_spec = PermohonanInformasi.panel, KeberatanInformasi.panel
    access.require(actor, Action.EKSPOR, permohonan_spec)
    access.require(actor, Action.LIHAT, keberatan_spec)
    rows = await visible_rows(actor, permohonan_spec, tahun=tahun)
    keputusan = Counter(row.keputusan and Keputusan(row.keputusan) for row in rows)
    alasan = Counter(AlasanPenolakan(row.alasan_penolakan) for row in rows if row.alasan_penolakan)
    answered = [(row, row.hari_kerja_jawab()) for row in rows if row.keputusan and row.tanggal_pemberitahuan]
    days = [d for _, d in answered]
    on_time = sum(1 for row, _ in answered if row.tanggal_pemberitahuan <= row.batas_awal())
    extended = sum(1 for row, _ in answered if row.batas_awal() < row.tanggal_pemberitahuan <= row.batas_waktu)
    late = len(answered) - on_time - extended
    average = float(round(Fraction(sum(days), len(days)), 1)) if days else 0
    layanan = [
        (t('ppid.laporan.jumlah_permohonan'), len(rows)),
        (t('ppid.laporan.dikabulkan_seluruhnya'), keputusan[Keputusan.SELURUHNYA]),
        (t('ppid.laporan.dikabulkan_sebagian'), keputusan[Keputusan.SEBAGIAN]),
        (t('ppid.laporan.ditolak'), keputusan[Keputusan.DITOLAK]),
        (t('ppid.laporan.belum_diputus'), keputusan[None]),
    ]
    waktu = [
        (t('ppid.laporan.dijawab_tepat'), on_time),
        (t('ppid.laporan.dijawab_perpanjangan'), extended),
        (t('ppid.laporan.dijawab_terlambat'), late),
        (t('ppid.laporan.diperpanjang'), sum(1 for row in rows if row.tanggal_perpanjangan)),
        (t('ppid.laporan.rata_rata'), average),
        (t('ppid.laporan.terlama'), max(days, default=0)),
    ]
    penolakan = [(reason.value, alasan[reason]) for reason in AlasanPenolakan]
    keberatan = await visible_rows(actor, keberatan_spec, tahun=tahun)
    grounds = Counter(AlasanKeberatan(row.alasan) for row in keberatan)
    decided = Counter(KeputusanAtasan(row.keputusan_atasan) for row in keberatan if row.keputusan_atasan)
    sengketa = [
        (t('ppid.laporan.jumlah_keberatan'), len(keberatan)),
        *((ground.value, grounds[ground]) for ground in AlasanKeberatan),
        (t('ppid.laporan.keberatan_ditanggapi'), sum(1 for row in keberatan if row.tanggal_tanggapan)),
        *((decision.value, decided[decision]) for decision in KeputusanAtasan),
        (t('ppid.laporan.sengketa'), sum(1 for row in keberatan if row.tanggapan_pemohon == TanggapanPemohon.SENGKETA)),
    ]
    return [(t('ppid.laporan.bagian_layanan'), layanan), (t('ppid.laporan.bagian_waktu'), waktu),
            (t('ppid.laporan.bagian_penolakan'), penolakan), (t('ppid.laporan.bagian_sengketa'), sengketa)]


def write_report(path: Path, kop: tuple[str, ...], title: str, subtitle: str,
                 sections: list[tuple[str, list[tuple[str, int | float]]]], signature: tuple[str, ...]) -> None:
    """The workbook: kop, title, then per section its heading and its lines of uraian and jumlah."""
    wb = xlsxwriter.Workbook(str(path), {'strings_to_formulas': False, 'strings_to_urls': False,
                                         'strings_to_numbers': False})
    centre = {'align': 'center', 'valign': 'vcenter'}
    head = wb.add_format({'bold': True, 'border': 1, 'bg_color': '#D9E1F2', **centre})
    section = wb.add_format({'bold': True, 'border': 1})
    text = wb.add_format({'border': 1, 'text_wrap': True, 'valign': 'top'})
    number = wb.add_format({'border': 1, 'valign': 'top', 'num_format': '#,##0.#'})
    ws = wb.add_worksheet(t('ppid.laporan.sheet'))
    ws.set_column(0, 0, 70)
    ws.set_column(1, 1, 14)
    for i, line in enumerate(kop):
        ws.merge_range(i, 0, i, 1, line, wb.add_format({'bold': True, **centre, 'font_size': 14 if i < 2 else 11,
                                                        **({'bottom': 6} if i == len(kop) - 1 else {})}))
    ws.merge_range(len(kop) + 1, 0, len(kop) + 1, 1, title, wb.add_format({'bold': True, 'font_size': 13, **centre}))
    ws.merge_range(len(kop) + 2, 0, len(kop) + 2, 1, subtitle, wb.add_format(centre))
    top = len(kop) + 4
    ws.write_string(top, 0, t('ppid.laporan.uraian'), head)
    ws.write_string(top, 1, t('ppid.laporan.jumlah'), head)
    r = top + 1
    for heading, lines in sections:
        ws.merge_range(r, 0, r, 1, heading, section)
        r += 1
        for label, value in lines:
            ws.write_string(r, 0, label, text)
            ws.write_number(r, 1, value, number)
            r += 1
    for i, line in enumerate(signature, start=r + 1):
        ws.write_string(i, 1, line)
    apply_print_setup(ws, PORTRAIT_A4, (top, top))
    wb.close()


async def export_laporan_tahunan(actor: Actor, tahun: int) -> tuple[user_files.UserFile, int]:
    """The laporan tahunan layanan informasi publik of `tahun` in the actor's downloads; returns the
    file and the number of requests it counts."""
    sections = await report_sections(actor, tahun)
    count = sections[0][1][0][1]
    now = datetime.now(WIB)
    kop = await letterhead(now.date())
    title = t('ppid.laporan.judul', tahun=tahun)
    subtitle = t('ppid.laporan.subjudul', kantor=kop.lines[1], awal=f'01/01/{tahun}', akhir=f'31/12/{tahun}')
    name = export_filename(t('ppid.laporan.berkas', tahun=tahun), now.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await asyncio.to_thread(write_report, made.path, kop.lines, title, subtitle, sections, kop.signature)
    await audit.record(actor.username, AuditAction.EKSPOR, table=PermohonanInformasi.panel.name,
                       note=t('ppid.laporan.catatan', tahun=tahun, n=format_number(count)))
    return made, count

