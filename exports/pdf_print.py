"""One record printed as the sheet the office keeps on paper, a PDF made with ReportLab (platypus):
the Lembar Disposisi of a surat masuk, the tanda terima of a PATEN request, the formulir of a cuti,
the Standar Pelayanan of a jenis layanan; and the Kartu Kendali of a surat masuk or keluar
(exports/kartu_kendali.py).
Each carries the kop from Data Kantor (core.office) and, where the paper has one, the Camat's
signature block. The person gets it as any other download (core.user_files, pages/downloads.py),
after the same check as the record itself: the right to see the table and the row within their scope
(core.records.load_row), so an Operator Desa never prints another desa's row.

Layouts and where they come from (docs/design.md "Cetak (issue #18)"):
- Lembar Disposisi. The text of Permendagri 1/2023 (Tata Naskah Dinas di Lingkungan Pemerintah
  Daerah) could not be read here. The layout is the model of the Pemda tata naskah dinas as
  published (e.g. https://rumahbahasaku.blogspot.com/2011/08/disposisi.html, the lampiran of a
  Perwali on tata naskah dinas after Permendagri 54/2009): the heading "LEMBAR DISPOSISI"; surat dari,
  no. surat, tgl. surat on the left and diterima tgl., no. agenda, sifat on the right; perihal;
  diteruskan kepada, with the instruction (tanggapan dan saran, proses lebih lanjut,
  koordinasi/konfirmasikan, ...); catatan; the paraf of who disposes. The published sheet is half a
  folio and is filled by hand one disposisi at a time; the panel prints every disposisi of the letter
  in one table (tanggal, dari, diteruskan kepada, isi/instruksi, batas waktu, paraf) with two empty
  lines for the next one by hand, on a whole F4 so that a long chain still fits.
- Tanda terima PATEN. Permendagri 4/2010 (PATEN) asks for a receipt of the application but gives no
  form; the sheet names what the register holds (no. registrasi, tanggal, pemohon, NIK, desa,
  layanan, batas waktu, petugas) and is signed by the petugas and the pemohon. A4. Below the
  signatures, a QR code (ReportLab's own widget) of the request's one-time SKM link and the link as
  text, so the pemohon answers the SKM on their phone (core/skm_public.py; issue #15): each print
  makes a new link and ends the earlier ones; a request already answered prints a thank-you instead.
- Formulir permintaan dan pemberian cuti. Peraturan BKN 24/2017, Lampiran, anak lampiran I.b (copies
  of the regulation: https://studylibid.com/doc/4336935/, https://www.slideshare.net/BagusCahyoJayaP/
  jenis-cuti): I data pegawai (nama, NIP, jabatan, masa kerja, unit kerja), II jenis cuti yang diambil,
  III alasan cuti, IV lamanya cuti, V catatan cuti (cuti tahunan left for N-2, N-1, N), VI alamat
  selama menjalankan cuti with the pegawai's signature, VII pertimbangan atasan langsung and VIII
  keputusan pejabat yang berwenang memberikan cuti, each as Disetujui / Perubahan / Ditangguhkan /
  Tidak Disetujui. Cuti bersama is not requested on this form; a cuti bersama row is printed under
  the six kinds. F4.

- Standar Pelayanan of a jenis layanan, as the office posts it: the 14 components of PermenPAN-RB
  15/2014 in the order and with the names of its Lampiran, in a ruled table No / Komponen / Uraian
  under two headings, A the components of the service delivery and B those of its management inside
  the office (manufacturing), as Kecamatan Porong and Krian (Sidoarjo) publish theirs (sources in
  models/pelayanan.py JenisLayanan); signed by the Camat, who sets it. F4, as the prose is long.

Text from the record is escaped before it reaches ReportLab's paragraph markup. The standard PDF
fonts (Helvetica) hold Latin-1 only; letters beyond it print as blanks.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from core import access, skm_public, user_files
from core.access import Action, Actor
from core.office import office_settings
from core.records import load_row
from core.visible_rows import visible_rows
from exports.duk_report import full_name
from exports.kartu_kendali import kartu_kendali_keluar, kartu_kendali_masuk
from exports.pdf_parts import (BASE, CENTRE, F4, GRID, PDF, SMALL, TITLE, Sheet, boxed,
                                camat_signature, field_rows, kop, para, render, signature_table, stem, text)
from forms.indonesian import WIB, format_long_date
from locales import t
from models.kepegawaian import WORKING_DAY_KINDS, Cuti, JenisCuti, KeputusanCuti, Pegawai, masa_kerja
from models.pelayanan import KOMPONEN_PENGELOLAAN, KOMPONEN_PENYAMPAIAN, JenisLayanan, RegisterLayanan
from models.persuratan import Disposisi, SuratMasuk
from models.reference import Desa, Pangkat
from models.table import TABLES, TableSpec

__all__ = ['F4', 'PDF', 'PRINTABLE', 'print_record', 'sheet_name']

# ---- the sheets ---------------------------------------------------------------------------------


async def lembar_disposisi(actor: Actor, surat: SuratMasuk, office: dict[str, str], today: date) -> Sheet:
    access.require(actor, Action.LIHAT, TABLES['disposisi'])   # the sheet is the letter's disposisi
    chain = await visible_rows(actor, Disposisi.panel, surat_masuk_id=surat.id).order_by('tanggal', 'id')
    width = F4[0] - 35 * mm
    title = t('cetak.disposisi.judul')
    sifat = text(surat.sifat)
    if surat.urgensi and str(getattr(surat.urgensi, 'value', surat.urgensi)) != 'Biasa':
        sifat += f' / {text(surat.urgensi)}'
    label = lambda key: para(f'<b>{escape(t(f"cetak.disposisi.{key}"))}</b>')   # noqa: E731
    half = width / 2
    head = boxed([
        [label('surat_dari'), para(text(surat.asal_surat)), label('diterima_tgl'), para(text(surat.tanggal_diterima))],
        [label('no_surat'), para(text(surat.nomor_surat)), label('no_agenda'),
         para(text(f'{surat.no_agenda}/{surat.tahun}'))],
        [label('tgl_surat'), para(text(surat.tanggal_surat)), label('sifat'), para(sifat)],
        [label('perihal'), para(text(surat.perihal)), '', ''],
    ], [28 * mm, half - 28 * mm, 28 * mm, half - 28 * mm],
        [('SPAN', (1, 3), (3, 3)), ('LINEAFTER', (0, 0), (0, -1), 0, colors.white),
         ('LINEAFTER', (2, 0), (2, 2), 0, colors.white)])
    columns = ('no', 'tanggal', 'dari', 'kepada', 'isi', 'batas_waktu', 'paraf')
    widths = [11 * mm, 24 * mm, 30 * mm, 34 * mm, 0, 24 * mm, 18 * mm]
    widths[4] = width - sum(widths)
    rows = [[para(f'<b>{escape(t(f"cetak.disposisi.kolom.{c}"))}</b>', CENTRE) for c in columns]]
    for number, item in enumerate(chain, start=1):
        isi = text(item.instruksi) + (f'<br/>{text(item.isi)}' if item.isi else '')
        rows.append([para(str(number), CENTRE), para(text(item.tanggal), SMALL), para(text(item.dari_jabatan)),
                     para(text(item.kepada_jabatan)), para(isi), para(text(item.batas_waktu) if item.batas_waktu
                                                                      else '', SMALL), ''])
    rows += [[para(str(n), CENTRE), '', '', '', '', '', ''] for n in range(len(chain) + 1, len(chain) + 3)]
    heights = [None] * (len(chain) + 1) + [12 * mm] * 2   # room for a disposisi written by hand
    table = boxed(rows, widths, [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E8E8E8'))], heights, repeat=1)
    story = [*kop(office), para(title, TITLE), head, Spacer(1, 5 * mm),
             para(f'<b>{escape(t("cetak.disposisi.diteruskan"))}</b>'), Spacer(1, 2 * mm), table,
             Spacer(1, 4 * mm), para(f'<b>{escape(t("cetak.disposisi.catatan"))}</b> '
                                     + '.' * 150),
             signature_table(camat_signature(office, today), width=width)]
    return story, f'{stem("lembar_disposisi", surat.no_agenda, surat.tahun)}.pdf', F4, title


async def tanda_terima(actor: Actor, register: RegisterLayanan, office: dict[str, str], today: date) -> Sheet:
    layanan = await JenisLayanan.get_or_none(id=register.layanan_id)
    desa = await Desa.get_or_none(id=register.desa_id) if register.desa_id else None
    width = A4[0] - 35 * mm
    title = t('cetak.tanda_terima.judul')
    pairs = [(t(f'cetak.tanda_terima.{key}'), value) for key, value in (
        ('no_registrasi', f'{register.no_registrasi}/{register.tahun}'), ('tanggal', register.tanggal),
        ('pemohon', register.nama_pemohon), ('nik', register.nik), ('desa', desa.nama if desa else None),
        ('layanan', layanan.nama if layanan else None), ('batas_waktu', register.batas_waktu),
        ('petugas', register.petugas))]
    story = [*kop(office), para(title, TITLE),
             para(escape(t('cetak.tanda_terima.paten')), CENTRE), Spacer(1, 5 * mm),
             para(escape(t('cetak.tanda_terima.pembuka'))), Spacer(1, 2 * mm), field_rows(pairs, width),
             Spacer(1, 4 * mm), para(escape(t('cetak.tanda_terima.pesan')), SMALL),
             signature_table(['&nbsp;', escape(t('cetak.tanda_terima.pemohon_ttd')), '<br/><br/>',
                              f'<u>{text(register.nama_pemohon)}</u>'],
                             [text(t('cetak.tempat_tanggal', tempat=office['tempat'],
                                     tanggal=format_long_date(register.tanggal or today))),
                              escape(t('cetak.tanda_terima.petugas_ttd')), '<br/><br/>',
                              f'<u>{text(register.petugas or "." * 30)}</u>'], width=width),
             *skm_invitation(await skm_public.issue(register.id), width)]
    return story, f'{stem("tanda_terima", register.no_registrasi, register.tahun)}.pdf', A4, title


def skm_invitation(token: str | None, width: float) -> list:
    """The QR code of the request's SKM link with the link written under it, or, once the SKM of this
    request was answered, one line of thanks."""
    if token is None:
        return [Spacer(1, 4 * mm), para(escape(t('skm_publik.cetak.sudah_diisi')), SMALL)]
    url = skm_public.survey_url(token)
    side = 32 * mm
    code = QrCodeWidget(url, barLevel='M', barBorder=2, barWidth=side, barHeight=side)
    drawing = Drawing(side, side)
    drawing.add(code)
    words = para('<br/>'.join([f'<b>{escape(t("skm_publik.cetak.judul"))}</b>',
                               escape(t('skm_publik.cetak.ajakan', hari=skm_public.TOKEN_DAYS)),
                               f'<font size=8>{escape(url)}</font>']), SMALL)
    table = Table([[drawing, words]], colWidths=[side + 4 * mm, width - side - 4 * mm])
    table.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('BOX', (0, 0), (-1, -1), 0.6, GRID)]))
    return [Spacer(1, 6 * mm), KeepTogether([table])]


def decision_box(chosen: KeputusanCuti | None, signer: list[str], width: float) -> Table:
    """The four answers of the form with the chosen one marked, and who signs under them, in the
    bottom right cell as on the form."""
    answers = list(KeputusanCuti)
    marks = [para('<b>V</b>' if chosen is not None and KeputusanCuti(chosen) == answer else '', CENTRE)
             for answer in answers]
    return boxed([[para(escape(answer.value.upper()), CENTRE) for answer in answers], marks,
                  ['', '', para('<br/>'.join(signer), CENTRE), '']],
                 [width / 4] * 4, [('SPAN', (0, 2), (1, 2)), ('SPAN', (2, 2), (3, 2)),
                                   ('TOPPADDING', (0, 1), (-1, 1), 5), ('BOTTOMPADDING', (0, 1), (-1, 1), 5)])


async def formulir_cuti(actor: Actor, cuti: Cuti, office: dict[str, str], today: date) -> Sheet:
    pegawai = await Pegawai.get(id=cuti.pegawai_id)
    pangkat = await Pangkat.get_or_none(id=pegawai.pangkat_id) if pegawai.pangkat_id else None
    width = F4[0] - 35 * mm
    title = t('cetak.cuti.judul')
    written = cuti.created_at.astimezone(WIB).date() if cuti.created_at else today
    served = masa_kerja(pegawai.tmt_cpns, cuti.mulai or today)
    section = lambda key: para(f'<b>{escape(t(f"cetak.cuti.bagian.{key}"))}</b>', BASE)   # noqa: E731
    label = lambda key: para(escape(t(f'cetak.cuti.{key}')))   # noqa: E731
    quarter = [25 * mm, width / 2 - 25 * mm, 25 * mm, width / 2 - 25 * mm]
    data = boxed([
        [section('data'), '', '', ''],
        [label('nama'), para(text(full_name(pegawai))), label('nip'), para(text(pegawai.nip))],
        [label('jabatan'), para(text(pegawai.jabatan)), label('masa_kerja'),
         para(text(t('cetak.cuti.masa_kerja_isi', tahun=served[0], bulan=served[1])) if served else '-')],
        [label('unit_kerja'), para(text(f"{pegawai.unit.value if pegawai.unit else ''} {office['kantor']}".strip())),
         label('pangkat'), para(text(f'{pangkat.nama}, {pangkat.golongan}' if pangkat else pegawai.golongan_pppk))],
    ], quarter, [('SPAN', (0, 0), (-1, 0))])
    jenis = JenisCuti(cuti.jenis)
    kinds = [k for k in JenisCuti if k != JenisCuti.BERSAMA] + ([JenisCuti.BERSAMA] if jenis == JenisCuti.BERSAMA else [])
    mark = lambda k: para('<b>V</b>' if k == jenis else '', CENTRE)   # noqa: E731
    kind_rows = [[section('jenis'), '', '', '']]
    for i in range(0, len(kinds), 2):
        pair = kinds[i:i + 2]
        row = []
        for n, kind in enumerate(pair, start=i + 1):
            row += [para(escape(f'{n}. ' + t('cetak.cuti.cuti_jenis', jenis=kind.value))), mark(kind)]
        kind_rows.append(row + ['', ''] * (2 - len(pair)))
    kinds_table = boxed(kind_rows, [width / 2 - 15 * mm, 15 * mm, width / 2 - 15 * mm, 15 * mm],
                        [('SPAN', (0, 0), (-1, 0))])
    unit = t('cetak.cuti.hari_kerja' if jenis in WORKING_DAY_KINDS else 'cetak.cuti.hari')
    lama = boxed([
        [section('lama'), '', '', '', '', ''],
        [label('selama'), para(text(f'{cuti.lama_hari if cuti.lama_hari is not None else "-"} {unit}')),
         label('mulai_tanggal'), para(text(cuti.mulai)), label('sampai'), para(text(cuti.selesai))],
    ], [18 * mm, 34 * mm, 28 * mm, (width - 98 * mm) / 2, 18 * mm, (width - 98 * mm) / 2],
        [('SPAN', (0, 0), (-1, 0))])
    year = (cuti.mulai or today).year
    tahunan = [[para(f'<b>{escape(t(f"cetak.cuti.catatan.{c}"))}</b>', CENTRE) for c in ('tahun', 'sisa', 'keterangan')]]
    for label_key, offset, left in (('n2', 2, cuti.sisa_n2), ('n1', 1, cuti.sisa_n1), ('n', 0, cuti.sisa_n)):
        tahunan.append([para(str(year - offset), CENTRE), para('' if left is None else str(left), CENTRE),
                        para(escape(t(f'cetak.cuti.catatan.{label_key}')), CENTRE)])
    left_block = boxed([[para(escape(t('cetak.cuti.catatan.tahunan'))), '', ''], *tahunan],
                       [20 * mm, 18 * mm, width / 2 - 44 * mm], [('SPAN', (0, 0), (-1, 0))])
    others = [[para(escape(f'{n}. ' + t('cetak.cuti.cuti_jenis', jenis=kind.value).upper()), SMALL),
               para(text(f'{cuti.lama_hari} {unit}') if kind == jenis and cuti.lama_hari else '', SMALL)]
              for n, kind in enumerate([k for k in JenisCuti if k not in (JenisCuti.TAHUNAN, JenisCuti.BERSAMA)],
                                       start=2)]
    right_block = boxed(others, [width / 2 - 12 - 16 * mm, 16 * mm])
    catatan = boxed([[section('catatan'), ''], [left_block, right_block]], [width / 2, width / 2],
                    [('SPAN', (0, 0), (-1, 0))])
    alamat = boxed([
        [section('alamat'), '', ''],
        [para(text(cuti.alamat_selama_cuti)), para(escape(t('cetak.cuti.telp'))),
         para('<br/>'.join([escape(t('cetak.cuti.hormat_saya')), '<br/><br/>', f'<u>{text(full_name(pegawai))}</u>',
                            text(t('cetak.nip', nip=pegawai.nip or '.' * 24))]), CENTRE)],
    ], [width / 2, width / 6, width / 3], [('SPAN', (0, 0), (-1, 0))])
    atasan = [escape(t('cetak.cuti.atasan_langsung')), '<br/><br/>', '.' * 40, text(t('cetak.nip', nip='.' * 24))]
    story = [*kop(office),
             para('<br/>'.join([text(t('cetak.tempat_tanggal', tempat=office['tempat'],
                                       tanggal=format_long_date(written))),
                                escape(t('cetak.cuti.kepada')), text(office['jabatan_penandatangan']),
                                text(t('cetak.cuti.di', tempat=office['tempat']))]),
                  ParagraphStyle('alamat_surat', parent=BASE, leftIndent=width * 0.55)),
             para(title, TITLE), data, Spacer(1, 2 * mm), kinds_table, Spacer(1, 2 * mm),
             boxed([[section('alasan')], [para(text(cuti.alasan))]], [width]), Spacer(1, 2 * mm), lama,
             Spacer(1, 2 * mm), catatan, Spacer(1, 2 * mm), alamat, Spacer(1, 2 * mm),
             KeepTogether([section('pertimbangan'), decision_box(cuti.pertimbangan_atasan, atasan, width)]),
             Spacer(1, 2 * mm),
             KeepTogether([section('keputusan'), decision_box(cuti.keputusan, camat_signature(office), width)])]
    return story, f'{stem("formulir_cuti", pegawai.nama, cuti.mulai)}.pdf', F4, title


async def standar_pelayanan(actor: Actor, layanan: JenisLayanan, office: dict[str, str], today: date) -> Sheet:
    width = F4[0] - 35 * mm
    title = t('standar_pelayanan.cetak.judul')
    spec = TABLES['jenis_layanan']
    head = lambda key: para(f'<b>{escape(t(f"standar_pelayanan.cetak.{key}"))}</b>', CENTRE)   # noqa: E731
    rows, spans = [[head('no'), head('komponen'), head('uraian')]], []
    for part, names in (('penyampaian', KOMPONEN_PENYAMPAIAN), ('pengelolaan', KOMPONEN_PENGELOLAAN)):
        spans.append(('SPAN', (0, len(rows)), (-1, len(rows))))
        spans.append(('BACKGROUND', (0, len(rows)), (-1, len(rows)), colors.HexColor('#F2F2F2')))
        rows.append([para(f'<b>{escape(t(f"standar_pelayanan.cetak.{part}"))}</b>'), '', ''])
        for number, name in enumerate(names, start=1):
            rows.append([para(f'{number}.', CENTRE), para(escape(component_name(spec, name))),
                         para(component_value(layanan, name))])
    table = boxed(rows, [12 * mm, 50 * mm, width - 62 * mm],
                  [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E8E8E8')), *spans], repeat=1)
    lines = [para(title, TITLE), para(f'<b>{text(t("standar_pelayanan.cetak.jenis_layanan", nama=layanan.nama))}</b>',
                                      CENTRE),
             para(text(t('standar_pelayanan.cetak.kategori', kategori=getattr(layanan.kategori, 'value', layanan.kategori))),
                  CENTRE)]
    if not layanan.aktif:
        lines.append(para(f'<i>{escape(t("standar_pelayanan.cetak.tidak_aktif"))}</i>', CENTRE))
    story = [*kop(office), *lines, Spacer(1, 4 * mm), table,
             signature_table(camat_signature(office, today), width=width)]
    return story, f'{stem("standar_pelayanan", layanan.nama)}.pdf', F4, title


def component_name(spec: TableSpec, name: str) -> str:
    """A component as the regulation names it: its field's label without the unit ('(hari kerja)')."""
    return spec.label_of(name).split(' (')[0]


