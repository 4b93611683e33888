"""The Kartu Kendali of a surat masuk or a surat keluar: the records-control card of the tata
kearsipan's card system (pola kartu kendali), which the clerk fills in three sheets, one for the
agenda in place of a book, one kept by who directs the letter, one that goes with the letter to the
unit that handles it and comes back initialled as the receipt.

Layout and where it comes from (docs/design.md, "Cetak (issue #18)"). The tata kearsipan of
Kemendagri and the Pemda (Permendagri 78/2012) names the card; its lampiran on the card was not
reachable here, so the fields follow published copies of the card and its filling instructions:
- the fields of a filled card, in this order: Indeks, Tgl., No. Urut, M/K, Kode, Isi Ringkas,
  Lampiran, Tgl. Surat, No. Surat, Dari, Kepada, Pe(ngolah) ..., on a card of 10 x 15 cm in three
  sheets (http://admininstrasi-perkantoran.blogspot.com/2012/11/pengurusan-surat-dengan-sistem-kartu.html);
- the instructions: M or K marked for a surat masuk or keluar; Indeks the subject and Kode the code
  of the klasifikasi; No. Urut the agenda number (https://kejuruan.porosilmu.com/2015/05/pengurusan-surat-masuk-sistem-kartu.html);
- how the sheets move: sheet I replaces the agenda book and goes to the penata arsip; sheet II
  stays with the pengarah, who fills Indeks, Kode and Pengolah and files it in the card box; sheet
  III goes with the letter to the unit pengolah and is initialled (Paraf) as the receipt
  (https://online.flipbuilder.com/qkgp/oxkw/files/basic-html/page73.html).
The sheets are told apart by their colour (white, yellow, red, or as the office chooses: the copies
disagree); the panel prints them on plain paper and names each sheet and where it goes. A Catatan
line, as the common card has, takes the surat keluar's keterangan.

What each field holds: Indeks and Kode the letter's klasifikasi arsip (Permendagri 83/2022); Tgl.
the day it was recorded (received, or the surat keluar's date); No. Urut the agenda number or the
surat keluar's nomor urut; Dari/Kepada the sender and the addressee; Pengolah, for a surat masuk,
whom the first disposisi sends it to (blank to fill by hand when none is made yet or the person may
not see the disposisi).
"""
from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from core import access
from core.access import Action, Actor
from core.visible_rows import visible_rows
from exports.pdf_parts import F4, GRID, SMALL, TITLE, Sheet, boxed, para, stem, text
from forms.indonesian import format_date
from locales import t
from models.persuratan import Disposisi, SuratKeluar, SuratMasuk
from models.reference import KlasifikasiArsip
from models.table import TABLES

CARD_WIDTH = 150 * mm          # the card is 10 x 15 cm, printed lying down
SHEETS = ('I', 'II', 'III')    # three sheets of one card, each with its own way (cetak.kartu_kendali.lembar.*)


def cell(label_key: str, value: object, *, bold: bool = False, room: float = 0) -> list:
    """A card field: its printed name small above, the value below, and `room` more to write in by
    hand (the cell still grows with a long value)."""
    shown = '' if value in ('', None) else text(value)   # a blank is left to fill by hand
    if bold and shown:
        shown = f'<b>{shown}</b>'
    parts = [para(f'<font size=7>{escape(t(f"cetak.kartu_kendali.{label_key}"))}</font>', SMALL), para(shown)]
    return parts + [Spacer(1, room)] if room else parts


