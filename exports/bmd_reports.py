"""The Kartu Inventaris Barang (KIB A–F), the Kartu Inventaris Ruangan (KIR), the Kartu
Pemeliharaan and the Rekapitulasi Buku Inventaris BMD (per KIB, a semester or a year) as the office
prints them. A KIB: each card's columns in the card's
order, under the card's headings, with the card's column numbers, the NO. KODE LOKASI at the top
and the signature pair *Mengetahui Kepala SKPD* (the Camat) and *Pengurus Barang* from Data Kantor.

Layout: the published blank cards and their filling instructions (models/sarpras.py names the
pages; docs/design.md, "Sarana dan Prasarana: KIB"). The cards are a state, not a period: a card
prints the rows the grid shows (its filters and the viewer's scope) that are still in the register
(a barang dihapus by a mutasi is kept, off the card). Print setup: the
books' one (xlsx_writer.BOOK: landscape F4, one page wide), the two heading rows and the row of
column numbers repeated on every page.

A kecamatan holds hundreds of barang, not millions: the rows are read at once and the workbook is
written on a thread with plain xlsxwriter, as the DUK is (exports/duk_report.py).
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from core import access, audit, user_files
from core.access import Action, Actor
from core.listing import ListQuery, export_chunks
from core.office import office_settings
from core.visible_rows import visible_rows
from exports.xlsx_writer import BOOK, apply_print_setup, export_filename
from forms.indonesian import WIB, format_long_date, format_number
from locales import t
from models.audit import AuditAction
from models.sarpras import Kondisi
from models.table import TableSpec


@dataclass(frozen=True)
class Col:
    """One printed column: its heading (a key of ekspor.kib.kolom), its width, and where its value
    comes from: a field of the row, or a function of the row (a dict of the fields read)."""
    key: str
    width: float
    value: str | Callable[[dict], Any]
    kind: str = 'text'     # 'text', 'int', 'decimal', 'money', 'date'
    reads: tuple[str, ...] = ()   # the fields a function reads

    def fields(self) -> tuple[str, ...]:
        return (self.value,) if isinstance(self.value, str) else self.reads

    def of(self, row: dict) -> Any:
        return row.get(self.value) if isinstance(self.value, str) else self.value(row)


@dataclass(frozen=True)
class Group:
    """A heading over several columns (e.g. 'Nomor' over Kode Barang and Register)."""
    key: str
    cols: tuple[Col, ...]


Heading = Sequence[Col | Group]


def kondisi_code(row: dict, field: str = 'kondisi') -> str:
    """The card's B / KB / RB for Baik / Kurang Baik / Rusak Berat."""
    value = row.get(field)
    return t(f'ekspor.kib.kondisi.{Kondisi(value).name.lower()}') if value else ''


def yes_no(field: str, yes_key: str) -> Callable[[dict], str]:
    """'Bertingkat' or 'Tidak' (the card's 'Bertingkat/Tidak' column), blank when unknown."""
    def value(row: dict) -> str:
        if row.get(field) is None:
            return ''
        return t(f'ekspor.kib.{yes_key}') if row[field] else t('ekspor.kib.tidak')
    return value


NO = Col('no', 5, '_no', 'int')
NAMA = Col('nama_barang', 28, 'nama_barang')
KODE = Col('kode_barang', 19, 'kode_barang')
REGISTER = Col('register', 9, 'register')
NOMOR = Group('nomor', (KODE, REGISTER))
ASAL_USUL = Col('asal_usul', 13, 'asal_usul')
HARGA = Col('harga', 17, 'harga', 'money')
KETERANGAN = Col('keterangan', 22, 'keterangan')
KONDISI = Col('kondisi', 9, kondisi_code, reads=('kondisi',))
KONSTRUKSI = Group('konstruksi_bangunan', (Col('bertingkat', 10, yes_no('bertingkat', 'bertingkat'), reads=('bertingkat',)),
                                           Col('beton', 8, yes_no('beton', 'beton'), reads=('beton',))))
DOKUMEN = (Col('tanggal', 11, 'tgl_dokumen', 'date'), Col('nomor_dokumen', 18, 'no_dokumen'))
STATUS_TANAH = Col('status_tanah', 13, 'status_tanah')
KODE_TANAH = Col('kode_tanah', 19, 'kode_tanah')