def component_value(layanan: JenisLayanan, name: str) -> str:
    """The Uraian of one component, as markup: the days and the rupiah written out, prose as typed."""
    value = getattr(layanan, name)
    if name == 'jangka_waktu_hari' and value is not None:
        return text(t('standar_pelayanan.cetak.hari_kerja', n=value))
    if name == 'biaya':
        if not value:
            return text(t('standar_pelayanan.cetak.gratis'))
        return text(t('standar_pelayanan.cetak.rupiah', jumlah=f'{int(value):,}'.replace(',', '.')))
    return text(value)


SheetMaker = Callable[[Actor, object, dict[str, str], date], Awaitable[Sheet]]

# each printable table's sheets, the first being what the grid's plain 'Cetak' prints; a sheet's
# name is cetak.aksi.lembar.<key>
PRINTABLE: dict[str, dict[str, SheetMaker]] = {
    'surat_masuk': {'lembar_disposisi': lembar_disposisi, 'kartu_kendali': kartu_kendali_masuk},
    'surat_keluar': {'kartu_kendali': kartu_kendali_keluar},
    'register_layanan': {'tanda_terima': tanda_terima},
    'cuti': {'formulir_cuti': formulir_cuti},
    'jenis_layanan': {'standar_pelayanan': standar_pelayanan},
}


def sheet_name(table_name: str, sheet: str | None = None) -> str:
    """What a printable sheet of a table (its first when not named) is called in the grid's menu and notices."""
    return t(f'cetak.aksi.lembar.{sheet or next(iter(PRINTABLE[table_name]))}')


async def print_record(spec: TableSpec, actor: Actor, row_id: int, today: date | None = None,
                       sheet: str | None = None) -> user_files.UserFile:
    """The printable sheet of one row of `spec` (a table of PRINTABLE) as a PDF made for this actor;
    AccessDenied without the right to see the table, RecordNotFound for a row outside their scope."""
    sheets = PRINTABLE.get(spec.name, {})
    make = sheets.get(sheet) if sheet else next(iter(sheets.values()), None)
    if make is None:
        raise ValueError(f'{spec.name} has no printable sheet {sheet or ""}')
    access.require(actor, Action.LIHAT, spec)
    row = await load_row(spec, actor, row_id)
    access.require(actor, Action.LIHAT, spec, row)
    office = await office_settings()
    story, filename, pagesize, title = await make(actor, row, office, today or datetime.now(WIB).date())
    with user_files.new(actor.user_id, filename, PDF) as made:
        await asyncio.to_thread(render, made.path, story, pagesize, title)
    return made