def card(sheet: str, fields: dict[str, object]) -> KeepTogether:
    """One sheet of the card: the heading with the sheet's number and way, then the fields in the
    card's order in a ruled grid of four columns."""
    w = CARD_WIDTH / 4
    heading = Table([[para(f'<b>{escape(t("cetak.kartu_kendali.judul"))}</b>', TITLE),
                      para(f'<b>{escape(t("cetak.kartu_kendali.lembar_ke", lembar=sheet))}</b><br/>'
                           f'<font size=7>{escape(t(f"cetak.kartu_kendali.lembar.{sheet}"))}</font>', SMALL)]],
                    colWidths=[CARD_WIDTH * 0.55, CARD_WIDTH * 0.45])
    heading.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    rows = [   # the card's order: Indeks, Tgl., No. Urut, M/K, Kode, Isi Ringkas, Lampiran, Tgl. Surat,
        # No. Surat, Dari, Kepada, Pengolah, then the Paraf and Catatan to fill by hand
        [cell('indeks', fields['indeks']), '', cell('tanggal', fields['tanggal']),
         cell('no_urut', fields['no_urut'], bold=True)],
        [cell('mk', fields['mk'], bold=True), cell('kode', fields['kode'], bold=True), '', ''],
        [cell('isi_ringkas', fields['isi_ringkas'], room=5 * mm), '', '', cell('lampiran', fields['lampiran'])],
        [cell('tanggal_surat', fields['tanggal_surat']), cell('nomor_surat', fields['nomor_surat']), '', ''],
        [cell('dari', fields['dari']), '', cell('kepada', fields['kepada']), ''],
        [cell('pengolah', fields['pengolah'], room=3 * mm), '', cell('paraf', ''), ''],
        [cell('catatan', fields['catatan'], room=4 * mm), '', '', ''],
    ]
    spans = [('SPAN', (0, 0), (1, 0)), ('SPAN', (1, 1), (3, 1)), ('SPAN', (0, 2), (2, 2)), ('SPAN', (1, 3), (3, 3)),
             ('SPAN', (0, 4), (1, 4)), ('SPAN', (2, 4), (3, 4)), ('SPAN', (0, 5), (1, 5)), ('SPAN', (2, 5), (3, 5)),
             ('SPAN', (0, 6), (3, 6))]
    grid = boxed(rows, [w] * 4, spans)
    return KeepTogether([heading, Spacer(1, 1 * mm), grid])


def page(fields: dict[str, object], filename: str) -> Sheet:
    """The three sheets of the card on one F4 page, with room to cut between them."""
    story: list = []
    for number, sheet in enumerate(SHEETS):
        if number:
            story.append(Spacer(1, 4 * mm))
            story.append(_cut_line())
            story.append(Spacer(1, 4 * mm))
        story.append(card(sheet, fields))
    return story, filename, F4, t('cetak.kartu_kendali.judul')


def _cut_line() -> Table:
    line = Table([['']], colWidths=[CARD_WIDTH], rowHeights=[1])
    line.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, -1), 0.4, GRID, None, (2, 2))]))
    return line


async def _klasifikasi(klasifikasi_id: int | None) -> tuple[str, str]:
    row = await KlasifikasiArsip.get_or_none(id=klasifikasi_id) if klasifikasi_id else None
    return (row.nama, row.kode) if row else ('', '')


async def kartu_kendali_masuk(actor: Actor, surat: SuratMasuk, office: dict[str, str], today: date) -> Sheet:
    indeks, kode = await _klasifikasi(surat.klasifikasi_id)
    pengolah = ''
    if access.can(actor, Action.LIHAT, TABLES['disposisi']):
        first = await visible_rows(actor, Disposisi.panel, surat_masuk_id=surat.id).order_by('tanggal', 'id').first()
        pengolah = first.kepada_jabatan if first else ''
    fields = {'indeks': indeks, 'kode': kode, 'mk': t('cetak.kartu_kendali.masuk'),
              'tanggal': format_date(surat.tanggal_diterima), 'no_urut': f'{surat.no_agenda}/{surat.tahun}',
              'isi_ringkas': surat.perihal, 'lampiran': surat.jumlah_lampiran or '-', 'dari': surat.asal_surat,
              'kepada': surat.ditujukan_kepada or office['jabatan_penandatangan'],
              'tanggal_surat': format_date(surat.tanggal_surat), 'nomor_surat': surat.nomor_surat,
              'pengolah': pengolah, 'catatan': ''}
    return page(fields, f'{stem("kartu_kendali_masuk", surat.no_agenda, surat.tahun)}.pdf')


async def kartu_kendali_keluar(actor: Actor, surat: SuratKeluar, office: dict[str, str], today: date) -> Sheet:
    indeks, kode = await _klasifikasi(surat.klasifikasi_id)
    fields = {'indeks': indeks, 'kode': kode, 'mk': t('cetak.kartu_kendali.keluar'),
              'tanggal': format_date(surat.tanggal_surat), 'no_urut': f'{surat.nomor_urut}/{surat.tahun}',
              'isi_ringkas': surat.perihal, 'lampiran': surat.lampiran or '-', 'dari': surat.penandatangan,
              'kepada': surat.tujuan, 'tanggal_surat': format_date(surat.tanggal_surat),
              'nomor_surat': surat.nomor_surat, 'pengolah': '', 'catatan': surat.keterangan or ''}
    return page(fields, f'{stem("kartu_kendali_keluar", surat.nomor_urut, surat.tahun)}.pdf')