# each card's columns in its order (models/sarpras.py names the sources)
CARDS: dict[str, tuple[Col | Group, ...]] = {
    'kib_a_tanah': (
        NO, NAMA, NOMOR, Col('luas_m2', 10, 'luas_m2', 'decimal'), Col('tahun_pengadaan', 9, 'tahun', 'int'),
        Col('letak', 26, 'letak'),
        Group('status_tanah', (Col('hak', 12, 'hak'), Col('tanggal_sertifikat', 11, 'tgl_sertifikat', 'date'),
                               Col('nomor_sertifikat', 18, 'no_sertifikat'))),
        Col('penggunaan', 18, 'penggunaan'), ASAL_USUL, HARGA, KETERANGAN),
    'kib_b_peralatan_mesin': (
        NO, KODE, Col('nama_jenis_barang', 24, 'nama_barang'), REGISTER, Col('merk_type', 18, 'merk_type'),
        Col('ukuran_cc', 9, 'ukuran_cc'), Col('bahan', 11, 'bahan'), Col('tahun_pembelian', 9, 'tahun', 'int'),
        Group('nomor', (Col('pabrik', 13, 'no_pabrik'), Col('rangka', 17, 'no_rangka'), Col('mesin', 14, 'no_mesin'),
                        Col('polisi', 11, 'no_polisi'), Col('bpkb', 12, 'no_bpkb'))),
        Col('asal_usul_cara_perolehan', 13, 'asal_usul'), HARGA, KETERANGAN),
    'kib_c_gedung_bangunan': (
        NO, NAMA, NOMOR, Col('kondisi_bangunan', 10, kondisi_code, reads=('kondisi',)), KONSTRUKSI,
        Col('luas_lantai', 9, 'luas_lantai_m2', 'decimal'), Col('letak_lokasi', 24, 'letak'),
        Group('dokumen_gedung', DOKUMEN), Col('luas', 9, 'luas_tanah_m2', 'decimal'), STATUS_TANAH, KODE_TANAH,
        ASAL_USUL, HARGA, Col('ket', 18, 'keterangan')),
    'kib_d_jalan_irigasi_jaringan': (
        NO, NAMA, NOMOR, Col('konstruksi', 13, 'konstruksi'), Col('panjang', 9, 'panjang', 'decimal'),
        Col('lebar', 8, 'lebar', 'decimal'), Col('luas', 9, 'luas', 'decimal'), Col('letak_lokasi', 24, 'letak'),
        Group('dokumen', DOKUMEN), STATUS_TANAH, KODE_TANAH, ASAL_USUL, HARGA, KONDISI, Col('ket', 18, 'keterangan')),
    'kib_e_aset_tetap_lainnya': (
        NO, Col('nama_jenis_barang', 24, 'nama_barang'), NOMOR,
        Group('buku', (Col('judul_pencipta', 22, 'judul_spesifikasi'), Col('spesifikasi', 18, 'spesifikasi'))),
        Group('kesenian', (Col('asal_daerah', 12, 'asal_daerah'), Col('pencipta', 14, 'pencipta'),
                           Col('bahan', 12, 'bahan'))),
        Group('hewan_tumbuhan', (Col('jenis', 14, 'jenis'), Col('ukuran', 10, 'ukuran'))),
        Col('jumlah', 7, 'jumlah', 'int'), Col('tahun_cetak_pembelian', 9, 'tahun', 'int'),
        Col('asal_usul_cara_perolehan', 13, 'asal_usul'), HARGA, KETERANGAN),
    'kib_f_konstruksi_dalam_pengerjaan': (
        NO, NAMA, Col('bangunan', 9, 'bangunan'), KONSTRUKSI, Col('luas', 9, 'luas_lantai_m2', 'decimal'),
        Col('letak_lokasi', 24, 'letak'), Group('dokumen', DOKUMEN), Col('tanggal_mulai', 11, 'tanggal_mulai', 'date'),
        STATUS_TANAH, KODE_TANAH, Col('asal_usul_pembiayaan', 16, 'pembiayaan'),
        Col('nilai_kontrak', 17, 'nilai_kontrak', 'money'), KETERANGAN),
}


def columns_of(heading: Heading) -> list[Col]:
    return [c for entry in heading for c in (entry.cols if isinstance(entry, Group) else (entry,))]


def fields_of(heading: Heading) -> list[str]:
    """The row's fields a card reads."""
    return sorted({name for c in columns_of(heading) for name in c.fields()} - {'_no'})


@dataclass(frozen=True)
class Card:
    """Everything one printed card holds."""
    title: str
    info: tuple[str, ...]                    # the lines under the title: SKPD, NO. KODE LOKASI, ...
    heading: Heading
    rows: list[dict]
    signatures: tuple[tuple[str, ...], ...]  # the blocks side by side under the rows, left to right
    sheet: str = 'KIB'


HEADING_ROW = 8   # kop (3 rows), a blank row, the title, up to three information lines
TITLE_ROW = HEADING_ROW - 4


def write_cards(path: Path, kop: Sequence[str], cards: Sequence[Card]) -> None:
    """The workbook, one sheet per card (runs on a worker thread)."""
    wb = xlsxwriter.Workbook(str(path), {'strings_to_formulas': False, 'strings_to_urls': False,
                                         'strings_to_numbers': False})
    centre = {'align': 'center', 'valign': 'vcenter'}
    head = wb.add_format({'bold': True, 'border': 1, 'text_wrap': True, 'bg_color': '#D9E1F2', **centre})
    numbered = wb.add_format({'italic': True, 'border': 1, **centre})
    formats = {
        'text': wb.add_format({'border': 1, 'valign': 'top', 'text_wrap': True}),
        'int': wb.add_format({'border': 1, 'valign': 'top'}),
        'decimal': wb.add_format({'border': 1, 'valign': 'top', 'num_format': '#,##0.##'}),
        'money': wb.add_format({'border': 1, 'valign': 'top', 'num_format': '#,##0'}),
        'date': wb.add_format({'border': 1, 'valign': 'top', 'num_format': 'dd/mm/yyyy'}),
    }
    plain = wb.add_format({'align': 'center'})
    left = wb.add_format({'bold': True})
    used: set[str] = set()
    for card in cards:
        name = card.sheet[:31]
        while name in used:
            name = f'{name[:28]}_{len(used)}'
        used.add(name)
        ws = wb.add_worksheet(name)
        cols = columns_of(card.heading)
        last = len(cols) - 1
        for c, col in enumerate(cols):
            ws.set_column(c, c, col.width)
        for i, line in enumerate(kop):
            fmt = {'bold': True, **centre, 'font_size': 14 if i < 2 else 11, **({'bottom': 6} if i == len(kop) - 1 else {})}
            ws.merge_range(i, 0, i, last, line, wb.add_format(fmt))
        top = HEADING_ROW + max(0, len(card.info) - 3)   # a fourth information line pushes the headings down
        ws.merge_range(TITLE_ROW, 0, TITLE_ROW, last, card.title,
                       wb.add_format({'bold': True, 'font_size': 13, **centre}))
        for i, line in enumerate(card.info):
            ws.write_string(TITLE_ROW + 1 + i, 0, line, left)
        column = 0
        for entry in card.heading:
            if isinstance(entry, Col):
                ws.merge_range(top, column, top + 1, column, t(f'ekspor.kib.kolom.{entry.key}'), head)
                column += 1
                continue
            label = t(f'ekspor.kib.kolom.{entry.key}')
            if len(entry.cols) == 1:
                ws.write_string(top, column, label, head)
            else:
                ws.merge_range(top, column, top, column + len(entry.cols) - 1, label, head)
            for col in entry.cols:
                ws.write_string(top + 1, column, t(f'ekspor.kib.kolom.{col.key}'), head)
                column += 1
        for c in range(len(cols)):
            ws.write_number(top + 2, c, c + 1, numbered)
        for r, row in enumerate(card.rows, start=top + 3):
            for c, col in enumerate(cols):
                value, fmt = col.of(row), formats[col.kind]
                if value is None or value == '':
                    ws.write_blank(r, c, None, formats['text'])
                elif isinstance(value, date):
                    ws.write_datetime(r, c, datetime(value.year, value.month, value.day), fmt)
                elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                    ws.write_number(r, c, float(value), fmt)
                else:
                    ws.write_string(r, c, str(value), formats['text'])
        below = top + 3 + len(card.rows) + 1
        width = max(2, (len(cols) + 1) // (len(card.signatures) + 1))
        starts = [0] if len(card.signatures) == 1 else \
            [round(i * (len(cols) - width) / (len(card.signatures) - 1)) for i in range(len(card.signatures))]
        for block, start in zip(card.signatures, starts):
            for i, line in enumerate(block, start=below):
                ws.merge_range(i, start, i, start + width - 1, line, plain)
        apply_print_setup(ws, BOOK, (top, top + 2))
    wb.close()


def signer(jabatan: str, nama: str, nip: str, pangkat: str = '', above: str = '') -> tuple[str, ...]:
    """One signature block: the line above the office (e.g. 'Mengetahui,' or the place and date),
    the office, room for the signature, the name and the NIP."""
    lines = [above, jabatan, '', '', '', nama or t('ekspor.tanda_tangan.nama_kosong')]
    if pangkat:
        lines.append(pangkat)
    lines.append(t('ekspor.tanda_tangan.nip', nip=nip) if nip else t('ekspor.tanda_tangan.nip_kosong'))
    return tuple(lines)


async def kop_and_signers(on: date) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], dict[str, str]]:
    """The kop, *Mengetahui, Kepala SKPD* (the Camat) and the *Pengurus Barang*, dated `on`."""
    office = await office_settings()
    kop = (office['pemerintah'], office['kantor'], office['alamat'])
    kepala = signer(t('ekspor.kib.kepala_skpd', jabatan=office['jabatan_penandatangan']), office['camat_nama'],
                    office['camat_nip'], office['camat_pangkat'], above=t('ekspor.kib.mengetahui'))
    pengurus = signer(t('ekspor.kib.pengurus_barang'), office['pengurus_barang_nama'], office['pengurus_barang_nip'],
                      above=t('ekspor.tanda_tangan.tempat_tanggal', tempat=office['tempat'],
                                  tanggal=format_long_date(on)))
    return kop, kepala, pengurus, office


def info_lines(office: dict[str, str]) -> tuple[str, ...]:
    return (t('ekspor.kib.skpd', kantor=office['kantor']),
            t('ekspor.kib.kode_lokasi', kode=office['kode_lokasi'] or t('ekspor.kib.kode_lokasi_kosong')))


async def card_rows(spec: TableSpec, actor: Actor, query: ListQuery, names: list[str]) -> list[dict]:
    rows, counter = [], 0
    async for chunk in export_chunks(spec, actor, query, names):
        for values in chunk:
            counter += 1
            rows.append({'_no': counter, **dict(zip(names, values))})
    return rows


async def deliver_cards(actor: Actor, table: str, kop: Sequence[str], cards: Sequence[Card], jenis: str, count: int,
                        moment: datetime, on_progress=None, *, logged_table: str | None = None) -> user_files.UserFile:
    """The one ending of every card export: the workbook written to the actor's downloads on a worker
    thread, the progress told, and the export logged (`jenis` the report's name, `count` its rows)."""
    name = export_filename(t('ekspor.berkas.laporan', tabel=table), moment.replace(tzinfo=None))
    with user_files.new(actor.user_id, name) as made:
        await asyncio.to_thread(write_cards, made.path, kop, list(cards))
    if on_progress:
        on_progress(count)
    await audit.record(actor.username, AuditAction.EKSPOR, table=logged_table,
                       note=t('ekspor.catatan.laporan', jenis=jenis, n=format_number(count)))
    return made


async def export_kib(spec: TableSpec, actor: Actor, query: ListQuery,
                     on_progress=None) -> tuple[user_files.UserFile, int]:
    """The KIB of `spec` as its card, the rows the grid's query gives this viewer."""
    access.require(actor, Action.EKSPOR, spec)
    heading = CARDS[spec.name]
    now = datetime.now(WIB)
    rows = await card_rows(spec, actor, query, [*fields_of(heading), 'dihapus'])
    rows = [{**row, '_no': i} for i, row in enumerate((row for row in rows if not row['dihapus']), start=1)]
    kop, kepala, pengurus, office = await kop_and_signers(now.date())
    card = Card(t(f'ekspor.judul_laporan.{spec.name}'), info_lines(office), heading, rows, (kepala, pengurus),
                sheet=spec.label)
    made = await deliver_cards(actor, spec.name, kop, [card], t('common.format_laporan'), len(rows), now, on_progress,
                               logged_table=spec.name)
    return made, len(rows)


def kir_line(row: dict, jumlah: int) -> dict:
    """One line of a KIR: the barang's columns and its count under its kondisi (B, KB or RB)."""
    kondisi = Kondisi(row['kondisi']) if row.get('kondisi') else None
    return {**row, 'jumlah_register': t('ekspor.kib.jumlah_register', jumlah=jumlah, register=row['register']),
            **{f'kondisi_{k.name.lower()}': jumlah if k == kondisi else None for k in Kondisi}}


# the Kartu Inventaris Ruangan (14 columns, the published KIR and its filling instructions)
KIR: tuple[Col | Group, ...] = (
    NO, Col('nama_barang', 26, 'nama_barang'), Col('merk_model', 18, 'merk_type'),
    Col('nomor_seri_pabrik', 14, 'no_pabrik'), Col('ukuran', 10, 'ukuran'), Col('bahan', 11, 'bahan'),
    Col('tahun_pembuatan', 10, 'tahun', 'int'), Col('nomor_kode_barang', 19, 'kode_barang'),
    Col('jumlah_register', 12, 'jumlah_register'), Col('harga_perolehan', 16, 'harga', 'money'),
    Group('keadaan', tuple(Col(f'kondisi_{k.name.lower()}', 7, f'kondisi_{k.name.lower()}', 'int') for k in Kondisi)),
    Col('keterangan_mutasi', 20, 'keterangan'))


async def kir_rows(actor: Actor, ruangan_id: int) -> list[dict]:
    """The KIB B and KIB E barang of one room this viewer may see, by kode barang and register;
    a barang dihapus from the register is no longer on the wall."""
    from models.sarpras import KibBPeralatanMesin, KibEAsetTetapLainnya
    lines = []
    for barang in await visible_rows(actor, KibBPeralatanMesin.panel, ruangan_id=ruangan_id, dihapus=False):
        lines.append(kir_line({'nama_barang': barang.nama_barang, 'merk_type': barang.merk_type,
                               'no_pabrik': barang.no_pabrik, 'ukuran': barang.ukuran_cc, 'bahan': barang.bahan,
                               'tahun': barang.tahun, 'kode_barang': barang.kode_barang, 'register': barang.register,
                               'harga': barang.harga, 'kondisi': barang.kondisi, 'keterangan': barang.keterangan}, 1))
    for barang in await visible_rows(actor, KibEAsetTetapLainnya.panel, ruangan_id=ruangan_id, dihapus=False):
        lines.append(kir_line({'nama_barang': barang.nama_barang, 'merk_type': barang.pencipta,
                               'no_pabrik': None, 'ukuran': barang.ukuran, 'bahan': barang.bahan, 'tahun': barang.tahun,
                               'kode_barang': barang.kode_barang, 'register': barang.register, 'harga': barang.harga,
                               'kondisi': barang.kondisi, 'keterangan': barang.keterangan}, barang.jumlah))
    lines.sort(key=lambda line: (line['kode_barang'], line['register']))
    return [{'_no': i, **line} for i, line in enumerate(lines, start=1)]


async def export_kir(spec: TableSpec, actor: Actor, query: ListQuery,
                     on_progress=None) -> tuple[user_files.UserFile, int]:
    """The KIR of every room the Ruangan grid shows, one sheet per room, for its wall: signed by the
    penanggung jawab ruangan and the Pengurus Barang, known (mengetahui) by the Kepala SKPD."""
    from models.sarpras import KibBPeralatanMesin, KibEAsetTetapLainnya
    access.require(actor, Action.EKSPOR, spec)
    for goods in (KibBPeralatanMesin.panel, KibEAsetTetapLainnya.panel):
        access.require(actor, Action.LIHAT, goods)
    now = datetime.now(WIB)
    rooms = await card_rows(spec, actor, query, ['id', 'kode', 'nama', 'penanggung_jawab', 'nip_penanggung_jawab'])
    kop, kepala, pengurus, office = await kop_and_signers(now.date())
    cards = []
    for room in rooms:
        penanggung_jawab = signer(t('ekspor.kib.penanggung_jawab_ruangan'), room['penanggung_jawab'] or '',
                                  room['nip_penanggung_jawab'] or '')
        info = (*info_lines(office), t('ekspor.kib.ruangan', kode=room['kode'], nama=room['nama']))
        cards.append(Card(t('ekspor.judul_laporan.ruangan'), info, KIR, await kir_rows(actor, room['id']),
                          (kepala, pengurus, penanggung_jawab), sheet=f"{room['kode']} {room['nama']}"))
    if not cards:   # no room shown: the blank card, to be filled in by hand
        blank = signer(t('ekspor.kib.penanggung_jawab_ruangan'), '', '')
        cards.append(Card(t('ekspor.judul_laporan.ruangan'), info_lines(office), KIR, [], (kepala, pengurus, blank),
                          sheet=t('ekspor.judul_laporan.ruangan')))
    made = await deliver_cards(actor, spec.name, kop, cards, t('ekspor.judul_laporan.ruangan'), len(rooms), now,
                               on_progress, logged_table=spec.name)
    return made, len(rooms)


# the Kartu Pemeliharaan of one barang: its maintenance, oldest first (models.sarpras.KartuPemeliharaan)
PEMELIHARAAN: tuple[Col | Group, ...] = (
    NO, Col('tanggal', 12, 'tanggal', 'date'), Col('jenis_pemeliharaan', 34, 'jenis_pemeliharaan'),
    Col('yang_memelihara', 28, 'yang_memelihara'), Col('biaya', 17, 'biaya', 'money'), Col('keterangan', 28, 'keterangan'))
PEMELIHARAAN_FIELDS = ['kib', 'kode_barang', 'register', 'nama_barang', 'tanggal', 'jenis_pemeliharaan',
                       'yang_memelihara', 'biaya', 'keterangan']


def pemeliharaan_cards(rows: list[dict], office: dict[str, str], signatures: tuple[tuple[str, ...], ...],
                       period: str) -> list[Card]:
    """One card per barang (kode barang, register), its lines by date and their total biaya, for the
    period the grid's date filter gives."""
    per_barang: dict[tuple[str, str, str], list[dict]] = {}
    for row in rows:
        per_barang.setdefault((row['kode_barang'], row['register'], row['kib']), []).append(row)
    cards = []
    for (kode, register, kib), lines in sorted(per_barang.items()):
        lines.sort(key=lambda line: (line['tanggal'], line['_no']))
        numbered = [{**line, '_no': i} for i, line in enumerate(lines, start=1)]
        total = sum((Decimal(line['biaya'] or 0) for line in lines), Decimal(0))
        numbered.append({'jenis_pemeliharaan': t('ekspor.kib.jumlah_biaya'), 'biaya': total})
        info = (*info_lines(office), t('ekspor.kib.barang', kode=kode, register=register,
                                       nama=lines[0]['nama_barang'] or '', kib=kib), period)
        cards.append(Card(t('ekspor.judul_laporan.kartu_pemeliharaan'), info, PEMELIHARAAN, numbered, signatures,
                          sheet=f'{kode} {register}'))
    return cards


async def export_pemeliharaan(spec: TableSpec, actor: Actor, query: ListQuery,
                              on_progress=None) -> tuple[user_files.UserFile, int]:
    """The Kartu Pemeliharaan of every barang among the rows the grid shows, one sheet per barang,
    signed by the Pengurus Barang and known by the Kepala SKPD; the blank card when none is shown."""
    access.require(actor, Action.EKSPOR, spec)
    now = datetime.now(WIB)
    from exports.report_export import period_text   # here: report_export reaches this module lazily
    rows = await card_rows(spec, actor, query, PEMELIHARAAN_FIELDS)
    kop, kepala, pengurus, office = await kop_and_signers(now.date())
    cards = pemeliharaan_cards(rows, office, (kepala, pengurus), period_text(spec, query)) or [
        Card(t('ekspor.judul_laporan.kartu_pemeliharaan'), info_lines(office), PEMELIHARAAN, [], (kepala, pengurus),
             sheet=spec.label)]
    made = await deliver_cards(actor, spec.name, kop, cards, t('ekspor.judul_laporan.kartu_pemeliharaan'), len(rows),
                               now, on_progress, logged_table=spec.name)
    return made, len(rows)


# ---- the Rekapitulasi Buku Inventaris BMD of a semester or a year, per KIB ----------------------

def _pair(key: str) -> Group:
    return Group(key, (Col('jumlah_barang', 10, f'{key}_jumlah', 'int'), Col('nilai', 19, f'{key}_nilai', 'money')))


REKAP: tuple[Col | Group, ...] = (
    NO, Col('kode_golongan', 9, 'kode'), Col('golongan', 34, 'golongan'), _pair('saldo_awal'), _pair('bertambah'),
    _pair('berkurang'), _pair('saldo_akhir'), Col('keterangan', 18, 'keterangan'))
REKAP_PARTS = ('saldo_awal', 'bertambah', 'berkurang', 'saldo_akhir')


def rekap_period(tahun: int, semester: int | None) -> tuple[date, date]:
    """The first and last day of a semester (1: January–June, 2: July–December) or of the year."""
    if semester not in (None, 1, 2):
        raise ValueError(f'semester {semester}')
    first = date(tahun, 7, 1) if semester == 2 else date(tahun, 1, 1)
    last = date(tahun, 6, 30) if semester == 1 else date(tahun, 12, 31)
    return first, last


def _booked_on(row: dict) -> date:
    """When a barang entered the register: its year of acquisition; within that year (the KIB keeps no
    date), the day it was entered in the panel, so that a semester can place it."""
    created = row['created_at'].astimezone(WIB).date() if row['created_at'] else None
    if created is not None and created.year == row['tahun']:
        return created
    return date(row['tahun'], 12, 31) if created is not None and created.year > row['tahun'] else date(row['tahun'], 1, 1)


async def rekap_rows(actor: Actor, tahun: int, semester: int | None = None) -> list[dict]:
    """Per KIB (golongan): jumlah barang and nilai at the start of the period, added in it, removed in
    it (a mutasi Hapus or Pindah to another unit, by its date) and at its end. KIB E counts its
    `jumlah` (a set of books is one row of several barang); the others one per row."""
    from models.sarpras import KIB_MODELS
    first, last = rekap_period(tahun, semester)
    lines = []
    for number, (kib, model) in enumerate(KIB_MODELS.items(), start=1):
        access.require(actor, Action.LIHAT, model.panel)
        sums = {f'{part}_{what}': Decimal(0) if what == 'nilai' else 0 for part in REKAP_PARTS
                for what in ('jumlah', 'nilai')}
        fields = ['tahun', 'harga', 'created_at', 'dihapus', 'tanggal_dihapus', *(['jumlah'] if kib == 'E' else [])]
        for row in await visible_rows(actor, model.panel).values(*fields):
            booked = _booked_on(row)
            removed = row['tanggal_dihapus'] if row['dihapus'] else None
            count, value = row.get('jumlah') or 1, Decimal(row['harga'] or 0)
            held_at_start = booked < first and not (removed and removed < first)
            parts = {'saldo_awal': held_at_start, 'bertambah': first <= booked <= last,
                     'berkurang': bool(removed and first <= removed <= last),
                     'saldo_akhir': booked <= last and not (removed and removed <= last)}
            for part, counted in parts.items():
                if counted:
                    sums[f'{part}_jumlah'] += count
                    sums[f'{part}_nilai'] += value
        lines.append({'_no': number, 'kode': model.KODE_AWAL, 'golongan': model.panel.label, **sums})
    total = {key: sum(line[key] for line in lines) for key in lines[0] if key.endswith(('_jumlah', '_nilai'))}
    return [*lines, {'golongan': t('ekspor.kib.jumlah_biaya'), **total}]


async def export_rekap(actor: Actor, tahun: int, semester: int | None = None) -> tuple[user_files.UserFile, int]:
    """The Rekapitulasi Buku Inventaris BMD of the office for a semester or a year, one sheet, signed
    by the Pengurus Barang and known by the Kepala SKPD."""
    from models.sarpras import KIB_MODELS
    for model in KIB_MODELS.values():
        access.require(actor, Action.EKSPOR, model.panel)
    now = datetime.now(WIB)
    rows = await rekap_rows(actor, tahun, semester)
    kop, kepala, pengurus, office = await kop_and_signers(now.date())
    period = t('ekspor.kib.periode_semester', semester='I' if semester == 1 else 'II', tahun=tahun) if semester \
        else t('ekspor.kib.periode_tahun', tahun=tahun)
    card = Card(t('ekspor.kib.judul_rekap'), (*info_lines(office), period), REKAP, rows, (kepala, pengurus),
                sheet=t('ekspor.kib.sheet_rekap'))
    made = await deliver_cards(actor, 'rekap_bmd', kop, [card], t('ekspor.kib.judul_rekap'), len(rows) - 1, now)
    return made, len(rows) - 1
